"""Load the open-hours calendar (schedule versions and exceptions) from the database."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.catalogue.codes import ExceptionKind
from app.db.models import ScheduleException, ScheduleSlot, ScheduleVersion
from app.domain.schedule import DayException, Interval, OpenHoursCalendar, WeeklySchedule


def load_calendar(session: Session) -> OpenHoursCalendar:
    """Every schedule version with its slots, and every exception (a few hundred rows)."""
    slots: dict[int, dict[int, list[Interval]]] = {}
    for version_id, weekday, start, end in session.execute(
        select(
            ScheduleSlot.version_id,
            ScheduleSlot.weekday,
            ScheduleSlot.start_time,
            ScheduleSlot.end_time,
        )
    ):
        slots.setdefault(version_id, {}).setdefault(weekday, []).append(Interval(start, end))
    versions = [
        WeeklySchedule(
            effective_from,
            {day: tuple(found) for day, found in slots.get(version_id, {}).items()},
        )
        for version_id, effective_from in session.execute(
            select(ScheduleVersion.id, ScheduleVersion.effective_from)
        )
    ]
    exceptions = [
        DayException(
            on_date,
            kind == ExceptionKind.CLOSED.value,
            (Interval(start, end),) if kind != ExceptionKind.CLOSED.value and start and end else (),
            reason,
        )
        for on_date, kind, start, end, reason in session.execute(
            select(
                ScheduleException.on_date,
                ScheduleException.kind,
                ScheduleException.start_time,
                ScheduleException.end_time,
                ScheduleException.reason,
            )
        )
    ]
    return OpenHoursCalendar(versions, exceptions)
