"""The declarative base of the register's models, its naming convention and helpers.

Codes are stored as short strings with CHECK constraints built from the domain enums, so a
bad value cannot reach the file even through a raw SQL client. Foreign keys say on purpose
what happens on delete: history (visits, attendance) blocks deleting a person (RESTRICT);
details owned by a record (slots of a schedule, events of a device) go with it (CASCADE).
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from sqlalchemy import CheckConstraint, MetaData
from sqlalchemy.orm import DeclarativeBase

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def one_of(column: str, enum: type[StrEnum], name: str | None = None) -> CheckConstraint:
    values = ", ".join(f"'{member.value}'" for member in enum)
    return CheckConstraint(f"{column} IN ({values})", name=name or f"{column}_code")


def now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)
