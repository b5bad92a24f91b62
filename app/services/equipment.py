"""The equipment register (设备台账): devices as union assets and their life as events.

Nothing about a device's state is ever edited in place: damage, loss, repair, replacement,
retirement, maintenance, calibration and disinfection are events; the device's status is the
result of its events (app.domain.lifecycle) and every change is in the audit trail.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.db.migrate import Database
from app.db.models import Device, DeviceEvent
from app.domain import lifecycle
from app.domain.codes import AuditAction, DeviceCategory, DeviceEventKind, DeviceStatus, Role
from app.domain.readings import ReadingType
from app.domain.rule_error import RuleError
from app.services import audit
from app.services.actor import Actor
from app.services.consumables import ConsumableRow, list_items
from app.services.unit_of_work import read_only, unit_of_work

READERS = (Role.CHAIR, Role.ADMIN, Role.TECH)
WRITERS = (Role.CHAIR, Role.ADMIN)
E = DeviceEventKind
DUE_SOON_DAYS = 14  # the upkeep list also shows what falls due in the next two weeks
ASSET_PREFIX = "ZC"


class Funding(StrEnum):
    UNION_ASSET = "union_asset"  # the founding rules: every device is a union asset
    ENTERPRISE = "enterprise"
    PARTNER_HOSPITAL = "partner_hospital"
    DONATION = "donation"
    OTHER = "other"


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
    serial_no: str = ""
    price: float | None = None
    funding: str = Funding.UNION_ASSET.value
    readings: tuple[str, ...] = ()
    maintenance_interval_days: int | None = None
    calibration_interval_days: int | None = None
    replaces_id: int | None = None
    replaces_asset_no: str = ""
    replaced_by_id: int | None = None
    replaced_by_asset_no: str = ""
    last_maintenance: dt.date | None = None
    next_maintenance: dt.date | None = None
    last_calibration: dt.date | None = None
    next_calibration: dt.date | None = None
    maintenance_overdue: bool = False
    calibration_overdue: bool = False

    @property
    def overdue(self) -> bool:
        return self.maintenance_overdue or self.calibration_overdue

    @property
    def intact(self) -> bool:
        return self.status not in lifecycle.NOT_INTACT


@dataclass(frozen=True)
class DeviceEventRow:
    id: int
    device_id: int
    kind: DeviceEventKind
    on_date: dt.date
    note: str
    cost: float | None
    paid_by: str
    next_due: dt.date | None
    related_device_id: int | None
    related_asset_no: str
    recorded_by: str


@dataclass(frozen=True)
class DeviceDetail:
    device: DeviceRow
    events: tuple[DeviceEventRow, ...]


@dataclass(frozen=True)
class UpkeepDueRow:
    device_id: int
    asset_no: str
    name: str
    model: str
    kind: DeviceEventKind  # maintenance, calibration or disinfection
    last_done: dt.date | None
    due: dt.date
    overdue: bool
    days_overdue: int

    @property
    def id(self) -> int:  # the table's Qt.UserRole: the device to act on
        return self.device_id


@dataclass(frozen=True)
class NewDevice:
    asset_no: str
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
    note: str = ""


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


@dataclass(frozen=True)
class NewEvent:
    device_id: int
    kind: DeviceEventKind
    on_date: dt.date
    note: str = ""
    cost: float | None = None
    paid_by: str = ""
    next_due: dt.date | None = None


@dataclass(frozen=True)
class Replacement:
    old_device_id: int
    on_date: dt.date
    new: NewDevice
    cost: float | None = None
    paid_by: str = ""
    reason: str = ""  # required when the new device is another model
    note: str = ""


@dataclass(frozen=True)
class _Upkeep:
    last: dt.date | None = None
    next_due: dt.date | None = None


@dataclass
class _History:
    upkeep: dict[DeviceEventKind, _Upkeep] = field(default_factory=dict)
    in_use_since: dt.date | None = None


# --- queries -------------------------------------------------------------------------------


def _histories(session: Session, device_ids: Iterable[int] | None = None) -> dict[int, _History]:
    """Per device: the latest maintenance / calibration / disinfection and registration date."""
    query = (
        select(DeviceEvent.device_id, DeviceEvent.kind, DeviceEvent.on_date, DeviceEvent.next_due)
        .where(DeviceEvent.kind.in_([*[k.value for k in lifecycle.UPKEEP], E.REGISTERED.value]))
        .order_by(DeviceEvent.device_id, DeviceEvent.on_date, DeviceEvent.id)
    )
    if device_ids is not None:
        query = query.where(DeviceEvent.device_id.in_(list(device_ids)))
    out: dict[int, _History] = {}
    for device_id, kind, on_date, next_due in session.execute(query):
        history = out.setdefault(device_id, _History())
        if kind == E.REGISTERED.value:
            history.in_use_since = history.in_use_since or on_date
        else:
            history.upkeep[DeviceEventKind(kind)] = _Upkeep(on_date, next_due)
    return out


def _readings(text: str) -> tuple[str, ...]:
    return tuple(code for code in text.split(",") if code)


def _row(
    device: Device, history: _History | None, asset_nos: dict[int, str], successor: int | None,
    today: dt.date,
) -> DeviceRow:  # fmt: skip
    history = history or _History()
    since = history.in_use_since or device.purchase_date
    due: dict[DeviceEventKind, tuple[dt.date | None, dt.date | None]] = {}
    for kind, interval in (
        (E.MAINTENANCE, device.maintenance_interval_days),
        (E.CALIBRATION, device.calibration_interval_days),
    ):
        done = history.upkeep.get(kind, _Upkeep())
        due[kind] = (done.last, lifecycle.next_due(interval, done.last, done.next_due, since))
    watched = device.status == DeviceStatus.IN_SERVICE.value
    return DeviceRow(
        id=device.id,
        asset_no=device.asset_no,
        name=device.name,
        category=DeviceCategory(device.category),
        brand=device.brand,
        model=device.model,
        purchase_date=device.purchase_date,
        location=device.location,
        status=DeviceStatus(device.status),
        serial_no=device.serial_no,
        price=device.price,
        funding=device.funding,
        readings=_readings(device.readings),
        maintenance_interval_days=device.maintenance_interval_days,
        calibration_interval_days=device.calibration_interval_days,
        replaces_id=device.replaces_device_id,
        replaces_asset_no=asset_nos.get(device.replaces_device_id or 0, ""),
        replaced_by_id=successor,
        replaced_by_asset_no=asset_nos.get(successor or 0, ""),
        last_maintenance=due[E.MAINTENANCE][0],
        next_maintenance=due[E.MAINTENANCE][1],
        last_calibration=due[E.CALIBRATION][0],
        next_calibration=due[E.CALIBRATION][1],
        maintenance_overdue=watched and lifecycle.is_overdue(due[E.MAINTENANCE][1], today),
        calibration_overdue=watched and lifecycle.is_overdue(due[E.CALIBRATION][1], today),
    )


def _rows(session: Session, devices: Sequence[Device], today: dt.date) -> list[DeviceRow]:
    asset_nos = {i: no for i, no in session.execute(select(Device.id, Device.asset_no))}
    successors = {
        old: new
        for new, old in session.execute(
            select(Device.id, Device.replaces_device_id).where(
                Device.replaces_device_id.is_not(None)
            )
        )
    }
    histories = _histories(session, [d.id for d in devices])
    return [_row(d, histories.get(d.id), asset_nos, successors.get(d.id), today) for d in devices]


def list_devices(
    db: Database, actor: Actor, today: dt.date | None = None, search: str = ""
) -> list[DeviceRow]:
    """Devices by asset no.; `search` matches asset no., name, brand, model or serial no."""
    actor.require("read the equipment register", *READERS)
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
        return _rows(session, list(session.scalars(query)), today or dt.date.today())


def find_by_asset_no(db: Database, actor: Actor, asset_no: str) -> int | None:
    """The device id for a scanned or typed asset no. (exact, ignoring case and spaces)."""
    actor.require("read the equipment register", *READERS)
    code = asset_no.strip()
    if not code:
        return None
    with read_only(db) as session:
        return session.scalar(
            select(Device.id).where(func.upper(Device.asset_no) == code.upper()).limit(1)
        )


def _event_rows(session: Session, device_ids: Sequence[int]) -> list[DeviceEventRow]:
    asset_nos = {i: no for i, no in session.execute(select(Device.id, Device.asset_no))}
    events = session.scalars(
        select(DeviceEvent)
        .where(DeviceEvent.device_id.in_(device_ids))
        .order_by(DeviceEvent.on_date, DeviceEvent.id)
    )
    return [
        DeviceEventRow(
            id=e.id,
            device_id=e.device_id,
            kind=DeviceEventKind(e.kind),
            on_date=e.on_date,
            note=e.note,
            cost=e.cost,
            paid_by=e.paid_by,
            next_due=e.next_due,
            related_device_id=e.related_device_id,
            related_asset_no=asset_nos.get(e.related_device_id or 0, ""),
            recorded_by=e.recorded_by,
        )
        for e in events
    ]


def device_events(db: Database, actor: Actor, device_id: int) -> list[DeviceEventRow]:
    """The device's history, oldest first."""
    actor.require("read the equipment register", *READERS)
    with read_only(db) as session:
        return _event_rows(session, [device_id])


def get_device(
    db: Database, actor: Actor, device_id: int, today: dt.date | None = None
) -> DeviceDetail:
    actor.require("read the equipment register", *READERS)
    with read_only(db) as session:
        device = session.get(Device, device_id)
        if device is None:
            raise RuleError("no_such_device", "device_id", device_id=device_id)
        (row,) = _rows(session, [device], today or dt.date.today())
        return DeviceDetail(row, tuple(_event_rows(session, [device_id])))


def ledger(db: Database, actor: Actor, today: dt.date | None = None) -> list[DeviceDetail]:
    """Every device with its whole history: the content of the printed equipment ledger."""
    actor.require("read the equipment register", *READERS)
    with read_only(db) as session:
        devices = list(session.scalars(select(Device).order_by(Device.asset_no)))
        rows = _rows(session, devices, today or dt.date.today())
        events: dict[int, list[DeviceEventRow]] = {}
        for event in _event_rows(session, [d.id for d in devices]):
            events.setdefault(event.device_id, []).append(event)
        return [DeviceDetail(row, tuple(events.get(row.id, ()))) for row in rows]


def upkeep_due(
    db: Database, actor: Actor, today: dt.date, within_days: int = DUE_SOON_DAYS
) -> list[UpkeepDueRow]:
    """Maintenance, calibration and disinfection overdue or due within `within_days`.

    Only devices in service are watched: one under repair, damaged, lost, replaced or
    retired is not expected to be maintained.
    """
    actor.require("read the equipment register", *READERS)
    horizon = today + dt.timedelta(days=within_days)
    out: list[UpkeepDueRow] = []
    with read_only(db) as session:
        devices = list(
            session.scalars(select(Device).where(Device.status == DeviceStatus.IN_SERVICE.value))
        )
        histories = _histories(session, [d.id for d in devices])
        for device in devices:
            history = histories.get(device.id, _History())
            since = history.in_use_since or device.purchase_date
            intervals = {
                E.MAINTENANCE: device.maintenance_interval_days,
                E.CALIBRATION: device.calibration_interval_days,
                E.DISINFECTION: None,  # only when the last disinfection set a next date
            }
            for kind, interval in intervals.items():
                done = history.upkeep.get(kind, _Upkeep())
                due = lifecycle.next_due(interval, done.last, done.next_due, since)
                if due is None or due > horizon:
                    continue
                out.append(
                    UpkeepDueRow(
                        device_id=device.id,
                        asset_no=device.asset_no,
                        name=device.name,
                        model=device.model,
                        kind=kind,
                        last_done=done.last,
                        due=due,
                        overdue=lifecycle.is_overdue(due, today),
                        days_overdue=lifecycle.days_overdue(due, today),
                    )
                )
    out.sort(key=lambda r: (r.due, r.asset_no, r.kind.value))
    return out


def overdue_upkeep(db: Database, actor: Actor, today: dt.date) -> list[UpkeepDueRow]:
    return [row for row in upkeep_due(db, actor, today, within_days=0) if row.overdue]


def list_consumables(db: Database, actor: Actor) -> list[ConsumableRow]:
    """Kept for callers of the first version; the consumables live in services.consumables."""
    return list_items(db, actor)


def suggest_asset_no(db: Database, actor: Actor, on: dt.date) -> str:
    """The next free number of the year, ZC-2026-007 style (the demo and most ledgers use it)."""
    actor.require("read the equipment register", *READERS)
    prefix = f"{ASSET_PREFIX}-{on.year}-"
    pattern = re.compile(rf"^{re.escape(prefix)}(\d+)$", re.IGNORECASE)
    with read_only(db) as session:
        taken = session.scalars(select(Device.asset_no).where(Device.asset_no.like(f"{prefix}%")))
        numbers = [int(m.group(1)) for m in map(pattern.match, taken) if m]
    return f"{prefix}{max(numbers, default=0) + 1:03d}"


# --- changes -------------------------------------------------------------------------------


def _check_details(details: NewDevice | DeviceDetails, today: dt.date) -> None:
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


def _check_device(session: Session, new: NewDevice, today: dt.date) -> None:
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


def _add_device(
    session: Session, actor: Actor, new: NewDevice, on: dt.date, replaces: int | None, note: str
) -> Device:
    device = Device(
        asset_no=new.asset_no.strip(),
        name=new.name.strip(),
        category=new.category.value,
        brand=new.brand.strip(),
        model=new.model.strip(),
        serial_no=new.serial_no.strip(),
        purchase_date=new.purchase_date,
        price=new.price,
        funding=new.funding or Funding.UNION_ASSET.value,
        location=new.location.strip(),
        readings=",".join(r.value for r in new.readings),
        maintenance_interval_days=new.maintenance_interval_days,
        calibration_interval_days=new.calibration_interval_days,
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
    actor.require("register equipment", *WRITERS)
    today = today or dt.date.today()
    with unit_of_work(db) as session:
        _check_device(session, new, today)
        device = _add_device(
            session, actor, new, new.purchase_date or today, None, new.note.strip()
        )
        (row,) = _rows(session, [device], today)
        return row


def _locked_device(session: Session, device_id: int) -> Device:
    device = session.get(Device, device_id)
    if device is None:
        raise RuleError("no_such_device", "device_id", device_id=device_id)
    return device


def _check_dates(session: Session, device: Device, kind: DeviceEventKind, on: dt.date,
                 today: dt.date) -> None:  # fmt: skip
    if on > today:
        raise RuleError("date_in_future", "on_date", day=on.isoformat())
    registered = session.scalar(
        select(func.min(DeviceEvent.on_date)).where(
            DeviceEvent.device_id == device.id, DeviceEvent.kind == E.REGISTERED.value
        )
    )
    if registered is not None and on < registered:
        raise RuleError("date_before_registration", "on_date", registered=registered.isoformat())
    if kind not in lifecycle.UPKEEP:
        changes = [k.value for k in E if k not in lifecycle.UPKEEP and k is not E.REGISTERED]
        last = session.scalar(
            select(func.max(DeviceEvent.on_date)).where(
                DeviceEvent.device_id == device.id, DeviceEvent.kind.in_(changes)
            )
        )
        if last is not None and on < last:
            raise RuleError("date_before_last_change", "on_date", last=last.isoformat())


def record_event(
    db: Database, actor: Actor, event: NewEvent, today: dt.date | None = None
) -> DeviceEventRow:
    """Record damage, loss, repair, retirement or upkeep; the status follows the rules.

    Replacement has its own use case (`replace_device`) because it registers the new device.
    """
    actor.require("record equipment events", *WRITERS)
    today = today or dt.date.today()
    if event.kind is E.REPLACED:
        raise RuleError("replace_with_form", "kind")
    with unit_of_work(db) as session:
        device = _locked_device(session, event.device_id)
        before = DeviceStatus(device.status)
        after = lifecycle.status_after(before, event.kind)
        _check_dates(session, device, event.kind, event.on_date, today)
        if event.cost is not None and event.cost < 0:
            raise RuleError("not_negative", "cost")
        if event.next_due is not None and event.next_due <= event.on_date:
            raise RuleError("next_due_after_date", "next_due")
        next_due = event.next_due
        interval = {
            E.MAINTENANCE: device.maintenance_interval_days,
            E.CALIBRATION: device.calibration_interval_days,
        }.get(event.kind)
        if next_due is None and interval:
            next_due = event.on_date + dt.timedelta(days=interval)
        row = DeviceEvent(
            device_id=device.id,
            kind=event.kind.value,
            on_date=event.on_date,
            note=event.note.strip(),
            cost=event.cost,
            paid_by=event.paid_by.strip(),
            next_due=next_due,
            recorded_by=actor.username,
        )
        session.add(row)
        device.status = after.value
        session.flush()
        audit.record(
            session,
            actor,
            AuditAction.CREATE,
            "device_event",
            row.id,
            after={
                "device_id": device.id,
                "asset_no": device.asset_no,
                "kind": row.kind,
                "on_date": row.on_date,
                "note": row.note,
                "cost": row.cost,
                "paid_by": row.paid_by,
                "next_due": row.next_due,
            },
        )
        if after is not before:
            audit.record(
                session,
                actor,
                AuditAction.UPDATE,
                "device",
                device.id,
                before={"status": before.value},
                after={"status": after.value, "event_id": row.id},
            )
        return next(e for e in _event_rows(session, [device.id]) if e.id == row.id)


def replace_device(
    db: Database, actor: Actor, replacement: Replacement, today: dt.date | None = None
) -> DeviceRow:
    """A damaged or lost device is replaced: the new one is registered and the two are linked.

    The founding rules ask for the same model; another model is accepted only with a reason,
    which is kept on both events.
    """
    actor.require("replace equipment", *WRITERS)
    today = today or dt.date.today()
    new = replacement.new
    with unit_of_work(db) as session:
        old = _locked_device(session, replacement.old_device_id)
        status = DeviceStatus(old.status)
        lifecycle.check_replacement(
            status, (old.brand, old.model), (new.brand, new.model), replacement.reason
        )
        _check_dates(session, old, E.REPLACED, replacement.on_date, today)
        if replacement.cost is not None and replacement.cost < 0:
            raise RuleError("not_negative", "cost")
        _check_device(session, new, today)
        note = "\n".join(t for t in (replacement.reason.strip(), replacement.note.strip()) if t)
        device = _add_device(session, actor, new, replacement.on_date, old.id, note)
        event = DeviceEvent(
            device_id=old.id,
            kind=E.REPLACED.value,
            on_date=replacement.on_date,
            note=note,
            cost=replacement.cost,
            paid_by=replacement.paid_by.strip(),
            related_device_id=device.id,
            recorded_by=actor.username,
        )
        session.add(event)
        old.status = DeviceStatus.REPLACED.value
        session.flush()
        audit.record(
            session,
            actor,
            AuditAction.CREATE,
            "device_event",
            event.id,
            after={
                "device_id": old.id,
                "asset_no": old.asset_no,
                "kind": event.kind,
                "on_date": event.on_date,
                "new_device_id": device.id,
                "new_asset_no": device.asset_no,
                "same_model": lifecycle.same_model(old.brand, old.model, new.brand, new.model),
                "reason": replacement.reason.strip(),
                "cost": event.cost,
                "paid_by": event.paid_by,
            },
        )
        audit.record(
            session,
            actor,
            AuditAction.UPDATE,
            "device",
            old.id,
            before={"status": status.value},
            after={"status": DeviceStatus.REPLACED.value, "event_id": event.id},
        )
        (row,) = _rows(session, [device], today)
        return row


DESCRIPTION = (
    "name", "category", "brand", "model", "serial_no", "purchase_date", "price", "funding",
    "location", "readings", "maintenance_interval_days", "calibration_interval_days",
)  # fmt: skip


def update_device(
    db: Database, actor: Actor, device_id: int, details: DeviceDetails, today: dt.date | None = None
) -> DeviceRow:
    """Correct a device's description; its status changes only through events.

    The audit entry holds the fields that changed, before and after; saving an unchanged
    description writes nothing.
    """
    actor.require("change equipment details", *WRITERS)
    today = today or dt.date.today()
    _check_details(details, today)
    with unit_of_work(db) as session:
        device = _locked_device(session, device_id)
        wanted: dict[str, object] = {
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
        changed = [name for name in DESCRIPTION if getattr(device, name) != wanted[name]]
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
        (row,) = _rows(session, [device], today)
        return row
