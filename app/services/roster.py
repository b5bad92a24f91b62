"""Roster queries: the staff list behind the Staff page."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import or_, select

from app.db.migrate import Database
from app.db.models import Department, Staff
from app.domain.codes import Role
from app.domain.id_number import mask_id_number
from app.domain.phone import mask_phone
from app.services.actor import Actor
from app.services.unit_of_work import read_only

READERS = (Role.CHAIR, Role.ADMIN, Role.TECH)


@dataclass(frozen=True)
class StaffRow:
    id: int
    employee_no: str
    name: str
    sex: str | None
    birth_date: dt.date | None
    department: str
    job_title: str
    id_number_masked: str
    phone_masked: str
    departure_date: dt.date | None


@dataclass(frozen=True)
class DepartmentRow:
    id: int
    name: str


def list_departments(db: Database, actor: Actor) -> list[DepartmentRow]:
    actor.require("read the roster", *READERS)
    with read_only(db) as session:
        rows = session.execute(select(Department.id, Department.name).order_by(Department.name))
        return [DepartmentRow(id, name) for id, name in rows]


def list_staff(
    db: Database,
    actor: Actor,
    search: str = "",
    department_id: int | None = None,
    include_departed: bool = False,
    limit: int | None = None,
) -> list[StaffRow]:
    """Staff matching `search` (employee no., name or pinyin prefix), masked for display."""
    actor.require("read the roster", *READERS)
    query = select(Staff, Department.name).join(Department).order_by(Staff.employee_no)
    text = search.strip().lower()
    if text:
        like = f"{text}%"
        query = query.where(
            or_(
                Staff.employee_no.ilike(like),
                Staff.name.like(f"{search.strip()}%"),
                Staff.name_pinyin.like(like),
                Staff.name_initials.like(like),
            )
        )
    if department_id is not None:
        query = query.where(Staff.department_id == department_id)
    if not include_departed:
        query = query.where(Staff.departure_date.is_(None))
    if limit is not None:
        query = query.limit(limit)
    with read_only(db) as session:
        return [
            StaffRow(
                id=staff.id,
                employee_no=staff.employee_no,
                name=staff.name,
                sex=staff.sex,
                birth_date=staff.birth_date,
                department=department,
                job_title=staff.job_title,
                id_number_masked=mask_id_number(staff.id_number) if staff.id_number else "",
                phone_masked=mask_phone(staff.phone) if staff.phone else "",
                departure_date=staff.departure_date,
            )
            for staff, department in session.execute(query)
        ]
