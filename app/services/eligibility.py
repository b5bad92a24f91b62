"""The roster on a date and an activity's target group, as SQL conditions (see
app/domain/participation.py for the rule in words)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session

from app.db.models import Activity, ActivityDepartment, Attendance, Staff
from app.domain.participation import LECTURE_PARTICIPATION_TARGET
from app.domain.ratios import Ratio


def on_roster(day: dt.date) -> ColumnElement[bool]:
    return and_(
        or_(Staff.hire_date.is_(None), Staff.hire_date <= day),
        or_(Staff.departure_date.is_(None), Staff.departure_date > day),
    )


def target_departments(session: Session, activity_id: int) -> list[int]:
    return list(
        session.scalars(
            select(ActivityDepartment.department_id).where(
                ActivityDepartment.activity_id == activity_id
            )
        )
    )


def eligible_condition(
    day: dt.date, target_all: bool, departments: Collection[int]
) -> ColumnElement[bool]:
    condition = on_roster(day)
    if not target_all:
        condition = and_(condition, Staff.department_id.in_(list(departments)))
    return condition


def activity_eligible(session: Session, activity: Activity) -> ColumnElement[bool]:
    departments = [] if activity.target_all else target_departments(session, activity.id)
    return eligible_condition(activity.starts_at.date(), activity.target_all, departments)


@dataclass(frozen=True)
class Participation:
    """An activity's sign-in figures: `ratio` counts eligible roster attendees only."""

    activity_id: int
    ratio: Ratio
    outside_target: int  # roster staff who came but are not in the target group that day
    guests: int
    target: float = LECTURE_PARTICIPATION_TARGET

    @property
    def attended(self) -> int:
        return self.ratio.numerator

    @property
    def eligible(self) -> int:
        return self.ratio.denominator

    @property
    def still_needed(self) -> int:
        return self.ratio.still_needed(self.target)


def participation_of(session: Session, activity: Activity) -> Participation:
    eligible = activity_eligible(session, activity)
    eligible_count = session.scalar(select(func.count(Staff.id)).where(eligible)) or 0
    roster_attendees = (
        select(func.count(Attendance.id))
        .join(Staff, Staff.id == Attendance.staff_id)
        .where(Attendance.activity_id == activity.id)
    )
    counted = session.scalar(roster_attendees.where(eligible)) or 0
    all_staff = session.scalar(roster_attendees) or 0
    guests = (
        session.scalar(
            select(func.count(Attendance.id)).where(
                Attendance.activity_id == activity.id, Attendance.staff_id.is_(None)
            )
        )
        or 0
    )
    return Participation(
        activity_id=activity.id,
        ratio=Ratio(int(counted), int(eligible_count)),
        outside_target=int(all_staff - counted),
        guests=int(guests),
    )
