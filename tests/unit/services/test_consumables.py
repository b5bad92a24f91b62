"""Consumables: lots, movements, warnings, stock never negative, and the usage-register hook."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import func, select

from app.catalogue.codes import ConsumableCategory, StockMovementKind, StockSource
from app.db.migrate import Database
from app.db.models import (
    AuditEntry,
    Consumable,
    ConsumableLot,
    Setting,
    StockMovement,
    UsageVisit,
)
from app.domain.readings import ReadingType
from app.domain.rule_error import RuleError
from app.domain.stock import ExpiryState
from app.services import consumable_items, consumable_per_reading, consumable_stock
from app.services.actor import PermissionDenied
from app.services.consumable_items import NewItem
from app.services.consumable_per_reading import ReadingUse
from app.services.consumable_stock import Outgoing, Receipt
from app.services.unit_of_work import read_only, unit_of_work
from tests.support import ADMIN, CHAIR, DEMO_TODAY, TECH

TODAY = dt.date(2026, 11, 16)
K = StockMovementKind


def strips(db: Database, minimum: int = 50) -> int:
    item = consumable_items.add_item(
        db, ADMIN, NewItem("血糖试纸", ConsumableCategory.TEST_STRIP, "条", minimum)
    )
    return item.id


def receive(db: Database, item: int, qty: int, on: dt.date, expiry: dt.date | None) -> int:
    return consumable_stock.receive(
        db, ADMIN, Receipt(item, qty, on, StockSource.HOSPITAL_REPLENISHMENT, "L1", expiry), TODAY
    )


def error(call: object) -> RuleError:
    with pytest.raises(RuleError) as caught:
        call()  # type: ignore[operator]
    return caught.value


def totals(db: Database, item: int) -> tuple[int, int, int]:
    """(stock column, sum of lots, sum of movements) — the three must agree."""
    with read_only(db) as session:
        stock = session.scalar(select(Consumable.stock).where(Consumable.id == item)) or 0
        lots = session.scalar(
            select(func.sum(ConsumableLot.quantity)).where(ConsumableLot.consumable_id == item)
        )
        signed = 0
        for kind, qty in session.execute(
            select(StockMovement.kind, StockMovement.quantity).where(
                StockMovement.consumable_id == item
            )
        ):
            signed += qty if kind == K.RECEIVED.value else -qty
    return stock, int(lots or 0), signed


def test_items_are_named_once(db: Database) -> None:
    strips(db)
    bad = NewItem("血糖试纸", ConsumableCategory.TEST_STRIP, "条")
    assert error(lambda: consumable_items.add_item(db, ADMIN, bad)).code == "name_taken"
    no_unit = NewItem("电池", ConsumableCategory.BATTERY, " ")
    assert error(lambda: consumable_items.add_item(db, ADMIN, no_unit)).code == "unit_required"
    with pytest.raises(PermissionDenied):
        consumable_items.add_item(db, TECH, NewItem("电池", ConsumableCategory.BATTERY, "节"))


def test_stock_never_goes_negative(db: Database) -> None:
    item = strips(db)
    assert receive(db, item, 50, TODAY - dt.timedelta(days=40), dt.date(2027, 6, 1)) == 50
    use = Outgoing(item, K.USED, 51, TODAY, note="三季度用量")
    refused = error(lambda: consumable_stock.take_out(db, ADMIN, use, TODAY))
    assert refused.code == "insufficient_stock"
    assert refused.details == {"available": 50, "requested": 51}
    assert totals(db, item) == (50, 50, 50)  # nothing half-written
    assert consumable_stock.take_out(db, ADMIN, Outgoing(item, K.USED, 50, TODAY), TODAY) == 0
    one_more = Outgoing(item, K.DISCARDED, 1, TODAY)
    assert error(lambda: consumable_stock.take_out(db, ADMIN, one_more, TODAY)).code == (
        "insufficient_stock"
    )
    zero = Outgoing(item, K.USED, 0, TODAY)
    assert (
        error(lambda: consumable_stock.take_out(db, ADMIN, zero, TODAY)).code == "quantity_positive"
    )
    assert totals(db, item) == (0, 0, 0)


def test_a_use_before_the_delivery_is_refused(db: Database) -> None:
    item = strips(db)
    receive(db, item, 10, TODAY, None)
    early = Outgoing(item, K.USED, 1, TODAY - dt.timedelta(days=1))
    assert error(lambda: consumable_stock.take_out(db, ADMIN, early, TODAY)).details == {
        "available": 0,
        "requested": 1,
    }


def test_receipts_are_checked(db: Database) -> None:
    item = strips(db)
    future = Receipt(item, 5, TODAY + dt.timedelta(days=1))
    assert (
        error(lambda: consumable_stock.receive(db, ADMIN, future, TODAY)).code == "date_in_future"
    )
    stale = Receipt(item, 5, TODAY, expiry=TODAY)
    assert error(lambda: consumable_stock.receive(db, ADMIN, stale, TODAY)).code == (
        "expiry_before_receipt"
    )
    none = Receipt(item, 0, TODAY)
    assert (
        error(lambda: consumable_stock.receive(db, ADMIN, none, TODAY)).code == "quantity_positive"
    )


def test_discarding_an_expired_lot_and_the_warnings(db: Database) -> None:
    item = strips(db, minimum=20)
    old = receive(db, item, 10, dt.date(2026, 1, 5), TODAY - dt.timedelta(days=1))
    assert old == 10
    receive(db, item, 15, dt.date(2026, 10, 8), TODAY + dt.timedelta(days=30))
    battery = consumable_items.add_item(
        db, ADMIN, NewItem("7号电池", ConsumableCategory.BATTERY, "节", 4)
    )
    consumable_stock.receive(
        db, ADMIN, Receipt(battery.id, 4, TODAY, expiry=TODAY + dt.timedelta(days=31)), TODAY
    )

    found = consumable_items.warnings(db, ADMIN, TODAY)
    assert [r.name for r in found.low] == []  # 25 >= 20 and 4 >= 4: at the minimum is enough
    assert [(lot.item, lot.state) for lot in found.expired] == [("血糖试纸", ExpiryState.EXPIRED)]
    assert [(lot.item, lot.quantity) for lot in found.expiring] == [("血糖试纸", 15)]

    lots = consumable_items.list_lots(db, ADMIN, item, TODAY)
    expired = next(lot for lot in lots if lot.state is ExpiryState.EXPIRED)
    discard = Outgoing(item, K.DISCARDED, 10, TODAY, lot_id=expired.id, note="过期报废")
    assert consumable_stock.take_out(db, ADMIN, discard, TODAY) == 15
    too_many = Outgoing(item, K.DISCARDED, 1, TODAY, lot_id=expired.id)
    assert error(lambda: consumable_stock.take_out(db, ADMIN, too_many, TODAY)).code == "lot_empty"

    consumable_stock.take_out(db, ADMIN, Outgoing(item, K.USED, 1, TODAY), TODAY)
    [row] = [r for r in consumable_items.list_items(db, ADMIN, TODAY) if r.id == item]
    assert row.stock == 14 and row.low and row.expired_quantity == 0
    assert row.expiring_quantity == 14 and row.next_expiry == TODAY + dt.timedelta(days=30)
    assert [r.name for r in consumable_items.warnings(db, ADMIN, TODAY).low] == ["血糖试纸"]
    kinds = [m.kind for m in consumable_stock.list_movements(db, ADMIN, item)]
    assert kinds == [K.USED, K.DISCARDED, K.RECEIVED, K.RECEIVED]  # newest first
    assert totals(db, item) == (14, 14, 14)


def visit(db: Database, on: dt.date) -> int:
    with unit_of_work(db) as session:
        row = UsageVisit(visited_at=dt.datetime.combine(on, dt.time(9)), visitor_name="访客")
        session.add(row)
        session.flush()
        return row.id


def test_a_glucose_reading_uses_one_strip_in_the_callers_transaction(db: Database) -> None:
    item = strips(db)
    visit_id = visit(db, TODAY)
    with unit_of_work(db) as session:  # no strip item with stock yet: the visit still saves
        assert not consumable_per_reading.use_for_reading(
            session, ADMIN, ReadingType.GLUCOSE_FASTING, visit_id, TODAY
        )
    receive(db, item, 2, TODAY - dt.timedelta(days=3), None)
    with unit_of_work(db) as session:
        assert consumable_per_reading.use_for_reading(
            session, ADMIN, ReadingType.GLUCOSE_FASTING, visit_id, TODAY
        )
        assert not consumable_per_reading.use_for_reading(
            session, ADMIN, ReadingType.SYSTOLIC, visit_id, TODAY
        )
        assert consumable_per_reading.use_for_reading(
            session, ADMIN, ReadingType.GLUCOSE_2H, visit_id, TODAY
        )
        # The stock is empty now: a third reading records nothing rather than going negative.
        assert not consumable_per_reading.use_for_reading(
            session, ADMIN, ReadingType.GLUCOSE_RANDOM, visit_id, TODAY
        )
    assert totals(db, item) == (0, 0, 0)
    used = consumable_stock.list_movements(db, ADMIN, item)
    assert [(m.kind, m.quantity, m.visit_id) for m in used[:2]] == [(K.USED, 1, visit_id)] * 2


def test_the_hook_rolls_back_with_the_visit(db: Database) -> None:
    item = strips(db)
    receive(db, item, 5, TODAY, None)
    visit_id = visit(db, TODAY)
    with pytest.raises(RuntimeError), unit_of_work(db) as session:
        assert consumable_per_reading.use_for_reading(
            session, ADMIN, ReadingType.GLUCOSE_2H, visit_id, TODAY
        )
        raise RuntimeError("the visit failed to save")
    assert totals(db, item) == (5, 5, 5)


def test_the_item_per_reading_type_is_configurable(db: Database) -> None:
    item = strips(db)
    lancets = consumable_items.add_item(
        db, ADMIN, NewItem("采血针", ConsumableCategory.LANCET, "支")
    ).id
    receive(db, item, 5, TODAY, None)
    consumable_stock.receive(db, ADMIN, Receipt(lancets, 5, TODAY), TODAY)
    assert consumable_per_reading.per_reading_items(db, TECH)[ReadingType.GLUCOSE_2H] == ReadingUse(
        item
    )
    with pytest.raises(PermissionDenied):  # the technician reads, never changes, the choice
        consumable_per_reading.set_per_reading_items(
            db, TECH, {ReadingType.SPO2: ReadingUse(lancets)}
        )
    assert (
        error(
            lambda: consumable_per_reading.set_per_reading_items(
                db, ADMIN, {ReadingType.SPO2: ReadingUse(999)}
            )
        ).code
        == "no_such_item"
    )
    assert (
        error(
            lambda: consumable_per_reading.set_per_reading_items(
                db, ADMIN, {ReadingType.SPO2: ReadingUse(lancets, 0)}
            )
        ).code
        == "quantity_positive"
    )
    consumable_per_reading.set_per_reading_items(
        db,
        ADMIN,
        {ReadingType.GLUCOSE_RANDOM: ReadingUse(None), ReadingType.SPO2: ReadingUse(lancets, 2)},
    )
    chosen = consumable_per_reading.per_reading_items(db, ADMIN)
    assert chosen[ReadingType.GLUCOSE_FASTING] == ReadingUse(item)  # default kept
    assert chosen[ReadingType.GLUCOSE_RANDOM] == ReadingUse(None, configured=True)
    assert chosen[ReadingType.SPO2] == ReadingUse(lancets, 2, configured=True)
    visit_id = visit(db, TODAY)
    with unit_of_work(db) as session:
        assert not consumable_per_reading.use_for_reading(
            session, ADMIN, ReadingType.GLUCOSE_RANDOM, visit_id, TODAY
        )
        assert consumable_per_reading.use_for_reading(
            session, ADMIN, ReadingType.SPO2, visit_id, TODAY
        )
        assert consumable_per_reading.use_for_reading(
            session, ADMIN, ReadingType.SPO2, visit_id, TODAY
        )
        # One lancet left, two asked for: nothing is taken rather than going negative.
        assert not consumable_per_reading.use_for_reading(
            session, ADMIN, ReadingType.SPO2, visit_id, TODAY
        )
    assert totals(db, item)[0] == 5 and totals(db, lancets) == (1, 1, 1)
    with read_only(db) as session:
        changes = session.scalars(
            select(AuditEntry.after_json).where(AuditEntry.entity == "setting")
        ).all()
    assert len(changes) == 1  # the refused changes left no trace
    assert json.loads(changes[-1] or "{}") == {
        "glucose_random": None,
        "spo2": {"item": lancets, "quantity": 2},
    }
    # Saving the same choice again is no change and writes no audit entry.
    consumable_per_reading.set_per_reading_items(
        db, ADMIN, {ReadingType.SPO2: ReadingUse(lancets, 2)}
    )
    with read_only(db) as session:
        count = session.scalar(
            select(func.count()).select_from(AuditEntry).where(AuditEntry.entity == "setting")
        )
    assert count == 1


def test_an_older_setting_of_bare_item_ids_still_reads(db: Database) -> None:
    item = strips(db)
    with unit_of_work(db) as session:
        session.add(
            Setting(key=consumable_per_reading.PER_READING_KEY, value=json.dumps({"spo2": item}))
        )
    chosen = consumable_per_reading.per_reading_items(db, ADMIN)
    assert chosen[ReadingType.SPO2] == ReadingUse(item, 1, configured=True)


def test_the_demo_stock_sheet(demo_db: Database) -> None:
    sheet = consumable_stock.stock_sheet(demo_db, CHAIR, DEMO_TODAY)
    assert len(sheet) >= 6
    assert all(sum(lot.quantity for lot in s.lots) == s.item.stock for s in sheet)
    assert any(s.item.low for s in sheet)
    assert any(s.received for s in sheet)  # the hospital replenished this quarter
    found = consumable_items.warnings(demo_db, CHAIR, DEMO_TODAY)
    assert found.low and found.expiring


def test_an_item_is_corrected_but_its_stock_is_not(db: Database) -> None:
    item = strips(db)
    receive(db, item, 20, TODAY, None)
    batteries = consumable_items.add_item(
        db, ADMIN, NewItem("电池", ConsumableCategory.BATTERY, "节")
    )
    with pytest.raises(PermissionDenied):
        consumable_items.update_item(
            db, TECH, item, NewItem("试纸", ConsumableCategory.TEST_STRIP, "条")
        )
    clash = NewItem("电池", ConsumableCategory.TEST_STRIP, "条")
    assert error(lambda: consumable_items.update_item(db, ADMIN, item, clash)).code == "name_taken"
    fixed = NewItem("血糖试纸（罗氏）", ConsumableCategory.TEST_STRIP, "条", 30)
    row = consumable_items.update_item(db, CHAIR, item, fixed, TODAY)
    assert (row.name, row.min_stock, row.stock) == ("血糖试纸（罗氏）", 30, 20)
    assert totals(db, item) == (20, 20, 20)  # the stock is untouched
    consumable_items.update_item(db, CHAIR, item, fixed, TODAY)  # no change: no audit entry
    with read_only(db) as session:
        entries = session.execute(
            select(AuditEntry.entity_id, AuditEntry.before_json, AuditEntry.after_json).where(
                AuditEntry.entity == "consumable", AuditEntry.action == "update"
            )
        ).all()
    assert len(entries) == 1 and entries[0][0] == str(item)
    assert json.loads(entries[0][1] or "") == {"name": "血糖试纸", "min_stock": 50}
    assert json.loads(entries[0][2] or "") == {"name": "血糖试纸（罗氏）", "min_stock": 30}
    assert batteries.name == "电池"
