"""Every grade boundary of DESIGN §2 (Chinese hypertension and type 2 diabetes guidelines),
each arm of the blood-pressure pair on its own and as the pair, and the urgent values."""

from __future__ import annotations

import pytest

from app.catalogue import Language
from app.catalogue.readings import BP_GRADES, READINGS, describe, is_abnormal, pair_flag
from app.domain.readings import Flag, ReadingType, Thresholds, classify, is_urgent

RT = ReadingType
F = Flag
DEFAULT = Thresholds()
GLUCOSE = (RT.GLUCOSE_FASTING, RT.GLUCOSE_2H, RT.GLUCOSE_RANDOM)

# (systolic, grade) and (diastolic, grade): both sides of every boundary.
SYSTOLIC = [
    (89, F.HYPOTENSION), (90, F.NORMAL),
    (119, F.NORMAL), (120, F.HIGH_NORMAL),
    (139, F.HIGH_NORMAL), (140, F.GRADE_1),
    (159, F.GRADE_1), (160, F.GRADE_2),
    (179, F.GRADE_2), (180, F.GRADE_3),
]  # fmt: skip
DIASTOLIC = [
    (59, F.HYPOTENSION), (60, F.NORMAL),
    (79, F.NORMAL), (80, F.HIGH_NORMAL),
    (89, F.HIGH_NORMAL), (90, F.GRADE_1),
    (99, F.GRADE_1), (100, F.GRADE_2),
    (109, F.GRADE_2), (110, F.GRADE_3),
]  # fmt: skip


@pytest.mark.parametrize(("value", "grade"), SYSTOLIC)
def test_systolic_grades(value: float, grade: Flag) -> None:
    assert classify(RT.SYSTOLIC, value, DEFAULT) is grade


@pytest.mark.parametrize(("value", "grade"), DIASTOLIC)
def test_diastolic_grades(value: float, grade: Flag) -> None:
    assert classify(RT.DIASTOLIC, value, DEFAULT) is grade


@pytest.mark.parametrize(
    ("systolic", "diastolic", "grade"),
    [
        # The higher arm decides, whichever it is.
        (119, 79, F.NORMAL), (120, 79, F.HIGH_NORMAL), (119, 80, F.HIGH_NORMAL),
        (139, 89, F.HIGH_NORMAL), (140, 70, F.GRADE_1), (130, 90, F.GRADE_1),
        (159, 99, F.GRADE_1), (160, 85, F.GRADE_2), (150, 100, F.GRADE_2),
        (179, 109, F.GRADE_2), (180, 80, F.GRADE_3), (150, 110, F.GRADE_3),
        (185, 115, F.GRADE_3),
        # Low blood pressure: an arm below, the other not above normal.
        (89, 59, F.HYPOTENSION), (89, 70, F.HYPOTENSION), (100, 59, F.HYPOTENSION),
        (90, 60, F.NORMAL), (125, 58, F.HIGH_NORMAL),
    ],
)  # fmt: skip
def test_the_pair_takes_the_higher_grade(systolic: float, diastolic: float, grade: Flag) -> None:
    s, d = classify(RT.SYSTOLIC, systolic, DEFAULT), classify(RT.DIASTOLIC, diastolic, DEFAULT)
    assert pair_flag(s, d) is grade
    assert pair_flag(d, s) is grade  # the order of the arms does not matter


@pytest.mark.parametrize(
    ("value", "grade"),
    [
        (2.9, F.SEVERELY_LOW), (3.0, F.LOW), (3.8, F.LOW), (3.9, F.NORMAL),
        (6.0, F.NORMAL), (6.1, F.IMPAIRED), (6.9, F.IMPAIRED), (7.0, F.HIGH),
    ],
)  # fmt: skip
def test_fasting_glucose_grades(value: float, grade: Flag) -> None:
    assert classify(RT.GLUCOSE_FASTING, value, DEFAULT) is grade


@pytest.mark.parametrize("rt", [RT.GLUCOSE_2H, RT.GLUCOSE_RANDOM])
@pytest.mark.parametrize(
    ("value", "grade"),
    [
        (2.9, F.SEVERELY_LOW), (3.0, F.LOW), (3.8, F.LOW), (3.9, F.NORMAL),
        (7.0, F.NORMAL), (11.0, F.NORMAL), (11.1, F.HIGH),
    ],
)  # fmt: skip
def test_random_and_2h_glucose_grades(rt: ReadingType, value: float, grade: Flag) -> None:
    assert classify(rt, value, DEFAULT) is grade


@pytest.mark.parametrize(
    ("rt", "value", "urgent"),
    [
        (RT.SYSTOLIC, 179, False), (RT.SYSTOLIC, 180, True),
        (RT.DIASTOLIC, 109, False), (RT.DIASTOLIC, 110, True),
        *[(rt, v, u) for rt in GLUCOSE
          for v, u in ((2.9, True), (3.0, False), (16.6, False), (16.7, True))],
        (RT.PULSE, 250, False), (RT.TEMPERATURE, 45, False),
    ],
)  # fmt: skip
def test_urgent_values(rt: ReadingType, value: float, urgent: bool) -> None:
    assert is_urgent(rt, value, DEFAULT) is urgent


def test_edited_urgent_limits_are_used() -> None:
    strict = Thresholds(urgent_systolic=170, urgent_glucose_high=15)
    assert is_urgent(RT.SYSTOLIC, 170, strict)
    assert not is_urgent(RT.SYSTOLIC, 170, DEFAULT)
    assert is_urgent(RT.GLUCOSE_RANDOM, 15, strict)


@pytest.mark.parametrize(
    "data",
    [
        {"systolic_high_normal": 140},  # not below grade 1
        {"systolic_grade_3": 150},  # below grade 2
        {"diastolic_low": 85},
        {"glucose_low": 3.0},  # not above severely low
        {"urgent_glucose_low": 20},
    ],
)
def test_grades_out_of_order_are_refused(data: dict[str, float]) -> None:
    with pytest.raises(ValueError, match="must be below"):
        Thresholds(**data)


def test_every_grade_a_rule_gives_is_declared_on_the_type() -> None:
    for rt, spec in READINGS.items():
        low, high = spec.plausible
        steps = 400
        seen = {classify(rt, low + (high - low) * i / steps, DEFAULT) for i in range(steps + 1)}
        assert seen <= set(spec.grades), (rt, seen - set(spec.grades))
    assert READINGS[RT.SYSTOLIC].grades == BP_GRADES


def test_high_normal_is_shown_but_not_abnormal() -> None:
    assert not is_abnormal(F.HIGH_NORMAL) and not is_abnormal(F.NORMAL)
    assert all(is_abnormal(f) for f in (F.GRADE_1, F.HYPOTENSION, F.SEVERELY_LOW, F.HIGH))
    ((text, bad),) = describe(
        [(RT.SYSTOLIC, 130, F.HIGH_NORMAL), (RT.DIASTOLIC, 85, F.HIGH_NORMAL)],
        Language.ZH,
        units=False,
    )
    assert (text, bad) == ("血压 130/85 正常高值", False)


@pytest.mark.parametrize(
    ("systolic", "diastolic", "zh", "en"),
    [
        (185, 115, "血压 185/115 3级高血压", "Blood pressure 185/115 grade 3 hypertension"),
        (130, 92, "血压 130/92 1级高血压", "Blood pressure 130/92 grade 1 hypertension"),
        (85, 55, "血压 85/55 低血压", "Blood pressure 85/55 low blood pressure"),
    ],
)
def test_the_register_words_name_the_grade(
    systolic: float, diastolic: float, zh: str, en: str
) -> None:
    values = [
        (RT.SYSTOLIC, systolic, classify(RT.SYSTOLIC, systolic, DEFAULT)),
        (RT.DIASTOLIC, diastolic, classify(RT.DIASTOLIC, diastolic, DEFAULT)),
    ]
    assert describe(values, Language.ZH, units=False) == [(zh, True)]
    assert describe(values, Language.EN, units=False) == [(en, True)]
