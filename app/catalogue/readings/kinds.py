"""The shapes of the reading catalogue: the grades (flags), the register groups, and the specs
of a reading type, a group and an editable limit."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from app.catalogue.language import Wording
from app.catalogue.words import declare

if TYPE_CHECKING:
    from app.catalogue.readings.types import ReadingType


class Flag(StrEnum):
    """The grade a reading is given (stored with it, so a later change of the limits does
    not regrade it). 'high' on a blood pressure is the word of readings stored before the
    guideline's grades; new ones get hypotension .. grade_3."""

    NORMAL = "normal"
    LOW = "low"
    SEVERELY_LOW = "severely_low"
    HIGH = "high"
    IMPAIRED = "impaired"
    OVERWEIGHT = "overweight"
    OBESE = "obese"
    HYPOTENSION = "hypotension"
    HIGH_NORMAL = "high_normal"
    GRADE_1 = "grade_1"
    GRADE_2 = "grade_2"
    GRADE_3 = "grade_3"


class ReadingGroup(StrEnum):
    """The items of the paper register (检测项目); each is one block of the entry form."""

    BLOOD_PRESSURE = "blood_pressure"
    GLUCOSE = "glucose"
    BODY = "body"  # height, weight (BMI computed), body fat
    WAIST = "waist"
    SPO2 = "spo2"
    TEMPERATURE = "temperature"


@dataclass(frozen=True)
class GroupSpec:
    group: ReadingGroup
    name: Wording
    advice: Wording  # offered when a reading of the group is abnormal
    source: Wording | None = None  # the guideline the grades follow, named in the settings
    # Days from the visit to the proposed follow-up, per grade (0: refer now); the editable
    # defaults of the follow-up table. A grade not listed proposes no follow-up.
    follow_up_days: tuple[tuple[Flag, int], ...] = ()


@dataclass(frozen=True)
class ThresholdSpec:
    """One editable limit of the flagging rules (a field of app.domain.readings.Thresholds)."""

    key: str
    default: float
    label: Wording  # as the thresholds dialog says it, with the unit
    low: float  # the range the dialog accepts
    high: float
    decimals: int = 0
    below: str = ""  # the key of a limit this one must stay below
    urgent: bool = False  # an urgent value (危急值), not a grade


def _limit(
    key: str, default: float, zh: str, en: str, span: tuple[float, float], decimals: int = 0,
    below: str = "", urgent: bool = False,
) -> ThresholdSpec:  # fmt: skip
    return ThresholdSpec(
        key, float(default), Wording(zh, en), span[0], span[1], decimals, below, urgent
    )


@dataclass(frozen=True)
class ReadingSpec:
    type: ReadingType
    name: Wording
    unit: Wording
    plausible: tuple[float, float]  # inclusive; outside is a typo, never stored
    bit: int  # stored in the visit's items mask: never change it
    group: ReadingGroup
    short: Wording | None = None  # the name where the group is already said ("空腹")
    derived_from: tuple[ReadingType, ...] = ()  # computed from these, not typed in
    advice: Wording | None = None  # its own advice instead of the group's
    consumable: str | None = None  # consumable category one reading uses by default
    unit_printed: bool = True  # False: a ratio or index printed without its unit
    # The grades a reading of the type can get, lowest first: the order of the counts by
    # grade in the reports and of the grade words in the settings.
    grades: tuple[Flag, ...] = (Flag.NORMAL,)
    thresholds: tuple[ThresholdSpec, ...] = ()  # the editable limits that flag it


F = Flag

# Blood pressure per the Chinese hypertension guideline: each arm is graded, the pair takes
# the higher grade of the two (pair_flag).
BP_GRADES = (F.HYPOTENSION, F.NORMAL, F.HIGH_NORMAL, F.GRADE_1, F.GRADE_2, F.GRADE_3)

declare(
    Flag,
    {
        Flag.NORMAL: Wording("正常", "normal"),
        Flag.LOW: Wording("偏低", "low"),
        Flag.HIGH: Wording("偏高", "high"),
        Flag.IMPAIRED: Wording("受损", "impaired"),
        Flag.OVERWEIGHT: Wording("超重", "overweight"),
        Flag.OBESE: Wording("肥胖", "obese"),
        Flag.SEVERELY_LOW: Wording("严重偏低", "severely low"),
        Flag.HYPOTENSION: Wording("低血压", "low blood pressure"),
        Flag.HIGH_NORMAL: Wording("正常高值", "high-normal"),
        Flag.GRADE_1: Wording("1级高血压", "grade 1 hypertension"),
        Flag.GRADE_2: Wording("2级高血压", "grade 2 hypertension"),
        Flag.GRADE_3: Wording("3级高血压", "grade 3 hypertension"),
    },
)

# Shown with the reading but not abnormal: no advice pushed, the visit not marked abnormal.
ABNORMAL_FLAGS = frozenset(Flag) - {Flag.NORMAL, Flag.HIGH_NORMAL}

# How high a blood-pressure arm's grade is; 'high' (stored before the grades) sits with 1级.
_BP_RANK = {F.NORMAL: 0, F.HYPOTENSION: 0, F.HIGH_NORMAL: 1, F.HIGH: 2, F.GRADE_1: 2}

_BP_RANK |= {F.GRADE_2: 3, F.GRADE_3: 4}


def is_abnormal(flag: Flag) -> bool:
    return flag in ABNORMAL_FLAGS


def pair_flag(systolic: Flag, diastolic: Flag) -> Flag:
    """The grade of a blood-pressure pair: the higher arm's (160/85 is 2级); low blood
    pressure only when neither arm is above normal (85/55, 88/70, 120/58)."""
    higher = max((systolic, diastolic), key=lambda flag: _BP_RANK.get(flag, 0))
    if _BP_RANK.get(higher, 0) > 0:
        return higher
    if Flag.HYPOTENSION in (systolic, diastolic):
        return Flag.HYPOTENSION
    return Flag.NORMAL
