"""Open hours (weekly versions and exceptions) and the room's day log."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, Integer, String, Text, Time
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.catalogue.codes import ExceptionKind
from app.db.models.base import Base, one_of


class ScheduleVersion(Base):
    """A weekly open-hours schedule in force from a date (history kept)."""

    __tablename__ = "schedule_version"
    id: Mapped[int] = mapped_column(primary_key=True)
    effective_from: Mapped[dt.date] = mapped_column(Date, unique=True)
    note: Mapped[str] = mapped_column(Text, default="")
    slots: Mapped[list[ScheduleSlot]] = relationship(
        back_populates="version",
        cascade="all, delete-orphan",
        order_by="(ScheduleSlot.weekday, ScheduleSlot.start_time)",
    )


class ScheduleSlot(Base):
    __tablename__ = "schedule_slot"
    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(
        ForeignKey("schedule_version.id", ondelete="CASCADE"), index=True
    )
    weekday: Mapped[int] = mapped_column(Integer)  # 0 = Monday
    start_time: Mapped[dt.time] = mapped_column(Time)
    end_time: Mapped[dt.time] = mapped_column(Time)
    version: Mapped[ScheduleVersion] = relationship(back_populates="slots")

    __table_args__ = (
        CheckConstraint("weekday BETWEEN 0 AND 6", name="weekday"),
        CheckConstraint("start_time < end_time", name="start_before_end"),
    )


class ScheduleException(Base):
    """A closed date (holiday) or special hours on one date; they override the week."""

    __tablename__ = "schedule_exception"
    id: Mapped[int] = mapped_column(primary_key=True)
    on_date: Mapped[dt.date] = mapped_column(Date, index=True)
    kind: Mapped[str] = mapped_column(String(20))
    start_time: Mapped[dt.time | None] = mapped_column(Time)
    end_time: Mapped[dt.time | None] = mapped_column(Time)
    reason: Mapped[str] = mapped_column(String(200), default="")

    __table_args__ = (
        one_of("kind", ExceptionKind),
        CheckConstraint(
            "(kind = 'closed' AND start_time IS NULL AND end_time IS NULL) OR "
            "(kind = 'special_hours' AND start_time IS NOT NULL AND end_time IS NOT NULL "
            "AND start_time < end_time)",
            name="hours_match_kind",
        ),
    )


class RoomDayLog(Base):
    """The room's day: opening, cleaning and disinfection (one row per date)."""

    __tablename__ = "room_day_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[dt.date] = mapped_column(Date, unique=True)
    opened_at: Mapped[dt.time | None] = mapped_column(Time)
    closed_at: Mapped[dt.time | None] = mapped_column(Time)
    duty_person: Mapped[str] = mapped_column(String(100), default="")
    cleaned: Mapped[bool] = mapped_column(Boolean, default=False)
    cleaned_by: Mapped[str] = mapped_column(String(100), default="")
    disinfected: Mapped[bool] = mapped_column(Boolean, default=False)
    disinfection_what: Mapped[str] = mapped_column(String(200), default="")
    disinfection_agent: Mapped[str] = mapped_column(String(100), default="")
    disinfected_by: Mapped[str] = mapped_column(String(100), default="")
    note: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        CheckConstraint(
            "opened_at IS NULL OR closed_at IS NULL OR opened_at < closed_at",
            name="open_before_close",
        ),
    )
