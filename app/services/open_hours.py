"""Open-hours queries: the weekly schedule in force and the exceptions."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from app.db.migrate import Database
from app.db.models import ScheduleException, ScheduleSlot, ScheduleVersion
from app.domain.codes import ExceptionKind
from app.services.actor import Actor
from app.services.unit_of_work import read_only


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


def schedule_in_force(db: Database, actor: Actor, on: dt.date) -> list[SlotRow]:
    """The slots of the schedule version in force on `on` (empty when none is)."""
    del actor  # the open hours are public: they hang on the door
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
