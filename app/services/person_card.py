"""What the visit form offers for a person (使用登记): who they are, their last visit's
readings, the items to measure (the person's last, else the room's last) and the last height
known, for a BMI from a weight alone.

Apart from recording (app.services.visit_entry): the form reads the card each time a person is
picked, before anything is written.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.migrate import Database
from app.db.models import Department, Measurement, Staff, UsageVisit
from app.domain.permissions import Action
from app.domain.readings import Flag, ReadingType
from app.domain.visit_items import GLUCOSE_TYPES, ReadingGroup, groups_in
from app.services.actor import Actor
from app.services.unit_of_work import read_only
from app.services.visit_entry import ReadingResult, VisitError, last_height, latest_per_type

R = ReadingType
DEFAULT_GROUPS = (ReadingGroup.BLOOD_PRESSURE,)


@dataclass(frozen=True)
class PersonCard:
    """Who was picked, and what the form should offer for them."""

    id: int
    employee_no: str
    name: str
    department: str
    sex: str | None
    birth_date: dt.date | None
    departure_date: dt.date | None
    last_visit_at: dt.datetime | None
    last_readings: tuple[ReadingResult, ...]
    default_groups: tuple[ReadingGroup, ...]  # the person's last items, else the room's
    glucose_type: ReadingType | None  # the glucose test the person had last
    height_cm: float | None  # last known height, for BMI from a weight alone

    def age_on(self, day: dt.date) -> int | None:
        if self.birth_date is None:
            return None
        b = self.birth_date
        return day.year - b.year - ((day.month, day.day) < (b.month, b.day))


def _groups(mask: int | None) -> tuple[ReadingGroup, ...]:
    groups = tuple(groups_in(mask or 0))
    return groups or DEFAULT_GROUPS


def room_default_groups(db: Database, actor: Actor) -> tuple[ReadingGroup, ...]:
    """The items of the room's last visit with readings (for visitors and the empty form)."""
    actor.require(Action.READ_HEALTH_DATA)
    with read_only(db) as session:
        return _groups(_room_last_items(session))


def _room_last_items(session: Session) -> int | None:
    return session.scalar(
        select(UsageVisit.items)
        .where(UsageVisit.items != 0)
        .order_by(UsageVisit.visited_at.desc(), UsageVisit.id.desc())
        .limit(1)
    )


def person_card(db: Database, actor: Actor, staff_id: int) -> PersonCard:
    actor.require(Action.READ_HEALTH_DATA)
    with read_only(db) as session:
        found = session.execute(
            select(Staff, Department.name).join(Department).where(Staff.id == staff_id)
        ).first()
        if found is None:
            raise VisitError("unknown_person", "person")
        staff, department = found
        last = session.execute(
            select(UsageVisit.id, UsageVisit.visited_at, UsageVisit.items)
            .where(UsageVisit.staff_id == staff_id)
            .order_by(UsageVisit.visited_at.desc(), UsageVisit.id.desc())
            .limit(1)
        ).first()
        last_readings: tuple[ReadingResult, ...] = ()
        mask: int | None = None
        if last is not None:
            mask = last.items
            last_readings = latest_per_type(
                ReadingResult(R(t), v, Flag(f))
                for t, v, f in session.execute(
                    select(Measurement.type, Measurement.value, Measurement.flag)
                    .where(Measurement.visit_id == last.id, Measurement.counted)
                    .order_by(Measurement.id)
                )
            )
        if not mask:
            mask = _room_last_items(session)
        glucose = session.scalar(
            select(Measurement.type)
            .where(
                Measurement.staff_id == staff_id,
                Measurement.type.in_([t.value for t in GLUCOSE_TYPES]),
            )
            .order_by(Measurement.measured_at.desc())
            .limit(1)
        )
        return PersonCard(
            id=staff.id,
            employee_no=staff.employee_no,
            name=staff.name,
            department=department,
            sex=staff.sex,
            birth_date=staff.birth_date,
            departure_date=staff.departure_date,
            last_visit_at=last.visited_at if last is not None else None,
            last_readings=last_readings,
            default_groups=_groups(mask),
            glucose_type=R(glucose) if glucose else None,
            height_cm=last_height(session, staff.id),
        )
