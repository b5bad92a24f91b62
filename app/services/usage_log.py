"""Usage register queries: visits page by page over indexed queries (never all at once)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy import Select, func, select

from app.db.migrate import Database
from app.db.models import Department, Measurement, Staff, UsageVisit
from app.domain.codes import Role
from app.services.actor import Actor
from app.services.unit_of_work import read_only

READERS = (Role.CHAIR, Role.ADMIN)
SelectT = TypeVar("SelectT", bound=Select[Any])


@dataclass(frozen=True)
class VisitFilter:
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    department_id: int | None = None
    abnormal_only: bool = False
    staff_id: int | None = None


@dataclass(frozen=True)
class ReadingValue:
    type: str
    value: float
    flag: str


@dataclass(frozen=True)
class VisitRow:
    id: int
    visited_at: dt.datetime
    person: str
    employee_no: str
    department: str
    is_visitor: bool
    abnormal: bool
    readings: tuple[ReadingValue, ...] = field(default_factory=tuple)
    advice: str = ""


def _filtered(query: SelectT, flt: VisitFilter) -> SelectT:
    if flt.date_from is not None:
        query = query.where(UsageVisit.visited_at >= dt.datetime.combine(flt.date_from, dt.time()))
    if flt.date_to is not None:
        end = dt.datetime.combine(flt.date_to + dt.timedelta(days=1), dt.time())
        query = query.where(UsageVisit.visited_at < end)
    if flt.staff_id is not None:
        query = query.where(UsageVisit.staff_id == flt.staff_id)
    if flt.department_id is not None:
        query = query.where(
            UsageVisit.staff_id.in_(
                select(Staff.id).where(Staff.department_id == flt.department_id)
            )
        )
    if flt.abnormal_only:
        query = query.where(UsageVisit.abnormal.is_(True))
    return query


def count_visits(db: Database, actor: Actor, flt: VisitFilter) -> int:
    actor.require("read the usage register", *READERS)
    with read_only(db) as session:
        return int(session.scalar(_filtered(select(func.count(UsageVisit.id)), flt)) or 0)


def fetch_visits(
    db: Database, actor: Actor, flt: VisitFilter, offset: int, limit: int
) -> list[VisitRow]:
    """One page of visits, newest first (keyed on the visited_at index)."""
    actor.require("read the usage register", *READERS)
    query = _filtered(select(UsageVisit), flt)
    query = query.order_by(UsageVisit.visited_at.desc(), UsageVisit.id.desc())
    query = query.offset(offset).limit(limit)
    with read_only(db) as session:
        visits = list(session.scalars(query))
        if not visits:
            return []
        staff_ids = {v.staff_id for v in visits if v.staff_id is not None}
        people = {
            sid: (no, name, dept)
            for sid, no, name, dept in session.execute(
                select(Staff.id, Staff.employee_no, Staff.name, Department.name)
                .join(Department)
                .where(Staff.id.in_(staff_ids))
            )
        }
        readings: dict[int, list[ReadingValue]] = {}
        for visit_id, rtype, value, flag in session.execute(
            select(Measurement.visit_id, Measurement.type, Measurement.value, Measurement.flag)
            .where(Measurement.visit_id.in_([v.id for v in visits]))
            .order_by(Measurement.id)
        ):
            readings.setdefault(visit_id, []).append(ReadingValue(rtype, value, flag))
        rows = []
        for v in visits:
            if v.staff_id is None:
                no, name, dept = "", v.visitor_name or "", ""
            else:
                no, name, dept = people[v.staff_id]
            rows.append(
                VisitRow(
                    id=v.id,
                    visited_at=v.visited_at,
                    person=name,
                    employee_no=no,
                    department=dept,
                    is_visitor=v.staff_id is None,
                    abnormal=v.abnormal,
                    readings=tuple(readings.get(v.id, ())),
                    advice=v.advice,
                )
            )
        return rows
