"""Health values never enter the audit trail in clear: the audit says *that* they changed.

The audit trail is read by the chair and the health administrator in the audit viewer and is
kept for years; a reading or a diagnosis copied into it would outlive its correction or
deletion. Keys that hold health values are replaced by a mark; ID numbers and phone numbers
keep only their masked form.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from app.catalogue.readings import ReadingType

MASK = "***"

HEALTH_KEYS: frozenset[str] = frozenset(
    {
        # the health file (健康档案)
        "height_cm",
        "weight_kg",
        "systolic",
        "diastolic",
        "fasting_glucose",
        "medical_history",
        "chronic_conditions",
        "allergies",
        "smoking",
        "drinking",
        "exercise",
        "hazard_exposure",
        "checkup_findings",
        "checkup_advice",
        # readings, however a service names them
        *(reading.value for reading in ReadingType),
    }
)

# Records whose free text and values are health data as a whole.
HEALTH_ENTITIES: frozenset[str] = frozenset(
    {"measurement", "health_file", "usage_visit", "follow_up"}
)
HEALTH_ENTITY_KEYS: frozenset[str] = frozenset(
    {"value", "flag", "abnormal", "advice", "note", "reason", "outcome", "findings"}
)


# Configuration about no one (reading thresholds, which consumable a reading type uses): its
# keys may be reading-type names, but the values are settings, not anyone's health data.
UNPERSONAL_ENTITIES: frozenset[str] = frozenset({"setting"})

# Lists of readings: masked unless they are a mere count (the demo's summary counts them).
COLLECTION_KEYS: frozenset[str] = frozenset({"readings", "measurements"})


def _mask_value(value: Any) -> Any:
    if value is None or value == "" or value == [] or value == {}:
        return value  # "no value" is not sensitive and shows what was cleared
    return MASK


def mask_health_values(entity: str, values: Mapping[str, Any]) -> dict[str, Any]:
    """A copy of `values` fit for the audit trail."""
    if entity in UNPERSONAL_ENTITIES:
        return dict(values)
    health_entity = entity in HEALTH_ENTITIES
    masked: dict[str, Any] = {}
    for key, value in values.items():
        if (
            key in HEALTH_KEYS
            or (health_entity and key in HEALTH_ENTITY_KEYS)
            or (key in COLLECTION_KEYS and not isinstance(value, int))
        ):
            masked[key] = _mask_value(value)
        elif key == "id_number" and isinstance(value, str) and value:
            from app.domain.id_number import mask_id_number  # where one is written: rarely

            masked[key] = mask_id_number(value)
        elif key == "phone" and isinstance(value, str) and value:
            from app.domain.phone import mask_phone

            masked[key] = mask_phone(value)
        elif isinstance(value, Mapping):
            masked[key] = mask_health_values(entity, value)
        else:
            masked[key] = value
    return masked
