"""The site, its room and the room's settings."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.db.models.base import Base, now


class Site(Base):
    """The host enterprise (建设单位). One per database."""

    __tablename__ = "site"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(String(300), default="")
    county: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=now)
    room: Mapped[Room | None] = relationship(back_populates="site", uselist=False)

    __table_args__ = (CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),)


class Room(Base):
    """The staff health room (职工健康生活室) and the static checks of the founding rules."""

    __tablename__ = "room"
    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id", ondelete="CASCADE"), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    location: Mapped[str] = mapped_column(String(300), default="")
    area_m2: Mapped[float | None] = mapped_column(Float)
    independent_space: Mapped[bool] = mapped_column(Boolean, default=False)
    nameplate_hung: Mapped[bool] = mapped_column(Boolean, default=False)
    nameplate_date: Mapped[dt.date | None] = mapped_column(Date)
    rules_posted: Mapped[bool] = mapped_column(Boolean, default=False)
    open_hours_posted: Mapped[bool] = mapped_column(Boolean, default=False)
    chair_name: Mapped[str] = mapped_column(String(100), default="")
    chair_phone: Mapped[str] = mapped_column(String(30), default="")
    admin_name: Mapped[str] = mapped_column(String(100), default="")
    admin_phone: Mapped[str] = mapped_column(String(30), default="")
    hospital_name: Mapped[str] = mapped_column(String(200), default="")
    liaison_name: Mapped[str] = mapped_column(String(100), default="")
    liaison_phone: Mapped[str] = mapped_column(String(30), default="")
    hospital_hotline: Mapped[str] = mapped_column(String(30), default="")
    house_rules: Mapped[str] = mapped_column(Text, default="")
    site: Mapped[Site] = relationship(back_populates="room")
    more_admins: Mapped[list[RoomAdministrator]] = relationship(
        back_populates="room", cascade="all, delete-orphan", order_by="RoomAdministrator.position"
    )

    __table_args__ = (CheckConstraint("area_m2 IS NULL OR area_m2 > 0", name="area_positive"),)


class RoomAdministrator(Base):
    """A further health administrator of the room; the first one is kept on the room itself."""

    __tablename__ = "room_administrator"
    id: Mapped[int] = mapped_column(primary_key=True)
    room_id: Mapped[int] = mapped_column(ForeignKey("room.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(100))
    phone: Mapped[str] = mapped_column(String(30), default="")
    room: Mapped[Room] = relationship(back_populates="more_admins")

    __table_args__ = (
        CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),
        UniqueConstraint("room_id", "position", name="uq_room_administrator_position"),
    )


class Setting(Base):
    """Business settings (indicator targets, reading thresholds) as JSON values."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
