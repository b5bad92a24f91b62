"""The indicator engine: every key of DESIGN §2 for any month, quarter or year, with drill-down.

One `IndicatorEngine` reads through one connection with SQL text (`app.db.rows`, no ORM: the
`indicators` command need not load SQLAlchemy) and loads what several periods share (the
roster, health files, the open-hours calendar) once, so a report comparing five quarters costs
little more than one. The maths is in `app.domain.indicators`; this module only fetches
rows and lays out the lists behind each figure. Staff are judged by the roster alone: visitors
of the usage register and guests of a sign-in have no staff id and never count. The engine is
assembled from three parts (indicator_participation, indicator_staff, indicator_room) over the
data they share (indicator_basis).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from app.db.rows import Rows
from app.domain.indicators import IndicatorResult
from app.domain.periods import Period
from app.domain.permissions import Action
from app.domain.targets import IndicatorKey
from app.services.actor import Actor
from app.services.indicator_basis import K
from app.services.indicator_participation import ParticipationIndicators
from app.services.indicator_room import RoomIndicators
from app.services.indicator_staff import StaffIndicators

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
    """Computes indicators over one connection; cheap to ask for several periods."""

    def compute(self, period: Period, keys: Iterable[IndicatorKey] = ALL_KEYS) -> IndicatorSet:
        return IndicatorSet(period, self.as_of, tuple(COMPUTE[k](self, period) for k in keys))

    def one(self, key: IndicatorKey, period: Period) -> IndicatorResult:
        return COMPUTE[key](self, period)


# The class's functions, not the engine's bound methods: an engine keeping those would be a
# reference cycle, its 50,000 staff rows left for a full garbage collection to free on the
# UI thread (a seventh of a second, in whichever page is being opened).
COMPUTE: dict[IndicatorKey, Callable[[IndicatorEngine, Period], IndicatorResult]] = {
    K.OPEN_HOURS_DAILY: IndicatorEngine.open_hours_daily,
    K.OPEN_HOURS_ACTUAL: IndicatorEngine.open_hours_actual,
    K.LECTURES_COUNT: IndicatorEngine.lectures_count,
    K.LECTURE_PARTICIPATION: IndicatorEngine.lecture_participation,
    K.HEALTH_FILE_COMPLETENESS: IndicatorEngine.health_file_completeness,
    K.HEALTH_DATA_UPDATED: IndicatorEngine.health_data_updated,
    K.USAGE_RATE: IndicatorEngine.usage_rate,
    K.NOTICE_COVERAGE: IndicatorEngine.notice_coverage,
    K.EQUIPMENT_INTACT_RATE: IndicatorEngine.equipment_intact_rate,
    K.HOSPITAL_VISITS: IndicatorEngine.hospital_visits,
    K.CONSUMABLES_REPLENISHED: IndicatorEngine.consumables_replenished,
    K.INSPECTIONS: IndicatorEngine.inspections,
}


def require(actor: Actor, drill: bool) -> None:
    """The figures are for roles that read indicators; the lists behind them name people."""
    if drill:
        actor.require(Action.READ_PEOPLE_BEHIND_FIGURES)
    else:
        actor.require(Action.READ_INDICATORS)


def figures(
    rows: Rows,
    actor: Actor,
    period: Period,
    as_of: dt.date | None = None,
    keys: Iterable[IndicatorKey] = ALL_KEYS,
    drill: bool = True,
) -> IndicatorSet:
    """Every indicator (or `keys`) of `period` read through `rows`; `drill` adds the lists."""
    require(actor, drill)
    return IndicatorEngine(rows, as_of or dt.date.today(), drill=drill).compute(period, keys)
