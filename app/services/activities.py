"""Health activities: the list, the editor's use cases and the partner hospital's visit record.

An activity by the partner hospital keeps who came (`experts`) and what for (`visit_purposes`).
While it is planned nothing counts; once it is held, a HospitalVisit row linked to it carries
the same facts, and that row is what the `hospital_visits` indicator counts. Editing the
activity keeps that row in step; cancelling it, or recording it as not by the partner hospital,
removes it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field, replace

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from app.catalogue.codes import (
    ActivityKind,
    ActivityStatus,
    AuditAction,
    HospitalVisitPurpose,
)
from app.db.migrate import Database
from app.db.models import (
    Activity,
    ActivityDepartment,
    Attendance,
    Department,
    HospitalVisit,
    PlanItem,
    Room,
)
from app.domain.permissions import Action
from app.services import audit, department_order
from app.services.actor import Actor
from app.services.eligibility import (
    Participation,
    participation_of,
    participation_of_many,
    target_departments,
)
from app.services.unit_of_work import read_only, unit_of_work

# What the hospital came for when the editor was not told (an activity held by sign-in).
DEFAULT_PURPOSES: dict[ActivityKind, tuple[HospitalVisitPurpose, ...]] = {
    ActivityKind.LECTURE: (HospitalVisitPurpose.LECTURE,),
    ActivityKind.FREE_CLINIC: (HospitalVisitPurpose.FREE_CLINIC,),
    ActivityKind.CONSULTATION: (HospitalVisitPurpose.CONSULTATION,),
}


class ActivityError(ValueError):
    """The activity cannot be saved as given: `field` and `code` say why (UI gives words)."""

    def __init__(self, field: str, code: str) -> None:
        super().__init__(f"{field}: {code}")
        self.field = field
        self.code = code  # required, ends_before_start, no_departments, no_purpose, not_found


@dataclass(frozen=True)
class ActivityRow:
    id: int
    kind: ActivityKind
    title: str
    speaker: str
    starts_at: dt.datetime
    place: str
    status: ActivityStatus
    attendees: int  # roster staff signed in (guests not included)
    guests: int = 0
    eligible: int = 0
    counted: int = 0  # eligible roster attendees: the participation numerator
    by_partner_hospital: bool = False
    target_all: bool = True


@dataclass(frozen=True)
class ActivityInput:
    kind: ActivityKind
    title: str
    starts_at: dt.datetime
    ends_at: dt.datetime | None = None
    topic: str = ""
    speaker: str = ""
    organisation: str = ""
    by_partner_hospital: bool = False
    experts: str = ""
    visit_purposes: tuple[HospitalVisitPurpose, ...] = ()
    place: str = ""
    target_all: bool = True
    department_ids: tuple[int, ...] = ()
    status: ActivityStatus = ActivityStatus.PLANNED
    plan_item_id: int | None = None
    notes: str = ""


@dataclass(frozen=True)
class ActivityDetail:
    id: int
    data: ActivityInput
    department_names: tuple[str, ...] = ()
    hospital_visit_id: int | None = None
    plan_item_title: str = ""
    participation: Participation | None = field(default=None, compare=False)


def _purposes(text: str) -> tuple[HospitalVisitPurpose, ...]:
    codes = {HospitalVisitPurpose(c) for c in text.split(",") if c in set(HospitalVisitPurpose)}
    return tuple(p for p in HospitalVisitPurpose if p in codes)  # in the enum's order


def _purpose_text(purposes: Sequence[HospitalVisitPurpose]) -> str:
    return ",".join(p.value for p in HospitalVisitPurpose if p in purposes)


def list_activities(
    db: Database, actor: Actor, year: int | None = None, kind: ActivityKind | None = None
) -> list[ActivityRow]:
    actor.require(Action.READ_ACTIVITIES)
    query = select(Activity).order_by(Activity.starts_at.desc())
    if year is not None:
        query = query.where(
            Activity.starts_at >= dt.datetime(year, 1, 1),
            Activity.starts_at < dt.datetime(year + 1, 1, 1),
        )
    if kind is not None:
        query = query.where(Activity.kind == kind.value)
    with read_only(db) as session:
        rows = []
        found = list(session.scalars(query))
        all_figures = participation_of_many(session, [a.id for a in found])
        for a in found:
            figures = all_figures[a.id]
            rows.append(
                ActivityRow(
                    id=a.id,
                    kind=ActivityKind(a.kind),
                    title=a.title,
                    speaker=a.speaker,
                    starts_at=a.starts_at,
                    place=a.place,
                    status=ActivityStatus(a.status),
                    attendees=figures.attended + figures.outside_target,
                    guests=figures.guests,
                    eligible=figures.eligible,
                    counted=figures.attended,
                    by_partner_hospital=a.by_partner_hospital,
                    target_all=a.target_all,
                )
            )
        return rows


def _input_of(session: Session, a: Activity) -> ActivityInput:
    departments = () if a.target_all else tuple(sorted(target_departments(session, a.id)))
    return ActivityInput(
        kind=ActivityKind(a.kind),
        title=a.title,
        starts_at=a.starts_at,
        ends_at=a.ends_at,
        topic=a.topic,
        speaker=a.speaker,
        organisation=a.organisation,
        by_partner_hospital=a.by_partner_hospital,
        experts=a.experts,
        visit_purposes=_purposes(a.visit_purposes),
        place=a.place,
        target_all=a.target_all,
        department_ids=departments,
        status=ActivityStatus(a.status),
        plan_item_id=a.plan_item_id,
        notes=a.notes,
    )


def _detail(session: Session, a: Activity) -> ActivityDetail:
    data = _input_of(session, a)
    names = tuple(
        session.scalars(
            select(Department.name)
            .where(Department.id.in_(data.department_ids))
            .order_by(*department_order.order_by(session))
        )
    )
    visit_id = session.scalar(select(HospitalVisit.id).where(HospitalVisit.activity_id == a.id))
    plan_title = (
        session.scalar(select(PlanItem.title).where(PlanItem.id == a.plan_item_id))
        if a.plan_item_id
        else ""
    )
    return ActivityDetail(
        id=a.id,
        data=data,
        department_names=names,
        hospital_visit_id=visit_id,
        plan_item_title=plan_title or "",
        participation=participation_of(session, a),
    )


def load(session: Session, activity_id: int) -> Activity:
    activity = session.get(Activity, activity_id)
    if activity is None:
        raise ActivityError("activity", "not_found")
    return activity


def get_activity(db: Database, actor: Actor, activity_id: int) -> ActivityDetail:
    actor.require(Action.READ_ACTIVITIES)
    with read_only(db) as session:
        return _detail(session, load(session, activity_id))


def _validate(data: ActivityInput) -> ActivityInput:
    title = data.title.strip()
    if not title:
        raise ActivityError("title", "required")
    if data.ends_at is not None and data.ends_at <= data.starts_at:
        raise ActivityError("ends_at", "ends_before_start")
    if not data.target_all and not data.department_ids:
        raise ActivityError("department_ids", "no_departments")
    partner_held = data.by_partner_hospital and data.status is ActivityStatus.HELD
    if partner_held and not data.visit_purposes:
        raise ActivityError("visit_purposes", "no_purpose")
    return replace(
        data,
        title=title,
        topic=data.topic.strip(),
        speaker=data.speaker.strip(),
        organisation=data.organisation.strip(),
        experts=data.experts.strip() if data.by_partner_hospital else "",
        visit_purposes=data.visit_purposes if data.by_partner_hospital else (),
        place=data.place.strip(),
        department_ids=() if data.target_all else tuple(sorted(set(data.department_ids))),
    )


def _apply(session: Session, activity: Activity, data: ActivityInput) -> None:
    activity.kind = data.kind.value
    activity.title = data.title
    activity.topic = data.topic
    activity.speaker = data.speaker
    activity.organisation = data.organisation
    activity.by_partner_hospital = data.by_partner_hospital
    activity.experts = data.experts
    activity.visit_purposes = _purpose_text(data.visit_purposes)
    activity.starts_at = data.starts_at
    activity.ends_at = data.ends_at
    activity.place = data.place
    activity.target_all = data.target_all
    activity.status = data.status.value
    activity.plan_item_id = data.plan_item_id
    activity.notes = data.notes
    session.flush()
    current = set(target_departments(session, activity.id))
    wanted = set(data.department_ids)
    for gone in current - wanted:
        session.execute(
            delete(ActivityDepartment).where(
                ActivityDepartment.activity_id == activity.id,
                ActivityDepartment.department_id == gone,
            )
        )
    session.add_all(
        ActivityDepartment(activity_id=activity.id, department_id=d) for d in wanted - current
    )
    session.flush()
    session.expire(activity, ["target_departments"])


def _audit_view(data: ActivityInput) -> dict[str, object]:
    view = asdict(data)
    view["kind"] = data.kind.value
    view["status"] = data.status.value
    view["visit_purposes"] = _purpose_text(data.visit_purposes)
    return view


def sync_hospital_visit(session: Session, actor: Actor, activity: Activity) -> None:
    """Keep the activity's HospitalVisit in step: present exactly when held by the partner."""
    visit = session.scalars(
        select(HospitalVisit).where(HospitalVisit.activity_id == activity.id)
    ).first()
    wanted = activity.by_partner_hospital and activity.status == ActivityStatus.HELD.value
    if not wanted:
        if visit is not None:
            before = _visit_view(visit)
            session.delete(visit)
            audit.record(
                session, actor, AuditAction.DELETE, "hospital_visit", visit.id, before=before
            )
        return
    purposes = activity.visit_purposes or _purpose_text(
        DEFAULT_PURPOSES.get(ActivityKind(activity.kind), ())
    )
    hospital = activity.organisation or (
        session.scalar(select(Room.hospital_name).order_by(Room.id).limit(1)) or ""
    )
    values = {
        "visited_on": activity.starts_at.date(),
        "hospital": hospital,
        "experts": activity.experts,
        "purposes": purposes,
    }
    if visit is None:
        visit = HospitalVisit(activity_id=activity.id, note="", **values)
        session.add(visit)
        session.flush()
        audit.record(
            session, actor, AuditAction.CREATE, "hospital_visit", visit.id, after=_visit_view(visit)
        )
        return
    before = _visit_view(visit)
    for name, value in values.items():
        setattr(visit, name, value)
    after = _visit_view(visit)
    if after != before:
        audit.record(session, actor, AuditAction.UPDATE, "hospital_visit", visit.id, before, after)


def _visit_view(visit: HospitalVisit) -> dict[str, object]:
    return {
        "visited_on": visit.visited_on,
        "hospital": visit.hospital,
        "experts": visit.experts,
        "purposes": visit.purposes,
        "activity_id": visit.activity_id,
    }


def _check_references(session: Session, data: ActivityInput) -> None:
    if data.department_ids:
        found = session.scalar(
            select(func.count(Department.id)).where(Department.id.in_(data.department_ids))
        )
        if found != len(data.department_ids):
            raise ActivityError("department_ids", "not_found")
    if data.plan_item_id is not None and session.get(PlanItem, data.plan_item_id) is None:
        raise ActivityError("plan_item_id", "not_found")


def create_activity(db: Database, actor: Actor, data: ActivityInput) -> ActivityDetail:
    actor.require(Action.EDIT_ACTIVITIES)
    data = _validate(data)
    with unit_of_work(db) as session:
        _check_references(session, data)
        activity = Activity(kind=data.kind.value, title=data.title, starts_at=data.starts_at)
        session.add(activity)
        session.flush()
        _apply(session, activity, data)
        sync_hospital_visit(session, actor, activity)
        audit.record(
            session, actor, AuditAction.CREATE, "activity", activity.id, after=_audit_view(data)
        )
        return _detail(session, activity)


def update_activity(
    db: Database, actor: Actor, activity_id: int, data: ActivityInput
) -> ActivityDetail:
    actor.require(Action.EDIT_ACTIVITIES)
    data = _validate(data)
    with unit_of_work(db) as session:
        activity = load(session, activity_id)
        _check_references(session, data)
        before = _audit_view(_input_of(session, activity))
        _apply(session, activity, data)
        sync_hospital_visit(session, actor, activity)
        after = _audit_view(_input_of(session, activity))
        if after != before:
            audit.record(session, actor, AuditAction.UPDATE, "activity", activity.id, before, after)
        return _detail(session, activity)


def delete_activity(db: Database, actor: Actor, activity_id: int) -> None:
    """Delete an activity with its sign-ins and its hospital-visit record (audited)."""
    actor.require(Action.EDIT_ACTIVITIES)
    with unit_of_work(db) as session:
        activity = load(session, activity_id)
        before = _audit_view(_input_of(session, activity))
        before["attendance"] = int(
            session.scalar(
                select(func.count(Attendance.id)).where(Attendance.activity_id == activity.id)
            )
            or 0
        )
        activity.status = ActivityStatus.CANCELLED.value  # removes the hospital visit
        sync_hospital_visit(session, actor, activity)
        session.execute(delete(Attendance).where(Attendance.activity_id == activity.id))
        session.delete(activity)
        session.flush()
        audit.record(session, actor, AuditAction.DELETE, "activity", activity_id, before=before)


def plan_items_for(db: Database, actor: Actor, year: int) -> list[tuple[int, int, str]]:
    """(id, quarter, title) of the year's plan items, for the editor's "planned as" choice."""
    actor.require(Action.READ_ACTIVITIES)
    with read_only(db) as session:
        return [
            (i, q, t)
            for i, q, t in session.execute(
                select(PlanItem.id, PlanItem.quarter, PlanItem.title)
                .where(PlanItem.year == year)
                .order_by(PlanItem.quarter, PlanItem.id)
            )
        ]
