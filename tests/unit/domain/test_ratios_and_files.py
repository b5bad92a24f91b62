from __future__ import annotations

from app.domain.health_file import REQUIRED_FIELDS, missing_fields
from app.domain.ratios import Ratio


def test_zero_denominator_is_not_applicable() -> None:
    ratio = Ratio(0, 0)
    assert ratio.value is None
    assert ratio.meets(0.6) is None
    assert ratio.still_needed(0.6) == 0


def test_rates_and_what_is_still_needed() -> None:
    assert Ratio(59, 100).meets(0.6) is False
    assert Ratio(60, 100).meets(0.6) is True
    assert Ratio(59, 100).still_needed(0.6) == 1
    assert Ratio(10, 17).still_needed(0.6) == 1  # 60 % of 17 is 10.2: 11 people
    assert Ratio(7, 10).still_needed(0.6) == 0


def test_missing_fields_of_a_health_file() -> None:
    full: dict[str, object] = {name: "x" for name in REQUIRED_FIELDS}
    assert missing_fields(full) == ()
    full["allergies"] = "none"
    assert missing_fields(full) == ()
    full["allergies"] = "  "
    del full["smoking"]
    assert missing_fields(full) == ("allergies", "smoking")
