"""A person's health risk level (normal / attention / high) with the reasons behind it.

Built from the latest reading of each kind (from the usage register or the health file,
whichever is newer) and the chronic conditions in the file. The levels follow how a health
room works with them:

- attention (关注): one finding at or above the DESIGN §2 thresholds (blood pressure ≥ 140/90,
  fasting glucose ≥ 6.1, random or 2 h glucose ≥ 11.1, BMI ≥ 28 or < 18.5, waist over the
  limit), or a known chronic condition. The room keeps an eye on them at their visits.
- high (高危): grade 2 blood pressure (≥ 160/100) or glucose far above the diabetes line
  (fasting ≥ 11.1, random or 2 h ≥ 16.7); a known hypertension or diabetes whose latest
  reading is still high (not under control); or three or more attention findings at once
  (a condition under control counts as one).
  These people get a follow-up.

The severe limits are fixed clinical grades; the attention ones are the site's thresholds.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import date

from app.catalogue.codes import Sex
from app.catalogue.health_codes import RiskLevel
from app.domain.health_codes import NONE, ChronicCondition
from app.domain.readings import Flag, ImplausibleReading, ReadingType, Thresholds, bmi, classify

__all__ = [
    "SEVERE",
    "Reading",
    "RiskAssessment",
    "RiskLevel",
    "RiskReason",
    "assess_risk",
]


# Grade 2 hypertension and glucose well into the diabetic range.
SEVERE = {
    "systolic": 160.0,
    "diastolic": 100.0,
    "glucose_fasting": 11.1,
    "glucose_other": 16.7,
}
SEVERAL_FINDINGS = 3


@dataclass(frozen=True)
class Reading:
    value: float
    on: date | None = None


@dataclass(frozen=True)
class RiskReason:
    """Why: `code` says what (the UI words it), `values`/`on` the reading behind it."""

    code: str  # bp_high, bp_very_high, glucose_impaired, glucose_high, glucose_very_high,
    # bmi_obese, bmi_low, waist_high, chronic_condition, hypertension_uncontrolled,
    # diabetes_uncontrolled, several_findings
    level: RiskLevel
    values: tuple[float, ...] = ()
    on: date | None = None
    reading: str = ""  # the reading type behind a glucose reason; the condition code otherwise


@dataclass(frozen=True)
class RiskAssessment:
    level: RiskLevel
    reasons: tuple[RiskReason, ...]


_RANK = {RiskLevel.NORMAL: 0, RiskLevel.ATTENTION: 1, RiskLevel.HIGH: 2}


def _blood_pressure(readings: Mapping[ReadingType, Reading], t: Thresholds) -> RiskReason | None:
    sbp = readings.get(ReadingType.SYSTOLIC)
    dbp = readings.get(ReadingType.DIASTOLIC)
    if sbp is None and dbp is None:
        return None
    values = tuple(r.value for r in (sbp, dbp) if r is not None)
    on = max((r.on for r in (sbp, dbp) if r is not None and r.on), default=None)
    severe = (sbp is not None and sbp.value >= SEVERE["systolic"]) or (
        dbp is not None and dbp.value >= SEVERE["diastolic"]
    )
    if severe:
        return RiskReason("bp_very_high", RiskLevel.HIGH, values, on)
    hypertension = {Flag.GRADE_1, Flag.GRADE_2, Flag.GRADE_3}
    high = (sbp is not None and classify(ReadingType.SYSTOLIC, sbp.value, t) in hypertension) or (
        dbp is not None and classify(ReadingType.DIASTOLIC, dbp.value, t) in hypertension
    )
    return RiskReason("bp_high", RiskLevel.ATTENTION, values, on) if high else None


def _glucose(readings: Mapping[ReadingType, Reading], t: Thresholds) -> RiskReason | None:
    """The most serious glucose finding among the latest fasting, 2 h and random readings."""
    found: list[RiskReason] = []
    for rt in (ReadingType.GLUCOSE_FASTING, ReadingType.GLUCOSE_2H, ReadingType.GLUCOSE_RANDOM):
        reading = readings.get(rt)
        if reading is None:
            continue
        severe = SEVERE["glucose_fasting" if rt is ReadingType.GLUCOSE_FASTING else "glucose_other"]
        flag = classify(rt, reading.value, t)
        if reading.value >= severe:
            code, level = "glucose_very_high", RiskLevel.HIGH
        elif flag is Flag.HIGH:
            code, level = "glucose_high", RiskLevel.ATTENTION
        elif flag is Flag.IMPAIRED:
            code, level = "glucose_impaired", RiskLevel.ATTENTION
        else:
            continue
        found.append(RiskReason(code, level, (reading.value,), reading.on, rt.value))
    order = ("glucose_very_high", "glucose_high", "glucose_impaired")
    return min(found, key=lambda r: order.index(r.code), default=None)


def _body(
    readings: Mapping[ReadingType, Reading], t: Thresholds, sex: Sex | None
) -> list[RiskReason]:
    reasons = []
    mass = readings.get(ReadingType.BMI)
    height, weight = readings.get(ReadingType.HEIGHT), readings.get(ReadingType.WEIGHT)
    if mass is None and height is not None and weight is not None:
        try:
            on = max((d for d in (height.on, weight.on) if d), default=None)
            mass = Reading(bmi(height.value, weight.value), on)
        except ImplausibleReading:
            mass = None
    if mass is not None:
        flag = classify(ReadingType.BMI, mass.value, t)
        if flag is Flag.OBESE:
            reasons.append(RiskReason("bmi_obese", RiskLevel.ATTENTION, (mass.value,), mass.on))
        elif flag is Flag.LOW:
            reasons.append(RiskReason("bmi_low", RiskLevel.ATTENTION, (mass.value,), mass.on))
    waist = readings.get(ReadingType.WAIST)
    if waist is not None and classify(ReadingType.WAIST, waist.value, t, sex) is Flag.HIGH:
        reasons.append(RiskReason("waist_high", RiskLevel.ATTENTION, (waist.value,), waist.on))
    return reasons


def assess_risk(
    readings: Mapping[ReadingType, Reading],
    conditions: Collection[str],
    thresholds: Thresholds,
    sex: Sex | None = None,
) -> RiskAssessment:
    """The level and its reasons, most serious first. No data at all is NORMAL, no reasons."""
    reasons: list[RiskReason] = []
    pressure = _blood_pressure(readings, thresholds)
    glucose = _glucose(readings, thresholds)
    reasons.extend(r for r in (pressure, glucose) if r is not None)
    reasons.extend(_body(readings, thresholds, sex))
    known = [c for c in conditions if c and c != NONE]
    # A known condition whose reading is still high is one reason, not three: the condition,
    # the reading and "not under control" are the same story.
    if ChronicCondition.HYPERTENSION in known and pressure is not None:
        reasons.remove(pressure)
        known.remove(ChronicCondition.HYPERTENSION)
        reasons.append(
            RiskReason("hypertension_uncontrolled", RiskLevel.HIGH, pressure.values, pressure.on)
        )
    if (
        ChronicCondition.DIABETES in known
        and glucose is not None
        and glucose.code != "glucose_impaired"
    ):
        reasons.remove(glucose)
        known.remove(ChronicCondition.DIABETES)
        reasons.append(
            RiskReason(
                "diabetes_uncontrolled", RiskLevel.HIGH, glucose.values, glucose.on, glucose.reading
            )
        )
    reasons.extend(RiskReason("chronic_condition", RiskLevel.ATTENTION, reading=c) for c in known)
    attention = sum(1 for r in reasons if r.level is RiskLevel.ATTENTION)
    if attention >= SEVERAL_FINDINGS and not any(r.level is RiskLevel.HIGH for r in reasons):
        reasons.append(RiskReason("several_findings", RiskLevel.HIGH, (float(attention),)))
    reasons.sort(key=lambda r: -_RANK[r.level])  # stable: the order above within a level
    level = max((r.level for r in reasons), key=_RANK.__getitem__, default=RiskLevel.NORMAL)
    return RiskAssessment(level, tuple(reasons))
