"""Outreach: staff on the roster who attended none of the year's health lectures, by department
— the people to invite next. `offered` says how many of the year's lectures targeted them (a
department left out of every lecture shows up as 0, which is worth knowing too)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from app.catalogue.codes import ActivityKind, ActivityStatus
from app.db.migrate import Database
from app.db.models import (
    Activity,
    ActivityDepartment,
    Attendance,
    Department,
    Staff,
)
from app.domain.participation import in_target_group, on_roster
from app.domain.permissions import Action
from app.services import department_order
from app.services.actor import Actor
from app.services.eligibility import on_roster as on_roster_sql
from app.services.unit_of_work import read_only


@dataclass(frozen=True)
class OutreachPerson:
    id: int
    employee_no: str
    name: str
    department: str
    job_title: str
    offered: int  # lectures of the year that targeted this person


@dataclass(frozen=True)
class OutreachDepartment:
    name: str
    active: int  # staff of the department on the roster on the reference date
    people: tuple[OutreachPerson, ...]


@dataclass(frozen=True)
class OutreachList:
    year: int
    as_of: dt.date  # the roster of this date (year end, or today in the current year)
    lectures_held: int
    active: int
    departments: tuple[OutreachDepartment, ...]

    @property
    def people(self) -> tuple[OutreachPerson, ...]:
        return tuple(p for d in self.departments for p in d.people)


def non_attendees(db: Database, actor: Actor, year: int, today: dt.date) -> OutreachList:
    actor.require(Action.READ_ACTIVITIES)
    as_of = min(dt.date(year, 12, 31), today)
    start, end = dt.datetime(year, 1, 1), dt.datetime(year + 1, 1, 1)
    with read_only(db) as session:
        lectures = list(
            session.scalars(
                select(Activity).where(
                    Activity.kind == ActivityKind.LECTURE.value,
                    Activity.status == ActivityStatus.HELD.value,
                    Activity.starts_at >= start,
                    Activity.starts_at < end,
                )
            )
        )
        ids = [a.id for a in lectures]
        targets: dict[int, set[int]] = {}
        for activity_id, department_id in session.execute(
            select(ActivityDepartment.activity_id, ActivityDepartment.department_id).where(
                ActivityDepartment.activity_id.in_(ids)
            )
        ):
            targets.setdefault(activity_id, set()).add(department_id)
        attended = set(
            session.scalars(
                select(Attendance.staff_id)
                .where(Attendance.activity_id.in_(ids), Attendance.staff_id.is_not(None))
                .distinct()
            )
        )
        by_department: dict[str, list[OutreachPerson]] = {}
        active: dict[str, int] = {}
        for staff, department in session.execute(
            select(Staff, Department.name)
            .join(Department, Department.id == Staff.department_id)
            .where(on_roster_sql(as_of))
            .order_by(*department_order.order_by(session), Staff.employee_no)
        ):
            active[department] = active.get(department, 0) + 1
            if staff.id in attended:
                continue
            offered = sum(
                1
                for a in lectures
                if on_roster(staff.hire_date, staff.departure_date, a.starts_at.date())
                and in_target_group(staff.department_id, a.target_all, targets.get(a.id, set()))
            )
            by_department.setdefault(department, []).append(
                OutreachPerson(
                    staff.id, staff.employee_no, staff.name, department, staff.job_title, offered
                )
            )
        return OutreachList(
            year=year,
            as_of=as_of,
            lectures_held=len(lectures),
            active=sum(active.values()),
            departments=tuple(
                OutreachDepartment(name, active[name], tuple(people))
                for name, people in by_department.items()
            ),
        )
