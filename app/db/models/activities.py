"""Activities and sign-in, the annual plan, notices and partner-hospital visits."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.catalogue.codes import ActivityKind, ActivityStatus, NoticeChannel, SignInMethod
from app.db.models.base import Base, now, one_of

if TYPE_CHECKING:
    from app.db.models.people import Department


class PlanItem(Base):
    """An item of the annual health promotion plan (年度健康促进计划) in its quarter."""

    __tablename__ = "plan_item"
    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    quarter: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(30))
    title: Mapped[str] = mapped_column(String(200))
    note: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        one_of("kind", ActivityKind),
        CheckConstraint("quarter BETWEEN 1 AND 4", name="quarter"),
        Index("ix_plan_item_year", "year", "quarter"),
    )


class Activity(Base):
    """A health activity: lecture, free clinic, consultation, training, fitness, other."""

    __tablename__ = "activity"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(30))
    title: Mapped[str] = mapped_column(String(200))
    topic: Mapped[str] = mapped_column(String(200), default="")
    speaker: Mapped[str] = mapped_column(String(100), default="")
    organisation: Mapped[str] = mapped_column(String(200), default="")
    by_partner_hospital: Mapped[bool] = mapped_column(Boolean, default=False)
    starts_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    ends_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    place: Mapped[str] = mapped_column(String(200), default="")
    target_all: Mapped[bool] = mapped_column(Boolean, default=True)
    status: Mapped[str] = mapped_column(String(20), default=ActivityStatus.PLANNED.value)
    plan_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("plan_item.id", ondelete="SET NULL")
    )
    notes: Mapped[str] = mapped_column(Text, default="")
    # Who the partner hospital sends and what for: kept here while the activity is planned;
    # once it is held they are copied into its HospitalVisit (what `hospital_visits` counts).
    experts: Mapped[str] = mapped_column(String(300), default="", server_default="")
    visit_purposes: Mapped[str] = mapped_column(String(200), default="", server_default="")
    target_departments: Mapped[list[Department]] = relationship(secondary="activity_department")

    __table_args__ = (
        one_of("kind", ActivityKind),
        one_of("status", ActivityStatus),
        CheckConstraint("ends_at IS NULL OR ends_at > starts_at", name="ends_after_start"),
    )


class ActivityDepartment(Base):
    """The departments an activity targets when it is not for all staff."""

    __tablename__ = "activity_department"
    activity_id: Mapped[int] = mapped_column(
        ForeignKey("activity.id", ondelete="CASCADE"), primary_key=True
    )
    department_id: Mapped[int] = mapped_column(
        ForeignKey("department.id", ondelete="RESTRICT"), primary_key=True
    )


class Attendance(Base):
    """A sign-in (签到): a roster person, or a guest who never counts in rates."""

    __tablename__ = "attendance"
    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[int] = mapped_column(ForeignKey("activity.id", ondelete="CASCADE"))
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="RESTRICT"))
    guest_name: Mapped[str | None] = mapped_column(String(100))
    method: Mapped[str] = mapped_column(String(20), default=SignInMethod.TICK.value)
    signed_at: Mapped[dt.datetime] = mapped_column(DateTime, default=now)

    __table_args__ = (
        one_of("method", SignInMethod),
        CheckConstraint(
            "(staff_id IS NOT NULL) <> (guest_name IS NOT NULL)", name="staff_or_guest"
        ),
        UniqueConstraint("activity_id", "staff_id", name="uq_attendance_activity_staff"),
        Index("ix_attendance_staff", "staff_id"),
    )


class Notice(Base):
    """An activity notice (活动通知) and how many staff it reached."""

    __tablename__ = "notice"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    issued_on: Mapped[dt.date] = mapped_column(Date, index=True)
    channel: Mapped[str] = mapped_column(String(30))
    reached_count: Mapped[int | None] = mapped_column(Integer)  # when no tick list is kept
    activity_id: Mapped[int | None] = mapped_column(ForeignKey("activity.id", ondelete="SET NULL"))
    note: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        one_of("channel", NoticeChannel),
        CheckConstraint("reached_count IS NULL OR reached_count >= 0", name="reached"),
    )


class NoticeReach(Base):
    __tablename__ = "notice_reach"
    notice_id: Mapped[int] = mapped_column(
        ForeignKey("notice.id", ondelete="CASCADE"), primary_key=True
    )
    staff_id: Mapped[int] = mapped_column(
        ForeignKey("staff.id", ondelete="CASCADE"), primary_key=True
    )


class HospitalVisit(Base):
    """A partner-hospital visit (lecture, data collection, free clinic, consultation)."""

    __tablename__ = "hospital_visit"
    id: Mapped[int] = mapped_column(primary_key=True)
    visited_on: Mapped[dt.date] = mapped_column(Date, index=True)
    hospital: Mapped[str] = mapped_column(String(200), default="")
    experts: Mapped[str] = mapped_column(String(300), default="")
    purposes: Mapped[str] = mapped_column(String(200), default="")  # purpose codes, comma-separated
    activity_id: Mapped[int | None] = mapped_column(ForeignKey("activity.id", ondelete="SET NULL"))
    note: Mapped[str] = mapped_column(Text, default="")
