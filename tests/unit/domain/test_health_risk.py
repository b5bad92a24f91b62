"""Risk levels from the latest readings and chronic conditions, with their reasons."""

from __future__ import annotations

import datetime as dt

import pytest

from app.catalogue.codes import Sex
from app.domain.health_codes import join_codes, split_codes
from app.domain.health_file import REQUIRED_FIELDS, has_current_health_data, health_data_cutoff
from app.domain.health_risk import Reading, RiskLevel, assess_risk
from app.domain.readings import ReadingType as R
from app.domain.readings import Thresholds

T = Thresholds()
ON = dt.date(2026, 10, 1)


def assess(conditions: tuple[str, ...] = (), sex: Sex | None = None, **values: float):  # type: ignore[no-untyped-def]
    readings = {R(k): Reading(v, ON) for k, v in values.items()}
    return assess_risk(readings, conditions, T, sex)


def codes(result) -> list[str]:  # type: ignore[no-untyped-def]
    return [r.code for r in result.reasons]


def test_no_data_is_normal_without_reasons() -> None:
    result = assess()
    assert result.level is RiskLevel.NORMAL and result.reasons == ()


@pytest.mark.parametrize(
    ("values", "level", "code"),
    [
        ({"systolic": 139, "diastolic": 89}, RiskLevel.NORMAL, None),
        ({"systolic": 140, "diastolic": 80}, RiskLevel.ATTENTION, "bp_high"),
        ({"systolic": 130, "diastolic": 90}, RiskLevel.ATTENTION, "bp_high"),
        ({"systolic": 159, "diastolic": 99}, RiskLevel.ATTENTION, "bp_high"),
        ({"systolic": 160, "diastolic": 80}, RiskLevel.HIGH, "bp_very_high"),
        ({"systolic": 150, "diastolic": 100}, RiskLevel.HIGH, "bp_very_high"),
        ({"glucose_fasting": 6.0}, RiskLevel.NORMAL, None),
        ({"glucose_fasting": 6.1}, RiskLevel.ATTENTION, "glucose_impaired"),
        ({"glucose_fasting": 7.0}, RiskLevel.ATTENTION, "glucose_high"),
        ({"glucose_fasting": 11.1}, RiskLevel.HIGH, "glucose_very_high"),
        ({"glucose_random": 11.1}, RiskLevel.ATTENTION, "glucose_high"),
        ({"glucose_2h": 16.7}, RiskLevel.HIGH, "glucose_very_high"),
        ({"bmi": 27.9}, RiskLevel.NORMAL, None),
        ({"bmi": 28.0}, RiskLevel.ATTENTION, "bmi_obese"),
        ({"bmi": 18.4}, RiskLevel.ATTENTION, "bmi_low"),
        ({"height": 170, "weight": 81}, RiskLevel.ATTENTION, "bmi_obese"),  # BMI 28.0
    ],
)
def test_reading_boundaries(values: dict[str, float], level: RiskLevel, code: str | None) -> None:
    result = assess(**values)
    assert result.level is level
    assert codes(result) == ([code] if code else [])


def test_waist_limit_depends_on_sex() -> None:
    assert assess(sex=Sex.FEMALE, waist=86).level is RiskLevel.ATTENTION
    assert assess(sex=Sex.MALE, waist=86).level is RiskLevel.NORMAL


def test_a_controlled_condition_is_attention_and_an_uncontrolled_one_is_high() -> None:
    controlled = assess(("hypertension",), systolic=128, diastolic=82)
    assert controlled.level is RiskLevel.ATTENTION
    assert codes(controlled) == ["chronic_condition"]
    assert controlled.reasons[0].reading == "hypertension"
    uncontrolled = assess(("hypertension",), systolic=146, diastolic=92)
    assert uncontrolled.level is RiskLevel.HIGH
    assert codes(uncontrolled) == ["hypertension_uncontrolled"]  # one story, one reason
    assert uncontrolled.reasons[0].values == (146, 92)
    assert uncontrolled.reasons[0].on == ON
    impaired = assess(("diabetes",), glucose_fasting=6.5)
    assert impaired.level is RiskLevel.ATTENTION
    assert set(codes(impaired)) == {"glucose_impaired", "chronic_condition"}
    assert codes(assess(("diabetes",), glucose_random=12.0)) == ["diabetes_uncontrolled"]
    assert codes(assess(("none",))) == []


def test_three_findings_at_once_are_high_and_reasons_come_most_serious_first() -> None:
    result = assess(("dyslipidaemia",), bmi=29, glucose_fasting=6.3)
    assert result.level is RiskLevel.HIGH
    assert codes(result)[0] == "several_findings"
    assert set(codes(result)[1:]) == {"glucose_impaired", "bmi_obese", "chronic_condition"}


def test_list_fields_keep_none_apart_from_blank() -> None:
    assert split_codes(None) == () and split_codes(" ") == ()
    assert split_codes("无") == ("none",) and split_codes("None") == ("none",)
    assert split_codes("hypertension, diabetes,hypertension") == ("hypertension", "diabetes")
    assert join_codes([]) is None
    assert join_codes(["none"]) == "none"
    assert join_codes(["none", "noise"]) == "noise"


def test_checkup_findings_are_required_and_history_is_not() -> None:
    assert "checkup_findings" in REQUIRED_FIELDS
    assert "medical_history" not in REQUIRED_FIELDS


def test_twelve_months_of_health_data() -> None:
    today = dt.date(2026, 11, 16)
    assert health_data_cutoff(today) == dt.date(2025, 11, 16)
    assert has_current_health_data(dt.date(2025, 11, 16), today)
    assert not has_current_health_data(dt.date(2025, 11, 15), today)
    assert not has_current_health_data(None, today)
    assert health_data_cutoff(dt.date(2028, 2, 29)) == dt.date(2027, 2, 28)
