"""The figures on the Overview page until the indicator engine gives the real cards."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from app.db.migrate import Database
from app.db.models import Activity, Device, Staff, UsageVisit
from app.domain.codes import ActivityStatus, DeviceStatus, Role
from app.services.actor import Actor
from app.services.unit_of_work import read_only


@dataclass(frozen=True)
class OverviewFigure:
    key: str  # what the figure is; the UI turns it into words
    value: int


def overview_figures(db: Database, actor: Actor, today: dt.date) -> list[OverviewFigure]:
    actor.require("read the overview", Role.CHAIR, Role.ADMIN, Role.TECH)
    month_start = dt.datetime(today.year, today.month, 1)
    day_start = dt.datetime.combine(today, dt.time())
    with read_only(db) as session:

        def count(query: object) -> int:
            return int(session.scalar(query) or 0)  # type: ignore[call-overload]

        return [
            OverviewFigure(
                "active_staff",
                count(select(func.count(Staff.id)).where(Staff.departure_date.is_(None))),
            ),
            OverviewFigure(
                "visits_today",
                count(select(func.count(UsageVisit.id)).where(UsageVisit.visited_at >= day_start)),
            ),
            OverviewFigure(
                "visits_this_month",
                count(
                    select(func.count(UsageVisit.id)).where(UsageVisit.visited_at >= month_start)
                ),
            ),
            OverviewFigure(
                "devices_in_service",
                count(
                    select(func.count(Device.id)).where(
                        Device.status == DeviceStatus.IN_SERVICE.value
                    )
                ),
            ),
            OverviewFigure(
                "upcoming_activities",
                count(
                    select(func.count(Activity.id)).where(
                        Activity.status == ActivityStatus.PLANNED.value,
                        Activity.starts_at >= day_start,
                    )
                ),
            ),
        ]
