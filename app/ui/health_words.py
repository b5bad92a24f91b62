"""Words for the health-file codes, risk levels and their reasons, in the UI language.

The code lists reuse short codes ("never", "regular", "other") with different meanings, so each
list has its own words here instead of the shared `labels` table.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from app.catalogue.readings import ReadingType
from app.domain.health_codes import NONE, split_codes
from app.domain.health_risk import RiskReason
from app.ui import i18n
from app.ui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "Health"

NONE_WORD = QT_TRANSLATE_NOOP("Health", "None")

CHRONIC: dict[str, str] = {
    "hypertension": QT_TRANSLATE_NOOP("Health", "Hypertension"),
    "diabetes": QT_TRANSLATE_NOOP("Health", "Diabetes"),
    "dyslipidaemia": QT_TRANSLATE_NOOP("Health", "Dyslipidaemia"),
    "coronary_heart_disease": QT_TRANSLATE_NOOP("Health", "Coronary heart disease"),
    "stroke": QT_TRANSLATE_NOOP("Health", "Stroke"),
    "chronic_lung_disease": QT_TRANSLATE_NOOP("Health", "Chronic lung disease (COPD, asthma)"),
    "chronic_kidney_disease": QT_TRANSLATE_NOOP("Health", "Chronic kidney disease"),
    "fatty_liver": QT_TRANSLATE_NOOP("Health", "Fatty liver"),
    "hyperuricaemia": QT_TRANSLATE_NOOP("Health", "Hyperuricaemia or gout"),
    "other": QT_TRANSLATE_NOOP("Health", "Other condition"),
}

HAZARDS: dict[str, str] = {
    "dust": QT_TRANSLATE_NOOP("Health", "Dust"),
    "noise": QT_TRANSLATE_NOOP("Health", "Noise"),
    "chemical": QT_TRANSLATE_NOOP("Health", "Chemicals"),
    "radiation": QT_TRANSLATE_NOOP("Health", "Radiation"),
    "high_temperature": QT_TRANSLATE_NOOP("Health", "High temperature"),
    "vibration": QT_TRANSLATE_NOOP("Health", "Vibration"),
    "biological": QT_TRANSLATE_NOOP("Health", "Biological agents"),
    "other": QT_TRANSLATE_NOOP("Health", "Other hazard"),
}

SMOKING: dict[str, str] = {
    "never": QT_TRANSLATE_NOOP("Health", "Never smoked"),
    "former": QT_TRANSLATE_NOOP("Health", "Quit smoking"),
    "current": QT_TRANSLATE_NOOP("Health", "Smokes"),
}

DRINKING: dict[str, str] = {
    "never": QT_TRANSLATE_NOOP("Health", "Never drinks"),
    "occasional": QT_TRANSLATE_NOOP("Health", "Drinks occasionally"),
    "regular": QT_TRANSLATE_NOOP("Health", "Drinks regularly"),
}

EXERCISE: dict[str, str] = {
    "rarely": QT_TRANSLATE_NOOP("Health", "Rarely exercises"),
    "sometimes": QT_TRANSLATE_NOOP("Health", "Exercises sometimes"),
    "regular": QT_TRANSLATE_NOOP("Health", "Exercises regularly (3+ times a week)"),
}

RISK_LEVELS: dict[str, str] = {
    "normal": QT_TRANSLATE_NOOP("Health", "Normal"),
    "attention": QT_TRANSLATE_NOOP("Health", "Attention"),
    "high": QT_TRANSLATE_NOOP("Health", "High risk"),
}

FOLLOW_UP_WAYS: dict[str, str] = {
    "phone": QT_TRANSLATE_NOOP("Health", "Phone call"),
    "visit": QT_TRANSLATE_NOOP("Health", "Visit"),
    "referral": QT_TRANSLATE_NOOP("Health", "Referral to hospital"),
}

FIELDS: dict[str, str] = {
    "sex": QT_TRANSLATE_NOOP("Health", "Sex"),
    "birth_date": QT_TRANSLATE_NOOP("Health", "Birth date"),
    "height_cm": QT_TRANSLATE_NOOP("Health", "Height"),
    "weight_kg": QT_TRANSLATE_NOOP("Health", "Weight"),
    "systolic": QT_TRANSLATE_NOOP("Health", "Systolic pressure"),
    "diastolic": QT_TRANSLATE_NOOP("Health", "Diastolic pressure"),
    "fasting_glucose": QT_TRANSLATE_NOOP("Health", "Fasting glucose"),
    "medical_history": QT_TRANSLATE_NOOP("Health", "Medical history"),
    "chronic_conditions": QT_TRANSLATE_NOOP("Health", "Chronic conditions"),
    "allergies": QT_TRANSLATE_NOOP("Health", "Allergies"),
    "smoking": QT_TRANSLATE_NOOP("Health", "Smoking"),
    "drinking": QT_TRANSLATE_NOOP("Health", "Drinking"),
    "exercise": QT_TRANSLATE_NOOP("Health", "Exercise"),
    "hazard_exposure": QT_TRANSLATE_NOOP("Health", "Occupational hazard exposure"),
    "last_checkup_date": QT_TRANSLATE_NOOP("Health", "Last check-up date"),
    "checkup_findings": QT_TRANSLATE_NOOP("Health", "Check-up findings"),
    "checkup_advice": QT_TRANSLATE_NOOP("Health", "Check-up advice"),
    "data_updated_on": QT_TRANSLATE_NOOP("Health", "Data collected on"),
    "on_date": QT_TRANSLATE_NOOP("Health", "Date"),
    "way": QT_TRANSLATE_NOOP("Health", "Way"),
    "next_date": QT_TRANSLATE_NOOP("Health", "Next date"),
}

_REASONS: dict[str, str] = {
    "bp_high": QT_TRANSLATE_NOOP("Health", "Blood pressure high: %1 mmHg"),
    "bp_very_high": QT_TRANSLATE_NOOP("Health", "Blood pressure very high (grade 2): %1 mmHg"),
    "glucose_impaired": QT_TRANSLATE_NOOP("Health", "Fasting glucose impaired: %1 mmol/L"),
    "glucose_high": QT_TRANSLATE_NOOP("Health", "%2 high: %1 mmol/L"),
    "glucose_very_high": QT_TRANSLATE_NOOP("Health", "%2 very high: %1 mmol/L"),
    "bmi_obese": QT_TRANSLATE_NOOP("Health", "Obesity: BMI %1"),
    "bmi_low": QT_TRANSLATE_NOOP("Health", "Underweight: BMI %1"),
    "waist_high": QT_TRANSLATE_NOOP("Health", "Waist above the limit: %1 cm"),
    "chronic_condition": QT_TRANSLATE_NOOP("Health", "Known condition: %2"),
    "hypertension_uncontrolled": QT_TRANSLATE_NOOP(
        "Health", "Hypertension not under control: %1 mmHg"
    ),
    "diabetes_uncontrolled": QT_TRANSLATE_NOOP(
        "Health", "Diabetes not under control: %2 %1 mmol/L"
    ),
    "several_findings": QT_TRANSLATE_NOOP("Health", "%1 findings at the same time"),
}

_ON = QT_TRANSLATE_NOOP("Health", "(%1)")


def word(table: dict[str, str], code: str | None) -> str:
    """The word for a code of one list; "none" and unknown codes are handled for every list."""
    if code is None:
        return ""
    if code == NONE:
        return QCoreApplication.translate(CONTEXT, NONE_WORD)
    text = table.get(code)
    return QCoreApplication.translate(CONTEXT, text) if text else code


def words(table: dict[str, str], stored: str | None) -> str:
    """A stored list field ("hypertension,diabetes") as words joined with 、."""
    return "、".join(word(table, code) for code in split_codes(stored))


def field_name(field: str) -> str:
    return word(FIELDS, field)


def field_names(names: Iterable[str]) -> str:
    return "、".join(field_name(n) for n in names)


def risk_level(code: str) -> str:
    return word(RISK_LEVELS, code)


def _number(value: float) -> str:
    return f"{value:g}"


def reason_text(reason: RiskReason) -> str:
    """One reason as a short sentence with the reading and its date."""
    text = _REASONS.get(reason.code)
    if text is None:
        return reason.code
    sentence = QCoreApplication.translate(CONTEXT, text)
    if reason.code in ("bp_high", "bp_very_high", "hypertension_uncontrolled"):
        first = "/".join(_number(v) for v in reason.values)
    elif reason.code == "several_findings":
        first = str(int(reason.values[0])) if reason.values else ""
    else:
        first = _number(reason.values[0]) if reason.values else ""
    chronic = reason.code == "chronic_condition"
    if chronic:
        second = word(CHRONIC, reason.reading)
    else:
        second = i18n.word(ReadingType(reason.reading)) if reason.reading else ""
    sentence = sentence.replace("%1", first).replace("%2", second)
    if reason.on is not None:
        when = QCoreApplication.translate(CONTEXT, _ON).replace("%1", reason.on.isoformat())
        sentence = f"{sentence} {when}"
    return sentence
