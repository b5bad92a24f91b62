"""Devices (union assets) with their events, and consumables with their stock."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, Integer, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.catalogue.codes import (
    ConsumableCategory,
    DeviceCategory,
    DeviceEventKind,
    DeviceStatus,
    StockMovementKind,
    StockSource,
)
from app.db.models.base import Base, one_of


class Device(Base):
    """A device of the room: a union asset (工会资产)."""

    __tablename__ = "device"
    id: Mapped[int] = mapped_column(primary_key=True)
    asset_no: Mapped[str] = mapped_column(String(50), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    category: Mapped[str] = mapped_column(String(30))
    brand: Mapped[str] = mapped_column(String(100), default="")
    model: Mapped[str] = mapped_column(String(100), default="")
    serial_no: Mapped[str] = mapped_column(String(100), default="")
    purchase_date: Mapped[dt.date | None] = mapped_column(Date)
    price: Mapped[float | None] = mapped_column(Numeric(12, 2, asdecimal=False))
    funding: Mapped[str] = mapped_column(String(50), default="union_asset")
    location: Mapped[str] = mapped_column(String(100), default="")
    readings: Mapped[str] = mapped_column(String(200), default="")  # reading type codes
    maintenance_interval_days: Mapped[int | None] = mapped_column(Integer)
    calibration_interval_days: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(20), default=DeviceStatus.IN_SERVICE.value)
    replaces_device_id: Mapped[int | None] = mapped_column(
        ForeignKey("device.id", ondelete="SET NULL")
    )

    __table_args__ = (
        one_of("category", DeviceCategory),
        one_of("status", DeviceStatus),
        CheckConstraint("price IS NULL OR price >= 0", name="price_not_negative"),
        CheckConstraint(
            "maintenance_interval_days IS NULL OR maintenance_interval_days > 0",
            name="maintenance_interval",
        ),
        CheckConstraint(
            "calibration_interval_days IS NULL OR calibration_interval_days > 0",
            name="calibration_interval",
        ),
    )


class DeviceEvent(Base):
    """The device's lifecycle and upkeep, as events (never silent edits)."""

    __tablename__ = "device_event"
    id: Mapped[int] = mapped_column(primary_key=True)
    device_id: Mapped[int] = mapped_column(ForeignKey("device.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(30))
    on_date: Mapped[dt.date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    cost: Mapped[float | None] = mapped_column(Numeric(12, 2, asdecimal=False))
    paid_by: Mapped[str] = mapped_column(String(100), default="")
    next_due: Mapped[dt.date | None] = mapped_column(Date)
    related_device_id: Mapped[int | None] = mapped_column(
        ForeignKey("device.id", ondelete="SET NULL")
    )
    recorded_by: Mapped[str] = mapped_column(String(50), default="")

    __table_args__ = (
        one_of("kind", DeviceEventKind),
        CheckConstraint("cost IS NULL OR cost >= 0", name="cost_not_negative"),
        Index("ix_device_event_device_date", "device_id", "on_date"),
    )


class Consumable(Base):
    """A consumable item (日常消耗品) with its stock kept as movements."""

    __tablename__ = "consumable"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    category: Mapped[str] = mapped_column(String(30))
    unit: Mapped[str] = mapped_column(String(20), default="")
    min_stock: Mapped[int] = mapped_column(Integer, default=0)
    stock: Mapped[int] = mapped_column(Integer, default=0)  # kept equal to the movements' sum

    __table_args__ = (
        one_of("category", ConsumableCategory),
        CheckConstraint("stock >= 0", name="stock_not_negative"),
        CheckConstraint("min_stock >= 0", name="min_stock_not_negative"),
    )


class ConsumableLot(Base):
    __tablename__ = "consumable_lot"
    id: Mapped[int] = mapped_column(primary_key=True)
    consumable_id: Mapped[int] = mapped_column(ForeignKey("consumable.id", ondelete="CASCADE"))
    lot_no: Mapped[str] = mapped_column(String(50), default="")
    expiry_date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    quantity: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (CheckConstraint("quantity >= 0", name="quantity_not_negative"),)


class StockMovement(Base):
    __tablename__ = "stock_movement"
    id: Mapped[int] = mapped_column(primary_key=True)
    consumable_id: Mapped[int] = mapped_column(ForeignKey("consumable.id", ondelete="CASCADE"))
    lot_id: Mapped[int | None] = mapped_column(ForeignKey("consumable_lot.id", ondelete="SET NULL"))
    kind: Mapped[str] = mapped_column(String(20))
    quantity: Mapped[int] = mapped_column(Integer)
    on_date: Mapped[dt.date] = mapped_column(Date)
    source: Mapped[str | None] = mapped_column(String(30))
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("usage_visit.id", ondelete="SET NULL"))
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[str] = mapped_column(String(50), default="")

    __table_args__ = (
        one_of("kind", StockMovementKind),
        CheckConstraint(
            "source IS NULL OR source IN (" + ", ".join(f"'{s.value}'" for s in StockSource) + ")",
            name="source_code",
        ),
        CheckConstraint("quantity > 0", name="quantity_positive"),
        Index("ix_stock_movement_consumable_date", "consumable_id", "on_date"),
    )
