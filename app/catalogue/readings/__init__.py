"""Reading types, their grades and register groups, and how readings are said.

`types` holds each type's spec: adding a reading type starts there (docs/ARCHITECTURE.md,
"Add a reading type"). `kinds` holds the shapes of the specs and the grades, `groups` the
register groups, `wording` the readings and advice in words.
"""

from __future__ import annotations

from app.catalogue.readings.groups import GROUPS
from app.catalogue.readings.kinds import (
    ABNORMAL_FLAGS,
    BP_GRADES,
    Flag,
    GroupSpec,
    ReadingGroup,
    ReadingSpec,
    ThresholdSpec,
    is_abnormal,
    pair_flag,
)
from app.catalogue.readings.types import (
    READINGS,
    THRESHOLDS,
    ReadingType,
    group_of,
    reading,
    types_of,
)
from app.catalogue.readings.wording import advice, describe, describe_rounds, describe_text

__all__ = [
    "ABNORMAL_FLAGS",
    "BP_GRADES",
    "GROUPS",
    "READINGS",
    "THRESHOLDS",
    "Flag",
    "GroupSpec",
    "ReadingGroup",
    "ReadingSpec",
    "ReadingType",
    "ThresholdSpec",
    "advice",
    "describe",
    "describe_rounds",
    "describe_text",
    "group_of",
    "is_abnormal",
    "pair_flag",
    "reading",
    "types_of",
]
