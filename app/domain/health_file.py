"""What makes a health file (健康档案) complete: the fields every file must hold.

The founding rules ask for files ≥ 90 % complete without listing fields; these are the fields
an annual health data collection by the partner hospital fills in. "none" is a valid answer for
the list fields (no chronic condition, no allergy, no hazard exposure) — only blank is missing.
"""

from __future__ import annotations

from collections.abc import Mapping

REQUIRED_FIELDS: tuple[str, ...] = (
    "sex",
    "birth_date",
    "height_cm",
    "weight_kg",
    "systolic",
    "diastolic",
    "fasting_glucose",
    "chronic_conditions",
    "allergies",
    "smoking",
    "drinking",
    "exercise",
    "hazard_exposure",
    "last_checkup_date",
)


def missing_fields(values: Mapping[str, object]) -> tuple[str, ...]:
    """The required fields that are blank in `values` (absent keys count as blank)."""
    return tuple(name for name in REQUIRED_FIELDS if _blank(values.get(name)))


def is_complete(values: Mapping[str, object]) -> bool:
    return not missing_fields(values)


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())
