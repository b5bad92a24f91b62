"""Load the open-hours calendar (schedule versions and exceptions) from the database."""

from __future__ import annotations

import datetime as dt

from app.catalogue.codes import ExceptionKind
from app.db.rows import Rows
from app.domain.schedule import DayException, Interval, OpenHoursCalendar, WeeklySchedule

# Dates and times as the models keep them in SQLite (see app.db.rows).
_day, _time = dt.date.fromisoformat, dt.time.fromisoformat


def load_calendar(rows: Rows) -> OpenHoursCalendar:
    """Every schedule version with its slots, and every exception (a few hundred rows)."""
    slots: dict[int, dict[int, list[Interval]]] = {}
    for version_id, weekday, start, end in rows.all(
        "SELECT version_id, weekday, start_time, end_time FROM schedule_slot"
    ):
        interval = Interval(_time(start), _time(end))
        slots.setdefault(version_id, {}).setdefault(weekday, []).append(interval)
    versions = [
        WeeklySchedule(
            _day(effective_from),
            {day: tuple(found) for day, found in slots.get(version_id, {}).items()},
        )
        for version_id, effective_from in rows.all(
            "SELECT id, effective_from FROM schedule_version"
        )
    ]
    closed = ExceptionKind.CLOSED.value
    exceptions = [
        DayException(
            _day(on_date),
            kind == closed,
            (Interval(_time(start), _time(end)),) if kind != closed and start and end else (),
            reason,
        )
        for on_date, kind, start, end, reason in rows.all(
            "SELECT on_date, kind, start_time, end_time, reason FROM schedule_exception"
        )
    ]
    return OpenHoursCalendar(versions, exceptions)
