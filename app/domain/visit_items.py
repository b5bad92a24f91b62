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

from app.catalogue.readings import READINGS, ReadingGroup, ReadingType, types_of

__all__ = [
    "BITS",
    "GLUCOSE_TYPES",
    "GROUP_TYPES",
    "ReadingGroup",
    "group_mask",
    "groups_in",
    "mask_of",
    "sql_bit_case",
    "types_in",
]

# The catalogue declares each type's bit and group; these views are built from it.
BITS: dict[ReadingType, int] = {rt: spec.bit for rt, spec in READINGS.items()}
GROUP_TYPES: dict[ReadingGroup, tuple[ReadingType, ...]] = {g: types_of(g) for g in ReadingGroup}
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
