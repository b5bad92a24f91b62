"""Open hours: weekly schedule versions, exceptions, and the hours a date is open.

Overlapping or adjacent slots are merged before counting, so no minute counts twice. A date's
hours come from the schedule version in force on that date (the latest effective_from on or
before it); an exception on the date overrides the week: closed means no hours, special hours
replace the week's slots for that date.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from app.domain.targets import MIN_OPEN_HOURS_PER_DAY


@dataclass(frozen=True, order=True)
class Interval:
    start: dt.time
    end: dt.time

    def __post_init__(self) -> None:
        if not self.start < self.end:
            raise ValueError(f"an interval must end after it starts: {self.start}–{self.end}")

    @property
    def hours(self) -> float:
        return (_minutes(self.end) - _minutes(self.start)) / 60


def _minutes(t: dt.time) -> int:
    return t.hour * 60 + t.minute


def merge(intervals: Iterable[Interval]) -> tuple[Interval, ...]:
    """Union of the intervals, sorted; overlapping and touching ones become one."""
    merged: list[Interval] = []
    for interval in sorted(intervals):
        if merged and interval.start <= merged[-1].end:
            if interval.end > merged[-1].end:
                merged[-1] = Interval(merged[-1].start, interval.end)
        else:
            merged.append(interval)
    return tuple(merged)


def total_hours(intervals: Iterable[Interval]) -> float:
    return sum(i.hours for i in merge(intervals))


class DayWarning(StrEnum):
    """Why a day's slots deserve a second look before they are saved."""

    SHORT_DAY = "short_day"  # open, but for fewer hours than the rules ask (3 h)
    MERGED = "merged"  # overlapping or touching slots were joined into one


@dataclass(frozen=True)
class DayCheck:
    slots: tuple[Interval, ...]  # merged, sorted: what is stored and counted
    hours: float
    warnings: tuple[DayWarning, ...]

    @property
    def short(self) -> bool:
        return DayWarning.SHORT_DAY in self.warnings


def check_day(intervals: Iterable[Interval], minimum: float = MIN_OPEN_HOURS_PER_DAY) -> DayCheck:
    """The slots of one day as they will count: merged, their hours, and the warnings.

    A day without slots is a closed day, not a short one; a day open under `minimum`
    hours is allowed but must be confirmed by the user (the indicator counts it as short).
    """
    given = list(intervals)
    slots = merge(given)
    hours = sum(i.hours for i in slots)
    warnings: list[DayWarning] = []
    if slots and hours < minimum - 1e-9:
        warnings.append(DayWarning.SHORT_DAY)
    if len(slots) < len(given):
        warnings.append(DayWarning.MERGED)
    return DayCheck(slots, hours, tuple(warnings))


@dataclass(frozen=True)
class WeeklySchedule:
    """A schedule version: slots per weekday (0 = Monday), in force from a date."""

    effective_from: dt.date
    slots: Mapping[int, tuple[Interval, ...]] = field(default_factory=dict)

    def hours_on_weekday(self, weekday: int) -> float:
        return total_hours(self.slots.get(weekday, ()))

    def weekly_hours(self) -> float:
        """Scheduled hours of a week without exceptions (overlaps counted once)."""
        return sum(self.hours_on_weekday(weekday) for weekday in range(7))


@dataclass(frozen=True)
class DayException:
    """A closed date (no intervals) or special hours on a date."""

    on_date: dt.date
    closed: bool
    intervals: tuple[Interval, ...] = ()
    reason: str = ""


@dataclass(frozen=True)
class ClosureSpan:
    """Closed dates shown as one notice: "closed from … to … (reason)"."""

    first: dt.date
    last: dt.date
    reason: str


class OpenHoursCalendar:
    """Answers "when is the room open on this date" from versions and exceptions."""

    def __init__(
        self, versions: Sequence[WeeklySchedule], exceptions: Iterable[DayException] = ()
    ) -> None:
        self._versions = sorted(versions, key=lambda v: v.effective_from)
        self._starts = [v.effective_from for v in self._versions]
        by_date: dict[dt.date, list[DayException]] = {}
        for exception in exceptions:
            by_date.setdefault(exception.on_date, []).append(exception)
        self._exceptions = by_date

    @property
    def versions(self) -> tuple[WeeklySchedule, ...]:
        return tuple(self._versions)

    def exceptions_on(self, day: dt.date) -> tuple[DayException, ...]:
        return tuple(self._exceptions.get(day, ()))

    def version_on(self, day: dt.date) -> WeeklySchedule | None:
        index = bisect.bisect_right(self._starts, day) - 1
        return self._versions[index] if index >= 0 else None

    def intervals_on(self, day: dt.date) -> tuple[Interval, ...]:
        exceptions = self._exceptions.get(day)
        if exceptions:
            if any(e.closed for e in exceptions):
                return ()
            return merge(i for e in exceptions for i in e.intervals)
        version = self.version_on(day)
        if version is None:
            return ()
        return merge(version.slots.get(day.weekday(), ()))

    def hours_on(self, day: dt.date) -> float:
        return total_hours(self.intervals_on(day))

    def is_open_day(self, day: dt.date) -> bool:
        return bool(self.intervals_on(day))

    def open_days(self, first: dt.date, last: dt.date) -> list[dt.date]:
        days = (first + dt.timedelta(days=n) for n in range((last - first).days + 1))
        return [d for d in days if self.is_open_day(d)]

    def short_days(
        self, first: dt.date, last: dt.date, minimum: float = MIN_OPEN_HOURS_PER_DAY
    ) -> list[dt.date]:
        """Open days in [first, last] with fewer than `minimum` hours (the ≥ 3 h rule)."""
        return [d for d in self.open_days(first, last) if self.hours_on(d) < minimum - 1e-9]

    def is_open_at(self, moment: dt.datetime) -> bool:
        t = moment.time()
        return any(i.start <= t < i.end for i in self.intervals_on(moment.date()))

    def next_opening(self, moment: dt.datetime, horizon_days: int = 60) -> dt.datetime | None:
        """The next start of an open interval after `moment` (None within the horizon)."""
        for offset in range(horizon_days + 1):
            day = moment.date() + dt.timedelta(days=offset)
            for interval in self.intervals_on(day):
                start = dt.datetime.combine(day, interval.start)
                if start > moment:
                    return start
        return None

    def open_until(self, moment: dt.datetime) -> dt.datetime | None:
        """When the open interval containing `moment` ends (None when closed at `moment`)."""
        t = moment.time()
        for interval in self.intervals_on(moment.date()):
            if interval.start <= t < interval.end:
                return dt.datetime.combine(moment.date(), interval.end)
        return None

    def closure_spans(self, first: dt.date, last: dt.date) -> list[ClosureSpan]:
        """Closed dates in [first, last] joined into spans for a notice.

        Consecutive closures with the same reason become one span, also across days the
        room would not open anyway (the weekend inside a week-long holiday).
        """
        spans: list[ClosureSpan] = []
        for day in sorted(d for d in self._exceptions if first <= d <= last):
            closed = [e for e in self._exceptions[day] if e.closed]
            if not closed:
                continue
            reason = closed[0].reason
            if spans and spans[-1].reason == reason and self._closed_between(spans[-1].last, day):
                spans[-1] = ClosureSpan(spans[-1].first, day, reason)
            else:
                spans.append(ClosureSpan(day, day, reason))
        return spans

    def special_days(self, first: dt.date, last: dt.date) -> list[DayException]:
        """Dates in [first, last] with special hours: one entry per date, slots merged."""
        days: list[DayException] = []
        for day in sorted(d for d in self._exceptions if first <= d <= last):
            exceptions = self._exceptions[day]
            if any(e.closed for e in exceptions):
                continue
            reason = next((e.reason for e in exceptions if e.reason), "")
            days.append(DayException(day, False, self.intervals_on(day), reason))
        return days

    def _closed_between(self, before: dt.date, after: dt.date) -> bool:
        day = before + dt.timedelta(days=1)
        while day < after:
            if self.is_open_day(day):
                return False
            day += dt.timedelta(days=1)
        return True
