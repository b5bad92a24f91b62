"""入门清单: the first steps of a new site, each found done in the register itself — nothing is
ticked on the list itself, so it cannot claim what was not done (or miss what was done elsewhere,
from the command line or an import).

site profile → roster → open hours → wall schedule printed (or ticked as posted in the room
profile) → this year's lectures planned → first visit. The overview shows the steps until
every one is done.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, exists, select
from sqlalchemy.orm import Session

from app.catalogue.attention import StartStep
from app.catalogue.codes import ActivityKind, AuditAction, AuditEntity
from app.catalogue.reports import ReportKey
from app.db.migrate import Database
from app.db.models import Activity, AuditEntry, PlanItem, ScheduleSlot, Staff, UsageVisit
from app.domain.permissions import Action
from app.services import site_profile
from app.services.actor import Actor
from app.services.unit_of_work import read_only


@dataclass(frozen=True)
class StepState:
    step: StartStep
    done: bool


def _profile_done(profile: site_profile.SiteProfile | None) -> bool:
    """The room profile says what the founding rules ask first: the room's area, its two
    responsible persons and its partner hospital."""
    if profile is None:
        return False
    named = (profile.chair_name, profile.admin_name, profile.hospital_name)
    return profile.area_m2 is not None and all(name.strip() for name in named)


def _any(session: Session, query: Select[Any]) -> bool:
    return bool(session.scalar(select(exists(query))))


def start_steps(db: Database, actor: Actor, today: dt.date) -> tuple[StepState, ...]:
    actor.require(Action.READ_OVERVIEW)
    year_start = dt.datetime(today.year, 1, 1)
    with read_only(db) as session:
        done = {
            StartStep.ROSTER: _any(session, select(Staff.id).where(Staff.departure_date.is_(None))),
            StartStep.OPEN_HOURS: _any(session, select(ScheduleSlot.id)),
            StartStep.WALL_SCHEDULE: _any(
                session,
                select(AuditEntry.id).where(
                    AuditEntry.action == AuditAction.EXPORT.value,
                    AuditEntry.entity == AuditEntity.REPORT.value,
                    AuditEntry.entity_id == ReportKey.WALL_SCHEDULE.value,
                ),
            ),
            StartStep.LECTURES_PLANNED: _any(
                session,
                select(PlanItem.id).where(
                    PlanItem.year == today.year, PlanItem.kind == ActivityKind.LECTURE.value
                ),
            )
            or _any(
                session,
                select(Activity.id).where(
                    Activity.kind == ActivityKind.LECTURE.value,
                    Activity.starts_at >= year_start,
                    Activity.starts_at < year_start.replace(year=today.year + 1),
                ),
            ),
            StartStep.FIRST_VISIT: _any(session, select(UsageVisit.id)),
        }
    profile = site_profile.get_profile(db)
    done[StartStep.SITE_PROFILE] = _profile_done(profile)
    # A table posted by other means (ticked in the room profile) needs no printing here.
    done[StartStep.WALL_SCHEDULE] |= profile is not None and profile.open_hours_posted
    return tuple(StepState(step, done[step]) for step in StartStep)
