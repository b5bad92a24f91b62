"""The equipment register (设备台账): devices as union assets, registered and described.

A device's description (name, model, intervals…) may be corrected; its asset no. is on its
label and its status follows its events (app.services.equipment_lifecycle), so neither is
edited here. Every change is in the audit trail with before and after.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.catalogue.codes import AuditAction, DeviceCategory, DeviceStatus
from app.db.migrate import Database
from app.db.models import Device, DeviceEvent
from app.domain.permissions import Action
from app.domain.readings import ReadingType
from app.domain.rule_error import RuleError
from app.services import audit
from app.services.actor import Actor
from app.services.equipment_rows import (
    DeviceDetail,
    DeviceEventRow,
    DeviceRow,
    E,
    Funding,
    device_rows,
    event_rows,
    locked_device,
)
from app.services.unit_of_work import read_only, unit_of_work

ASSET_PREFIX = "ZC"


@dataclass(frozen=True)
class DeviceDetails:
    """A device's description: what a correction may change (never its asset no. or status)."""

    name: str
    category: DeviceCategory
    brand: str = ""
    model: str = ""
    serial_no: str = ""
    purchase_date: dt.date | None = None
    price: float | None = None
    funding: str = Funding.UNION_ASSET.value
    location: str = ""
    readings: tuple[ReadingType, ...] = ()
    maintenance_interval_days: int | None = None
    calibration_interval_days: int | None = None


@dataclass(frozen=True, kw_only=True)
class NewDevice(DeviceDetails):
    """A device to register: its description, the asset no. on its label and a note."""

    asset_no: str
    note: str = ""


def stored_description(details: DeviceDetails) -> dict[str, object]:
    """The description as the register stores it (trimmed, codes as text), per column."""
    return {
        "name": details.name.strip(),
        "category": details.category.value,
        "brand": details.brand.strip(),
        "model": details.model.strip(),
        "serial_no": details.serial_no.strip(),
        "purchase_date": details.purchase_date,
        "price": details.price,
        "funding": details.funding or Funding.UNION_ASSET.value,
        "location": details.location.strip(),
        "readings": ",".join(r.value for r in details.readings),
        "maintenance_interval_days": details.maintenance_interval_days,
        "calibration_interval_days": details.calibration_interval_days,
    }


# --- queries -------------------------------------------------------------------------------


def list_devices(
    db: Database, actor: Actor, today: dt.date | None = None, search: str = ""
) -> list[DeviceRow]:
    """Devices by asset no.; `search` matches asset no., name, brand, model or serial no."""
    actor.require(Action.READ_EQUIPMENT)
    query = select(Device).order_by(Device.asset_no)
    text = search.strip()
    if text:
        query = query.where(
            or_(
                *(
                    column.icontains(text, autoescape=True)
                    for column in (
                        Device.asset_no,
                        Device.name,
                        Device.brand,
                        Device.model,
                        Device.serial_no,
                    )
                )
            )
        )
    with read_only(db) as session:
        return device_rows(session, list(session.scalars(query)), today or dt.date.today())


def find_by_asset_no(db: Database, actor: Actor, asset_no: str) -> int | None:
    """The device id for a scanned or typed asset no. (exact, ignoring case and spaces)."""
    actor.require(Action.READ_EQUIPMENT)
    code = asset_no.strip()
    if not code:
        return None
    with read_only(db) as session:
        return session.scalar(
            select(Device.id).where(func.upper(Device.asset_no) == code.upper()).limit(1)
        )


def device_events(db: Database, actor: Actor, device_id: int) -> list[DeviceEventRow]:
    """The device's history, oldest first."""
    actor.require(Action.READ_EQUIPMENT)
    with read_only(db) as session:
        return event_rows(session, [device_id])


def get_device(
    db: Database, actor: Actor, device_id: int, today: dt.date | None = None
) -> DeviceDetail:
    actor.require(Action.READ_EQUIPMENT)
    with read_only(db) as session:
        device = session.get(Device, device_id)
        if device is None:
            raise RuleError("no_such_device", "device_id", device_id=device_id)
        (row,) = device_rows(session, [device], today or dt.date.today())
        return DeviceDetail(row, tuple(event_rows(session, [device_id])))


def ledger(db: Database, actor: Actor, today: dt.date | None = None) -> list[DeviceDetail]:
    """Every device with its whole history: the content of the printed equipment ledger."""
    actor.require(Action.READ_EQUIPMENT)
    with read_only(db) as session:
        devices = list(session.scalars(select(Device).order_by(Device.asset_no)))
        rows = device_rows(session, devices, today or dt.date.today())
        events: dict[int, list[DeviceEventRow]] = {}
        for event in event_rows(session, [d.id for d in devices]):
            events.setdefault(event.device_id, []).append(event)
        return [DeviceDetail(row, tuple(events.get(row.id, ()))) for row in rows]


def suggest_asset_no(db: Database, actor: Actor, on: dt.date) -> str:
    """The next free number of the year, ZC-2026-007 style (the demo and most ledgers use it)."""
    actor.require(Action.READ_EQUIPMENT)
    prefix = f"{ASSET_PREFIX}-{on.year}-"
    pattern = re.compile(rf"^{re.escape(prefix)}(\d+)$", re.IGNORECASE)
    with read_only(db) as session:
        taken = session.scalars(select(Device.asset_no).where(Device.asset_no.like(f"{prefix}%")))
        numbers = [int(m.group(1)) for m in map(pattern.match, taken) if m]
    return f"{prefix}{max(numbers, default=0) + 1:03d}"


# --- changes -------------------------------------------------------------------------------


def _check_details(details: DeviceDetails, today: dt.date) -> None:
    if not details.name.strip():
        raise RuleError("name_required", "name")
    if details.purchase_date is not None and details.purchase_date > today:
        raise RuleError("date_in_future", "purchase_date", day=details.purchase_date.isoformat())
    if details.price is not None and details.price < 0:
        raise RuleError("not_negative", "price")
    for name in ("maintenance_interval_days", "calibration_interval_days"):
        value = getattr(details, name)
        if value is not None and value <= 0:
            raise RuleError("interval_positive", name)


def check_device(session: Session, new: NewDevice, today: dt.date) -> None:
    if not new.asset_no.strip():
        raise RuleError("asset_no_required", "asset_no")
    if len(new.asset_no.strip()) > 50:
        raise RuleError("too_long", "asset_no", limit=50)
    taken = session.scalar(
        select(Device.id).where(func.upper(Device.asset_no) == new.asset_no.strip().upper())
    )
    if taken is not None:
        raise RuleError("asset_no_taken", "asset_no", asset_no=new.asset_no.strip())
    _check_details(new, today)


def _snapshot(device: Device) -> dict[str, object]:
    return {
        "asset_no": device.asset_no,
        "name": device.name,
        "category": device.category,
        "brand": device.brand,
        "model": device.model,
        "serial_no": device.serial_no,
        "purchase_date": device.purchase_date,
        "price": device.price,
        "funding": device.funding,
        "location": device.location,
        "reading_types": device.readings,  # not "readings": those are masked as health data
        "maintenance_interval_days": device.maintenance_interval_days,
        "calibration_interval_days": device.calibration_interval_days,
        "status": device.status,
        "replaces_device_id": device.replaces_device_id,
    }


def add_device(
    session: Session, actor: Actor, new: NewDevice, on: dt.date, replaces: int | None, note: str
) -> Device:
    device = Device(
        asset_no=new.asset_no.strip(),
        **stored_description(new),
        status=DeviceStatus.IN_SERVICE.value,
        replaces_device_id=replaces,
    )
    session.add(device)
    session.flush()
    session.add(
        DeviceEvent(
            device_id=device.id,
            kind=E.REGISTERED.value,
            on_date=on,
            note=note,
            related_device_id=replaces,
            recorded_by=actor.username,
        )
    )
    session.flush()
    audit.record(session, actor, AuditAction.CREATE, "device", device.id, after=_snapshot(device))
    return device


def register_device(
    db: Database, actor: Actor, new: NewDevice, today: dt.date | None = None
) -> DeviceRow:
    """Enter a device in the register (in service from its purchase date, or today)."""
    actor.require(Action.EDIT_EQUIPMENT)
    today = today or dt.date.today()
    with unit_of_work(db) as session:
        check_device(session, new, today)
        device = add_device(session, actor, new, new.purchase_date or today, None, new.note.strip())
        (row,) = device_rows(session, [device], today)
        return row


def update_device(
    db: Database, actor: Actor, device_id: int, details: DeviceDetails, today: dt.date | None = None
) -> DeviceRow:
    """Correct a device's description; its status changes only through events.

    The audit entry holds the fields that changed, before and after; saving an unchanged
    description writes nothing.
    """
    actor.require(Action.EDIT_EQUIPMENT)
    today = today or dt.date.today()
    _check_details(details, today)
    with unit_of_work(db) as session:
        device = locked_device(session, device_id)
        wanted = stored_description(details)
        changed = [name for name, value in wanted.items() if getattr(device, name) != value]
        if changed:
            key = {"readings": "reading_types"}  # device readings are not health data
            before = {key.get(n, n): getattr(device, n) for n in changed}
            for name in changed:
                setattr(device, name, wanted[name])
            after = {key.get(n, n): getattr(device, n) for n in changed}
            session.flush()
            audit.record(
                session, actor, AuditAction.UPDATE, "device", device.id,
                {"asset_no": device.asset_no, **before}, {"asset_no": device.asset_no, **after},
            )  # fmt: skip
        (row,) = device_rows(session, [device], today)
        return row
