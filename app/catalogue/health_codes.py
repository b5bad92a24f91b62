"""Code lists of the health file (健康档案) and the risk levels, each with its words.

List fields (chronic conditions, hazard exposure) store comma-separated codes; "none" is an
answer of its own ("asked, and there is nothing"), said with :data:`NONE_WORDING`. The lists
reuse short codes ("never", "regular", "other") with different meanings, so each is its own
enum and its own words.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from enum import StrEnum

from app.catalogue.language import Language, Wording
from app.catalogue.words import declare, word, wording

__all__ = [
    "NONE_WORDING",
    "ChronicCondition",
    "Drinking",
    "Exercise",
    "Hazard",
    "RiskFinding",
    "RiskLevel",
    "Smoking",
    "code_word",
    "risk_sentence",
]

W = Wording
NONE_WORDING = W("无", "None")


class ChronicCondition(StrEnum):
    HYPERTENSION = "hypertension"
    DIABETES = "diabetes"
    DYSLIPIDAEMIA = "dyslipidaemia"
    CORONARY_HEART_DISEASE = "coronary_heart_disease"
    STROKE = "stroke"
    CHRONIC_LUNG_DISEASE = "chronic_lung_disease"  # COPD, asthma
    CHRONIC_KIDNEY_DISEASE = "chronic_kidney_disease"
    FATTY_LIVER = "fatty_liver"
    HYPERURICAEMIA = "hyperuricaemia"  # including gout
    OTHER = "other"


class Hazard(StrEnum):
    """Occupational hazard exposure (职业危害因素), grouped as in the occupational health check."""

    DUST = "dust"
    NOISE = "noise"
    CHEMICAL = "chemical"
    RADIATION = "radiation"
    HIGH_TEMPERATURE = "high_temperature"
    VIBRATION = "vibration"
    BIOLOGICAL = "biological"
    OTHER = "other"


class Smoking(StrEnum):
    NEVER = "never"
    FORMER = "former"
    CURRENT = "current"


class Drinking(StrEnum):
    NEVER = "never"
    OCCASIONAL = "occasional"
    REGULAR = "regular"


class Exercise(StrEnum):
    RARELY = "rarely"
    SOMETIMES = "sometimes"
    REGULAR = "regular"  # at least three times a week


class RiskLevel(StrEnum):
    NORMAL = "normal"
    ATTENTION = "attention"
    HIGH = "high"


class RiskFinding(StrEnum):
    """Why a person's risk level is what it is (app.domain.health_risk.RiskReason.code)."""

    BP_HIGH = "bp_high"
    BP_VERY_HIGH = "bp_very_high"
    GLUCOSE_IMPAIRED = "glucose_impaired"
    GLUCOSE_HIGH = "glucose_high"
    GLUCOSE_VERY_HIGH = "glucose_very_high"
    BMI_OBESE = "bmi_obese"
    BMI_LOW = "bmi_low"
    WAIST_HIGH = "waist_high"
    CHRONIC_CONDITION = "chronic_condition"
    HYPERTENSION_UNCONTROLLED = "hypertension_uncontrolled"
    DIABETES_UNCONTROLLED = "diabetes_uncontrolled"
    SEVERAL_FINDINGS = "several_findings"


# {0}: the reading (120/80, 7.2); {1}: the reading type or the condition, in words.
declare(
    RiskFinding,
    {
        RiskFinding.BP_HIGH: W("血压偏高：{0} mmHg", "Blood pressure high: {0} mmHg"),
        RiskFinding.BP_VERY_HIGH: W(
            "血压明显偏高（2 级）：{0} mmHg", "Blood pressure very high (grade 2): {0} mmHg"
        ),
        RiskFinding.GLUCOSE_IMPAIRED: W(
            "空腹血糖受损：{0} mmol/L", "Fasting glucose impaired: {0} mmol/L"
        ),
        RiskFinding.GLUCOSE_HIGH: W("{1}偏高：{0} mmol/L", "{1} high: {0} mmol/L"),
        RiskFinding.GLUCOSE_VERY_HIGH: W("{1}明显偏高：{0} mmol/L", "{1} very high: {0} mmol/L"),
        RiskFinding.BMI_OBESE: W("肥胖：BMI {0}", "Obesity: BMI {0}"),
        RiskFinding.BMI_LOW: W("体重过低：BMI {0}", "Underweight: BMI {0}"),
        RiskFinding.WAIST_HIGH: W("腰围超标：{0} cm", "Waist above the limit: {0} cm"),
        RiskFinding.CHRONIC_CONDITION: W("已知慢性病：{1}", "Known condition: {1}"),
        RiskFinding.HYPERTENSION_UNCONTROLLED: W(
            "高血压控制不佳：{0} mmHg", "Hypertension not under control: {0} mmHg"
        ),
        RiskFinding.DIABETES_UNCONTROLLED: W(
            "糖尿病控制不佳：{1} {0} mmol/L", "Diabetes not under control: {1} {0} mmol/L"
        ),
        RiskFinding.SEVERAL_FINDINGS: W("同时存在 {0} 项异常", "{0} findings at the same time"),
    },
)
_ON_DAY = W("（{0}）", " ({0})")

declare(
    ChronicCondition,
    {
        ChronicCondition.HYPERTENSION: W("高血压", "Hypertension"),
        ChronicCondition.DIABETES: W("糖尿病", "Diabetes"),
        ChronicCondition.DYSLIPIDAEMIA: W("血脂异常", "Dyslipidaemia"),
        ChronicCondition.CORONARY_HEART_DISEASE: W("冠心病", "Coronary heart disease"),
        ChronicCondition.STROKE: W("脑卒中", "Stroke"),
        ChronicCondition.CHRONIC_LUNG_DISEASE: W(
            "慢性肺病（慢阻肺、哮喘）", "Chronic lung disease (COPD, asthma)"
        ),
        ChronicCondition.CHRONIC_KIDNEY_DISEASE: W("慢性肾病", "Chronic kidney disease"),
        ChronicCondition.FATTY_LIVER: W("脂肪肝", "Fatty liver"),
        ChronicCondition.HYPERURICAEMIA: W("高尿酸血症或痛风", "Hyperuricaemia or gout"),
        ChronicCondition.OTHER: W("其他慢性病", "Other condition"),
    },
)
declare(
    Hazard,
    {
        Hazard.DUST: W("粉尘", "Dust"),
        Hazard.NOISE: W("噪声", "Noise"),
        Hazard.CHEMICAL: W("化学毒物", "Chemicals"),
        Hazard.RADIATION: W("辐射", "Radiation"),
        Hazard.HIGH_TEMPERATURE: W("高温", "High temperature"),
        Hazard.VIBRATION: W("振动", "Vibration"),
        Hazard.BIOLOGICAL: W("生物因素", "Biological agents"),
        Hazard.OTHER: W("其他危害因素", "Other hazard"),
    },
)
declare(
    Smoking,
    {
        Smoking.NEVER: W("从不吸烟", "Never smoked"),
        Smoking.FORMER: W("已戒烟", "Quit smoking"),
        Smoking.CURRENT: W("吸烟", "Smokes"),
    },
)
declare(
    Drinking,
    {
        Drinking.NEVER: W("从不饮酒", "Never drinks"),
        Drinking.OCCASIONAL: W("偶尔饮酒", "Drinks occasionally"),
        Drinking.REGULAR: W("经常饮酒", "Drinks regularly"),
    },
)
declare(
    Exercise,
    {
        Exercise.RARELY: W("很少锻炼", "Rarely exercises"),
        Exercise.SOMETIMES: W("有时锻炼", "Exercises sometimes"),
        Exercise.REGULAR: W("经常锻炼（每周 3 次以上）", "Exercises regularly (3+ times a week)"),
    },
)
declare(
    RiskLevel,
    {
        RiskLevel.NORMAL: W("正常", "Normal"),
        RiskLevel.ATTENTION: W("关注", "Attention"),
        RiskLevel.HIGH: W("高危", "High risk"),
    },
)


def code_word(kind: type[StrEnum], code: str, language: Language) -> str:
    """The words of one answer of a health-file list given by its stored code ("none" too).
    A value outside the list is text a person typed (an imported file): it is shown as typed."""
    if code == "none":
        return NONE_WORDING.in_(language)
    if code in kind.__members__.values():
        return word(kind(code), language)
    return code


def risk_sentence(
    finding: RiskFinding,
    values: Sequence[float],
    subject: str,
    on: dt.date | None,
    language: Language,
) -> str:
    """One reason of a risk level as a short sentence with its reading and its date; `subject`
    is the reading type or the condition already in words."""
    if finding in (
        RiskFinding.BP_HIGH,
        RiskFinding.BP_VERY_HIGH,
        RiskFinding.HYPERTENSION_UNCONTROLLED,
    ):
        reading = "/".join(f"{v:g}" for v in values)
    elif finding is RiskFinding.SEVERAL_FINDINGS:
        reading = str(int(values[0])) if values else ""
    else:
        reading = f"{values[0]:g}" if values else ""
    text = wording(finding).in_(language).format(reading, subject)
    return text + (_ON_DAY.in_(language).format(on.isoformat()) if on is not None else "")
