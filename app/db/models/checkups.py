"""The partner hospital's annual check-ups, as imported."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, DateTime, Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.catalogue.checkups import CheckupItem
from app.db.models.base import Base, now, one_of


class Checkup(Base):
    """One person's annual check-up at the partner hospital (体检), as its file reported it.

    Its own record, not a visit: check-ups neither appear in the usage register nor count
    towards the usage rate. One per person and date; importing the file again replaces it."""

    __tablename__ = "checkup"
    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"))
    checkup_date: Mapped[dt.date] = mapped_column(Date, index=True)
    exam_no: Mapped[str] = mapped_column(String(50), default="")
    age: Mapped[int | None] = mapped_column(Integer)  # as the hospital wrote it
    ecg: Mapped[str | None] = mapped_column(Text)
    ultrasound: Mapped[str | None] = mapped_column(Text)
    chest_xray: Mapped[str | None] = mapped_column(Text)
    conclusion: Mapped[str | None] = mapped_column(Text)
    advice: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(300), default="")  # the file it came from
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime, default=now)
    results: Mapped[list[CheckupResult]] = relationship(
        back_populates="checkup", cascade="all, delete-orphan", order_by="CheckupResult.id"
    )

    __table_args__ = (UniqueConstraint("staff_id", "checkup_date"),)


class CheckupResult(Base):
    """One measured item of a check-up, graded when imported (the grade is kept with it)."""

    __tablename__ = "checkup_result"
    id: Mapped[int] = mapped_column(primary_key=True)
    checkup_id: Mapped[int] = mapped_column(ForeignKey("checkup.id", ondelete="CASCADE"))
    item: Mapped[str] = mapped_column(String(30))
    value: Mapped[float] = mapped_column(Float)
    flag: Mapped[str] = mapped_column(String(20), default="normal")
    checkup: Mapped[Checkup] = relationship(back_populates="results")

    __table_args__ = (
        one_of("item", CheckupItem),
        UniqueConstraint("checkup_id", "item"),
    )
