"""The usage register: visits, their readings and urgent cases."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    true,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.catalogue.urgent import UrgentAction
from app.db.models.base import Base, now, one_of
from app.domain.readings import ReadingType


class UsageVisit(Base):
    """One line of the usage register (使用登记表): a person used the room."""

    __tablename__ = "usage_visit"
    id: Mapped[int] = mapped_column(primary_key=True)
    visited_at: Mapped[dt.datetime] = mapped_column(DateTime)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="RESTRICT"))
    visitor_name: Mapped[str | None] = mapped_column(String(100))  # not on the roster
    advice: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    abnormal: Mapped[bool] = mapped_column(Boolean, default=False)
    entered_late: Mapped[bool] = mapped_column(Boolean, default=False)  # from paper
    recorded_by: Mapped[str] = mapped_column(String(50), default="")
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime, default=now)
    # Bit mask of the reading types measured (app.domain.visit_items), kept in step with the
    # measurements by database triggers; lets the log filter by item from an index.
    items: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    measurements: Mapped[list[Measurement]] = relationship(
        back_populates="visit", cascade="all, delete-orphan", order_by="Measurement.id"
    )

    __table_args__ = (
        CheckConstraint(
            "(staff_id IS NOT NULL) <> (visitor_name IS NOT NULL)", name="staff_or_visitor"
        ),
        # Covering indexes for the log: every filter (dates, person or department, abnormal,
        # items) and the count are answered from the index alone, without reading the rows.
        # They also serve every other read by date or by person: a narrower index of their
        # leading columns would only cost every visit saved and every check of the file.
        Index("ix_usage_visit_browse", "visited_at", "id", "staff_id", "abnormal", "items"),
        Index("ix_usage_visit_staff_browse", "staff_id", "visited_at", "id", "abnormal", "items"),
    )


class Measurement(Base):
    """One reading taken during a visit; blood pressure is two rows."""

    __tablename__ = "measurement"
    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("usage_visit.id", ondelete="CASCADE"))
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="RESTRICT"))
    measured_at: Mapped[dt.datetime] = mapped_column(DateTime)
    type: Mapped[str] = mapped_column(String(30))
    value: Mapped[float] = mapped_column(Float)
    flag: Mapped[str] = mapped_column(String(20), default="normal")
    # 1, 2, ...: the readings as taken; 0: the result of a re-measured type (average or
    # repeat). `counted`: the one value that stands for the visit in reports and charts.
    round: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    counted: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    visit: Mapped[UsageVisit] = relationship(back_populates="measurements")

    __table_args__ = (
        one_of("type", ReadingType),
        Index("ix_measurement_visit", "visit_id"),
        Index("ix_measurement_staff_type_time", "staff_id", "type", "measured_at"),
        Index("ix_measurement_type_time", "type", "measured_at"),
    )


class UrgentCase(Base):
    """A visit with an urgent value (危急值): open until the action taken is recorded."""

    __tablename__ = "urgent_case"
    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(
        ForeignKey("usage_visit.id", ondelete="CASCADE"), unique=True
    )
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="RESTRICT"))
    opened_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    types: Mapped[str] = mapped_column(String(200))  # the urgent reading types, comma-separated
    action: Mapped[str | None] = mapped_column(String(30))
    action_note: Mapped[str] = mapped_column(Text, default="")
    closed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    closed_by: Mapped[str] = mapped_column(String(50), default="")

    __table_args__ = (
        one_of("action", UrgentAction),
        CheckConstraint("(closed_at IS NULL) = (action IS NULL)", name="closed_with_action"),
        Index("ix_urgent_case_open", "closed_at", "opened_at"),
    )
