"""Reading types: each one spec with its unit, plausible range, register group, stored bit and
words. Adding a reading type starts here (docs/ARCHITECTURE.md, "Add a reading type").

The bit of each type is stored data (the visit's items mask, kept by database triggers): a bit
once given never changes, and a new type takes the next free one plus a migration that teaches
the triggers its bit.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from app.catalogue.language import SEPARATOR, Language, Wording
from app.catalogue.words import declare, word

__all__ = [
    "GROUPS",
    "READINGS",
    "Flag",
    "GroupSpec",
    "ReadingGroup",
    "ReadingSpec",
    "ReadingType",
    "advice",
    "describe",
    "describe_text",
    "group_of",
    "reading",
    "types_of",
]


class ReadingType(StrEnum):
    SYSTOLIC = "systolic"
    DIASTOLIC = "diastolic"
    PULSE = "pulse"
    GLUCOSE_FASTING = "glucose_fasting"
    GLUCOSE_2H = "glucose_2h"
    GLUCOSE_RANDOM = "glucose_random"
    HEIGHT = "height"
    WEIGHT = "weight"
    BMI = "bmi"
    BODY_FAT = "body_fat"
    WAIST = "waist"
    SPO2 = "spo2"
    TEMPERATURE = "temperature"


class Flag(StrEnum):
    NORMAL = "normal"
    LOW = "low"
    HIGH = "high"
    IMPAIRED = "impaired"
    OVERWEIGHT = "overweight"
    OBESE = "obese"


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


_MMHG = Wording("mmHg", "mmHg")
_MMOL = Wording("mmol/L", "mmol/L")
_CM = Wording("cm", "cm")
_PERCENT = Wording("%", "%")
R = ReadingType
G = ReadingGroup

GROUPS: dict[ReadingGroup, GroupSpec] = {
    spec.group: spec
    for spec in (
        GroupSpec(
            G.BLOOD_PRESSURE,
            Wording("血压", "Blood pressure"),
            Wording(
                "血压偏高：建议低盐饮食、规律作息，一周内复测；持续偏高请到心内科就诊。",
                "Blood pressure is high: eat less salt, rest regularly and measure again within "
                "a week; if it stays high, see a cardiologist.",
            ),
        ),
        GroupSpec(
            G.GLUCOSE,
            Wording("血糖", "Blood glucose"),
            Wording(
                "血糖偏高：建议控制饮食，到内分泌科进一步检查。",
                "Blood glucose is high: watch the diet and have it checked at the endocrinology "
                "clinic.",
            ),
        ),
        GroupSpec(
            G.BODY,
            Wording("身高体重", "Height and weight"),
            Wording(
                "体重不在健康范围：建议合理膳食、增加运动。",
                "Weight is outside the healthy range: balanced meals and more exercise.",
            ),
        ),
        GroupSpec(
            G.WAIST,
            Wording("腰围", "Waist"),
            Wording(
                "腰围超标：注意控制体重和腹部脂肪。",
                "Waist is above the limit: control weight and abdominal fat.",
            ),
        ),
        GroupSpec(
            G.SPO2,
            Wording("血氧", "SpO2"),
            Wording(
                "血氧偏低：休息后复测，持续偏低请就医。",
                "Oxygen saturation is low: rest and measure again; see a doctor if it stays low.",
            ),
        ),
        GroupSpec(
            G.TEMPERATURE,
            Wording("体温", "Temperature"),
            Wording(
                "体温偏高：注意休息、多饮水，持续不退请就医。",
                "Temperature is raised: rest, drink water, see a doctor if it persists.",
            ),
        ),
    )
}

READINGS: dict[ReadingType, ReadingSpec] = {
    spec.type: spec
    for spec in (
        ReadingSpec(
            R.SYSTOLIC, Wording("收缩压", "Systolic"), _MMHG, (50, 300), 1, G.BLOOD_PRESSURE
        ),
        ReadingSpec(
            R.DIASTOLIC, Wording("舒张压", "Diastolic"), _MMHG, (20, 200), 2, G.BLOOD_PRESSURE
        ),
        ReadingSpec(
            R.PULSE,
            Wording("脉搏", "Pulse"),
            Wording("次/分", "/min"),
            (20, 250),
            4,
            G.BLOOD_PRESSURE,
            advice=Wording(
                "心率不在60–100次/分：休息后复测，必要时做心电图。",
                "Pulse is outside 60-100: rest and measure again; an ECG may be needed.",
            ),
        ),
        ReadingSpec(
            R.GLUCOSE_FASTING,
            Wording("空腹血糖", "Fasting glucose"),
            _MMOL,
            (1, 35),
            8,
            G.GLUCOSE,
            short=Wording("空腹", "Fasting"),
            consumable="test_strip",
        ),
        ReadingSpec(
            R.GLUCOSE_2H,
            Wording("餐后2小时血糖", "2 h glucose"),
            _MMOL,
            (1, 35),
            16,
            G.GLUCOSE,
            short=Wording("餐后2小时", "2 h after meal"),
            consumable="test_strip",
        ),
        ReadingSpec(
            R.GLUCOSE_RANDOM,
            Wording("随机血糖", "Random glucose"),
            _MMOL,
            (1, 35),
            32,
            G.GLUCOSE,
            short=Wording("随机", "Random"),
            consumable="test_strip",
        ),
        ReadingSpec(R.HEIGHT, Wording("身高", "Height"), _CM, (50, 250), 64, G.BODY),
        ReadingSpec(
            R.WEIGHT, Wording("体重", "Weight"), Wording("kg", "kg"), (20, 300), 128, G.BODY
        ),
        ReadingSpec(
            R.BMI,
            Wording("BMI", "BMI"),
            Wording("kg/m²", "kg/m²"),
            (8, 80),
            256,
            G.BODY,
            derived_from=(R.HEIGHT, R.WEIGHT),
            unit_printed=False,
        ),
        ReadingSpec(R.BODY_FAT, Wording("体脂率", "Body fat"), _PERCENT, (2, 75), 512, G.BODY),
        ReadingSpec(R.WAIST, Wording("腰围", "Waist"), _CM, (30, 200), 1024, G.WAIST),
        ReadingSpec(R.SPO2, Wording("血氧饱和度", "SpO2"), _PERCENT, (50, 100), 2048, G.SPO2),
        ReadingSpec(
            R.TEMPERATURE,
            Wording("体温", "Temperature"),
            Wording("°C", "°C"),
            (30, 45),
            4096,
            G.TEMPERATURE,
        ),
    )
}

declare(ReadingType, {rt: spec.name for rt, spec in READINGS.items()})
declare(ReadingGroup, {group: spec.name for group, spec in GROUPS.items()})
declare(
    Flag,
    {
        Flag.NORMAL: Wording("正常", "normal"),
        Flag.LOW: Wording("偏低", "low"),
        Flag.HIGH: Wording("偏高", "high"),
        Flag.IMPAIRED: Wording("受损", "impaired"),
        Flag.OVERWEIGHT: Wording("超重", "overweight"),
        Flag.OBESE: Wording("肥胖", "obese"),
    },
)


def reading(rt: ReadingType | str) -> ReadingSpec:
    return READINGS[ReadingType(rt)]


def group_of(rt: ReadingType) -> ReadingGroup:
    return READINGS[rt].group


def types_of(group: ReadingGroup) -> tuple[ReadingType, ...]:
    """The group's reading types in the catalogue's order."""
    return tuple(rt for rt, spec in READINGS.items() if spec.group is group)


def _number(value: float) -> str:
    return f"{value:g}"


def describe(
    readings: Iterable[tuple[ReadingType, float, Flag]], language: Language, *, units: bool
) -> list[tuple[str, bool]]:
    """("血压 152/96 偏高", abnormal) per reading, the two pressures as one pair, in the
    catalogue's order; `units` adds each unit (the printed register has room for them)."""
    values = {rt: (value, flag) for rt, value, flag in readings}
    parts: list[tuple[str, bool]] = []
    if R.SYSTOLIC in values and R.DIASTOLIC in values:
        (s, s_flag), (d, d_flag) = values[R.SYSTOLIC], values[R.DIASTOLIC]
        bad = s_flag is not Flag.NORMAL or d_flag is not Flag.NORMAL
        text = f"{GROUPS[G.BLOOD_PRESSURE].name.in_(language)} {_number(s)}/{_number(d)}"
        if units:
            text += f" {_MMHG.in_(language)}"
        if bad:
            text += f" {word(Flag.HIGH, language)}"
        parts.append((text, bad))
    for rt, spec in READINGS.items():
        if rt in (R.SYSTOLIC, R.DIASTOLIC) or rt not in values:
            continue
        value, flag = values[rt]
        text = f"{spec.name.in_(language)} {_number(value)}"
        if units and spec.unit_printed:
            text += f" {spec.unit.in_(language)}"
        if flag is not Flag.NORMAL:
            text += f" {word(flag, language)}"
        parts.append((text, flag is not Flag.NORMAL))
    return parts


def describe_text(
    readings: Iterable[tuple[ReadingType, float, Flag]], language: Language, *, units: bool
) -> str:
    return SEPARATOR.in_(language).join(
        text for text, _ in describe(readings, language, units=units)
    )


def advice(abnormal: Iterable[ReadingType], language: Language) -> str:
    """The advice offered for abnormal readings: each group's once, in the register's order,
    then the advice of the types that have their own (pulse)."""
    types = set(abnormal)
    own = [READINGS[rt].advice for rt in READINGS if rt in types]
    groups = {READINGS[rt].group for rt in types if READINGS[rt].advice is None}
    texts = [spec.advice for group, spec in GROUPS.items() if group in groups]
    texts += [text for text in own if text is not None]
    return " ".join(text.in_(language) for text in texts)
