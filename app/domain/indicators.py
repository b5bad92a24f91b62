"""Indicator maths (DESIGN §2): value, numerator, denominator, target, met, and what is behind.

Pure functions over plain values; the services load the rows and call these. The rules that
are not obvious from the table in DESIGN §2:

- "Active staff" on a day: hired on or before it (or hire date unknown) and not yet gone —
  the departure date is the first day off the roster. A period's denominators use its last
  day; a single event (a lecture, a notice) uses its own date. Guests and visitors never count.
- A rate whose denominator is zero is not applicable: value and met are None, never 0 or 100 %.
- "Per event" rates (lecture participation, notice coverage) are judged event by event; the
  indicator is the lowest event of the period.
- Counts with a yearly target (lectures, inspections) count from 1 January to the period's last
  day and are judged against the target pro-rated to that day, rounded down: for 4 lectures a
  year, Q1 needs 1, the first half 2, Q3 3 and the year 4. A month before a quarter's end needs
  floor(4 × month / 12).
- Counts with a quarterly target (hospital visits, consumable replenishments): a quarter is
  judged on its own; a month on its quarter so far (the target falls due in its last month);
  a year judges each of its quarters — the value is the weakest quarter's count, and the
  shortfall the number of quarters that missed.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from app.catalogue.indicators import Scope as Scope  # re-exported
from app.catalogue.indicators import indicator
from app.catalogue.language import Wording
from app.domain.periods import Period, PeriodKind
from app.domain.ratios import Ratio
from app.domain.schedule import OpenHoursCalendar
from app.domain.targets import MIN_OPEN_HOURS_PER_DAY, IndicatorKey, Target, TargetKind

Cell = str | int | float | dt.date | dt.datetime | bool | None


def is_active(hire_date: dt.date | None, departure_date: dt.date | None, day: dt.date) -> bool:
    """On the roster on `day`: the departure date is the first day off the roster."""
    return (hire_date is None or hire_date <= day) and (
        departure_date is None or departure_date > day
    )


# --- what is behind a figure -------------------------------------------------------------


class ColumnKind(StrEnum):
    TEXT = "text"
    CODE = "code"  # a code the UI / report turns into words
    CODES = "codes"  # a comma-separated list of codes
    DATE = "date"
    DATETIME = "datetime"
    COUNT = "count"
    RATE = "rate"  # a share 0..1, None when not applicable
    HOURS = "hours"
    BOOL = "bool"


@dataclass(frozen=True)
class DrillColumn:
    key: str  # what the column holds ("employee_no", "missing_fields", …): words elsewhere
    kind: ColumnKind


@dataclass(frozen=True)
class DrillDown:
    """The list behind an indicator: who has not come, which days were short, …"""

    subject: str  # what a row is: "staff", "short_day", "lecture", "notice", …
    columns: tuple[DrillColumn, ...] = ()
    rows: tuple[tuple[Cell, ...], ...] = ()
    ids: tuple[int | None, ...] = ()  # the record behind each row (activity, staff, device)

    def column(self, key: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c.key == key)

    def __len__(self) -> int:
        return len(self.rows)


EMPTY = DrillDown("none")

# Figures that only grow while a period runs (counts, people who came): an unmet one in a running
# period is "not yet", not "failed". States (files, devices) and past events are judged as they are.
ACCUMULATING = frozenset(
    {
        IndicatorKey.USAGE_RATE,
        IndicatorKey.LECTURES_COUNT,
        IndicatorKey.HOSPITAL_VISITS,
        IndicatorKey.CONSUMABLES_REPLENISHED,
        IndicatorKey.INSPECTIONS,
    }
)


@dataclass(frozen=True)
class PartResult:
    """A part judged on its own: a quarter of a year, a lecture of a quarter."""

    label: str  # period code ("2026Q1") or the event's title
    value: float | None
    met: bool | None


def figure_scope(key: IndicatorKey, period: Period) -> Scope:
    per = indicator(key).per
    if per == "year" and period.kind is not PeriodKind.YEAR:
        return Scope.YEAR_TO_DATE
    if per == "quarter" and period.kind is PeriodKind.MONTH:
        return Scope.QUARTER_TO_DATE
    if per == "quarter" and period.kind is PeriodKind.YEAR:
        return Scope.WEAKEST_QUARTER
    return Scope.PERIOD


@dataclass(frozen=True)
class IndicatorResult:
    key: IndicatorKey
    kind: TargetKind
    period: Period
    value: float | None  # None: not applicable
    numerator: int | None
    denominator: int | None  # None for counts
    target: float  # for the period (pro-rated counts), as judged
    met: bool | None  # None: not applicable
    shortfall: int  # how many more are needed (see the module docstring); 0 when met
    in_progress: bool  # the period has not ended: judged on what is recorded so far
    drill: DrillDown = EMPTY
    parts: tuple[PartResult, ...] = field(default_factory=tuple)

    @property
    def applicable(self) -> bool:
        return self.value is not None

    @property
    def still_open(self) -> bool:
        """Not met yet, but the period is still running and this figure can only grow."""
        return self.met is False and self.in_progress and self.key in ACCUMULATING

    @property
    def scope(self) -> Scope:
        return figure_scope(self.key, self.period)

    @property
    def due(self) -> bool:
        """False for a count whose pro-rated target is 0 (4 lectures a year: none due by the
        end of February): nothing is asked yet, so no "≥ 0" target is shown."""
        return self.kind is TargetKind.RATE or self.target > 1e-9


# --- targets for a period ------------------------------------------------------------------


def period_target(target: Target, period: Period) -> float:
    """The target a period is judged against (counts pro-rated; rates as they are)."""
    if target.kind is TargetKind.RATE:
        return target.value
    if target.per == "year":
        return float(math.floor(target.value * period.last_month / 12 + 1e-9))
    if target.per == "quarter" and period.kind is PeriodKind.MONTH:
        elapsed = (period.number - 1) % 3 + 1
        return float(math.floor(target.value * elapsed / 3 + 1e-9))
    return target.value


def count_window(target: Target, period: Period) -> tuple[dt.date, dt.date]:
    """The days whose events count toward the period (year to date, quarter to date, …)."""
    if target.per == "year":
        return period.year_period.first_day, period.last_day
    if target.per == "quarter" and period.kind is PeriodKind.MONTH:
        return period.quarter_period.first_day, period.last_day
    return period.first_day, period.last_day


# --- building results ----------------------------------------------------------------------


def rate_result(
    key: IndicatorKey,
    period: Period,
    ratio: Ratio | None,
    target: float,
    in_progress: bool,
    drill: DrillDown = EMPTY,
    parts: Sequence[PartResult] = (),
    shortfall: int | None = None,
) -> IndicatorResult:
    """A rate; `ratio` None (no events) or with a zero denominator is not applicable."""
    if ratio is None or not ratio.denominator:
        numerator = None if ratio is None else ratio.numerator
        denominator = None if ratio is None else ratio.denominator
        return IndicatorResult(
            key, TargetKind.RATE, period, None, numerator, denominator, float(target), None, 0,
            in_progress, drill, tuple(parts),
        )  # fmt: skip
    met = ratio.meets(target)
    if shortfall is None:
        shortfall = ratio.still_needed(target)
    return IndicatorResult(
        key, TargetKind.RATE, period, ratio.value, ratio.numerator, ratio.denominator,
        float(target), met, 0 if met else shortfall, in_progress, drill, tuple(parts),
    )  # fmt: skip


def count_result(
    key: IndicatorKey,
    period: Period,
    count: int,
    target: float,
    in_progress: bool,
    drill: DrillDown = EMPTY,
    parts: Sequence[PartResult] = (),
    shortfall: int | None = None,
) -> IndicatorResult:
    met = count >= target - 1e-9
    if shortfall is None:
        shortfall = max(0, math.ceil(target - count - 1e-9))
    return IndicatorResult(
        key, TargetKind.COUNT, period, float(count), count, None, float(target), met,
        0 if met else shortfall, in_progress, drill, tuple(parts),
    )  # fmt: skip


def lowest(ratios: Iterable[Ratio]) -> Ratio | None:
    """The lowest applicable ratio (ties: the larger group, whose shortfall is larger)."""
    applicable = [r for r in ratios if r.denominator]
    if not applicable:
        return None
    return min(applicable, key=lambda r: (r.numerator / r.denominator, -r.denominator))


def per_quarter_result(
    key: IndicatorKey,
    period: Period,
    counts: Sequence[tuple[Period, int]],
    target: Target,
    in_progress: bool,
    drill: DrillDown = EMPTY,
) -> IndicatorResult:
    """A year judged quarter by quarter: the weakest quarter is the value."""
    parts = tuple(PartResult(q.code, float(n), n >= target.value - 1e-9) for q, n in counts)
    weakest = min((n for _, n in counts), default=0)
    missed = sum(1 for p in parts if not p.met)
    return count_result(
        key, period, weakest, target.value, in_progress, drill, parts, shortfall=missed
    )


# --- the indicators that need more than a division ---------------------------------------


def open_hours_daily(
    calendar: OpenHoursCalendar,
    first: dt.date,
    last: dt.date,
    minimum: float = MIN_OPEN_HOURS_PER_DAY,
) -> tuple[Ratio, list[tuple[dt.date, float]]]:
    """Open days with ≥ `minimum` scheduled hours ÷ open days; and the short days with hours."""
    open_days = calendar.open_days(first, last)
    short = [(d, h) for d in open_days if (h := calendar.hours_on(d)) < minimum - 1e-9]
    return Ratio(len(open_days) - len(short), len(open_days)), short


def hours_between(opened: dt.time | None, closed: dt.time | None) -> float | None:
    """Hours from opening to closing as logged; None when either time is missing."""
    if opened is None or closed is None:
        return None
    start = dt.datetime.combine(dt.date.min, opened)
    return max(0.0, (dt.datetime.combine(dt.date.min, closed) - start).total_seconds() / 3600)


def open_hours_actual(
    calendar: OpenHoursCalendar,
    logged: Mapping[dt.date, tuple[dt.time | None, dt.time | None]],
    first: dt.date,
    last: dt.date,
    as_of: dt.date,
    minimum: float = MIN_OPEN_HOURS_PER_DAY,
) -> tuple[Ratio, list[tuple[dt.date, float, float | None]]]:
    """Scheduled open days whose log shows ≥ `minimum` hours open ÷ scheduled open days judged;
    and the short days (scheduled hours, logged hours or None). Days after `as_of` are not
    judged yet, nor today until its closing is logged."""
    judged = []
    for day in calendar.open_days(first, min(last, as_of)):
        if day == as_of and (logged.get(day, (None, None))[1] is None):
            continue  # today, still open or not yet logged
        judged.append(day)
    short = []
    for day in judged:
        opened, closed = logged.get(day, (None, None))
        hours = hours_between(opened, closed)
        if hours is None or hours < minimum - 1e-9:
            short.append((day, calendar.hours_on(day), hours))
    return Ratio(len(judged) - len(short), len(judged)), short


def participation(attendees: Iterable[int], group: Iterable[int]) -> Ratio:
    """Distinct attendees of the target group ÷ the group (others and guests do not count)."""
    members = set(group)
    return Ratio(len(members.intersection(attendees)), len(members))


def reach(reached: int, active: int) -> Ratio:
    """A notice's reach, capped at the active staff (a count typed too high is not > 100 %)."""
    return Ratio(max(0, min(reached, active)), active)


def gap_wording(result: IndicatorResult) -> Wording:
    """How the gap is said: a year judged quarter by quarter counts its weak quarters."""
    spec = indicator(result.key)
    if result.parts and spec.gap_quarters is not None:
        return spec.gap_quarters
    return spec.gap
