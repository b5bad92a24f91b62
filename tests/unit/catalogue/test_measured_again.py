"""The "measured again" note of a visit: only the types read more than once, in both languages."""

from __future__ import annotations

from app.catalogue.language import Language
from app.catalogue.readings import describe_rounds
from app.domain.readings import ReadingType as R


def test_a_reading_taken_once_is_not_measured_again() -> None:
    once = [(R.SYSTOLIC, 117.0, 1), (R.DIASTOLIC, 84.0, 1), (R.PULSE, 67.0, 1)]
    for language in Language:
        assert describe_rounds(once, language) == ""


def test_only_the_types_read_twice_are_listed_with_their_count() -> None:
    rounds = [
        (R.SYSTOLIC, 150.0, 1), (R.DIASTOLIC, 92.0, 1), (R.SYSTOLIC, 146.0, 2),
        (R.DIASTOLIC, 90.0, 2), (R.SYSTOLIC, 148.0, 0), (R.DIASTOLIC, 91.0, 0),
        (R.PULSE, 67.0, 1),
    ]  # fmt: skip
    assert describe_rounds(rounds, Language.ZH) == "测量2次：血压 150/92、146/90"
    english = describe_rounds(rounds, Language.EN)
    assert english.startswith("2 readings: Blood pressure 150/92") and "Pulse" not in english
