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

from app.catalogue.language import LIST_SEPARATOR, SEPARATOR, Language, Wording
from app.catalogue.words import declare, word

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
    HIP = "hip"
    WAIST_HIP_RATIO = "waist_hip_ratio"


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


_MMHG = Wording("mmHg", "mmHg")
F = Flag
# Blood pressure per the Chinese hypertension guideline: each arm is graded, the pair takes
# the higher grade of the two (pair_flag).
BP_GRADES = (F.HYPOTENSION, F.NORMAL, F.HIGH_NORMAL, F.GRADE_1, F.GRADE_2, F.GRADE_3)
_GLUCOSE_GRADES = (F.SEVERELY_LOW, F.LOW, F.NORMAL, F.HIGH)
_MMOL = Wording("mmol/L", "mmol/L")
_CM = Wording("cm", "cm")
_PERCENT = Wording("%", "%")
R = ReadingType
G = ReadingGroup
_WEIGHT_STANDARD = Wording(
    "《成人体重判定》（WS/T 428—2013）", "Adult weight standard WS/T 428-2013"
)

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
            source=Wording(
                "《中国高血压防治指南（2018年修订版）》",
                "Chinese guidelines for the management of hypertension (2018 revision)",
            ),
            follow_up_days=(
                (Flag.GRADE_3, 0),
                (Flag.GRADE_2, 14),
                (Flag.GRADE_1, 28),
                (Flag.HYPOTENSION, 14),
                (Flag.HIGH_NORMAL, 90),
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
            source=Wording(
                "《中国2型糖尿病防治指南（2020年版）》",
                "Guideline for the prevention and treatment of type 2 diabetes in China (2020)",
            ),
            follow_up_days=(
                (Flag.SEVERELY_LOW, 0),
                (Flag.LOW, 14),
                (Flag.HIGH, 14),
                (Flag.IMPAIRED, 90),
            ),
        ),
        GroupSpec(
            G.BODY,
            Wording("身高体重", "Height and weight"),
            Wording(
                "体重不在健康范围：建议合理膳食、增加运动。",
                "Weight is outside the healthy range: balanced meals and more exercise.",
            ),
            source=_WEIGHT_STANDARD,
            follow_up_days=((Flag.LOW, 90), (Flag.OVERWEIGHT, 90), (Flag.OBESE, 90)),
        ),
        GroupSpec(
            G.WAIST,
            Wording("腰围", "Waist"),
            Wording(
                "腰围超标：注意控制体重和腹部脂肪。",
                "Waist is above the limit: control weight and abdominal fat.",
            ),
            source=_WEIGHT_STANDARD,
            follow_up_days=((Flag.HIGH, 90),),
        ),
        GroupSpec(
            G.SPO2,
            Wording("血氧", "SpO2"),
            Wording(
                "血氧偏低：休息后复测，持续偏低请就医。",
                "Oxygen saturation is low: rest and measure again; see a doctor if it stays low.",
            ),
            follow_up_days=((Flag.LOW, 7),),
        ),
        GroupSpec(
            G.TEMPERATURE,
            Wording("体温", "Temperature"),
            Wording(
                "体温偏高：注意休息、多饮水，持续不退请就医。",
                "Temperature is raised: rest, drink water, see a doctor if it persists.",
            ),
            follow_up_days=((Flag.HIGH, 7),),
        ),
    )
}

READINGS: dict[ReadingType, ReadingSpec] = {
    spec.type: spec
    for spec in (
        ReadingSpec(
            R.SYSTOLIC,
            Wording("收缩压", "Systolic"),
            _MMHG,
            (50, 300),
            1,
            G.BLOOD_PRESSURE,
            grades=BP_GRADES,
            thresholds=(
                _limit(
                    "systolic_low",
                    90,
                    "收缩压偏低：低于（mmHg）",
                    "Systolic low below (mmHg)",
                    (60, 120),
                    below="systolic_high_normal",
                ),
                _limit(
                    "systolic_high_normal",
                    120,
                    "收缩压正常高值：自（mmHg）",
                    "Systolic high-normal from (mmHg)",
                    (90, 200),
                    below="systolic_high",
                ),
                _limit(
                    "systolic_high",
                    140,
                    "收缩压1级：自（mmHg）",
                    "Systolic grade 1 from (mmHg)",
                    (80, 250),
                    below="systolic_grade_2",
                ),
                _limit(
                    "systolic_grade_2",
                    160,
                    "收缩压2级：自（mmHg）",
                    "Systolic grade 2 from (mmHg)",
                    (100, 260),
                    below="systolic_grade_3",
                ),
                _limit(
                    "systolic_grade_3",
                    180,
                    "收缩压3级：自（mmHg）",
                    "Systolic grade 3 from (mmHg)",
                    (120, 280),
                ),
                _limit(
                    "urgent_systolic",
                    180,
                    "危急值：收缩压自（mmHg）",
                    "Urgent: systolic from (mmHg)",
                    (140, 280),
                    urgent=True,
                ),
            ),
        ),
        ReadingSpec(
            R.DIASTOLIC,
            Wording("舒张压", "Diastolic"),
            _MMHG,
            (20, 200),
            2,
            G.BLOOD_PRESSURE,
            grades=BP_GRADES,
            thresholds=(
                _limit(
                    "diastolic_low",
                    60,
                    "舒张压偏低：低于（mmHg）",
                    "Diastolic low below (mmHg)",
                    (30, 90),
                    below="diastolic_high_normal",
                ),
                _limit(
                    "diastolic_high_normal",
                    80,
                    "舒张压正常高值：自（mmHg）",
                    "Diastolic high-normal from (mmHg)",
                    (50, 120),
                    below="diastolic_high",
                ),
                _limit(
                    "diastolic_high",
                    90,
                    "舒张压1级：自（mmHg）",
                    "Diastolic grade 1 from (mmHg)",
                    (40, 150),
                    below="diastolic_grade_2",
                ),
                _limit(
                    "diastolic_grade_2",
                    100,
                    "舒张压2级：自（mmHg）",
                    "Diastolic grade 2 from (mmHg)",
                    (60, 160),
                    below="diastolic_grade_3",
                ),
                _limit(
                    "diastolic_grade_3",
                    110,
                    "舒张压3级：自（mmHg）",
                    "Diastolic grade 3 from (mmHg)",
                    (70, 180),
                ),
                _limit(
                    "urgent_diastolic",
                    110,
                    "危急值：舒张压自（mmHg）",
                    "Urgent: diastolic from (mmHg)",
                    (90, 180),
                    urgent=True,
                ),
            ),
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
            grades=(F.LOW, F.NORMAL, F.HIGH),
            thresholds=(
                _limit(
                    "pulse_normal_min",
                    60,
                    "脉搏正常下限（次/分）",
                    "Pulse normal from (/min)",
                    (30, 120),
                    below="pulse_normal_max",
                ),
                _limit(
                    "pulse_normal_max",
                    100,
                    "脉搏正常上限（次/分）",
                    "Pulse normal up to (/min)",
                    (50, 200),
                ),
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
            grades=(F.SEVERELY_LOW, F.LOW, F.NORMAL, F.IMPAIRED, F.HIGH),
            thresholds=(
                # The low limits and the urgent values hold for every glucose test.
                _limit(
                    "glucose_severely_low",
                    3.0,
                    "血糖严重偏低：低于（mmol/L）",
                    "Glucose severely low below (mmol/L)",
                    (1, 10),
                    1,
                    below="glucose_low",
                ),
                _limit(
                    "glucose_low",
                    3.9,
                    "血糖偏低：低于（mmol/L）",
                    "Glucose low below (mmol/L)",
                    (1, 10),
                    1,
                    below="glucose_fasting_impaired",
                ),
                _limit(
                    "urgent_glucose_low",
                    3.0,
                    "危急值：血糖低于（mmol/L）",
                    "Urgent: glucose below (mmol/L)",
                    (1, 10),
                    1,
                    below="urgent_glucose_high",
                    urgent=True,
                ),
                _limit(
                    "urgent_glucose_high",
                    16.7,
                    "危急值：血糖自（mmol/L）",
                    "Urgent: glucose from (mmol/L)",
                    (8, 35),
                    1,
                    urgent=True,
                ),
                _limit(
                    "glucose_fasting_impaired",
                    6.1,
                    "空腹血糖受损界值（mmol/L）",
                    "Fasting glucose impaired from (mmol/L)",
                    (3, 20),
                    1,
                    below="glucose_fasting_high",
                ),
                _limit(
                    "glucose_fasting_high",
                    7.0,
                    "空腹血糖偏高界值（mmol/L）",
                    "Fasting glucose high from (mmol/L)",
                    (3, 25),
                    1,
                ),
            ),
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
            grades=_GLUCOSE_GRADES,
            thresholds=(
                _limit(
                    "glucose_2h_high",
                    11.1,
                    "餐后2小时血糖偏高界值（mmol/L）",
                    "2 h glucose high from (mmol/L)",
                    (3, 30),
                    1,
                ),
            ),
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
            grades=_GLUCOSE_GRADES,
            thresholds=(
                _limit(
                    "glucose_random_high",
                    11.1,
                    "随机血糖偏高界值（mmol/L）",
                    "Random glucose high from (mmol/L)",
                    (3, 30),
                    1,
                ),
            ),
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
            grades=(F.LOW, F.NORMAL, F.OVERWEIGHT, F.OBESE),
            thresholds=(
                _limit(
                    "bmi_low",
                    18.5,
                    "BMI偏低（低于）",
                    "BMI low below",
                    (10, 30),
                    1,
                    below="bmi_overweight",
                ),
                _limit(
                    "bmi_overweight",
                    24.0,
                    "BMI超重界值",
                    "BMI overweight from",
                    (15, 40),
                    1,
                    below="bmi_obese",
                ),
                _limit("bmi_obese", 28.0, "BMI肥胖界值", "BMI obese from", (15, 50), 1),
            ),
        ),
        ReadingSpec(R.BODY_FAT, Wording("体脂率", "Body fat"), _PERCENT, (2, 75), 512, G.BODY),
        ReadingSpec(
            R.WAIST,
            Wording("腰围", "Waist"),
            _CM,
            (30, 200),
            1024,
            G.WAIST,
            grades=(F.NORMAL, F.HIGH),
            thresholds=(
                _limit(
                    "waist_high_male",
                    90,
                    "腰围超标界值，男（cm）",
                    "Waist high from, men (cm)",
                    (50, 150),
                ),
                _limit(
                    "waist_high_female",
                    85,
                    "腰围超标界值，女（cm）",
                    "Waist high from, women (cm)",
                    (50, 150),
                ),
            ),
        ),
        ReadingSpec(
            R.SPO2,
            Wording("血氧饱和度", "SpO2"),
            _PERCENT,
            (50, 100),
            2048,
            G.SPO2,
            grades=(F.LOW, F.NORMAL),
            thresholds=(
                _limit("spo2_low", 95, "血氧偏低（低于，%）", "SpO2 low below (%)", (70, 100)),
            ),
        ),
        ReadingSpec(
            R.TEMPERATURE,
            Wording("体温", "Temperature"),
            Wording("°C", "°C"),
            (30, 45),
            4096,
            G.TEMPERATURE,
            grades=(F.NORMAL, F.HIGH),
            thresholds=(
                _limit(
                    "temperature_high",
                    37.3,
                    "体温偏高界值（°C）",
                    "Temperature high from (°C)",
                    (36, 42),
                    1,
                ),
            ),
        ),
        ReadingSpec(R.HIP, Wording("臀围", "Hip"), _CM, (40, 200), 8192, G.WAIST),
        # WHO cut-offs for abdominal obesity (waist-hip ratio ≥ 0.90 men, ≥ 0.85 women).
        ReadingSpec(
            R.WAIST_HIP_RATIO,
            Wording("腰臀比", "Waist-hip ratio"),
            Wording("比值", "ratio"),
            (0.3, 3.0),
            16384,
            G.WAIST,
            derived_from=(R.WAIST, R.HIP),
            unit_printed=False,
            grades=(F.NORMAL, F.HIGH),
            thresholds=(
                _limit(
                    "whr_high_male",
                    0.90,
                    "腰臀比超标界值，男",
                    "Waist-hip ratio high from, men",
                    (0.5, 1.5),
                    2,
                ),
                _limit(
                    "whr_high_female",
                    0.85,
                    "腰臀比超标界值，女",
                    "Waist-hip ratio high from, women",
                    (0.5, 1.5),
                    2,
                ),
            ),
        ),
    )
}

# Every editable limit, in the catalogue's order (the thresholds dialog lists them so).
THRESHOLDS: dict[str, ThresholdSpec] = {
    limit.key: limit for spec in READINGS.values() for limit in spec.thresholds
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
        grade = pair_flag(s_flag, d_flag)
        text = f"{GROUPS[G.BLOOD_PRESSURE].name.in_(language)} {_number(s)}/{_number(d)}"
        if units:
            text += f" {_MMHG.in_(language)}"
        if grade is not Flag.NORMAL:
            text += f" {word(grade, language)}"
        parts.append((text, is_abnormal(grade)))
    for rt, spec in READINGS.items():
        if rt in (R.SYSTOLIC, R.DIASTOLIC) or rt not in values:
            continue
        value, flag = values[rt]
        text = f"{spec.name.in_(language)} {_number(value)}"
        if units and spec.unit_printed:
            text += f" {spec.unit.in_(language)}"
        if flag is not Flag.NORMAL:
            text += f" {word(flag, language)}"
        parts.append((text, is_abnormal(flag)))
    return parts


def describe_text(
    readings: Iterable[tuple[ReadingType, float, Flag]], language: Language, *, units: bool
) -> str:
    return SEPARATOR.in_(language).join(
        text for text, _ in describe(readings, language, units=units)
    )


_ROUNDS = Wording("测量{n}次：{values}", "{n} readings: {values}")


def describe_rounds(rounds: Iterable[tuple[ReadingType, float, int]], language: Language) -> str:
    """The readings as taken of the types measured again, e.g. "测量2次：血压 150/92、146/90"
    (round 1, 2, ... of each type); "" when nothing was measured twice."""
    taken: dict[ReadingType, dict[int, float]] = {}
    for rt, value, round_ in rounds:
        if round_ >= 1:
            taken.setdefault(rt, {})[round_] = value
    # A type read once is round 1 of 1: not "measured again" (it read "1 readings: …").
    taken = {rt: values for rt, values in taken.items() if len(values) >= 2}
    if not taken:
        return ""
    count = max(len(values) for values in taken.values())
    sep = LIST_SEPARATOR.in_(language)
    parts = []
    if R.SYSTOLIC in taken and R.DIASTOLIC in taken:
        s, d = taken.pop(R.SYSTOLIC), taken.pop(R.DIASTOLIC)
        pairs = [f"{_number(s[n])}/{_number(d[n])}" for n in sorted(s) if n in d]
        parts.append(f"{GROUPS[G.BLOOD_PRESSURE].name.in_(language)} {sep.join(pairs)}")
    for rt in READINGS:
        if rt in taken:
            values = sep.join(_number(taken[rt][n]) for n in sorted(taken[rt]))
            parts.append(f"{READINGS[rt].name.in_(language)} {values}")
    return _ROUNDS.format(language, n=count, values=SEPARATOR.in_(language).join(parts))


def advice(abnormal: Iterable[ReadingType], language: Language) -> str:
    """The advice offered for abnormal readings: each group's once, in the register's order,
    then the advice of the types that have their own (pulse)."""
    types = set(abnormal)
    own = [READINGS[rt].advice for rt in READINGS if rt in types]
    groups = {READINGS[rt].group for rt in types if READINGS[rt].advice is None}
    texts = [spec.advice for group, spec in GROUPS.items() if group in groups]
    texts += [text for text in own if text is not None]
    return " ".join(text.in_(language) for text in texts)
