"""Format-neutral content of the equipment printouts: the ledger and the asset labels."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from app.catalogue.codes import DeviceEventKind, DeviceStatus
from app.db.migrate import Database
from app.domain import lifecycle
from app.domain.ratios import Ratio
from app.services import equipment_register, equipment_upkeep, site_profile
from app.services.actor import Actor
from app.services.equipment_rows import DeviceEventRow, DeviceRow
from app.services.equipment_upkeep import UpkeepDueRow

OFF_THE_BOOKS = (DeviceStatus.REPLACED, DeviceStatus.RETIRED)


@dataclass(frozen=True)
class HistoryLine:
    asset_no: str
    name: str
    event: DeviceEventRow
    other_model: bool  # a replacement by another model (the reason is in the note)


@dataclass(frozen=True)
class LedgerData:
    site: str
    room: str
    today: dt.date
    devices: tuple[DeviceRow, ...]
    history: tuple[HistoryLine, ...]
    due: tuple[UpkeepDueRow, ...]
    status_counts: dict[DeviceStatus, int]
    intact: Ratio  # devices on the books not damaged, lost or under repair
    value_on_books: float


def site_and_room(db: Database) -> tuple[str, str]:
    profile = site_profile.get_profile(db)
    if profile is None:
        return "", ""
    return profile.site_name, profile.room_name


def ledger_data(db: Database, actor: Actor, today: dt.date) -> LedgerData:
    details = equipment_register.ledger(db, actor, today)
    devices = tuple(d.device for d in details)
    by_id = {d.id: d for d in devices}
    history = []
    for detail in details:
        for event in detail.events:
            other = False
            new = by_id.get(event.related_device_id or 0)
            if event.kind is DeviceEventKind.REPLACED and new is not None:
                old = detail.device
                other = not lifecycle.same_model(old.brand, old.model, new.brand, new.model)
            history.append(HistoryLine(detail.device.asset_no, detail.device.name, event, other))
    history.sort(key=lambda h: (h.asset_no, h.event.on_date, h.event.id))  # device by device
    on_books = [d for d in devices if d.status not in OFF_THE_BOOKS]
    site, room = site_and_room(db)
    return LedgerData(
        site=site,
        room=room,
        today=today,
        devices=devices,
        history=tuple(history),
        due=tuple(equipment_upkeep.upkeep_due(db, actor, today)),
        status_counts=dict(Counter(d.status for d in devices)),
        intact=Ratio(sum(1 for d in on_books if d.intact), len(on_books)),
        value_on_books=round(sum(d.price or 0.0 for d in on_books), 2),
    )


@dataclass(frozen=True)
class AssetLabel:
    asset_no: str
    name: str
    model: str
    purchase_date: dt.date | None


IN_THE_ROOM = (DeviceStatus.IN_SERVICE, DeviceStatus.UNDER_REPAIR, DeviceStatus.DAMAGED)


def label_data(
    db: Database, actor: Actor, device_ids: list[int] | None = None
) -> tuple[str, list[AssetLabel]]:
    """(site name, labels): the chosen devices, or every device still in the room."""
    rows = equipment_register.list_devices(db, actor)
    if device_ids is not None:
        chosen = set(device_ids)
        rows = [r for r in rows if r.id in chosen]
    else:
        rows = [r for r in rows if r.status in IN_THE_ROOM]
    labels = [
        AssetLabel(
            r.asset_no, r.name, " ".join(t for t in (r.brand, r.model) if t), r.purchase_date
        )
        for r in rows
    ]
    return site_and_room(db)[0], labels
