"""A device's life as events (never silent edits): damage, loss, repair, replacement,
retirement, and the upkeep (maintenance, calibration, disinfection) with next-due dates.

The device's status is the result of its events (app.domain.lifecycle); every event and every
change of status is in the audit trail.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.catalogue.codes import AuditAction, DeviceEventKind, DeviceStatus
from app.db.migrate import Database
from app.db.models import Device, DeviceEvent
from app.domain import lifecycle
from app.domain.permissions import Action
from app.domain.rule_error import RuleError
from app.services import audit
from app.services.actor import Actor
from app.services.equipment_register import NewDevice, add_device, check_device
from app.services.equipment_rows import (
    DeviceEventRow,
    DeviceRow,
    E,
    device_rows,
    event_rows,
    locked_device,
)
from app.services.unit_of_work import unit_of_work


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
    actor.require(Action.EDIT_EQUIPMENT)
    today = today or dt.date.today()
    if event.kind is E.REPLACED:
        raise RuleError("replace_with_form", "kind")
    with unit_of_work(db) as session:
        device = locked_device(session, event.device_id)
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
        return next(e for e in event_rows(session, [device.id]) if e.id == row.id)


def replace_device(
    db: Database, actor: Actor, replacement: Replacement, today: dt.date | None = None
) -> DeviceRow:
    """A damaged or lost device is replaced: the new one is registered and the two are linked.

    The founding rules ask for the same model; another model is accepted only with a reason,
    which is kept on both events.
    """
    actor.require(Action.EDIT_EQUIPMENT)
    today = today or dt.date.today()
    new = replacement.new
    with unit_of_work(db) as session:
        old = locked_device(session, replacement.old_device_id)
        status = DeviceStatus(old.status)
        lifecycle.check_replacement(
            status, (old.brand, old.model), (new.brand, new.model), replacement.reason
        )
        _check_dates(session, old, E.REPLACED, replacement.on_date, today)
        if replacement.cost is not None and replacement.cost < 0:
            raise RuleError("not_negative", "cost")
        check_device(session, new, today)
        note = "\n".join(t for t in (replacement.reason.strip(), replacement.note.strip()) if t)
        device = add_device(session, actor, new, replacement.on_date, old.id, note)
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
        (row,) = device_rows(session, [device], today)
        return row
