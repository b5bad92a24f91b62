"""Reading types: each one spec with its unit, plausible range, register group, stored bit and
words. Adding a reading type starts here (docs/ARCHITECTURE.md, "Add a reading type").

The bit of each type is stored data (the visit's items mask, kept by database triggers): a bit
once given never changes, and a new type takes the next free one plus a migration that teaches
the triggers its bit.
"""

from __future__ import annotations

from enum import StrEnum

from app.catalogue.language import Wording
from app.catalogue.readings.kinds import (
    BP_GRADES,
    F,
    ReadingGroup,
    ReadingSpec,
    ThresholdSpec,
    _limit,
)
from app.catalogue.words import declare


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


_MMHG = Wording("mmHg", "mmHg")

_GLUCOSE_GRADES = (F.SEVERELY_LOW, F.LOW, F.NORMAL, F.HIGH)

_MMOL = Wording("mmol/L", "mmol/L")

_CM = Wording("cm", "cm")

_PERCENT = Wording("%", "%")

R = ReadingType
G = ReadingGroup

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


def reading(rt: ReadingType | str) -> ReadingSpec:
    return READINGS[ReadingType(rt)]


def group_of(rt: ReadingType) -> ReadingGroup:
    return READINGS[rt].group


def types_of(group: ReadingGroup) -> tuple[ReadingType, ...]:
    """The group's reading types in the catalogue's order."""
    return tuple(rt for rt, spec in READINGS.items() if spec.group is group)
