"""What makes a health file (健康档案) complete, and when its data counts as current.

The founding rules ask for files ≥ 90 % complete without listing fields. The required ones are
what the partner hospital's annual health data collection fills in for everybody: the person
(sex, birth date), the basic measurements, the yes/no questions that have a "none" answer
(chronic conditions, allergies, hazard exposure), the lifestyle questions, and the last annual
check-up with its findings. Optional: medical history as free text (the chronic conditions
already carry the part the rates need) and the check-up advice.

"none" is a valid answer for the list fields — only blank is missing.
"""

from __future__ import annotations

import datetime as dt
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
    "checkup_findings",
)

OPTIONAL_FIELDS: tuple[str, ...] = ("medical_history", "checkup_advice")
PERSON_FIELDS: tuple[str, ...] = ("sex", "birth_date")  # kept on the roster, not in the file
# Kept as numbers (REAL or INTEGER columns): blank only when empty, never as text of spaces.
NUMBER_FIELDS: tuple[str, ...] = (
    "height_cm",
    "weight_kg",
    "systolic",
    "diastolic",
    "fasting_glucose",
)

# What `str.strip()` removes: every character `str.isspace()` accepts (the ideographic space of
# a Chinese input method among them), for a blank test that SQLite's trim() can do too.
WHITESPACE = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)

# The founding rules ask for an annual update of every person's health data.
HEALTH_DATA_MONTHS = 12


def missing_fields(values: Mapping[str, object]) -> tuple[str, ...]:
    """The required fields that are blank in `values` (absent keys count as blank)."""
    return tuple(name for name in REQUIRED_FIELDS if _blank(values.get(name)))


def is_complete(values: Mapping[str, object]) -> bool:
    return not missing_fields(values)


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def health_data_cutoff(today: dt.date) -> dt.date:
    """The earliest date whose health data still counts as "in the last 12 months".

    The same calendar day a year earlier (28 February for 29 February), so data recorded on
    2025-11-16 is still current on 2026-11-16 and no longer on 2026-11-17.
    """
    year = today.year - HEALTH_DATA_MONTHS // 12
    try:
        return today.replace(year=year)
    except ValueError:  # 29 February
        return today.replace(year=year, day=28)


def has_current_health_data(latest: dt.date | None, today: dt.date) -> bool:
    """True when the person's newest health data (file update or a reading) is recent enough."""
    return latest is not None and latest >= health_data_cutoff(today)
