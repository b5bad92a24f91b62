"""The indicators' targets: the founding rules' defaults (DESIGN §2), declared with each
indicator in app.catalogue.indicators."""

from __future__ import annotations

from dataclasses import dataclass

from app.catalogue.indicators import INDICATORS, IndicatorKey, TargetKind, TargetPer

__all__ = [
    "DEFAULT_TARGETS",
    "MIN_OPEN_HOURS_PER_DAY",
    "MIN_ROOM_AREA_M2",
    "IndicatorKey",
    "Target",
    "TargetKind",
]


@dataclass(frozen=True)
class Target:
    key: IndicatorKey
    kind: TargetKind
    value: float
    per: TargetPer | None = None  # counts only


DEFAULT_TARGETS: dict[IndicatorKey, Target] = {
    key: Target(key, spec.kind, spec.target, spec.per) for key, spec in INDICATORS.items()
}

MIN_OPEN_HOURS_PER_DAY = 3.0
MIN_ROOM_AREA_M2 = 12.0
