"""The indicators of the founding rules (DESIGN §2): keys and default targets."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class IndicatorKey(StrEnum):
    OPEN_HOURS_DAILY = "open_hours_daily"
    LECTURES_COUNT = "lectures_count"
    LECTURE_PARTICIPATION = "lecture_participation"
    HEALTH_FILE_COMPLETENESS = "health_file_completeness"
    HEALTH_DATA_UPDATED = "health_data_updated"
    USAGE_RATE = "usage_rate"
    NOTICE_COVERAGE = "notice_coverage"
    EQUIPMENT_INTACT_RATE = "equipment_intact_rate"
    HOSPITAL_VISITS = "hospital_visits"
    CONSUMABLES_REPLENISHED = "consumables_replenished"
    INSPECTIONS = "inspections"


class TargetKind(StrEnum):
    RATE = "rate"  # a share, met when value >= target (0..1)
    COUNT = "count"  # a count per year or per quarter, met when value >= target


@dataclass(frozen=True)
class Target:
    key: IndicatorKey
    kind: TargetKind
    value: float
    per: str = ""  # "year" or "quarter" for counts


DEFAULT_TARGETS: dict[IndicatorKey, Target] = {
    t.key: t
    for t in (
        Target(IndicatorKey.OPEN_HOURS_DAILY, TargetKind.RATE, 1.0),
        Target(IndicatorKey.LECTURES_COUNT, TargetKind.COUNT, 4, "year"),
        Target(IndicatorKey.LECTURE_PARTICIPATION, TargetKind.RATE, 0.60),
        Target(IndicatorKey.HEALTH_FILE_COMPLETENESS, TargetKind.RATE, 0.90),
        Target(IndicatorKey.HEALTH_DATA_UPDATED, TargetKind.RATE, 1.0),
        Target(IndicatorKey.USAGE_RATE, TargetKind.RATE, 0.80),
        Target(IndicatorKey.NOTICE_COVERAGE, TargetKind.RATE, 0.95),
        Target(IndicatorKey.EQUIPMENT_INTACT_RATE, TargetKind.RATE, 1.0),
        Target(IndicatorKey.HOSPITAL_VISITS, TargetKind.COUNT, 1, "quarter"),
        Target(IndicatorKey.CONSUMABLES_REPLENISHED, TargetKind.COUNT, 1, "quarter"),
        Target(IndicatorKey.INSPECTIONS, TargetKind.COUNT, 2, "year"),
    )
}

MIN_OPEN_HOURS_PER_DAY = 3.0
MIN_ROOM_AREA_M2 = 12.0
