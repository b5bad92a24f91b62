"""Equipment and consumables queries behind the Equipment page."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from app.db.migrate import Database
from app.db.models import Consumable, ConsumableLot, Device
from app.domain.codes import ConsumableCategory, DeviceCategory, DeviceStatus, Role
from app.services.actor import Actor
from app.services.unit_of_work import read_only

READERS = (Role.CHAIR, Role.ADMIN, Role.TECH)


@dataclass(frozen=True)
class DeviceRow:
    id: int
    asset_no: str
    name: str
    category: DeviceCategory
    brand: str
    model: str
    purchase_date: dt.date | None
    location: str
    status: DeviceStatus


@dataclass(frozen=True)
class ConsumableRow:
    id: int
    name: str
    category: ConsumableCategory
    unit: str
    stock: int
    min_stock: int
    next_expiry: dt.date | None

    @property
    def low(self) -> bool:
        return self.stock < self.min_stock


def list_devices(db: Database, actor: Actor) -> list[DeviceRow]:
    actor.require("read the equipment register", *READERS)
    with read_only(db) as session:
        return [
            DeviceRow(
                id=d.id,
                asset_no=d.asset_no,
                name=d.name,
                category=DeviceCategory(d.category),
                brand=d.brand,
                model=d.model,
                purchase_date=d.purchase_date,
                location=d.location,
                status=DeviceStatus(d.status),
            )
            for d in session.scalars(select(Device).order_by(Device.asset_no))
        ]


def list_consumables(db: Database, actor: Actor) -> list[ConsumableRow]:
    actor.require("read the consumables", *READERS)
    next_expiry = (
        select(ConsumableLot.consumable_id, func.min(ConsumableLot.expiry_date).label("expiry"))
        .where(ConsumableLot.quantity > 0)
        .group_by(ConsumableLot.consumable_id)
        .subquery()
    )
    query = (
        select(Consumable, next_expiry.c.expiry)
        .outerjoin(next_expiry, next_expiry.c.consumable_id == Consumable.id)
        .order_by(Consumable.name)
    )
    with read_only(db) as session:
        return [
            ConsumableRow(
                id=c.id,
                name=c.name,
                category=ConsumableCategory(c.category),
                unit=c.unit,
                stock=c.stock,
                min_stock=c.min_stock,
                next_expiry=expiry,
            )
            for c, expiry in session.execute(query)
        ]
