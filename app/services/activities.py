"""Activity queries behind the Activities page."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from app.db.migrate import Database
from app.db.models import Activity, Attendance
from app.domain.codes import ActivityKind, ActivityStatus, Role
from app.services.actor import Actor
from app.services.unit_of_work import read_only

READERS = (Role.CHAIR, Role.ADMIN)


@dataclass(frozen=True)
class ActivityRow:
    id: int
    kind: ActivityKind
    title: str
    speaker: str
    starts_at: dt.datetime
    place: str
    status: ActivityStatus
    attendees: int


def list_activities(db: Database, actor: Actor, year: int | None = None) -> list[ActivityRow]:
    actor.require("read the activities", *READERS)
    counts = (
        select(Attendance.activity_id, func.count(Attendance.staff_id).label("n"))
        .group_by(Attendance.activity_id)
        .subquery()
    )
    query = (
        select(Activity, counts.c.n)
        .outerjoin(counts, counts.c.activity_id == Activity.id)
        .order_by(Activity.starts_at.desc())
    )
    if year is not None:
        query = query.where(
            Activity.starts_at >= dt.datetime(year, 1, 1),
            Activity.starts_at < dt.datetime(year + 1, 1, 1),
        )
    with read_only(db) as session:
        return [
            ActivityRow(
                id=a.id,
                kind=ActivityKind(a.kind),
                title=a.title,
                speaker=a.speaker,
                starts_at=a.starts_at,
                place=a.place,
                status=ActivityStatus(a.status),
                attendees=int(n or 0),
            )
            for a, n in session.execute(query)
        ]
