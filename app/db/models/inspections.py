"""Inspections the room received and their rectification items."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, Date, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.catalogue.codes import InspectionBody, RectificationStatus
from app.db.models.base import Base, one_of


class Inspection(Base):
    """An inspection the room received (巡检/督查): by the county or city union, or the partner
    hospital's supervision."""

    __tablename__ = "inspection"
    id: Mapped[int] = mapped_column(primary_key=True)
    inspected_on: Mapped[dt.date] = mapped_column(Date, index=True)
    body: Mapped[str] = mapped_column(
        String(30), default=InspectionBody.COUNTY_UNION.value, server_default="county_union"
    )
    inspectors: Mapped[str] = mapped_column(String(300), default="")
    findings: Mapped[str] = mapped_column(Text, default="")
    score: Mapped[float | None] = mapped_column(Float)
    # The county's number for an inspection it recorded and sent in its return file (None: the
    # site's own record). Such a record is the county's: the site only closes its items.
    county_ref: Mapped[int | None] = mapped_column(Integer, unique=True)
    items: Mapped[list[RectificationItem]] = relationship(
        back_populates="inspection", cascade="all, delete-orphan"
    )

    __table_args__ = (
        CheckConstraint("score IS NULL OR score BETWEEN 0 AND 100", name="score_range"),
        one_of("body", InspectionBody),
    )


class RectificationItem(Base):
    __tablename__ = "rectification_item"
    id: Mapped[int] = mapped_column(primary_key=True)
    inspection_id: Mapped[int] = mapped_column(ForeignKey("inspection.id", ondelete="CASCADE"))
    description: Mapped[str] = mapped_column(Text)
    responsible: Mapped[str] = mapped_column(String(100), default="", server_default="")
    deadline: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default=RectificationStatus.OPEN.value)
    done_on: Mapped[dt.date | None] = mapped_column(Date)
    done_note: Mapped[str] = mapped_column(Text, default="", server_default="")  # what was done
    county_ref: Mapped[int | None] = mapped_column(Integer, unique=True)  # as on the inspection
    inspection: Mapped[Inspection] = relationship(back_populates="items")

    __table_args__ = (one_of("status", RectificationStatus),)
