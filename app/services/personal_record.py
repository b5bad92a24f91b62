"""A person's health record (个人健康记录): everything the room holds about one employee, for
them or to take to a doctor — profile and health file with the check-up results, every visit
with its readings and grades, the trends, follow-ups and urgent values with what was done.

A named printout of health data: the chair or the health administrator only, and each one
printed is in the audit trail.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from app.catalogue.codes import AuditAction
from app.db.migrate import Database
from app.db.models import Staff, UrgentCase
from app.domain.permissions import Action
from app.domain.readings import Thresholds
from app.services import audit, follow_ups, health_files, person_history
from app.services.actor import Actor
from app.services.checkups import CheckupView, person_checkups
from app.services.follow_ups import FollowUpRow
from app.services.health_files import HealthFileView
from app.services.person_history import Trends
from app.services.unit_of_work import read_only, unit_of_work
from app.services.usage_log import VisitFilter, VisitRow, count_visits, fetch_visits

MAX_VISITS = 2000  # a person visiting daily for years; the printout lists them all


@dataclass(frozen=True)
class UrgentRecord:
    opened_at: dt.datetime
    types: tuple[str, ...]  # reading type codes
    action: str | None  # UrgentAction code; None while open
    note: str
    closed_at: dt.datetime | None


@dataclass(frozen=True)
class PersonalRecord:
    file: HealthFileView
    job_title: str
    visits: tuple[VisitRow, ...]  # newest first
    trends: Trends
    follow_ups: tuple[FollowUpRow, ...]
    urgent: tuple[UrgentRecord, ...]
    checkups: tuple[CheckupView, ...] = ()  # the hospital's, newest first

    @property
    def thresholds(self) -> Thresholds:
        return self.trends.thresholds


def personal_record(
    db: Database, actor: Actor, staff_id: int, today: dt.date | None = None
) -> PersonalRecord:
    actor.require(Action.READ_HEALTH_DATA)
    view = health_files.get_health_file(db, actor, staff_id, today)
    flt = VisitFilter(staff_id=staff_id)
    total = min(count_visits(db, actor, flt), MAX_VISITS)
    visits = fetch_visits(db, actor, flt, 0, total) if total else []
    with read_only(db) as session:
        job = session.scalar(select(Staff.job_title).where(Staff.id == staff_id)) or ""
        cases = session.scalars(
            select(UrgentCase).where(UrgentCase.staff_id == staff_id).order_by(UrgentCase.opened_at)
        ).all()
        urgent = tuple(
            UrgentRecord(
                c.opened_at, tuple(c.types.split(",")), c.action, c.action_note, c.closed_at
            )
            for c in cases
        )
        checkups = person_checkups(session, staff_id)
    return PersonalRecord(
        file=view,
        job_title=job,
        visits=tuple(visits),
        trends=person_history.trends(db, actor, staff_id),
        follow_ups=tuple(follow_ups.list_follow_ups(db, actor, staff_id)),
        urgent=urgent,
        checkups=checkups,
    )


def staff_id_of(db: Database, actor: Actor, employee_no: str) -> int | None:
    """The person with this employee no. (the command line names people so)."""
    actor.require(Action.READ_HEALTH_DATA)
    with read_only(db) as session:
        return session.scalar(select(Staff.id).where(Staff.employee_no == employee_no.strip()))


def record_printed(db: Database, actor: Actor, staff_id: int, file_name: str) -> None:
    """A named printout of one person's health data goes into the audit trail."""
    actor.require(Action.READ_HEALTH_DATA)
    with unit_of_work(db) as session:
        audit.record(
            session,
            actor,
            AuditAction.EXPORT,
            "personal_record",
            staff_id,
            after={"file": file_name},
        )
