"""Staff, their departments and health files, and follow-ups of abnormal findings."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.catalogue.codes import FollowUpWay, Sex
from app.db.connection import NATURAL
from app.db.models.base import Base, now, one_of
from app.domain.ordering import stored_key


def _sort_key(context: Any) -> str:
    """The natural key of the name being written (`app.domain.ordering.stored_key`)."""
    return stored_key(context.get_current_parameters()["name"])


class Department(Base):
    __tablename__ = "department"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    # Its place in the natural order, kept with the name however a department is made or
    # renamed (the window, an import, the demo's bulk insert): sorting needs no pinyin.
    sort_key: Mapped[str] = mapped_column(
        Text, default=_sort_key, onupdate=_sort_key, server_default=""
    )


# ORDER BY this, never the bare name: 一车间 < 二车间 < … < 十一车间, then pinyin. The collation is
# registered on each connection of the program's engine, not stored in the schema, so other
# tools (the sqlite3 shell, integrity checks) still read the file.
DEPARTMENT_ORDER = Department.name.collate(NATURAL)


class Staff(Base):
    """A person on the user roster (使用人员名册). Departure keeps history."""

    __tablename__ = "staff"
    id: Mapped[int] = mapped_column(primary_key=True)
    employee_no: Mapped[str] = mapped_column(String(50), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    name_pinyin: Mapped[str] = mapped_column(String(200), default="")
    name_initials: Mapped[str] = mapped_column(String(50), default="")
    sex: Mapped[str | None] = mapped_column(String(1))
    birth_date: Mapped[dt.date | None] = mapped_column(Date)
    id_number: Mapped[str | None] = mapped_column(String(18), unique=True)
    phone: Mapped[str | None] = mapped_column(String(20))
    department_id: Mapped[int] = mapped_column(
        ForeignKey("department.id", ondelete="RESTRICT"), index=True
    )
    job_title: Mapped[str] = mapped_column(String(100), default="")
    hazards: Mapped[str] = mapped_column(String(300), default="")
    hire_date: Mapped[dt.date | None] = mapped_column(Date)
    departure_date: Mapped[dt.date | None] = mapped_column(Date)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=now)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=now, onupdate=now)

    department: Mapped[Department] = relationship()
    health_file: Mapped[HealthFile | None] = relationship(
        back_populates="staff", uselist=False, cascade="all, delete-orphan"
    )

    __table_args__ = (
        one_of("sex", Sex, "sex_code"),
        CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),
        CheckConstraint(
            "departure_date IS NULL OR hire_date IS NULL OR departure_date >= hire_date",
            name="departure_after_hire",
        ),
        Index("ix_staff_name", "name"),
        Index("ix_staff_name_pinyin", "name_pinyin"),
        Index("ix_staff_name_initials", "name_initials"),
    )


class EmployeeNoChange(Base):
    """HR gave a person a new employee no. (the same ID number under a new number): the old
    number stays on record, so history and old sheets still point to the person."""

    __tablename__ = "employee_no_change"
    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"), index=True)
    old_employee_no: Mapped[str] = mapped_column(String(50), index=True)
    new_employee_no: Mapped[str] = mapped_column(String(50))
    changed_at: Mapped[dt.datetime] = mapped_column(DateTime, default=now)
    source: Mapped[str] = mapped_column(String(300), default="")  # the roster file


class HealthFile(Base):
    """The person's health file (健康档案): the latest known state, one per person."""

    __tablename__ = "health_file"
    staff_id: Mapped[int] = mapped_column(
        ForeignKey("staff.id", ondelete="CASCADE"), primary_key=True
    )
    height_cm: Mapped[float | None] = mapped_column(Float)
    weight_kg: Mapped[float | None] = mapped_column(Float)
    systolic: Mapped[int | None] = mapped_column(Integer)
    diastolic: Mapped[int | None] = mapped_column(Integer)
    fasting_glucose: Mapped[float | None] = mapped_column(Float)
    medical_history: Mapped[str | None] = mapped_column(Text)
    chronic_conditions: Mapped[str | None] = mapped_column(String(300))  # codes, or "none"
    allergies: Mapped[str | None] = mapped_column(String(300))
    smoking: Mapped[str | None] = mapped_column(String(30))
    drinking: Mapped[str | None] = mapped_column(String(30))
    exercise: Mapped[str | None] = mapped_column(String(30))
    hazard_exposure: Mapped[str | None] = mapped_column(String(300))  # codes, or "none"
    last_checkup_date: Mapped[dt.date | None] = mapped_column(Date)
    checkup_findings: Mapped[str | None] = mapped_column(Text)
    checkup_advice: Mapped[str | None] = mapped_column(Text)
    data_updated_on: Mapped[dt.date | None] = mapped_column(Date, index=True)
    staff: Mapped[Staff] = relationship(back_populates="health_file")

    __table_args__ = (
        CheckConstraint("height_cm IS NULL OR height_cm BETWEEN 50 AND 250", name="height"),
        CheckConstraint("weight_kg IS NULL OR weight_kg BETWEEN 20 AND 300", name="weight"),
        CheckConstraint("systolic IS NULL OR systolic BETWEEN 50 AND 300", name="systolic"),
        CheckConstraint("diastolic IS NULL OR diastolic BETWEEN 20 AND 200", name="diastolic"),
        CheckConstraint(
            "fasting_glucose IS NULL OR fasting_glucose BETWEEN 1 AND 35", name="glucose"
        ),
    )


class FollowUp(Base):
    """A follow-up of an abnormal finding (随访)."""

    __tablename__ = "follow_up"
    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"), index=True)
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("usage_visit.id", ondelete="SET NULL"))
    on_date: Mapped[dt.date] = mapped_column(Date)
    way: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(Text, default="")  # as the person typed it
    # The reason the program proposed, as codes and values (app.catalogue.follow_up_reasons),
    # worded when read in the reader's language; "" when the person typed the reason.
    reason_codes: Mapped[str] = mapped_column(Text, default="", server_default="")
    advice: Mapped[str] = mapped_column(Text, default="")
    next_date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    outcome: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (one_of("way", FollowUpWay),)
