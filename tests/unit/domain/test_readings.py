from __future__ import annotations

import json
import math

import pytest

from app.catalogue.codes import Sex
from app.catalogue.readings import READINGS
from app.domain.readings import (
    Flag,
    ImplausibleReading,
    InconsistentBloodPressure,
    ReadingType,
    Thresholds,
    bmi,
    check_blood_pressure,
    check_plausible,
    classify,
)

RT = ReadingType
DEFAULT = Thresholds()


def test_every_type_has_unit_and_limits() -> None:
    assert set(READINGS) == set(ReadingType)
    for spec in READINGS.values():
        low, high = spec.plausible
        assert low < high
        assert spec.unit.zh and spec.unit.en


@pytest.mark.parametrize(
    ("rt", "ok", "rejected"),
    [
        (RT.SYSTOLIC, [50, 300, 120], [49.9, 300.1, 301, 0, 1200]),
        (RT.DIASTOLIC, [20, 200], [19.9, 200.1]),
        (RT.PULSE, [20, 250], [19, 251]),
        (RT.GLUCOSE_FASTING, [1.0, 35.0], [0.9, 35.1]),
        (RT.GLUCOSE_2H, [1.0, 35.0], [0.9, 35.1]),
        (RT.GLUCOSE_RANDOM, [1.0, 35.0], [0.9, 35.1]),
        (RT.HEIGHT, [50, 250], [49.9, 250.1, 1.75]),
        (RT.WEIGHT, [20, 300], [19.9, 300.1]),
        (RT.BMI, [8, 80], [7.9, 80.1]),
        (RT.BODY_FAT, [2, 75], [1.9, 75.1]),
        (RT.WAIST, [30, 200], [29.9, 200.1]),
        (RT.SPO2, [50, 100], [49.9, 100.1]),
        (RT.TEMPERATURE, [30, 45], [29.9, 45.1, 98.6]),
    ],
)
def test_plausibility_boundaries(rt: ReadingType, ok: list[float], rejected: list[float]) -> None:
    for value in ok:
        check_plausible(rt, value)
    for value in rejected:
        with pytest.raises(ImplausibleReading) as info:
            check_plausible(rt, value)
        err = info.value
        assert isinstance(err, ValueError)
        assert err.reading_type is rt
        assert err.value == value
        assert (err.low, err.high) == READINGS[rt].plausible


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf])
def test_non_finite_values_are_implausible(value: float) -> None:
    with pytest.raises(ImplausibleReading):
        check_plausible(RT.SYSTOLIC, value)


def test_blood_pressure_consistency() -> None:
    check_blood_pressure(120, 80)
    check_blood_pressure(81, 80)
    with pytest.raises(InconsistentBloodPressure) as info:
        check_blood_pressure(80, 120)  # swapped
    assert (info.value.systolic, info.value.diastolic) == (80, 120)
    assert isinstance(info.value, ValueError)
    with pytest.raises(InconsistentBloodPressure):
        check_blood_pressure(90, 90)


def test_blood_pressure_checks_plausibility_first() -> None:
    with pytest.raises(ImplausibleReading) as info:
        check_blood_pressure(1200, 80)
    assert info.value.reading_type is RT.SYSTOLIC
    with pytest.raises(ImplausibleReading) as info:
        check_blood_pressure(120, 8)
    assert info.value.reading_type is RT.DIASTOLIC


@pytest.mark.parametrize(
    ("rt", "value", "flag"),
    [
        # Blood pressure and the low glucose grades: tests/unit/domain/test_reading_grades.py
        (RT.GLUCOSE_FASTING, 6.0, Flag.NORMAL),
        (RT.GLUCOSE_FASTING, 6.1, Flag.IMPAIRED),
        (RT.GLUCOSE_FASTING, 6.9, Flag.IMPAIRED),
        (RT.GLUCOSE_FASTING, 7.0, Flag.HIGH),
        (RT.GLUCOSE_2H, 11.0, Flag.NORMAL),
        (RT.GLUCOSE_2H, 11.1, Flag.HIGH),
        (RT.GLUCOSE_RANDOM, 11.0, Flag.NORMAL),
        (RT.GLUCOSE_RANDOM, 11.1, Flag.HIGH),
        (RT.BMI, 18.4, Flag.LOW),
        (RT.BMI, 18.5, Flag.NORMAL),
        (RT.BMI, 23.9, Flag.NORMAL),
        (RT.BMI, 24, Flag.OVERWEIGHT),
        (RT.BMI, 27.9, Flag.OVERWEIGHT),
        (RT.BMI, 28, Flag.OBESE),
        (RT.PULSE, 59, Flag.LOW),
        (RT.PULSE, 60, Flag.NORMAL),
        (RT.PULSE, 100, Flag.NORMAL),
        (RT.PULSE, 101, Flag.HIGH),
        (RT.SPO2, 94, Flag.LOW),
        (RT.SPO2, 95, Flag.NORMAL),
        (RT.TEMPERATURE, 37.2, Flag.NORMAL),
        (RT.TEMPERATURE, 37.3, Flag.HIGH),
        (RT.HEIGHT, 250, Flag.NORMAL),
        (RT.WEIGHT, 300, Flag.NORMAL),
        (RT.BODY_FAT, 60, Flag.NORMAL),
    ],
)
def test_classification_boundaries(rt: ReadingType, value: float, flag: Flag) -> None:
    assert classify(rt, value, DEFAULT) is flag


def test_classification_absorbs_float_noise() -> None:
    assert classify(RT.BMI, 23.999999999999996, DEFAULT) is Flag.OVERWEIGHT
    assert classify(RT.BMI, 18.499999999999996, DEFAULT) is Flag.NORMAL
    assert classify(RT.GLUCOSE_FASTING, 0.1 + 6.0, DEFAULT) is Flag.IMPAIRED


@pytest.mark.parametrize(
    ("value", "sex", "flag"),
    [
        (89.9, Sex.MALE, Flag.NORMAL),
        (90, Sex.MALE, Flag.HIGH),
        (84.9, Sex.FEMALE, Flag.NORMAL),
        (85, Sex.FEMALE, Flag.HIGH),
        (89, Sex.FEMALE, Flag.HIGH),
        (87, None, Flag.NORMAL),  # unknown sex: only over both limits is certain
        (90, None, Flag.HIGH),
    ],
)
def test_waist_by_sex(value: float, sex: Sex | None, flag: Flag) -> None:
    assert classify(RT.WAIST, value, DEFAULT, sex) is flag


def test_every_type_classifies() -> None:
    for rt in ReadingType:
        low, high = READINGS[rt].plausible
        assert isinstance(classify(rt, (low + high) / 2, DEFAULT, Sex.FEMALE), Flag)


def test_custom_thresholds_are_used() -> None:
    strict = Thresholds(systolic_high=130, diastolic_high=85)
    assert classify(RT.SYSTOLIC, 135, strict) is Flag.GRADE_1
    assert classify(RT.DIASTOLIC, 85, strict) is Flag.GRADE_1
    assert classify(RT.SYSTOLIC, 135, DEFAULT) is Flag.HIGH_NORMAL


def test_thresholds_round_trip_through_json() -> None:
    custom = Thresholds(systolic_high=130, waist_high_female=80.5)
    data = json.loads(json.dumps(custom.to_dict()))
    assert Thresholds.from_dict(data) == custom
    assert DEFAULT.to_dict()["systolic_high"] == 140.0
    assert DEFAULT.to_dict()["glucose_fasting_impaired"] == 6.1


def test_thresholds_from_partial_or_newer_settings() -> None:
    loaded = Thresholds.from_dict({"bmi_obese": 30, "some_future_key": 1})
    assert loaded == Thresholds(bmi_obese=30.0)
    assert Thresholds.from_dict({}) == DEFAULT


@pytest.mark.parametrize(
    "data",
    [
        {"systolic_high": "140"},
        {"systolic_high": None},
        {"systolic_high": True},
        {"systolic_high": -1},
        {"systolic_high": float("inf")},
        {"glucose_fasting_impaired": 7.5},  # above glucose_fasting_high
        {"bmi_overweight": 29},  # above bmi_obese
        {"bmi_low": 25},
    ],
)
def test_thresholds_reject_bad_values(data: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        Thresholds.from_dict(data)


@pytest.mark.parametrize(
    ("height", "weight", "expected"),
    [
        (175, 70, 22.9),
        (160, 61.44, 24.0),
        (170, 80, 27.7),
        (180, 90.72, 28.0),
        (200, 73.8, 18.5),  # 18.45 rounds half-up, not to even
    ],
)
def test_bmi(height: float, weight: float, expected: float) -> None:
    assert bmi(height, weight) == expected


def test_bmi_rejects_implausible_inputs() -> None:
    with pytest.raises(ImplausibleReading):
        bmi(1.75, 70)  # metres instead of centimetres
    with pytest.raises(ImplausibleReading):
        bmi(0, 70)


def test_the_catalogue_declares_every_threshold_and_derivation() -> None:
    from dataclasses import fields

    from app.catalogue.readings import READINGS, THRESHOLDS
    from app.domain.readings import DERIVATIONS

    assert {f.name for f in fields(Thresholds)} == set(THRESHOLDS)
    assert Thresholds().to_dict() == {key: limit.default for key, limit in THRESHOLDS.items()}
    for limit in THRESHOLDS.values():
        assert limit.low <= limit.default <= limit.high
        assert not limit.below or limit.below in THRESHOLDS
    derived = {rt for rt, spec in READINGS.items() if spec.derived_from}
    assert set(DERIVATIONS) == derived


def test_derive_needs_one_source_measured_now() -> None:
    from app.domain.readings import derive

    assert derive({RT.WEIGHT: 70}, {RT.HEIGHT: 175})[RT.BMI] == 22.9
    assert RT.BMI not in derive({RT.WAIST: 80}, {RT.HEIGHT: 175})  # nothing of BMI measured
    assert RT.BMI not in derive({RT.WEIGHT: 70})  # no height at all
    assert RT.BMI not in derive({RT.WEIGHT: 70, RT.HEIGHT: 1.75})  # implausible: no BMI


@pytest.mark.parametrize(
    ("waist", "hip", "ratio"),
    [(90, 100, 0.9), (85.5, 95, 0.9), (86, 95, 0.91), (84, 100, 0.84), (70, 98, 0.71)],
)
def test_waist_hip_ratio_is_rounded_half_up_to_two_decimals(
    waist: float, hip: float, ratio: float
) -> None:
    from app.domain.readings import derive, waist_hip_ratio

    assert waist_hip_ratio(waist, hip) == ratio
    assert derive({RT.WAIST: waist, RT.HIP: hip})[RT.WAIST_HIP_RATIO] == ratio


@pytest.mark.parametrize(
    ("value", "sex", "flag"),
    [
        (0.89, Sex.MALE, Flag.NORMAL),
        (0.90, Sex.MALE, Flag.HIGH),  # WHO: ≥ 0.90 for men
        (0.84, Sex.FEMALE, Flag.NORMAL),
        (0.85, Sex.FEMALE, Flag.HIGH),  # WHO: ≥ 0.85 for women
        (0.87, None, Flag.NORMAL),  # sex unknown: flagged only at or above both limits
        (0.90, None, Flag.HIGH),
    ],
)
def test_waist_hip_ratio_by_sex(value: float, sex: Sex | None, flag: Flag) -> None:
    assert classify(RT.WAIST_HIP_RATIO, value, DEFAULT, sex) is flag
    assert classify(RT.HIP, 120, DEFAULT, sex) is Flag.NORMAL  # no rule for the hip alone
