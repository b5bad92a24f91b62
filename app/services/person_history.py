"""One person's readings over time: the history table and the series for trend charts.

Series come straight from the (staff, type, time) index on the measurements; the thresholds
in force are returned with them so the charts can draw the limit lines.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select

from app.db.migrate import Database
from app.db.models import Measurement
from app.domain.permissions import Action
from app.domain.readings import Flag, ReadingType, Thresholds
from app.services.actor import Actor
from app.services.person_card import PersonCard, person_card
from app.services.reading_thresholds import load_thresholds
from app.services.unit_of_work import read_only
from app.services.usage_log import VisitFilter, VisitRow, count_visits, fetch_visits

R = ReadingType
TRENDS: dict[str, tuple[ReadingType, ...]] = {
    "blood_pressure": (R.SYSTOLIC, R.DIASTOLIC),
    "glucose": (R.GLUCOSE_FASTING, R.GLUCOSE_2H, R.GLUCOSE_RANDOM),
    "body": (R.WEIGHT, R.BMI),
}

ALL_TRENDS = tuple(rt for types in TRENDS.values() for rt in types)


@dataclass(frozen=True)
class TrendPoint:
    at: dt.datetime
    value: float
    flag: Flag


@dataclass(frozen=True)
class Trends:
    series: dict[ReadingType, tuple[TrendPoint, ...]]
    thresholds: Thresholds

    def has(self, types: Iterable[ReadingType]) -> bool:
        return any(self.series.get(rt) for rt in types)


@dataclass(frozen=True)
class PersonHistory:
    card: PersonCard
    visits: int


def person_history(db: Database, actor: Actor, staff_id: int) -> PersonHistory:
    card = person_card(db, actor, staff_id)
    return PersonHistory(card, count_visits(db, actor, VisitFilter(staff_id=staff_id)))


def person_visits(
    db: Database, actor: Actor, staff_id: int, offset: int, limit: int
) -> list[VisitRow]:
    """The person's visits, newest first, a page at a time."""
    return fetch_visits(db, actor, VisitFilter(staff_id=staff_id), offset, limit)


def trends(
    db: Database,
    actor: Actor,
    staff_id: int,
    types: Iterable[ReadingType] = ALL_TRENDS,
    since: dt.date | None = None,
) -> Trends:
    """Each type's values in time order, one per visit (a re-measured one's result)."""
    actor.require(Action.READ_HEALTH_DATA)
    wanted = list(types)
    series: dict[ReadingType, list[TrendPoint]] = {rt: [] for rt in wanted}
    with read_only(db) as session:
        for rt in wanted:
            query = select(Measurement.measured_at, Measurement.value, Measurement.flag).where(
                Measurement.staff_id == staff_id,
                Measurement.type == rt.value,
                Measurement.counted,  # a re-measured visit is one point: its result
            )
            if since is not None:
                query = query.where(
                    Measurement.measured_at >= dt.datetime.combine(since, dt.time())
                )
            for at, value, flag in session.execute(
                query.order_by(Measurement.measured_at, Measurement.id)
            ):
                series[rt].append(TrendPoint(at, value, Flag(flag)))
        thresholds = load_thresholds(session)
    return Trends({rt: tuple(points) for rt, points in series.items()}, thresholds)
