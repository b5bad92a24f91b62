"""The indicator use cases over an open database: one period, several periods (trends, the
overview's quarter and year), a lecture's absentees. The engine is app.services.indicator_engine;
each use case lends it the connection of one read session."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from app.db.migrate import Database
from app.db.rows import Rows
from app.domain.periods import Period
from app.domain.permissions import Action
from app.domain.targets import IndicatorKey
from app.services.actor import Actor
from app.services.indicator_engine import ALL_KEYS as ALL_KEYS
from app.services.indicator_engine import IndicatorEngine as IndicatorEngine
from app.services.indicator_engine import IndicatorSet as IndicatorSet
from app.services.indicator_engine import figures, require
from app.services.indicator_participation import LectureAbsentees
from app.services.unit_of_work import read_only


def compute_indicators(
    db: Database,
    actor: Actor,
    period: Period,
    as_of: dt.date | None = None,
    keys: Iterable[IndicatorKey] = ALL_KEYS,
    drill: bool = True,
) -> IndicatorSet:
    """Every indicator (or `keys`) of `period`; `drill` adds the lists behind them."""
    require(actor, drill)
    with read_only(db) as session:
        return figures(Rows.of_session(session), actor, period, as_of, keys, drill)


def compute_periods(
    db: Database,
    actor: Actor,
    periods: Sequence[Period],
    as_of: dt.date | None = None,
    keys: Iterable[IndicatorKey] = ALL_KEYS,
    drill: bool = False,
) -> list[IndicatorSet]:
    """Several periods in one session (trends, the overview's quarter and year)."""
    require(actor, drill)
    wanted = tuple(keys)
    with read_only(db) as session:
        engine = IndicatorEngine(Rows.of_session(session), as_of or dt.date.today(), drill=drill)
        return [engine.compute(p, wanted) for p in periods]


def lecture_absentees(db: Database, actor: Actor, activity_id: int) -> LectureAbsentees | None:
    """Who of a lecture's target group did not sign in (the people to invite next time)."""
    actor.require(Action.READ_PEOPLE_BEHIND_FIGURES)
    with read_only(db) as session:
        engine = IndicatorEngine(Rows.of_session(session), dt.date.today())
        return engine.lecture_absentees(activity_id)
