"""Enumerations shared across the domain layer."""

from enum import StrEnum


class Sex(StrEnum):
    """Sex as recorded in the ID number and used by sex-specific thresholds (waist)."""

    MALE = "M"
    FEMALE = "F"
