"""Consumables (日常消耗品): items, lots with expiry dates and stock movements.

The stock of an item is the sum of its lots, and every change is a movement: received (the
partner hospital's quarterly replenishment, or a purchase), used, discarded (expired). A use
or discard larger than what is in stock is refused with a clear error — the stock never goes
negative. `use_for_reading` is the entry point of the usage register: a glucose reading
consumes one test strip inside the visit's own transaction.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.migrate import Database
from app.db.models import Consumable, ConsumableLot, Setting, StockMovement
from app.domain import stock as rules
from app.domain.codes import (
    AuditAction,
    ConsumableCategory,
    Role,
    StockMovementKind,
    StockSource,
)
from app.domain.readings import ReadingType
from app.domain.rule_error import RuleError
from app.domain.stock import ExpiryState, LotBalance
from app.services import audit
from app.services.actor import Actor
from app.services.unit_of_work import read_only, unit_of_work

READERS = (Role.CHAIR, Role.ADMIN, Role.TECH)
WRITERS = (Role.CHAIR, Role.ADMIN)
K = StockMovementKind
PER_READING_KEY = "consumables.per_reading"
GLUCOSE = (ReadingType.GLUCOSE_FASTING, ReadingType.GLUCOSE_2H, ReadingType.GLUCOSE_RANDOM)


@dataclass(frozen=True)
class ConsumableRow:
    id: int
    name: str
    category: ConsumableCategory
    unit: str
    stock: int
    min_stock: int
    next_expiry: dt.date | None
    expiring_quantity: int = 0  # in lots expiring within 30 days (still usable)
    expired_quantity: int = 0  # in lots past their expiry date, to discard

    @property
    def low(self) -> bool:
        return rules.is_low(self.stock, self.min_stock)


@dataclass(frozen=True)
class LotRow:
    id: int
    consumable_id: int
    item: str
    unit: str
    lot_no: str
    expiry: dt.date | None
    quantity: int
    received_on: dt.date | None
    state: ExpiryState


@dataclass(frozen=True)
class MovementRow:
    id: int
    consumable_id: int
    item: str
    unit: str
    kind: StockMovementKind
    quantity: int
    on_date: dt.date
    source: StockSource | None
    lot_no: str
    expiry: dt.date | None
    visit_id: int | None
    note: str
    recorded_by: str


@dataclass(frozen=True)
class NewItem:
    name: str
    category: ConsumableCategory
    unit: str
    min_stock: int = 0


@dataclass(frozen=True)
class Receipt:
    consumable_id: int
    quantity: int
    on_date: dt.date
    source: StockSource = StockSource.HOSPITAL_REPLENISHMENT
    lot_no: str = ""
    expiry: dt.date | None = None
    note: str = ""


@dataclass(frozen=True)
class Outgoing:
    consumable_id: int
    kind: StockMovementKind  # used or discarded
    quantity: int
    on_date: dt.date
    lot_id: int | None = None  # None: first-expiry-first-out
    note: str = ""


@dataclass(frozen=True)
class StockWarnings:
    low: tuple[ConsumableRow, ...]
    expiring: tuple[LotRow, ...]
    expired: tuple[LotRow, ...]

    @property
    def count(self) -> int:
        return len(self.low) + len(self.expiring) + len(self.expired)


@dataclass(frozen=True)
class SheetItem:
    """One item of the printed stock sheet, with the quarter's movements."""

    item: ConsumableRow
    lots: tuple[LotRow, ...]
    received: int
    used: int
    discarded: int
    last_received: dt.date | None


# --- queries -------------------------------------------------------------------------------


def _received_on(session: Session, consumable_ids: list[int] | None = None) -> dict[int, dt.date]:
    query = (
        select(StockMovement.lot_id, func.min(StockMovement.on_date))
        .where(StockMovement.kind == K.RECEIVED.value, StockMovement.lot_id.is_not(None))
        .group_by(StockMovement.lot_id)
    )
    if consumable_ids is not None:
        query = query.where(StockMovement.consumable_id.in_(consumable_ids))
    return {lot_id: day for lot_id, day in session.execute(query) if lot_id is not None}


def _lot_rows(
    session: Session, today: dt.date, consumable_ids: list[int] | None = None, in_stock: bool = True
) -> list[LotRow]:
    query = (
        select(ConsumableLot, Consumable.name, Consumable.unit)
        .join(Consumable, Consumable.id == ConsumableLot.consumable_id)
        .order_by(
            Consumable.name,
            ConsumableLot.expiry_date.is_(None),
            ConsumableLot.expiry_date,
            ConsumableLot.id,
        )
    )
    if consumable_ids is not None:
        query = query.where(ConsumableLot.consumable_id.in_(consumable_ids))
    if in_stock:
        query = query.where(ConsumableLot.quantity > 0)
    received = _received_on(session, consumable_ids)
    return [
        LotRow(
            id=lot.id,
            consumable_id=lot.consumable_id,
            item=name,
            unit=unit,
            lot_no=lot.lot_no,
            expiry=lot.expiry_date,
            quantity=lot.quantity,
            received_on=received.get(lot.id),
            state=rules.expiry_state(lot.expiry_date, today),
        )
        for lot, name, unit in session.execute(query)
    ]


def _item_rows(session: Session, today: dt.date, search: str = "") -> list[ConsumableRow]:
    query = select(Consumable).order_by(Consumable.name)
    if search.strip():
        query = query.where(Consumable.name.icontains(search.strip(), autoescape=True))
    items = list(session.scalars(query))
    lots: dict[int, list[LotRow]] = {}
    for lot in _lot_rows(session, today, [c.id for c in items]):
        lots.setdefault(lot.consumable_id, []).append(lot)
    rows = []
    for c in items:
        mine = lots.get(c.id, [])
        expiries = [lot.expiry for lot in mine if lot.expiry is not None]
        rows.append(
            ConsumableRow(
                id=c.id,
                name=c.name,
                category=ConsumableCategory(c.category),
                unit=c.unit,
                stock=c.stock,
                min_stock=c.min_stock,
                next_expiry=min(expiries, default=None),
                expiring_quantity=sum(
                    lot.quantity for lot in mine if lot.state is ExpiryState.EXPIRING
                ),
                expired_quantity=sum(
                    lot.quantity for lot in mine if lot.state is ExpiryState.EXPIRED
                ),
            )
        )
    return rows


def list_items(
    db: Database, actor: Actor, today: dt.date | None = None, search: str = ""
) -> list[ConsumableRow]:
    actor.require("read the consumables", *READERS)
    with read_only(db) as session:
        return _item_rows(session, today or dt.date.today(), search)


def list_lots(
    db: Database, actor: Actor, consumable_id: int, today: dt.date, in_stock: bool = True
) -> list[LotRow]:
    """The item's lots, soonest expiry first (by default only those with something left)."""
    actor.require("read the consumables", *READERS)
    with read_only(db) as session:
        return _lot_rows(session, today, [consumable_id], in_stock)


def _movement_rows(session: Session, query_filter: list[object], limit: int | None) -> list[
    MovementRow
]:  # fmt: skip
    query = (
        select(StockMovement, Consumable.name, Consumable.unit, ConsumableLot)
        .join(Consumable, Consumable.id == StockMovement.consumable_id)
        .outerjoin(ConsumableLot, ConsumableLot.id == StockMovement.lot_id)
        .where(*query_filter)  # type: ignore[arg-type]
        .order_by(StockMovement.on_date.desc(), StockMovement.id.desc())
    )
    if limit is not None:
        query = query.limit(limit)
    return [
        MovementRow(
            id=m.id,
            consumable_id=m.consumable_id,
            item=name,
            unit=unit,
            kind=StockMovementKind(m.kind),
            quantity=m.quantity,
            on_date=m.on_date,
            source=StockSource(m.source) if m.source else None,
            lot_no=lot.lot_no if lot else "",
            expiry=lot.expiry_date if lot else None,
            visit_id=m.visit_id,
            note=m.note,
            recorded_by=m.recorded_by,
        )
        for m, name, unit, lot in session.execute(query)
    ]


def list_movements(
    db: Database, actor: Actor, consumable_id: int, limit: int | None = 200
) -> list[MovementRow]:
    """The item's movements, newest first."""
    actor.require("read the consumables", *READERS)
    with read_only(db) as session:
        return _movement_rows(session, [StockMovement.consumable_id == consumable_id], limit)


def warnings(db: Database, actor: Actor, today: dt.date) -> StockWarnings:
    """Items below their minimum, lots expiring within 30 days, and expired lots in stock."""
    actor.require("read the consumables", *READERS)
    with read_only(db) as session:
        items = _item_rows(session, today)
        lots = _lot_rows(session, today)
    return StockWarnings(
        low=tuple(i for i in items if i.low),
        expiring=tuple(lot for lot in lots if lot.state is ExpiryState.EXPIRING),
        expired=tuple(lot for lot in lots if lot.state is ExpiryState.EXPIRED),
    )


def quarter_start(day: dt.date) -> dt.date:
    return dt.date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


def stock_sheet(db: Database, actor: Actor, today: dt.date) -> list[SheetItem]:
    """Every item with its lots in stock and this quarter's received / used / discarded."""
    actor.require("read the consumables", *READERS)
    since = quarter_start(today)
    with read_only(db) as session:
        items = _item_rows(session, today)
        lots: dict[int, list[LotRow]] = {}
        for lot in _lot_rows(session, today):
            lots.setdefault(lot.consumable_id, []).append(lot)
        totals: dict[tuple[int, str], int] = {
            (cid, kind): int(qty or 0)
            for cid, kind, qty in session.execute(
                select(
                    StockMovement.consumable_id,
                    StockMovement.kind,
                    func.sum(StockMovement.quantity),
                )
                .where(StockMovement.on_date >= since, StockMovement.on_date <= today)
                .group_by(StockMovement.consumable_id, StockMovement.kind)
            )
        }
        last = {
            cid: day
            for cid, day in session.execute(
                select(StockMovement.consumable_id, func.max(StockMovement.on_date))
                .where(StockMovement.kind == K.RECEIVED.value)
                .group_by(StockMovement.consumable_id)
            )
        }
    return [
        SheetItem(
            item=item,
            lots=tuple(lots.get(item.id, ())),
            received=totals.get((item.id, K.RECEIVED.value), 0),
            used=totals.get((item.id, K.USED.value), 0),
            discarded=totals.get((item.id, K.DISCARDED.value), 0),
            last_received=last.get(item.id),
        )
        for item in items
    ]


# --- changes -------------------------------------------------------------------------------


def _check_item(session: Session, item: NewItem, exclude_id: int | None = None) -> None:
    name = item.name.strip()
    if not name:
        raise RuleError("name_required", "name")
    if len(name) > 100:
        raise RuleError("too_long", "name", limit=100)
    if not item.unit.strip():
        raise RuleError("unit_required", "unit")
    if item.min_stock < 0:
        raise RuleError("not_negative", "min_stock")
    clash = session.scalar(select(Consumable.id).where(Consumable.name == name))
    if clash is not None and clash != exclude_id:
        raise RuleError("name_taken", "name", name=name)


def add_item(db: Database, actor: Actor, item: NewItem) -> ConsumableRow:
    actor.require("add a consumable", *WRITERS)
    with unit_of_work(db) as session:
        _check_item(session, item)
        row = Consumable(
            name=item.name.strip(),
            category=item.category.value,
            unit=item.unit.strip(),
            min_stock=item.min_stock,
            stock=0,
        )
        session.add(row)
        session.flush()
        audit.record(
            session,
            actor,
            AuditAction.CREATE,
            "consumable",
            row.id,
            after={"name": row.name, "category": row.category, "unit": row.unit,
                   "min_stock": row.min_stock},
        )  # fmt: skip
        return ConsumableRow(
            row.id, row.name, item.category, row.unit, row.stock, row.min_stock, None
        )


def update_item(
    db: Database, actor: Actor, consumable_id: int, item: NewItem, today: dt.date | None = None
) -> ConsumableRow:
    """Correct the name, category, unit or minimum (never the stock: that takes a movement).

    The audit entry holds what changed; saving an unchanged item writes nothing.
    """
    actor.require("change a consumable", *WRITERS)
    with unit_of_work(db) as session:
        row = _item(session, consumable_id)
        _check_item(session, item, exclude_id=row.id)
        wanted: dict[str, object] = {
            "name": item.name.strip(),
            "category": item.category.value,
            "unit": item.unit.strip(),
            "min_stock": item.min_stock,
        }
        changed = [k for k, v in wanted.items() if getattr(row, k) != v]
        if changed:
            before = {k: getattr(row, k) for k in changed}
            for k in changed:
                setattr(row, k, wanted[k])
            session.flush()
            audit.record(
                session, actor, AuditAction.UPDATE, "consumable", row.id,
                {"name": before.get("name", row.name), **before},
                {"name": row.name, **{k: wanted[k] for k in changed}},
            )  # fmt: skip
        rows = _item_rows(session, today or dt.date.today())
        return next(r for r in rows if r.id == row.id)


def _item(session: Session, consumable_id: int) -> Consumable:
    row = session.get(Consumable, consumable_id)
    if row is None:
        raise RuleError("no_such_item", "consumable_id", consumable_id=consumable_id)
    return row


def _movement_audit(session: Session, actor: Actor, m: StockMovement, stock: int) -> None:
    audit.record(
        session,
        actor,
        AuditAction.CREATE,
        "stock_movement",
        m.id,
        after={
            "consumable_id": m.consumable_id,
            "kind": m.kind,
            "quantity": m.quantity,
            "on_date": m.on_date,
            "lot_id": m.lot_id,
            "source": m.source,
            "visit_id": m.visit_id,
            "note": m.note,
            "stock_after": stock,
        },
    )


def receive(db: Database, actor: Actor, receipt: Receipt, today: dt.date | None = None) -> int:
    """Receive a delivery as a new lot; returns the new stock."""
    actor.require("receive consumables", *WRITERS)
    today = today or dt.date.today()
    rules.check_quantity(receipt.quantity)
    if receipt.on_date > today:
        raise RuleError("date_in_future", "on_date", day=receipt.on_date.isoformat())
    if receipt.expiry is not None and receipt.expiry <= receipt.on_date:
        raise RuleError("expiry_before_receipt", "expiry", expiry=receipt.expiry.isoformat())
    with unit_of_work(db) as session:
        item = _item(session, receipt.consumable_id)
        lot = ConsumableLot(
            consumable_id=item.id,
            lot_no=receipt.lot_no.strip(),
            expiry_date=receipt.expiry,
            quantity=receipt.quantity,
        )
        session.add(lot)
        session.flush()
        movement = StockMovement(
            consumable_id=item.id,
            lot_id=lot.id,
            kind=K.RECEIVED.value,
            quantity=receipt.quantity,
            on_date=receipt.on_date,
            source=receipt.source.value,
            note=receipt.note.strip(),
            recorded_by=actor.username,
        )
        session.add(movement)
        item.stock += receipt.quantity
        session.flush()
        _movement_audit(session, actor, movement, item.stock)
        return item.stock


def _balances(session: Session, consumable_id: int) -> list[LotBalance]:
    received = _received_on(session, [consumable_id])
    return [
        LotBalance(lot.id, lot.expiry_date, lot.quantity, received.get(lot.id))
        for lot in session.scalars(
            select(ConsumableLot).where(
                ConsumableLot.consumable_id == consumable_id, ConsumableLot.quantity > 0
            )
        )
    ]


def _take(
    session: Session,
    actor: Actor,
    item: Consumable,
    kind: StockMovementKind,
    parts: list[tuple[int, int]],
    on: dt.date,
    note: str,
    visit_id: int | None = None,
) -> None:
    for lot_id, quantity in parts:
        lot = session.get(ConsumableLot, lot_id)
        assert lot is not None and lot.quantity >= quantity  # allocate() checked it
        lot.quantity -= quantity
        item.stock -= quantity
        movement = StockMovement(
            consumable_id=item.id,
            lot_id=lot_id,
            kind=kind.value,
            quantity=quantity,
            on_date=on,
            visit_id=visit_id,
            note=note,
            recorded_by=actor.username,
        )
        session.add(movement)
        session.flush()
        _movement_audit(session, actor, movement, item.stock)


def take_out(db: Database, actor: Actor, out: Outgoing, today: dt.date | None = None) -> int:
    """Record a use or a discard; refused (RuleError "insufficient_stock") beyond the stock."""
    actor.require("record consumable use", *WRITERS)
    today = today or dt.date.today()
    if out.kind is K.RECEIVED:
        raise RuleError("receive_with_form", "kind")
    rules.check_quantity(out.quantity)
    if out.on_date > today:
        raise RuleError("date_in_future", "on_date", day=out.on_date.isoformat())
    with unit_of_work(db) as session:
        item = _item(session, out.consumable_id)
        balances = _balances(session, item.id)
        if out.lot_id is not None:
            chosen = [b for b in balances if b.lot_id == out.lot_id]
            if not chosen:
                raise RuleError("lot_empty", "lot_id", lot_id=out.lot_id)
            parts = rules.take_from_lot(chosen[0], out.quantity, out.on_date)
        else:
            parts = rules.allocate(balances, out.quantity, out.on_date)
        _take(session, actor, item, out.kind, parts, out.on_date, out.note.strip())
        return item.stock


# --- the usage register's entry point ------------------------------------------------------


@dataclass(frozen=True)
class ReadingUse:
    """What one reading of a type uses: `quantity` units of an item (no item: nothing)."""

    consumable_id: int | None
    quantity: int = 1
    configured: bool = False  # False: the default (a glucose reading uses one test strip)


def _parse_use(value: object) -> ReadingUse:
    """One entry of the setting: null, an item id (one unit) or {"item": id, "quantity": n}."""
    if isinstance(value, dict):
        item, quantity = value.get("item"), value.get("quantity", 1)
        if isinstance(quantity, bool) or not isinstance(quantity, int) or quantity < 1:
            quantity = 1
        if isinstance(item, bool) or not isinstance(item, int):
            item = None
        return ReadingUse(item, quantity, configured=True)
    if isinstance(value, int) and not isinstance(value, bool):
        return ReadingUse(value, 1, configured=True)
    return ReadingUse(None, 1, configured=True)


def _dump_use(use: ReadingUse) -> object:
    return None if use.consumable_id is None else {"item": use.consumable_id,
                                                   "quantity": use.quantity}  # fmt: skip


def _per_reading_setting(session: Session) -> dict[str, object]:
    raw = session.scalar(select(Setting.value).where(Setting.key == PER_READING_KEY))
    if not raw:
        return {}
    try:
        data = json.loads(raw)
    except ValueError:
        return {}
    return {str(k): v for k, v in data.items()} if isinstance(data, dict) else {}


def _default_item(session: Session, reading_type: ReadingType) -> int | None:
    if reading_type not in GLUCOSE:
        return None
    return session.scalar(
        select(Consumable.id)
        .where(Consumable.category == ConsumableCategory.TEST_STRIP.value)
        .order_by(Consumable.stock == 0, Consumable.id)  # one with stock first
        .limit(1)
    )


def _use_for(session: Session, reading_type: ReadingType) -> ReadingUse:
    setting = _per_reading_setting(session)
    if reading_type.value in setting:
        return _parse_use(setting[reading_type.value])
    return ReadingUse(_default_item(session, reading_type))


def use_for_reading(
    session: Session, actor: Actor, reading_type: ReadingType, visit_id: int, on: dt.date
) -> bool:
    """Use the consumable configured for the reading type, in the caller's transaction
    (nothing is committed here).

    By default a glucose reading (fasting, 2 h or random) uses one glucose test strip; the
    setting `consumables.per_reading` ({reading type: null | {"item": id, "quantity": n}})
    overrides it per reading type. Returns False and records nothing when no item is
    configured or there is not enough of it on that day: the visit still saves, the stock
    never goes negative.
    """
    actor.require("record consumable use", *WRITERS)
    use = _use_for(session, reading_type)
    if use.consumable_id is None:
        return False
    item = session.get(Consumable, use.consumable_id)
    if item is None:
        return False
    balances = _balances(session, item.id)
    if rules.available(balances, on) < use.quantity:
        return False
    parts = rules.allocate(balances, use.quantity, on)
    _take(session, actor, item, K.USED, parts, on, "", visit_id=visit_id)
    return True


def per_reading_items(db: Database, actor: Actor) -> dict[ReadingType, ReadingUse]:
    """What each reading type uses, defaults filled in."""
    actor.require("read the consumables", *READERS)
    with read_only(db) as session:
        return {rt: _use_for(session, rt) for rt in ReadingType}


def set_per_reading_items(
    db: Database, actor: Actor, mapping: Mapping[ReadingType, ReadingUse]
) -> None:
    """Store what each reading type uses (types left out keep their current choice)."""
    actor.require("change the consumables settings", *WRITERS)
    with unit_of_work(db) as session:
        for use in mapping.values():
            if use.consumable_id is not None:
                _item(session, use.consumable_id)
                rules.check_quantity(use.quantity)
        before = _per_reading_setting(session)
        after = {**before, **{rt.value: _dump_use(use) for rt, use in mapping.items()}}
        if after == before:
            return  # nothing changed: no audit entry
        row = session.get(Setting, PER_READING_KEY)
        value = json.dumps(after, sort_keys=True)
        if row is None:
            session.add(Setting(key=PER_READING_KEY, value=value))
        else:
            row.value = value
        session.flush()
        audit.record(session, actor, AuditAction.UPDATE, "setting", PER_READING_KEY, before, after)
