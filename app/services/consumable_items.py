"""Consumables (日常消耗品): the items, their lots with expiry dates, and the warnings.

An item's stock is the sum of its lots and changes only by a movement
(app.services.consumable_stock); here the item's name, kind, unit and minimum are kept.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.catalogue.codes import AuditAction, ConsumableCategory, StockMovementKind
from app.db.migrate import Database
from app.db.models import Consumable, ConsumableLot, StockMovement
from app.domain import stock as rules
from app.domain.permissions import Action
from app.domain.rule_error import RuleError
from app.domain.stock import ExpiryState
from app.services import audit
from app.services.actor import Actor
from app.services.unit_of_work import read_only, unit_of_work

K = StockMovementKind


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
class NewItem:
    name: str
    category: ConsumableCategory
    unit: str
    min_stock: int = 0


@dataclass(frozen=True)
class StockWarnings:
    low: tuple[ConsumableRow, ...]
    expiring: tuple[LotRow, ...]
    expired: tuple[LotRow, ...]

    @property
    def count(self) -> int:
        return len(self.low) + len(self.expiring) + len(self.expired)


# --- queries -------------------------------------------------------------------------------


def received_on(session: Session, consumable_ids: list[int] | None = None) -> dict[int, dt.date]:
    query = (
        select(StockMovement.lot_id, func.min(StockMovement.on_date))
        .where(StockMovement.kind == K.RECEIVED.value, StockMovement.lot_id.is_not(None))
        .group_by(StockMovement.lot_id)
    )
    if consumable_ids is not None:
        query = query.where(StockMovement.consumable_id.in_(consumable_ids))
    return {lot_id: day for lot_id, day in session.execute(query) if lot_id is not None}


def lot_rows(
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
    received = received_on(session, consumable_ids)
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


def item_rows(session: Session, today: dt.date, search: str = "") -> list[ConsumableRow]:
    query = select(Consumable).order_by(Consumable.name)
    if search.strip():
        query = query.where(Consumable.name.icontains(search.strip(), autoescape=True))
    items = list(session.scalars(query))
    lots: dict[int, list[LotRow]] = {}
    for lot in lot_rows(session, today, [c.id for c in items]):
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
    actor.require(Action.READ_CONSUMABLES)
    with read_only(db) as session:
        return item_rows(session, today or dt.date.today(), search)


def list_lots(
    db: Database, actor: Actor, consumable_id: int, today: dt.date, in_stock: bool = True
) -> list[LotRow]:
    """The item's lots, soonest expiry first (by default only those with something left)."""
    actor.require(Action.READ_CONSUMABLES)
    with read_only(db) as session:
        return lot_rows(session, today, [consumable_id], in_stock)


def warnings(db: Database, actor: Actor, today: dt.date) -> StockWarnings:
    """Items below their minimum, lots expiring within 30 days, and expired lots in stock."""
    actor.require(Action.READ_CONSUMABLES)
    with read_only(db) as session:
        items = item_rows(session, today)
        lots = lot_rows(session, today)
    return StockWarnings(
        low=tuple(i for i in items if i.low),
        expiring=tuple(lot for lot in lots if lot.state is ExpiryState.EXPIRING),
        expired=tuple(lot for lot in lots if lot.state is ExpiryState.EXPIRED),
    )


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
    actor.require(Action.EDIT_CONSUMABLES)
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
    actor.require(Action.EDIT_CONSUMABLES)
    with unit_of_work(db) as session:
        row = item_of(session, consumable_id)
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
        rows = item_rows(session, today or dt.date.today())
        return next(r for r in rows if r.id == row.id)


def item_of(session: Session, consumable_id: int) -> Consumable:
    row = session.get(Consumable, consumable_id)
    if row is None:
        raise RuleError("no_such_item", "consumable_id", consumable_id=consumable_id)
    return row
