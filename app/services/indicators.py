"""The indicator engine: every key of DESIGN §2 for any month, quarter or year, with drill-down.

One `IndicatorEngine` works inside one read session and loads what several periods share
(the roster, health files, the open-hours calendar) once, so a report comparing five quarters
costs little more than one. The maths is in `app.domain.indicators`; this module only fetches
rows and lays out the lists behind each figure. Staff are judged by the roster alone: visitors
of the usage register and guests of a sign-in have no staff id and never count. The engine is
assembled from three parts (indicator_participation, indicator_staff, indicator_room) over the
data they share (indicator_basis).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from app.db.migrate import Database
from app.domain.indicators import IndicatorResult
from app.domain.periods import Period
from app.domain.permissions import Action
from app.domain.targets import IndicatorKey
from app.services.actor import Actor
from app.services.indicator_basis import K
from app.services.indicator_participation import LectureAbsentees, ParticipationIndicators
from app.services.indicator_room import RoomIndicators
from app.services.indicator_staff import StaffIndicators
from app.services.indicator_targets import Targets
from app.services.unit_of_work import read_only

ALL_KEYS: tuple[IndicatorKey, ...] = tuple(IndicatorKey)


@dataclass(frozen=True)
class IndicatorSet:
    """Every indicator of one period, as of a day (periods after it are "in progress")."""

    period: Period
    as_of: dt.date
    results: tuple[IndicatorResult, ...]

    def __getitem__(self, key: IndicatorKey) -> IndicatorResult:
        return next(r for r in self.results if r.key is key)

    def to_json(self) -> dict[str, object]:
        """The `--json` shape of DESIGN §6."""
        return {
            "period": self.period.code,
            "indicators": [
                {
                    "key": r.key.value,
                    "value": r.value,
                    "numerator": r.numerator,
                    "denominator": r.denominator,
                    "target": r.target,
                    "met": r.met,
                }
                for r in self.results
            ],
        }


class IndicatorEngine(ParticipationIndicators, StaffIndicators, RoomIndicators):
    """Computes indicators in one session; cheap to ask for several periods."""

    def __init__(
        self,
        session: Session,
        as_of: dt.date,
        targets: Targets | None = None,
        drill: bool = True,
    ) -> None:
        super().__init__(session, as_of, targets, drill)
        self._compute: dict[IndicatorKey, Callable[[Period], IndicatorResult]] = {
            K.OPEN_HOURS_DAILY: self.open_hours_daily,
            K.OPEN_HOURS_ACTUAL: self.open_hours_actual,
            K.LECTURES_COUNT: self.lectures_count,
            K.LECTURE_PARTICIPATION: self.lecture_participation,
            K.HEALTH_FILE_COMPLETENESS: self.health_file_completeness,
            K.HEALTH_DATA_UPDATED: self.health_data_updated,
            K.USAGE_RATE: self.usage_rate,
            K.NOTICE_COVERAGE: self.notice_coverage,
            K.EQUIPMENT_INTACT_RATE: self.equipment_intact_rate,
            K.HOSPITAL_VISITS: self.hospital_visits,
            K.CONSUMABLES_REPLENISHED: self.consumables_replenished,
            K.INSPECTIONS: self.inspections,
        }

    def compute(self, period: Period, keys: Iterable[IndicatorKey] = ALL_KEYS) -> IndicatorSet:
        return IndicatorSet(period, self.as_of, tuple(self._compute[k](period) for k in keys))

    def one(self, key: IndicatorKey, period: Period) -> IndicatorResult:
        return self._compute[key](period)


# --- the use cases ---------------------------------------------------------------------------


def _require(actor: Actor, drill: bool) -> None:
    if drill:
        actor.require(Action.READ_PEOPLE_BEHIND_FIGURES)
    else:
        actor.require(Action.READ_INDICATORS)


def compute_indicators(
    db: Database,
    actor: Actor,
    period: Period,
    as_of: dt.date | None = None,
    keys: Iterable[IndicatorKey] = ALL_KEYS,
    drill: bool = True,
) -> IndicatorSet:
    """Every indicator (or `keys`) of `period`; `drill` adds the lists behind them."""
    _require(actor, drill)
    with read_only(db) as session:
        engine = IndicatorEngine(session, as_of or dt.date.today(), drill=drill)
        return engine.compute(period, keys)


def compute_periods(
    db: Database,
    actor: Actor,
    periods: Sequence[Period],
    as_of: dt.date | None = None,
    keys: Iterable[IndicatorKey] = ALL_KEYS,
    drill: bool = False,
) -> list[IndicatorSet]:
    """Several periods in one session (trends, the overview's quarter and year)."""
    _require(actor, drill)
    wanted = tuple(keys)
    with read_only(db) as session:
        engine = IndicatorEngine(session, as_of or dt.date.today(), drill=drill)
        return [engine.compute(p, wanted) for p in periods]


def lecture_absentees(db: Database, actor: Actor, activity_id: int) -> LectureAbsentees | None:
    """Who of a lecture's target group did not sign in (the people to invite next time)."""
    actor.require(Action.READ_PEOPLE_BEHIND_FIGURES)
    with read_only(db) as session:
        return IndicatorEngine(session, dt.date.today()).lecture_absentees(activity_id)
