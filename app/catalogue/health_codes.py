"""Code lists of the health file (健康档案) and the risk levels, each with its words.

List fields (chronic conditions, hazard exposure) store comma-separated codes; "none" is an
answer of its own ("asked, and there is nothing"), said with :data:`NONE_WORDING`. The lists
reuse short codes ("never", "regular", "other") with different meanings, so each is its own
enum and its own words.
"""

from __future__ import annotations

from enum import StrEnum

from app.catalogue.language import Wording
from app.catalogue.words import declare

__all__ = [
    "NONE_WORDING",
    "ChronicCondition",
    "Drinking",
    "Exercise",
    "Hazard",
    "RiskLevel",
    "Smoking",
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
