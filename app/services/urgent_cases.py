"""Urgent values (危急值): a visit with one is an open case until the action taken is recorded.

The case is opened in the same transaction as the reading (record or re-measure); closing it
names what was done (referred, 120 called, advised and refused, ...). Open cases are listed on
the overview until closed; the monthly report counts them without names. Every step is in
the audit trail.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.catalogue.codes import AuditAction
from app.catalogue.urgent import UrgentAction
from app.db.migrate import Database
from app.db.models import Measurement, Staff, UrgentCase, UsageVisit
from app.db.rows import Rows
from app.domain.permissions import Action
from app.domain.readings import Flag, ReadingType, Thresholds, is_urgent
from app.services import audit
from app.services.actor import Actor
from app.services.unit_of_work import read_only, unit_of_work
from app.services.urgent_counts import UrgentCounts as UrgentCounts
from app.services.urgent_counts import urgent_counts

MAX_NOTE = 500


class UrgentCaseError(ValueError):
    """`code`: "not_found", "closed" (already closed), "note_required" (action OTHER)."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class UrgentReading:
    type: ReadingType
    value: float
    flag: Flag


@dataclass(frozen=True)
class OpenCase:
    id: int
    visit_id: int
    opened_at: dt.datetime
    person: str
    staff_id: int | None
    readings: tuple[UrgentReading, ...]  # the urgent ones


def urgent_types(
    readings: Iterable[tuple[ReadingType, float]], thresholds: Thresholds
) -> list[ReadingType]:
    return [rt for rt, value in readings if is_urgent(rt, value, thresholds)]


def open_if_urgent(
    session: Session,
    actor: Actor,
    visit: UsageVisit,
    readings: Iterable[tuple[ReadingType, float]],
    thresholds: Thresholds,
    at: dt.datetime,
) -> UrgentCase | None:
    """In the caller's transaction: the visit's case, opened when a reading is urgent and
    the visit has no case yet (a re-measurement of an urgent visit keeps its one case)."""
    found = urgent_types(readings, thresholds)
    existing = session.scalar(select(UrgentCase).where(UrgentCase.visit_id == visit.id))
    if existing is not None or not found:
        return existing
    case = UrgentCase(
        visit_id=visit.id,
        staff_id=visit.staff_id,
        opened_at=at,
        types=",".join(dict.fromkeys(rt.value for rt in found)),
    )
    session.add(case)
    session.flush()
    audit.record(
        session,
        actor,
        AuditAction.CREATE,
        "urgent_case",
        case.id,
        after={"visit_id": visit.id, "opened_at": at, "types": [rt.value for rt in found]},
    )
    return case


def close_case(
    db: Database,
    actor: Actor,
    case_id: int,
    action: UrgentAction,
    note: str = "",
    now: dt.datetime | None = None,
) -> None:
    """Record what was done; the case is closed. "Other" needs a note saying what."""
    actor.require(Action.EDIT_HEALTH_DATA)
    text = note.strip()[:MAX_NOTE]
    if action is UrgentAction.OTHER and not text:
        raise UrgentCaseError("note_required")
    when = (now or dt.datetime.now()).replace(microsecond=0)
    with unit_of_work(db) as session:
        case = session.get(UrgentCase, case_id)
        if case is None:
            raise UrgentCaseError("not_found")
        if case.closed_at is not None:
            raise UrgentCaseError("closed")
        case.action, case.action_note = action.value, text
        case.closed_at, case.closed_by = when, actor.username
        audit.record(
            session,
            actor,
            AuditAction.UPDATE,
            "urgent_case",
            case.id,
            before={"closed_at": None},
            after={"action": action.value, "note": text, "closed_at": when},
        )


def open_cases(db: Database, actor: Actor) -> list[OpenCase]:
    """Every case still open, oldest first, with the person and the urgent readings."""
    actor.require(Action.READ_HEALTH_DATA)
    with read_only(db) as session:
        rows = session.execute(
            select(UrgentCase, UsageVisit.visitor_name, Staff.name)
            .join(UsageVisit, UsageVisit.id == UrgentCase.visit_id)
            .outerjoin(Staff, Staff.id == UrgentCase.staff_id)
            .where(UrgentCase.closed_at.is_(None))
            .order_by(UrgentCase.opened_at, UrgentCase.id)
        ).all()
        out = []
        for case, visitor, name in rows:
            measured = session.execute(
                select(Measurement.type, Measurement.value, Measurement.flag)
                .where(Measurement.visit_id == case.visit_id)
                .order_by(Measurement.id)
            )
            # The urgent types as they were when the case opened (the last value of each).
            urgent = set(case.types.split(","))
            latest = {t: UrgentReading(ReadingType(t), v, Flag(f)) for t, v, f in measured}
            readings = tuple(r for t, r in latest.items() if t in urgent)
            out.append(
                OpenCase(
                    case.id,
                    case.visit_id,
                    case.opened_at,
                    name or visitor or "",
                    case.staff_id,
                    readings,
                )
            )
        return out


def case_of_visit(db: Database, actor: Actor, visit_id: int) -> int | None:
    """The visit's open case, if any (the entry form after a re-measurement)."""
    actor.require(Action.READ_HEALTH_DATA)
    with read_only(db) as session:
        return session.scalar(
            select(UrgentCase.id).where(
                UrgentCase.visit_id == visit_id, UrgentCase.closed_at.is_(None)
            )
        )


def counts(session: Session, start: dt.datetime, end: dt.datetime) -> UrgentCounts:
    """Cases opened in [start, end): how many, closed, still open, by action and by type."""
    return urgent_counts(Rows.of_session(session), start, end)


def count_open(session: Session) -> int:
    return int(
        session.scalar(select(func.count(UrgentCase.id)).where(UrgentCase.closed_at.is_(None))) or 0
    )
