"""The room's day log (opening, cleaning, disinfection) and the month calendar of gaps.

A calendar day is judged against the open-hours schedule in force that day: a past open day
without a record is missing, a record without times, duty person or cleaning is incomplete.
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
from dataclasses import asdict, dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.catalogue.codes import AuditAction, ExceptionKind
from app.db.migrate import Database
from app.db.models import RoomDayLog, ScheduleException, ScheduleVersion, Setting
from app.domain.day_log import (
    DEFAULT_DISINFECTION_INTERVAL,
    MAX_DISINFECTION_INTERVAL,
    NEEDS_ATTENTION,
    DayFacts,
    DayState,
    DisinfectionDue,
    check_entry,
    day_state,
    disinfection_due,
)
from app.domain.permissions import Action
from app.domain.rule_error import RuleError
from app.domain.schedule import DayException, Interval, OpenHoursCalendar, WeeklySchedule
from app.services import audit
from app.services.actor import Actor
from app.services.unit_of_work import read_only, unit_of_work


@dataclass(frozen=True)
class DayLogRow:
    id: int
    day: dt.date
    facts: DayFacts


@dataclass(frozen=True)
class CalendarDay:
    day: dt.date
    state: DayState
    open_day: bool
    disinfected: bool


@dataclass(frozen=True)
class MonthUpkeep:
    year: int
    month: int
    days: tuple[CalendarDay, ...]
    logs: tuple[DayLogRow, ...]
    last_disinfection: dt.date | None  # on or before the month's last day shown

    def count(self, state: DayState) -> int:
        return sum(1 for d in self.days if d.state is state)

    @property
    def needing_attention(self) -> tuple[CalendarDay, ...]:
        return tuple(d for d in self.days if d.state in NEEDS_ATTENTION)


def _facts(row: RoomDayLog) -> DayFacts:
    return DayFacts(
        opened_at=row.opened_at,
        closed_at=row.closed_at,
        duty_person=row.duty_person,
        cleaned=row.cleaned,
        cleaned_by=row.cleaned_by,
        disinfected=row.disinfected,
        disinfection_what=row.disinfection_what,
        disinfection_agent=row.disinfection_agent,
        disinfected_by=row.disinfected_by,
        note=row.note,
    )


def open_hours_calendar(session: Session, first: dt.date, last: dt.date) -> OpenHoursCalendar:
    """The schedule versions and the exceptions of [first, last] as the domain calendar."""
    versions = []
    for version in session.scalars(
        select(ScheduleVersion).order_by(ScheduleVersion.effective_from)
    ):
        slots: dict[int, tuple[Interval, ...]] = {}
        for slot in version.slots:
            slots[slot.weekday] = (
                *slots.get(slot.weekday, ()),
                Interval(slot.start_time, slot.end_time),
            )
        versions.append(WeeklySchedule(version.effective_from, slots))
    exceptions = [
        DayException(
            e.on_date,
            closed=e.kind == ExceptionKind.CLOSED.value,
            intervals=(Interval(e.start_time, e.end_time),)
            if e.start_time is not None and e.end_time is not None
            else (),
            reason=e.reason,
        )
        for e in session.scalars(
            select(ScheduleException).where(
                ScheduleException.on_date >= first, ScheduleException.on_date <= last
            )
        )
    ]
    return OpenHoursCalendar(versions, exceptions)


def scheduled_hours(db: Database, actor: Actor, day: dt.date) -> tuple[dt.time, dt.time] | None:
    """When the schedule in force opens and closes the room that day (None: not open)."""
    actor.require(Action.READ_ROOM_LOG)
    with read_only(db) as session:
        intervals = open_hours_calendar(session, day, day).intervals_on(day)
    return (intervals[0].start, intervals[-1].end) if intervals else None


def month_hours(db: Database, actor: Actor, year: int, month: int) -> dict[dt.date, str]:
    """The scheduled hours of each open day of the month ("08:30–11:30, 14:30–17:30")."""
    actor.require(Action.READ_ROOM_LOG)
    first = dt.date(year, month, 1)
    last = dt.date(year, month, calendar.monthrange(year, month)[1])
    with read_only(db) as session:
        hours = open_hours_calendar(session, first, last)
    out = {}
    for n in range((last - first).days + 1):
        day = first + dt.timedelta(days=n)
        intervals = hours.intervals_on(day)
        if intervals:
            out[day] = ", ".join(f"{i.start:%H:%M}–{i.end:%H:%M}" for i in intervals)
    return out


def get_day(db: Database, actor: Actor, day: dt.date) -> DayLogRow | None:
    actor.require(Action.READ_ROOM_LOG)
    with read_only(db) as session:
        row = session.scalar(select(RoomDayLog).where(RoomDayLog.day == day))
        return DayLogRow(row.id, row.day, _facts(row)) if row else None


def save_day(
    db: Database, actor: Actor, day: dt.date, facts: DayFacts, today: dt.date | None = None
) -> DayLogRow:
    """Create or complete the record of a day; checked, audited with before and after."""
    actor.require(Action.EDIT_ROOM_LOG)
    today = today or dt.date.today()
    clean = DayFacts(
        opened_at=facts.opened_at,
        closed_at=facts.closed_at,
        duty_person=facts.duty_person.strip(),
        cleaned=facts.cleaned,
        cleaned_by=facts.cleaned_by.strip() if facts.cleaned else "",
        disinfected=facts.disinfected,
        disinfection_what=facts.disinfection_what.strip() if facts.disinfected else "",
        disinfection_agent=facts.disinfection_agent.strip() if facts.disinfected else "",
        disinfected_by=facts.disinfected_by.strip() if facts.disinfected else "",
        note=facts.note.strip(),
    )
    check_entry(day, today, clean)
    with unit_of_work(db) as session:
        row = session.scalar(select(RoomDayLog).where(RoomDayLog.day == day))
        before = asdict(_facts(row)) if row else None
        if row is None:
            row = RoomDayLog(day=day)
            session.add(row)
        for name, value in asdict(clean).items():
            setattr(row, name, value)
        session.flush()
        audit.record(
            session,
            actor,
            AuditAction.UPDATE if before else AuditAction.CREATE,
            "room_day_log",
            row.id,
            before={"day": day, **before} if before else None,
            after={"day": day, **asdict(clean)},
        )
        return DayLogRow(row.id, day, clean)


def month_upkeep(db: Database, actor: Actor, year: int, month: int, today: dt.date) -> MonthUpkeep:
    """Every day of the month judged: complete, incomplete, missing, closed, pending, future."""
    actor.require(Action.READ_ROOM_LOG)
    first = dt.date(year, month, 1)
    last = dt.date(year, month, calendar.monthrange(year, month)[1])
    with read_only(db) as session:
        hours = open_hours_calendar(session, first, last)
        rows = list(
            session.scalars(
                select(RoomDayLog)
                .where(RoomDayLog.day >= first, RoomDayLog.day <= last)
                .order_by(RoomDayLog.day)
            )
        )
        last_disinfection = session.scalar(
            select(RoomDayLog.day)
            .where(RoomDayLog.disinfected.is_(True), RoomDayLog.day <= min(last, today))
            .order_by(RoomDayLog.day.desc())
            .limit(1)
        )
        logs = tuple(DayLogRow(r.id, r.day, _facts(r)) for r in rows)
    by_day = {log.day: log.facts for log in logs}
    days = []
    for n in range((last - first).days + 1):
        day = first + dt.timedelta(days=n)
        facts = by_day.get(day)
        open_day = hours.is_open_day(day)
        days.append(
            CalendarDay(
                day=day,
                state=day_state(day, today, open_day, facts),
                open_day=open_day,
                disinfected=bool(facts and facts.disinfected),
            )
        )
    return MonthUpkeep(year, month, tuple(days), logs, last_disinfection)


# --- disinfection interval ------------------------------------------------------------------

INTERVAL_SETTING = "room.disinfection_interval"  # open days between disinfections
LOOK_BACK_DAYS = 366  # a register never disinfected: overdue since an open day of the last year
LOOK_AHEAD_DAYS = 62  # far enough to name the coming due day of a 30-open-day interval


def _interval(session: Session) -> int:
    raw = session.scalar(select(Setting.value).where(Setting.key == INTERVAL_SETTING))
    try:
        value = int(json.loads(raw)) if raw is not None else DEFAULT_DISINFECTION_INTERVAL
    except (ValueError, TypeError):
        return DEFAULT_DISINFECTION_INTERVAL
    return value if 1 <= value <= MAX_DISINFECTION_INTERVAL else DEFAULT_DISINFECTION_INTERVAL


def disinfection_interval(db: Database, actor: Actor) -> int:
    actor.require(Action.READ_ROOM_LOG)
    with read_only(db) as session:
        return _interval(session)


def set_disinfection_interval(db: Database, actor: Actor, open_days: int) -> int:
    """Disinfect every `open_days` open days (1: every open day); audited."""
    actor.require(Action.EDIT_ROOM_LOG)
    if not 1 <= open_days <= MAX_DISINFECTION_INTERVAL:
        raise RuleError("out_of_range", "interval", low=1, high=MAX_DISINFECTION_INTERVAL)
    with unit_of_work(db) as session:
        before = _interval(session)
        row = session.get(Setting, INTERVAL_SETTING)
        if row is None:
            session.add(Setting(key=INTERVAL_SETTING, value=json.dumps(open_days)))
        else:
            row.value = json.dumps(open_days)
        audit.record(
            session, actor, AuditAction.UPDATE, "setting", INTERVAL_SETTING,
            before={"open_days": before}, after={"open_days": open_days},
        )  # fmt: skip
    return open_days


def disinfection_status(session: Session, today: dt.date) -> DisinfectionDue:
    """When the next disinfection is due, and whether it is overdue (in the caller's session:
    the overview reads it with its other reminders)."""
    last = session.scalar(
        select(RoomDayLog.day)
        .where(RoomDayLog.disinfected.is_(True), RoomDayLog.day <= today)
        .order_by(RoomDayLog.day.desc())
        .limit(1)
    )
    first = (last + dt.timedelta(days=1)) if last else today - dt.timedelta(days=LOOK_BACK_DAYS)
    last_day = today + dt.timedelta(days=LOOK_AHEAD_DAYS)
    hours = open_hours_calendar(session, first, last_day)
    open_days = [
        first + dt.timedelta(days=n)
        for n in range((last_day - first).days + 1)
        if hours.is_open_day(first + dt.timedelta(days=n))
    ]
    return disinfection_due(last, open_days, _interval(session), today)


def disinfection_due_on(db: Database, actor: Actor, today: dt.date) -> DisinfectionDue:
    actor.require(Action.READ_ROOM_LOG)
    with read_only(db) as session:
        return disinfection_status(session, today)
