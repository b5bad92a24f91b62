"""The equipment register: registration, lifecycle events, replacement and the upkeep list."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace

import pytest
from sqlalchemy import select

from app.catalogue.codes import DeviceCategory, DeviceEventKind, DeviceStatus
from app.db.migrate import Database
from app.db.models import AuditEntry, Device, DeviceEvent
from app.domain.readings import ReadingType
from app.domain.rule_error import RuleError
from app.services import equipment_lifecycle, equipment_register, equipment_upkeep
from app.services.actor import PermissionDenied
from app.services.equipment_lifecycle import NewEvent, Replacement
from app.services.equipment_register import NewDevice
from app.services.unit_of_work import read_only
from tests.support import ADMIN, CHAIR, DEMO_TODAY, REVIEWER, TECH

TODAY = dt.date(2026, 11, 16)
E = DeviceEventKind


def bp_monitor(asset_no: str = "ZC-2026-001", **changes: object) -> NewDevice:
    values: dict[str, object] = {
        "asset_no": asset_no,
        "name": "电子血压计",
        "category": DeviceCategory.BP_MONITOR,
        "brand": "欧姆龙",
        "model": "HEM-7136",
        "serial_no": "HEM00000001",
        "purchase_date": dt.date(2026, 1, 5),
        "price": 399.0,
        "location": "健康生活室",
        "readings": (ReadingType.SYSTOLIC, ReadingType.DIASTOLIC, ReadingType.PULSE),
        "maintenance_interval_days": 90,
        "calibration_interval_days": 365,
    }
    values.update(changes)
    return NewDevice(**values)  # type: ignore[arg-type]


def code_of(call: object) -> str:
    with pytest.raises(RuleError) as caught:
        call()  # type: ignore[operator]
    return caught.value.code


def audit_after(db: Database, entity: str) -> list[dict[str, object]]:
    """The "after" of every audit entry about `entity`, oldest first."""
    with read_only(db) as session:
        rows = session.scalars(
            select(AuditEntry.after_json).where(AuditEntry.entity == entity).order_by(AuditEntry.id)
        )
        return [json.loads(r or "{}") for r in rows]


def test_register_suggests_numbers_and_refuses_duplicates(db: Database) -> None:
    assert equipment_register.suggest_asset_no(db, ADMIN, TODAY) == "ZC-2026-001"
    row = equipment_register.register_device(db, ADMIN, bp_monitor(), TODAY)
    assert row.status is DeviceStatus.IN_SERVICE
    assert row.funding == "union_asset"
    assert row.readings == ("systolic", "diastolic", "pulse")
    assert row.next_maintenance == dt.date(2026, 4, 5)  # 90 days after it came into use
    assert equipment_register.suggest_asset_no(db, ADMIN, TODAY) == "ZC-2026-002"
    assert (
        code_of(
            lambda: equipment_register.register_device(db, ADMIN, bp_monitor("zc-2026-001"), TODAY)
        )
        == "asset_no_taken"
    )
    assert (
        code_of(lambda: equipment_register.register_device(db, ADMIN, bp_monitor(" "), TODAY))
        == "asset_no_required"
    )
    assert (
        code_of(
            lambda: equipment_register.register_device(db, ADMIN, bp_monitor("X", name=""), TODAY)
        )
        == "name_required"
    )
    future = bp_monitor("X", purchase_date=TODAY + dt.timedelta(days=1))
    assert (
        code_of(lambda: equipment_register.register_device(db, ADMIN, future, TODAY))
        == "date_in_future"
    )
    zero = bp_monitor("X", maintenance_interval_days=0)
    assert (
        code_of(lambda: equipment_register.register_device(db, ADMIN, zero, TODAY))
        == "interval_positive"
    )
    [registered] = equipment_register.device_events(db, ADMIN, row.id)
    assert registered.kind is E.REGISTERED and registered.on_date == dt.date(2026, 1, 5)
    assert [a["asset_no"] for a in audit_after(db, "device")] == ["ZC-2026-001"]
    with pytest.raises(PermissionDenied):
        equipment_register.register_device(db, TECH, bp_monitor("ZC-2026-009"), TODAY)
    with pytest.raises(PermissionDenied):
        equipment_register.list_devices(db, REVIEWER)
    assert equipment_register.find_by_asset_no(db, TECH, " zc-2026-001 ") == row.id
    assert equipment_register.find_by_asset_no(db, TECH, "ZC-2026-0") is None


def test_a_damage_then_a_same_model_replacement(db: Database) -> None:
    old = equipment_register.register_device(db, ADMIN, bp_monitor(), TODAY)
    new_device = bp_monitor("ZC-2026-002", serial_no="HEM00000002", purchase_date=TODAY)
    replacement = Replacement(old.id, TODAY, new_device, cost=399.0, paid_by="华北机械")
    # The founding rules: a device in service is not replaced; record the damage first.
    assert (
        code_of(lambda: equipment_lifecycle.replace_device(db, ADMIN, replacement, TODAY))
        == "replace_in_service"
    )

    damaged_on = TODAY - dt.timedelta(days=8)
    equipment_lifecycle.record_event(
        db, ADMIN, NewEvent(old.id, E.DAMAGED, damaged_on, "袖带漏气"), TODAY
    )
    assert equipment_register.list_devices(db, ADMIN, TODAY)[0].status is DeviceStatus.DAMAGED
    new = equipment_lifecycle.replace_device(db, ADMIN, replacement, TODAY)

    rows = {r.asset_no: r for r in equipment_register.list_devices(db, ADMIN, TODAY)}
    assert rows["ZC-2026-001"].status is DeviceStatus.REPLACED
    assert rows["ZC-2026-001"].replaced_by_asset_no == "ZC-2026-002"
    assert rows["ZC-2026-002"].status is DeviceStatus.IN_SERVICE
    assert rows["ZC-2026-002"].replaces_asset_no == "ZC-2026-001"
    assert new.replaces_id == old.id
    history = equipment_register.device_events(db, ADMIN, old.id)
    assert [e.kind for e in history] == [E.REGISTERED, E.DAMAGED, E.REPLACED]
    assert history[-1].cost == 399.0 and history[-1].paid_by == "华北机械"
    assert history[-1].related_asset_no == "ZC-2026-002"
    [registered] = equipment_register.device_events(db, ADMIN, new.id)
    assert registered.related_device_id == old.id and registered.on_date == TODAY
    # Only retiring is left for the replaced device.
    again = Replacement(old.id, TODAY, bp_monitor("ZC-2026-003"), reason="x")
    assert (
        code_of(lambda: equipment_lifecycle.replace_device(db, ADMIN, again, TODAY))
        == "event_not_allowed"
    )
    equipment_lifecycle.record_event(
        db, ADMIN, NewEvent(old.id, E.RETIRED, TODAY, "报废处置"), TODAY
    )
    assert (
        equipment_register.get_device(db, ADMIN, old.id, TODAY).device.status
        is DeviceStatus.RETIRED
    )
    changes = [a["status"] for a in audit_after(db, "device") if "event_id" in a]
    assert changes == ["damaged", "replaced", "retired"]


def test_another_model_needs_a_reason_which_is_kept(db: Database) -> None:
    old = equipment_register.register_device(db, ADMIN, bp_monitor(), TODAY)
    equipment_lifecycle.record_event(db, ADMIN, NewEvent(old.id, E.LOST, TODAY), TODAY)
    other = bp_monitor("ZC-2026-002", brand="鱼跃", model="YE680A")
    no_reason = Replacement(old.id, TODAY, other, cost=329.0, paid_by="华北机械")
    assert (
        code_of(lambda: equipment_lifecycle.replace_device(db, ADMIN, no_reason, TODAY))
        == "other_model_needs_reason"
    )
    with read_only(db) as session:  # nothing half-written
        assert session.scalar(select(Device).where(Device.asset_no == "ZC-2026-002")) is None
    reason = "HEM-7136 已停产，厂家推荐替代型号"
    equipment_lifecycle.replace_device(
        db, ADMIN, Replacement(old.id, TODAY, other, 329.0, "华北机械", reason), TODAY
    )
    replaced = equipment_register.device_events(db, ADMIN, old.id)[-1]
    assert replaced.kind is E.REPLACED and reason in replaced.note
    [entry] = [a for a in audit_after(db, "device_event") if a.get("kind") == "replaced"]
    assert entry["same_model"] is False and entry["reason"] == reason


def test_repair_cycle_and_rule_messages(db: Database) -> None:
    device = equipment_register.register_device(db, ADMIN, bp_monitor(), TODAY)
    finish = NewEvent(device.id, E.REPAIR_FINISHED, TODAY)
    assert (
        code_of(lambda: equipment_lifecycle.record_event(db, ADMIN, finish, TODAY))
        == "event_not_allowed"
    )
    equipment_lifecycle.record_event(
        db, ADMIN, NewEvent(device.id, E.REPAIR_STARTED, TODAY - dt.timedelta(days=5)), TODAY
    )
    early = NewEvent(device.id, E.REPAIR_FINISHED, TODAY - dt.timedelta(days=6))
    assert (
        code_of(lambda: equipment_lifecycle.record_event(db, ADMIN, early, TODAY))
        == "date_before_last_change"
    )
    equipment_lifecycle.record_event(db, ADMIN, finish, TODAY)
    assert equipment_register.list_devices(db, ADMIN, TODAY)[0].status is DeviceStatus.IN_SERVICE
    before_purchase = NewEvent(device.id, E.MAINTENANCE, dt.date(2025, 12, 31))
    assert (
        code_of(lambda: equipment_lifecycle.record_event(db, ADMIN, before_purchase, TODAY))
        == "date_before_registration"
    )
    tomorrow = NewEvent(device.id, E.DISINFECTION, TODAY + dt.timedelta(days=1))
    assert (
        code_of(lambda: equipment_lifecycle.record_event(db, ADMIN, tomorrow, TODAY))
        == "date_in_future"
    )
    bad_due = NewEvent(device.id, E.MAINTENANCE, TODAY, next_due=TODAY)
    assert (
        code_of(lambda: equipment_lifecycle.record_event(db, ADMIN, bad_due, TODAY))
        == "next_due_after_date"
    )
    replaced = NewEvent(device.id, E.REPLACED, TODAY)
    assert (
        code_of(lambda: equipment_lifecycle.record_event(db, ADMIN, replaced, TODAY))
        == "replace_with_form"
    )


def test_upkeep_due_and_overdue_at_the_boundaries(db: Database) -> None:
    # Bought 90 days before TODAY with a 90-day maintenance interval: due exactly today.
    bought = TODAY - dt.timedelta(days=90)
    due_today = equipment_register.register_device(
        db, ADMIN, bp_monitor("A-1", purchase_date=bought, calibration_interval_days=None), TODAY
    )
    one_day_late = equipment_register.register_device(
        db,
        ADMIN,
        bp_monitor(
            "A-2", purchase_date=bought - dt.timedelta(days=1), calibration_interval_days=None
        ),
        TODAY,
    )
    far = equipment_register.register_device(
        db,
        ADMIN,
        bp_monitor(
            "A-3", purchase_date=TODAY - dt.timedelta(days=10), calibration_interval_days=None
        ),
        TODAY,
    )
    due = {(r.asset_no, r.kind): r for r in equipment_upkeep.upkeep_due(db, ADMIN, TODAY)}
    assert not due["A-1", E.MAINTENANCE].overdue and due["A-1", E.MAINTENANCE].due == TODAY
    assert due["A-2", E.MAINTENANCE].overdue and due["A-2", E.MAINTENANCE].days_overdue == 1
    assert ("A-3", E.MAINTENANCE) not in due
    assert [r.asset_no for r in equipment_upkeep.overdue_upkeep(db, ADMIN, TODAY)] == ["A-2"]
    assert [
        r.asset_no for r in equipment_upkeep.overdue_upkeep(db, ADMIN, TODAY + dt.timedelta(days=1))
    ] == ["A-2", "A-1"]  # most overdue first
    rows = {r.asset_no: r for r in equipment_register.list_devices(db, ADMIN, TODAY)}
    assert rows["A-2"].maintenance_overdue and not rows["A-1"].maintenance_overdue

    # Maintenance done: the next date follows the interval, and the device leaves the list.
    event = equipment_lifecycle.record_event(
        db, ADMIN, NewEvent(one_day_late.id, E.MAINTENANCE, TODAY), TODAY
    )
    assert event.next_due == TODAY + dt.timedelta(days=90)
    # A disinfection with a next date is watched too; a device away for repair is not.
    equipment_lifecycle.record_event(
        db,
        ADMIN,
        NewEvent(
            far.id,
            E.DISINFECTION,
            TODAY - dt.timedelta(days=8),
            next_due=TODAY - dt.timedelta(days=1),
        ),
        TODAY,
    )
    equipment_lifecycle.record_event(
        db, ADMIN, NewEvent(due_today.id, E.REPAIR_STARTED, TODAY), TODAY
    )
    overdue = [
        (r.asset_no, r.kind)
        for r in equipment_upkeep.overdue_upkeep(db, ADMIN, TODAY + dt.timedelta(days=1))
    ]
    assert overdue == [("A-3", E.DISINFECTION)]


def test_the_demo_register(demo_db: Database) -> None:
    details = equipment_register.ledger(demo_db, CHAIR, DEMO_TODAY)
    assert len(details) >= 10
    replaced = [d for d in details if d.device.status is DeviceStatus.REPLACED]
    assert len(replaced) == 1 and replaced[0].device.replaced_by_asset_no
    assert all(d.events and d.events[0].kind is E.REGISTERED for d in details)
    found = equipment_register.list_devices(demo_db, CHAIR, DEMO_TODAY, search="欧姆龙")
    assert found and all(r.brand == "欧姆龙" for r in found)
    assert equipment_register.list_devices(demo_db, CHAIR, DEMO_TODAY, search="%") == []
    with read_only(demo_db) as session:
        assert session.scalar(select(DeviceEvent.id).limit(1)) is not None


def test_a_description_is_corrected_never_the_status(db: Database) -> None:
    device = equipment_register.register_device(db, ADMIN, bp_monitor(), TODAY)
    equipment_lifecycle.record_event(db, ADMIN, NewEvent(device.id, E.DAMAGED, TODAY), TODAY)
    details = equipment_register.DeviceDetails(
        name="上臂式电子血压计",
        category=DeviceCategory.BP_MONITOR,
        brand="欧姆龙",
        model="HEM-7136",
        serial_no="HEM00000002",
        purchase_date=dt.date(2026, 1, 6),
        price=429.0,
        location="健康生活室",
        readings=(ReadingType.SYSTOLIC, ReadingType.DIASTOLIC),
        maintenance_interval_days=180,
        calibration_interval_days=365,
    )
    with pytest.raises(PermissionDenied):
        equipment_register.update_device(db, TECH, device.id, details, TODAY)
    future = dt.date(2026, 12, 1)
    assert (
        code_of(lambda: equipment_register.update_device(db, ADMIN, device.id,
                                                 replace(details, purchase_date=future), TODAY))
        == "date_in_future"
    )  # fmt: skip
    assert (
        code_of(lambda: equipment_register.update_device(db, ADMIN, device.id,
                                                 replace(details, name=" "), TODAY))
        == "name_required"
    )  # fmt: skip
    row = equipment_register.update_device(db, CHAIR, device.id, details, TODAY)
    assert row.status is DeviceStatus.DAMAGED  # a correction does not repair anything
    assert (row.name, row.serial_no, row.price, row.asset_no) == (
        "上臂式电子血压计", "HEM00000002", 429.0, "ZC-2026-001"
    )  # fmt: skip
    assert row.readings == ("systolic", "diastolic") and row.maintenance_interval_days == 180
    equipment_register.update_device(
        db, CHAIR, device.id, details, TODAY
    )  # unchanged: no audit entry
    with read_only(db) as session:
        updates = session.execute(
            select(AuditEntry.before_json, AuditEntry.after_json)
            .where(AuditEntry.entity == "device", AuditEntry.action == "update")
            .order_by(AuditEntry.id)
        ).all()
    assert len(updates) == 2  # the damage's status change, then the correction
    before, after = (json.loads(text or "") for text in updates[-1])
    assert before["name"] == "电子血压计" and after["name"] == "上臂式电子血压计"
    assert before["reading_types"] == "systolic,diastolic,pulse"  # readable, not masked
    assert after["reading_types"] == "systolic,diastolic" and after["price"] == 429.0
    assert "status" not in after and "model" not in after  # only what changed
