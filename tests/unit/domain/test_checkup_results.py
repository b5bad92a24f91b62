"""Check-up result cells as hospitals write them, and their grades."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.catalogue.checkups import ITEMS, CheckupCondition, CheckupItem
from app.catalogue.codes import Sex
from app.catalogue.readings import Flag
from app.domain.checkup_results import (
    UnreadableResult,
    blood_pressure_pair,
    conditions,
    grade,
    read_result,
)
from app.domain.readings import Thresholds

C = CheckupItem


@pytest.mark.parametrize(
    ("cell", "value"),
    [
        ("5.86", 5.86),
        ("5.86 mmol/L", 5.86),
        ("５.８６ｍｍｏｌ/Ｌ", 5.86),
        ("5.86↑", 5.86),
        ("↑5.86", 5.86),
        ("6.2 H", 6.2),
        ("6.2(H)", 6.2),
        (6.2, 6.2),
        (7, 7.0),
    ],
)
def test_values_with_units_and_marks(cell: object, value: float) -> None:
    assert read_result(C.TOTAL_CHOLESTEROL, cell).value == value


@pytest.mark.parametrize("cell", ["未查", "弃检", "拒检", "/", None, "  "])
def test_not_done_is_no_result(cell: object) -> None:
    assert read_result(C.HBA1C, cell).value is None


def test_uric_acid_in_micromoles_however_spelt() -> None:
    for unit in ("μmol/L", "µmol/L", "umol/l"):
        assert read_result(C.URIC_ACID, f"430 {unit}").value == 430
    with pytest.raises(UnreadableResult) as error:
        read_result(C.URIC_ACID, "7.2 mg/dL")
    assert (error.value.code, error.value.unit) == ("unit", "mg/dL")


def test_implausible_and_unreadable() -> None:
    with pytest.raises(UnreadableResult, match="implausible"):
        read_result(C.SYSTOLIC, 400)
    with pytest.raises(UnreadableResult, match="not_a_number"):
        read_result(C.GLUCOSE_FASTING, "阴性")
    with pytest.raises(UnreadableResult, match="not_a_number"):
        read_result(C.GLUCOSE_FASTING, True)


def test_blood_pressure_pairs() -> None:
    assert blood_pressure_pair("130/85") == (130, 85)
    assert blood_pressure_pair("１３０／８５ mmHg") == (130, 85)
    assert blood_pressure_pair("未查") is None
    with pytest.raises(UnreadableResult):
        blood_pressure_pair("130")


def test_grades_follow_the_room_rules_and_the_reference_limits() -> None:
    t = Thresholds()
    assert grade(C.SYSTOLIC, 150, t, None) is Flag.GRADE_1
    assert grade(C.GLUCOSE_FASTING, 6.5, t, None) is Flag.IMPAIRED
    assert grade(C.WAIST, 87, t, Sex.FEMALE) is Flag.HIGH
    assert grade(C.WAIST, 87, t, Sex.MALE) is Flag.NORMAL
    assert grade(C.URIC_ACID, 400, t, Sex.FEMALE) is Flag.HIGH
    assert grade(C.URIC_ACID, 400, t, Sex.MALE) is Flag.NORMAL
    assert grade(C.URIC_ACID, 400, t, None) is Flag.NORMAL  # above only one sex's limit
    assert grade(C.HDL, 0.9, t, None) is Flag.LOW
    assert grade(C.CREATININE, 50, t, Sex.MALE) is Flag.LOW
    assert grade(C.TOTAL_CHOLESTEROL, 5.2, t, None) is Flag.NORMAL
    assert grade(C.TOTAL_CHOLESTEROL, 5.21, t, None) is Flag.HIGH


def test_conditions_of_one_check_up() -> None:
    assert conditions({C.SYSTOLIC: Flag.HIGH_NORMAL, C.DIASTOLIC: Flag.GRADE_1}) == {
        CheckupCondition.HYPERTENSION
    }
    assert conditions({C.HDL: Flag.LOW, C.BMI: Flag.OVERWEIGHT, C.HBA1C: Flag.HIGH}) == {
        CheckupCondition.DYSLIPIDAEMIA,
        CheckupCondition.OVERWEIGHT,
        CheckupCondition.HIGH_GLUCOSE,
    }
    assert conditions({C.SYSTOLIC: Flag.NORMAL, C.BMI: Flag.NORMAL}) == frozenset()


@given(
    item=st.sampled_from(list(CheckupItem)),
    value=st.floats(allow_nan=True, allow_infinity=True),
    unit=st.sampled_from(["", " ", "mmol/L", "%", "U/L", "cm", "kg", "x"]),
    mark=st.sampled_from(["", "↑", "↓", " H", "*"]),
)
def test_any_cell_is_a_value_in_range_or_a_reason(
    item: CheckupItem, value: float, unit: str, mark: str
) -> None:
    try:
        result = read_result(item, f"{value}{unit}{mark}")
    except UnreadableResult as error:
        assert error.code in {"not_a_number", "unit", "implausible"}
    else:
        low, high = ITEMS[item].plausible
        assert result.value is not None and low <= result.value <= high
