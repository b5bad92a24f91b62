"""What was measured at a visit: reading groups as the register shows them, and a bit mask.

The paper usage register has an "items" column (检测项目): blood pressure, glucose, height and
weight... A visit's items are kept as a bit mask on the visit row (one bit per reading type)
so the log can filter "visits with a glucose reading" over a million visits from an index,
without probing the measurements of each visit. The database keeps the mask in step with the
measurements by triggers (see the issue-6 migration); the bit values are stored data and
must never change.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from app.domain.readings import ReadingType

R = ReadingType

BITS: dict[ReadingType, int] = {
    R.SYSTOLIC: 1,
    R.DIASTOLIC: 2,
    R.PULSE: 4,
    R.GLUCOSE_FASTING: 8,
    R.GLUCOSE_2H: 16,
    R.GLUCOSE_RANDOM: 32,
    R.HEIGHT: 64,
    R.WEIGHT: 128,
    R.BMI: 256,
    R.BODY_FAT: 512,
    R.WAIST: 1024,
    R.SPO2: 2048,
    R.TEMPERATURE: 4096,
}


class ReadingGroup(StrEnum):
    """The items of the register; each is one block of the entry form."""

    BLOOD_PRESSURE = "blood_pressure"
    GLUCOSE = "glucose"
    BODY = "body"  # height, weight (BMI computed), body fat
    WAIST = "waist"
    SPO2 = "spo2"
    TEMPERATURE = "temperature"


GROUP_TYPES: dict[ReadingGroup, tuple[ReadingType, ...]] = {
    ReadingGroup.BLOOD_PRESSURE: (R.SYSTOLIC, R.DIASTOLIC, R.PULSE),
    ReadingGroup.GLUCOSE: (R.GLUCOSE_FASTING, R.GLUCOSE_2H, R.GLUCOSE_RANDOM),
    ReadingGroup.BODY: (R.HEIGHT, R.WEIGHT, R.BMI, R.BODY_FAT),
    ReadingGroup.WAIST: (R.WAIST,),
    ReadingGroup.SPO2: (R.SPO2,),
    ReadingGroup.TEMPERATURE: (R.TEMPERATURE,),
}
GROUP_OF: dict[ReadingType, ReadingGroup] = {
    rt: group for group, types in GROUP_TYPES.items() for rt in types
}
GLUCOSE_TYPES = GROUP_TYPES[ReadingGroup.GLUCOSE]


def mask_of(types: Iterable[ReadingType]) -> int:
    mask = 0
    for rt in types:
        mask |= BITS[rt]
    return mask


def group_mask(group: ReadingGroup) -> int:
    return mask_of(GROUP_TYPES[group])


def types_in(mask: int) -> list[ReadingType]:
    return [rt for rt, bit in BITS.items() if mask & bit]


def groups_in(mask: int) -> list[ReadingGroup]:
    """The groups with at least one reading in `mask`, in the register's order."""
    return [group for group in ReadingGroup if mask & group_mask(group)]


def sql_bit_case(column: str) -> str:
    """SQL `CASE column WHEN 'systolic' THEN 1 ... END` (used by the triggers and backfill)."""
    whens = " ".join(f"WHEN '{rt.value}' THEN {bit}" for rt, bit in BITS.items())
    return f"CASE {column} {whens} ELSE 0 END"
