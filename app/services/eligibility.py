"""The roster on a date and an activity's target group, as SQL conditions (see
app/domain/participation.py for the rule in words)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session

from app.db.models import Activity, ActivityDepartment, Attendance, Staff
from app.domain.participation import (
    LECTURE_PARTICIPATION_TARGET,
    in_target_group,
    participation,
)
from app.domain.participation import (
    on_roster as on_roster_on,
)
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
    """One activity's figures in SQL (after every scan: must stay quick on a big roster)."""
    eligible = activity_eligible(session, activity)
    eligible_count = session.scalar(select(func.count(Staff.id)).where(eligible)) or 0
    roster_attendees = (
        select(func.count(Attendance.id))
        .join(Staff, Staff.id == Attendance.staff_id)
        .where(Attendance.activity_id == activity.id)
    )
    counted = session.scalar(roster_attendees.where(eligible)) or 0
    all_staff = session.scalar(roster_attendees) or 0
    guests = session.scalar(
        select(func.count(Attendance.id)).where(
            Attendance.activity_id == activity.id, Attendance.staff_id.is_(None)
        )
    )
    return Participation(
        activity_id=activity.id,
        ratio=Ratio(int(counted), int(eligible_count)),
        outside_target=int(all_staff - counted),
        guests=int(guests or 0),
    )


def participation_of_many(
    session: Session, activity_ids: Collection[int]
) -> dict[int, Participation]:
    """The figures of many activities at once (the list shows them all).

    The roster is read once and the rule of app/domain/participation.py applied in Python:
    cheaper than one eligibility query per activity, and the very same rule as the domain's.
    """
    ids = list(activity_ids)
    if not ids:
        return {}
    activities = session.execute(
        select(Activity.id, Activity.starts_at, Activity.target_all).where(Activity.id.in_(ids))
    ).all()
    targets: dict[int, set[int]] = {}
    for activity_id, department_id in session.execute(
        select(ActivityDepartment.activity_id, ActivityDepartment.department_id).where(
            ActivityDepartment.activity_id.in_(ids)
        )
    ):
        targets.setdefault(activity_id, set()).add(department_id)
    staff = session.execute(
        select(Staff.id, Staff.department_id, Staff.hire_date, Staff.departure_date)
    ).all()
    attendees: dict[int, set[int]] = {}
    guests: dict[int, int] = {}
    for activity_id, staff_id in session.execute(
        select(Attendance.activity_id, Attendance.staff_id).where(Attendance.activity_id.in_(ids))
    ):
        if staff_id is None:
            guests[activity_id] = guests.get(activity_id, 0) + 1
        else:
            attendees.setdefault(activity_id, set()).add(staff_id)
    figures = {}
    for activity_id, starts_at, target_all in activities:
        day = starts_at.date()
        chosen = targets.get(activity_id, set())
        eligible = [
            person_id
            for person_id, department_id, hired, left in staff
            if on_roster_on(hired, left, day) and in_target_group(department_id, target_all, chosen)
        ]
        came = attendees.get(activity_id, set())
        ratio = participation(came, eligible)
        figures[activity_id] = Participation(
            activity_id=activity_id,
            ratio=ratio,
            outside_target=len(came) - ratio.numerator,
            guests=guests.get(activity_id, 0),
        )
    return figures
