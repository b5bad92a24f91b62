"""The equipment register's read model: devices and their events as rows, with the upkeep
dates worked out from the events (app.domain.lifecycle).

Shared by the register, the lifecycle and the upkeep use cases; nothing here writes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.catalogue.codes import DeviceCategory, DeviceEventKind, DeviceStatus
from app.catalogue.codes import Funding as Funding  # re-exported
from app.db.models import Device, DeviceEvent
from app.domain import lifecycle
from app.domain.rule_error import RuleError

E = DeviceEventKind
# The events that set a device's status (registration puts it in service).
STATUS_EVENTS = frozenset(
    {E.REGISTERED.value} | {k.value for after in lifecycle.TRANSITIONS.values() for k in after}
)


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
    status_since: dt.date | None = None  # the day of the event that set the status
    status_note: str = ""  # its note: why it was damaged, lost, sent for repair

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
class Upkeep:
    last: dt.date | None = None
    next_due: dt.date | None = None


@dataclass
class History:
    upkeep: dict[DeviceEventKind, Upkeep] = field(default_factory=dict)
    in_use_since: dt.date | None = None
    status_since: dt.date | None = None
    status_note: str = ""


def histories(session: Session, device_ids: Iterable[int] | None = None) -> dict[int, History]:
    """Per device: the latest maintenance / calibration / disinfection, the registration date,
    and the day and note of the event that set its status (the reason it is damaged, say)."""
    query = (
        select(
            DeviceEvent.device_id, DeviceEvent.kind, DeviceEvent.on_date, DeviceEvent.next_due,
            DeviceEvent.note,
        )
        .where(DeviceEvent.kind.in_([*[k.value for k in lifecycle.UPKEEP], *STATUS_EVENTS]))
        .order_by(DeviceEvent.device_id, DeviceEvent.on_date, DeviceEvent.id)
    )  # fmt: skip
    if device_ids is not None:
        query = query.where(DeviceEvent.device_id.in_(list(device_ids)))
    out: dict[int, History] = {}
    for device_id, kind, on_date, next_due, note in session.execute(query):
        history = out.setdefault(device_id, History())
        if kind in STATUS_EVENTS:
            history.status_since, history.status_note = on_date, note
        if kind == E.REGISTERED.value:
            history.in_use_since = history.in_use_since or on_date
        elif kind not in STATUS_EVENTS:
            history.upkeep[DeviceEventKind(kind)] = Upkeep(on_date, next_due)
    return out


def _readings(text: str) -> tuple[str, ...]:
    return tuple(code for code in text.split(",") if code)


def _row(
    device: Device, history: History | None, asset_nos: dict[int, str], successor: int | None,
    today: dt.date,
) -> DeviceRow:  # fmt: skip
    history = history or History()
    since = history.in_use_since or device.purchase_date
    due: dict[DeviceEventKind, tuple[dt.date | None, dt.date | None]] = {}
    for kind, interval in (
        (E.MAINTENANCE, device.maintenance_interval_days),
        (E.CALIBRATION, device.calibration_interval_days),
    ):
        done = history.upkeep.get(kind, Upkeep())
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
        status_since=history.status_since,
        status_note=history.status_note,
    )


def device_rows(session: Session, devices: Sequence[Device], today: dt.date) -> list[DeviceRow]:
    asset_nos = {i: no for i, no in session.execute(select(Device.id, Device.asset_no))}
    successors = {
        old: new
        for new, old in session.execute(
            select(Device.id, Device.replaces_device_id).where(
                Device.replaces_device_id.is_not(None)
            )
        )
    }
    found = histories(session, [d.id for d in devices])
    return [_row(d, found.get(d.id), asset_nos, successors.get(d.id), today) for d in devices]


def event_rows(session: Session, device_ids: Sequence[int]) -> list[DeviceEventRow]:
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


def locked_device(session: Session, device_id: int) -> Device:
    device = session.get(Device, device_id)
    if device is None:
        raise RuleError("no_such_device", "device_id", device_id=device_id)
    return device
