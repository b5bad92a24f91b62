"""Stock movements of the consumables: received (the partner hospital's quarterly
replenishment, or a purchase), used, discarded (expired) — and the quarter's stock sheet.

A use or discard larger than what is in stock is refused with a clear error: the stock never
goes negative. Lots are taken first-expiry-first-out (app.domain.stock).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.catalogue.codes import AuditAction, StockMovementKind, StockSource
from app.db.migrate import Database
from app.db.models import Consumable, ConsumableLot, StockMovement
from app.domain import stock as rules
from app.domain.permissions import Action
from app.domain.rule_error import RuleError
from app.domain.stock import LotBalance
from app.services import audit
from app.services.actor import Actor
from app.services.consumable_items import (
    ConsumableRow,
    LotRow,
    item_of,
    item_rows,
    lot_rows,
    received_on,
)
from app.services.unit_of_work import read_only, unit_of_work

K = StockMovementKind


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
class SheetItem:
    """One item of the printed stock sheet, with the quarter's movements."""

    item: ConsumableRow
    lots: tuple[LotRow, ...]
    received: int
    used: int
    discarded: int
    last_received: dt.date | None


# --- queries -------------------------------------------------------------------------------


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
    actor.require(Action.READ_CONSUMABLES)
    with read_only(db) as session:
        return _movement_rows(session, [StockMovement.consumable_id == consumable_id], limit)


def quarter_start(day: dt.date) -> dt.date:
    return dt.date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


def stock_sheet(db: Database, actor: Actor, today: dt.date) -> list[SheetItem]:
    """Every item with its lots in stock and this quarter's received / used / discarded."""
    actor.require(Action.READ_CONSUMABLES)
    since = quarter_start(today)
    with read_only(db) as session:
        items = item_rows(session, today)
        lots: dict[int, list[LotRow]] = {}
        for lot in lot_rows(session, today):
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


def movement_audit(session: Session, actor: Actor, m: StockMovement, stock: int) -> None:
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
    actor.require(Action.EDIT_CONSUMABLES)
    today = today or dt.date.today()
    rules.check_quantity(receipt.quantity)
    if receipt.on_date > today:
        raise RuleError("date_in_future", "on_date", day=receipt.on_date.isoformat())
    if receipt.expiry is not None and receipt.expiry <= receipt.on_date:
        raise RuleError("expiry_before_receipt", "expiry", expiry=receipt.expiry.isoformat())
    with unit_of_work(db) as session:
        item = item_of(session, receipt.consumable_id)
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
        movement_audit(session, actor, movement, item.stock)
        return item.stock


def lot_balances(session: Session, consumable_id: int) -> list[LotBalance]:
    received = received_on(session, [consumable_id])
    return [
        LotBalance(lot.id, lot.expiry_date, lot.quantity, received.get(lot.id))
        for lot in session.scalars(
            select(ConsumableLot).where(
                ConsumableLot.consumable_id == consumable_id, ConsumableLot.quantity > 0
            )
        )
    ]


def take(
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
        movement_audit(session, actor, movement, item.stock)


def take_out(db: Database, actor: Actor, out: Outgoing, today: dt.date | None = None) -> int:
    """Record a use or a discard; refused (RuleError "insufficient_stock") beyond the stock."""
    actor.require(Action.EDIT_CONSUMABLES)
    today = today or dt.date.today()
    if out.kind is K.RECEIVED:
        raise RuleError("receive_with_form", "kind")
    rules.check_quantity(out.quantity)
    if out.on_date > today:
        raise RuleError("date_in_future", "on_date", day=out.on_date.isoformat())
    with unit_of_work(db) as session:
        item = item_of(session, out.consumable_id)
        balances = lot_balances(session, item.id)
        if out.lot_id is not None:
            chosen = [b for b in balances if b.lot_id == out.lot_id]
            if not chosen:
                raise RuleError("lot_empty", "lot_id", lot_id=out.lot_id)
            parts = rules.take_from_lot(chosen[0], out.quantity, out.on_date)
        else:
            parts = rules.allocate(balances, out.quantity, out.on_date)
        take(session, actor, item, out.kind, parts, out.on_date, out.note.strip())
        return item.stock
