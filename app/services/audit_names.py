"""Which record an audit entry is about, as people name it: the person, the device, the
activity's date and title — not the table's row number.

The names are data (names, titles, dates, asset numbers), never codes: the viewer shows them
beside the entity's words. A record deleted since is named from what the entry kept of it.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.catalogue.codes import AuditEntity
from app.db.models import (
    Activity,
    AppUser,
    Attendance,
    AuditEntry,
    Consumable,
    Device,
    DeviceEvent,
    FollowUp,
    HospitalVisit,
    Inspection,
    Notice,
    PlanItem,
    RectificationItem,
    ScheduleException,
    ScheduleVersion,
    Staff,
    StockMovement,
    UrgentCase,
    UsageVisit,
)

E = AuditEntity
Namer = Callable[[Session, list[int]], dict[int, str]]

# What an entry keeps of a record, in the order that names it best.
NAMING_KEYS = (
    "title", "name", "site_name", "asset_no", "employee_no", "description", "username", "file",
    "day", "on_date", "effective_from", "inspected_on", "visited_on", "period",
)  # fmt: skip


def _day(value: dt.date | dt.datetime) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if isinstance(value, dt.datetime) else str(value)


def _people(session: Session, ids: Iterable[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    rows = session.execute(
        select(Staff.id, Staff.employee_no, Staff.name).where(Staff.id.in_(wanted))
    )
    return {i: f"{no} {name}" for i, no, name in rows}


def _staff(session: Session, ids: list[int]) -> dict[int, str]:
    return _people(session, ids)


def _simple(model: Any, text: Callable[[Any], str]) -> Namer:
    def names(session: Session, ids: list[int]) -> dict[int, str]:
        rows = session.scalars(select(model).where(model.id.in_(ids)))
        return {row.id: text(row) for row in rows}

    return names


def _visits(session: Session, ids: list[int]) -> dict[int, str]:
    rows = list(session.scalars(select(UsageVisit).where(UsageVisit.id.in_(ids))))
    people = _people(session, (r.staff_id for r in rows))
    return {
        r.id: f"{_day(r.visited_at)} {people.get(r.staff_id or 0, r.visitor_name or '')}".strip()
        for r in rows
    }


def _follow_ups(session: Session, ids: list[int]) -> dict[int, str]:
    rows = list(session.scalars(select(FollowUp).where(FollowUp.id.in_(ids))))
    people = _people(session, (r.staff_id for r in rows))
    return {r.id: f"{r.on_date} {people.get(r.staff_id, '')}".strip() for r in rows}


def _urgent(session: Session, ids: list[int]) -> dict[int, str]:
    rows = list(session.scalars(select(UrgentCase).where(UrgentCase.id.in_(ids))))
    people = _people(session, (r.staff_id for r in rows))
    return {r.id: f"{_day(r.opened_at)} {people.get(r.staff_id or 0, '')}".strip() for r in rows}


def _device_events(session: Session, ids: list[int]) -> dict[int, str]:
    rows = session.execute(
        select(DeviceEvent.id, DeviceEvent.on_date, Device.asset_no, Device.name)
        .join(Device, Device.id == DeviceEvent.device_id)
        .where(DeviceEvent.id.in_(ids))
    )
    return {i: f"{on} {asset_no} {name}" for i, on, asset_no, name in rows}


def _movements(session: Session, ids: list[int]) -> dict[int, str]:
    rows = session.execute(
        select(StockMovement.id, StockMovement.on_date, Consumable.name)
        .join(Consumable, Consumable.id == StockMovement.consumable_id)
        .where(StockMovement.id.in_(ids))
    )
    return {i: f"{on} {name}" for i, on, name in rows}


def _attendance(session: Session, ids: list[int]) -> dict[int, str]:
    rows = list(
        session.execute(
            select(Attendance.id, Attendance.staff_id, Attendance.guest_name, Activity.title)
            .join(Activity, Activity.id == Attendance.activity_id)
            .where(Attendance.id.in_(ids))
        )
    )
    people = _people(session, (r[1] for r in rows))
    return {
        i: f"{title} · {people.get(staff or 0, guest or '')}" for i, staff, guest, title in rows
    }


NAMERS: dict[AuditEntity, Namer] = {
    E.STAFF: _staff,
    E.HEALTH_FILE: _staff,  # one file per person, kept under the person's id
    E.USAGE_VISIT: _visits,
    E.FOLLOW_UP: _follow_ups,
    E.URGENT_CASE: _urgent,
    E.DEVICE: _simple(Device, lambda d: f"{d.asset_no} {d.name}"),
    E.DEVICE_EVENT: _device_events,
    E.CONSUMABLE: _simple(Consumable, lambda c: c.name),
    E.STOCK_MOVEMENT: _movements,
    E.ACTIVITY: _simple(Activity, lambda a: f"{_day(a.starts_at)} {a.title}"),
    E.ATTENDANCE: _attendance,
    E.NOTICE: _simple(Notice, lambda n: f"{n.issued_on} {n.title}"),
    E.HOSPITAL_VISIT: _simple(HospitalVisit, lambda v: f"{v.visited_on} {v.hospital}".strip()),
    E.PLAN_ITEM: _simple(PlanItem, lambda p: f"{p.year}Q{p.quarter} {p.title}"),
    E.INSPECTION: _simple(Inspection, lambda i: f"{i.inspected_on} {i.inspectors}".strip()),
    E.RECTIFICATION_ITEM: _simple(RectificationItem, lambda r: r.description),
    E.SCHEDULE_VERSION: _simple(ScheduleVersion, lambda v: str(v.effective_from)),
    E.SCHEDULE_EXCEPTION: _simple(ScheduleException, lambda x: str(x.on_date)),
    E.ACCOUNT: _simple(AppUser, lambda u: u.username),
}


def _kept_name(entry: AuditEntry) -> str:
    """The name an entry kept of its record (a deleted one, or one named by its content)."""
    for stored in (entry.before_json, entry.after_json):
        try:
            values = json.loads(stored) if stored else {}
        except ValueError:
            continue
        if not isinstance(values, Mapping):
            continue
        for key in NAMING_KEYS:
            value = values.get(key)
            if isinstance(value, str | int | float) and str(value).strip():
                return str(value)
    return ""


def record_names(session: Session, entries: list[AuditEntry]) -> dict[int, str]:
    """entry id -> the readable name of the record it is about ("" when there is none)."""
    wanted: dict[AuditEntity, set[int]] = {}
    for entry in entries:
        if entry.entity in E.__members__.values() and entry.entity_id.isdigit():
            wanted.setdefault(E(entry.entity), set()).add(int(entry.entity_id))
    found: dict[tuple[str, int], str] = {}
    for entity, ids in wanted.items():
        namer = NAMERS.get(entity)
        if namer is not None:
            for record_id, name in namer(session, sorted(ids)).items():
                found[(entity.value, record_id)] = name
    names: dict[int, str] = {}
    for entry in entries:
        key = (entry.entity, int(entry.entity_id)) if entry.entity_id.isdigit() else None
        names[entry.id] = (found.get(key) if key else None) or _kept_name(entry)
    return names
