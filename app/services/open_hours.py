"""Open hours: schedule versions, the slots of each weekday, closures and special hours.

A schedule version is in force from its effective date until the next one, so past periods
are judged by the schedule then in force. Slots are merged before they are stored (overlaps
never count twice). A day under 3 h is allowed but only once the user has confirmed it: the
save functions return the warning instead of saving until they are called with
`confirm_short=True`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.catalogue.codes import AuditAction, ExceptionKind
from app.db.migrate import Database
from app.db.models import ScheduleException, ScheduleSlot, ScheduleVersion
from app.db.rows import Rows
from app.domain.permissions import Action
from app.domain.schedule import (
    DayCheck,
    Interval,
    OpenHoursCalendar,
    check_day,
)
from app.domain.targets import MIN_OPEN_HOURS_PER_DAY
from app.services import audit
from app.services.actor import Actor
from app.services.open_hours_calendar import load_calendar as calendar_from
from app.services.unit_of_work import read_only, unit_of_work

MAX_RANGE_DAYS = 366  # one close-a-range action covers at most a year
MAX_REASON = 200


class OpenHoursError(ValueError):
    """The change cannot be saved as given; `field` and `code` say why (the UI has words)."""

    def __init__(self, field: str, code: str) -> None:
        super().__init__(f"{field}: {code}")
        self.field = field
        self.code = code


@dataclass(frozen=True)
class SlotRow:
    id: int
    weekday: int
    start: dt.time
    end: dt.time
    effective_from: dt.date


@dataclass(frozen=True)
class ExceptionRow:
    id: int
    on_date: dt.date
    kind: ExceptionKind
    start: dt.time | None
    end: dt.time | None
    reason: str


@dataclass(frozen=True)
class DayPlan:
    """One weekday of a version: its merged slots and hours."""

    weekday: int
    slots: tuple[Interval, ...]
    hours: float

    @property
    def short(self) -> bool:
        return bool(self.slots) and self.hours < MIN_OPEN_HOURS_PER_DAY - 1e-9


@dataclass(frozen=True)
class VersionRow:
    id: int
    effective_from: dt.date
    note: str
    days: tuple[DayPlan, ...]  # Monday .. Sunday, closed days included

    @property
    def weekly_hours(self) -> float:
        return sum(day.hours for day in self.days)


@dataclass(frozen=True)
class ExceptionDay:
    """All exceptions of one date: closed, or open only during `slots`."""

    on_date: dt.date
    kind: ExceptionKind
    slots: tuple[Interval, ...]
    reason: str

    @property
    def hours(self) -> float:
        return sum(slot.hours for slot in self.slots)


@dataclass(frozen=True)
class SaveResult:
    """What a save did: `saved` is False when a short day still needs the user's yes."""

    saved: bool
    check: DayCheck


@dataclass(frozen=True)
class OpenStatus:
    """The room right now: open until when, or when it opens next."""

    moment: dt.datetime
    open_now: bool
    closes_at: dt.datetime | None
    next_opening: dt.datetime | None
    today: tuple[Interval, ...]
    closed_reason: str  # today's closure reason, when today is a closed date
    weekly_hours: float  # of the version in force (0 when there is none)


# --- reading -------------------------------------------------------------------------------


def _plan(version: ScheduleVersion) -> VersionRow:
    by_day: dict[int, list[Interval]] = {}
    for slot in version.slots:
        by_day.setdefault(slot.weekday, []).append(Interval(slot.start_time, slot.end_time))
    days = []
    for weekday in range(7):
        checked = check_day(by_day.get(weekday, ()))
        days.append(DayPlan(weekday, checked.slots, checked.hours))
    return VersionRow(version.id, version.effective_from, version.note, tuple(days))


def list_versions(db: Database, actor: Actor) -> list[VersionRow]:
    """Every schedule version, oldest first."""
    del actor  # the open hours are public: they hang on the door
    with read_only(db) as session:
        versions = session.scalars(select(ScheduleVersion).order_by(ScheduleVersion.effective_from))
        return [_plan(v) for v in versions]


def version_in_force(db: Database, actor: Actor, on: dt.date) -> VersionRow | None:
    in_force = [v for v in list_versions(db, actor) if v.effective_from <= on]
    return in_force[-1] if in_force else None


def schedule_in_force(db: Database, actor: Actor, on: dt.date) -> list[SlotRow]:
    """The slots of the schedule version in force on `on` (empty when none is)."""
    del actor
    with read_only(db) as session:
        version = session.scalars(
            select(ScheduleVersion)
            .where(ScheduleVersion.effective_from <= on)
            .order_by(ScheduleVersion.effective_from.desc())
            .limit(1)
        ).first()
        if version is None:
            return []
        slots = session.scalars(
            select(ScheduleSlot)
            .where(ScheduleSlot.version_id == version.id)
            .order_by(ScheduleSlot.weekday, ScheduleSlot.start_time)
        )
        return [
            SlotRow(s.id, s.weekday, s.start_time, s.end_time, version.effective_from)
            for s in slots
        ]


def list_exceptions(db: Database, actor: Actor, since: dt.date) -> list[ExceptionRow]:
    del actor
    with read_only(db) as session:
        rows = session.scalars(
            select(ScheduleException)
            .where(ScheduleException.on_date >= since)
            .order_by(ScheduleException.on_date, ScheduleException.start_time)
        )
        return [
            ExceptionRow(e.id, e.on_date, ExceptionKind(e.kind), e.start_time, e.end_time, e.reason)
            for e in rows
        ]


def _exception_days(rows: Sequence[ScheduleException]) -> list[ExceptionDay]:
    by_date: dict[dt.date, list[ScheduleException]] = {}
    for row in rows:
        by_date.setdefault(row.on_date, []).append(row)
    days = []
    for on_date, exceptions in sorted(by_date.items()):
        reason = next((e.reason for e in exceptions if e.reason), "")
        if any(e.kind == ExceptionKind.CLOSED.value for e in exceptions):
            days.append(ExceptionDay(on_date, ExceptionKind.CLOSED, (), reason))
            continue
        slots = check_day(
            Interval(e.start_time, e.end_time)
            for e in exceptions
            if e.start_time is not None and e.end_time is not None
        ).slots
        days.append(ExceptionDay(on_date, ExceptionKind.SPECIAL_HOURS, slots, reason))
    return days


def list_exception_days(
    db: Database, actor: Actor, since: dt.date | None = None, until: dt.date | None = None
) -> list[ExceptionDay]:
    """Closures and special hours by date (a special day's slots together), oldest first."""
    del actor
    with read_only(db) as session:
        query = select(ScheduleException).order_by(
            ScheduleException.on_date, ScheduleException.start_time
        )
        if since is not None:
            query = query.where(ScheduleException.on_date >= since)
        if until is not None:
            query = query.where(ScheduleException.on_date <= until)
        return _exception_days(list(session.scalars(query)))


def load_calendar(db: Database, actor: Actor) -> OpenHoursCalendar:
    """Every version and exception, for questions about any date (indicators, status)."""
    del actor
    with read_only(db) as session:
        return calendar_from(Rows.of_session(session))


def open_status(db: Database, actor: Actor, moment: dt.datetime) -> OpenStatus:
    calendar = load_calendar(db, actor)
    day = moment.date()
    closes_at = calendar.open_until(moment)
    closed = [e for e in calendar.exceptions_on(day) if e.closed]
    version = calendar.version_on(day)
    return OpenStatus(
        moment=moment,
        open_now=closes_at is not None,
        closes_at=closes_at,
        next_opening=calendar.next_opening(moment),
        today=calendar.intervals_on(day),
        closed_reason=closed[0].reason if closed else "",
        weekly_hours=version.weekly_hours() if version else 0.0,
    )


# --- changing ------------------------------------------------------------------------------


def _intervals(slots: Sequence[tuple[dt.time, dt.time]]) -> list[Interval]:
    intervals = []
    for index, (start, end) in enumerate(slots):
        if not start < end:
            raise OpenHoursError(f"slot{index + 1}", "end_before_start")
        intervals.append(Interval(start, end))
    return intervals


def _reason(reason: str, required: bool) -> str:
    text = " ".join(reason.split())
    if required and not text:
        raise OpenHoursError("reason", "required")
    if len(text) > MAX_REASON:
        raise OpenHoursError("reason", "too_long")
    return text


def _version(session: Session, version_id: int) -> ScheduleVersion:
    version = session.get(ScheduleVersion, version_id)
    if version is None:
        raise OpenHoursError("version", "not_found")
    return version


def _slots_json(slots: Sequence[Interval]) -> list[str]:
    return [f"{s.start:%H:%M}-{s.end:%H:%M}" for s in slots]


def create_version(
    db: Database,
    actor: Actor,
    effective_from: dt.date,
    note: str = "",
    copy_from: int | None = None,
) -> VersionRow:
    """A new weekly schedule in force from `effective_from`, empty or a copy of another."""
    actor.require(Action.EDIT_OPEN_HOURS)
    with unit_of_work(db) as session:
        taken = session.scalar(
            select(ScheduleVersion.id).where(ScheduleVersion.effective_from == effective_from)
        )
        if taken is not None:
            raise OpenHoursError("effective_from", "duplicate")
        version = ScheduleVersion(effective_from=effective_from, note=note.strip())
        if copy_from is not None:
            source = _version(session, copy_from)
            version.slots = [
                ScheduleSlot(weekday=s.weekday, start_time=s.start_time, end_time=s.end_time)
                for s in source.slots
            ]
        session.add(version)
        session.flush()
        row = _plan(version)
        after = {
            "effective_from": effective_from.isoformat(),
            "note": version.note,
            "copied_from": copy_from,
            "days": {d.weekday: _slots_json(d.slots) for d in row.days if d.slots},
        }
        audit.record(
            session, actor, AuditAction.CREATE, "schedule_version", version.id, None, after
        )
        return row


def delete_version(db: Database, actor: Actor, version_id: int) -> None:
    actor.require(Action.EDIT_OPEN_HOURS)
    with unit_of_work(db) as session:
        version = _version(session, version_id)
        row = _plan(version)
        before = {
            "effective_from": row.effective_from.isoformat(),
            "note": row.note,
            "days": {d.weekday: _slots_json(d.slots) for d in row.days if d.slots},
        }
        session.delete(version)
        audit.record(session, actor, AuditAction.DELETE, "schedule_version", version_id, before)


def save_day(
    db: Database,
    actor: Actor,
    version_id: int,
    weekday: int,
    slots: Sequence[tuple[dt.time, dt.time]],
    confirm_short: bool = False,
    also: Sequence[int] = (),
) -> SaveResult:
    """Replace a weekday's slots in a version (merged), and those of the weekdays `also` with
    the same (Monday's hours copied to Tuesday–Friday), in one action. No slots: closed."""
    actor.require(Action.EDIT_OPEN_HOURS)
    weekdays = sorted({weekday, *also})
    if not all(0 <= day <= 6 for day in weekdays):
        raise OpenHoursError("weekday", "out_of_range")
    checked = check_day(_intervals(slots))
    if checked.short and not confirm_short:
        return SaveResult(False, checked)
    with unit_of_work(db) as session:
        version = _version(session, version_id)
        for day in weekdays:
            old = [s for s in version.slots if s.weekday == day]
            before = _slots_json([Interval(s.start_time, s.end_time) for s in old])
            for slot in old:
                version.slots.remove(slot)
            for interval in checked.slots:
                version.slots.append(
                    ScheduleSlot(weekday=day, start_time=interval.start, end_time=interval.end)
                )
            session.flush()
            audit.record(
                session,
                actor,
                AuditAction.UPDATE,
                "schedule_version",
                version.id,
                {"weekday": day, "slots": before},
                {
                    "weekday": day,
                    "slots": _slots_json(checked.slots),
                    "short_day_confirmed": checked.short,
                },
            )
    return SaveResult(True, checked)


def _clear_dates(session: Session, first: dt.date, last: dt.date) -> list[dict[str, object]]:
    old = list(
        session.scalars(
            select(ScheduleException).where(
                ScheduleException.on_date >= first, ScheduleException.on_date <= last
            )
        )
    )
    before: list[dict[str, object]] = [
        {
            "date": e.on_date.isoformat(),
            "kind": e.kind,
            "start": e.start_time.isoformat("minutes") if e.start_time else None,
            "end": e.end_time.isoformat("minutes") if e.end_time else None,
            "reason": e.reason,
        }
        for e in old
    ]
    session.execute(
        delete(ScheduleException).where(
            ScheduleException.on_date >= first, ScheduleException.on_date <= last
        )
    )
    return before


def close_dates(
    db: Database, actor: Actor, first: dt.date, last: dt.date, reason: str
) -> list[dt.date]:
    """Close every date from `first` to `last` (a holiday, a training week), with a reason.

    Closures replace whatever exceptions those dates had. Returns the dates closed.
    """
    actor.require(Action.EDIT_OPEN_HOURS)
    if last < first:
        raise OpenHoursError("last", "before_first")
    if (last - first).days >= MAX_RANGE_DAYS:
        raise OpenHoursError("last", "range_too_long")
    text = _reason(reason, required=True)
    days = [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]
    with unit_of_work(db) as session:
        before = _clear_dates(session, first, last)
        session.add_all(
            ScheduleException(on_date=d, kind=ExceptionKind.CLOSED.value, reason=text) for d in days
        )
        audit.record(
            session,
            actor,
            AuditAction.CREATE,
            "schedule_exception",
            f"{first.isoformat()}..{last.isoformat()}",
            {"replaced": before} if before else None,
            {"closed": [first.isoformat(), last.isoformat()], "reason": text},
        )
    return days


def set_special_hours(
    db: Database,
    actor: Actor,
    on_date: dt.date,
    slots: Sequence[tuple[dt.time, dt.time]],
    reason: str = "",
    confirm_short: bool = False,
) -> SaveResult:
    """Open only during `slots` on `on_date`, instead of the week's hours."""
    actor.require(Action.EDIT_OPEN_HOURS)
    intervals = _intervals(slots)
    if not intervals:
        raise OpenHoursError("slots", "required")
    text = _reason(reason, required=False)
    checked = check_day(intervals)
    if checked.short and not confirm_short:
        return SaveResult(False, checked)
    with unit_of_work(db) as session:
        before = _clear_dates(session, on_date, on_date)
        session.add_all(
            ScheduleException(
                on_date=on_date,
                kind=ExceptionKind.SPECIAL_HOURS.value,
                start_time=slot.start,
                end_time=slot.end,
                reason=text,
            )
            for slot in checked.slots
        )
        audit.record(
            session,
            actor,
            AuditAction.CREATE,
            "schedule_exception",
            on_date.isoformat(),
            {"replaced": before} if before else None,
            {
                "special_hours": _slots_json(checked.slots),
                "reason": text,
                "short_day_confirmed": checked.short,
            },
        )
    return SaveResult(True, checked)


def remove_exceptions(db: Database, actor: Actor, first: dt.date, last: dt.date) -> int:
    """Undo closures and special hours from `first` to `last`: the week applies again."""
    actor.require(Action.EDIT_OPEN_HOURS)
    with unit_of_work(db) as session:
        before = _clear_dates(session, first, last)
        if before:
            audit.record(
                session,
                actor,
                AuditAction.DELETE,
                "schedule_exception",
                f"{first.isoformat()}..{last.isoformat()}",
                {"removed": before},
            )
        return len(before)
