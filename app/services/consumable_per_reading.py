"""Which consumable each reading type uses, and the usage register's entry point.

By default a glucose reading (fasting, 2 h or random) uses one glucose test strip; the
setting `consumables.per_reading` chooses another item, a number of units, or nothing, per
reading type. `use_for_reading` takes it from the stock inside the visit's own transaction.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.catalogue.codes import AuditAction, ConsumableCategory, StockMovementKind
from app.catalogue.readings import READINGS
from app.db.migrate import Database
from app.db.models import Consumable, Setting
from app.domain import stock as rules
from app.domain.permissions import Action
from app.domain.readings import ReadingType
from app.services import audit
from app.services.actor import Actor
from app.services.consumable_items import item_of
from app.services.consumable_stock import lot_balances, take
from app.services.unit_of_work import read_only, unit_of_work

K = StockMovementKind
PER_READING_KEY = "consumables.per_reading"


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
    category = READINGS[reading_type].consumable  # the catalogue: glucose uses a test strip
    if category is None:
        return None
    return session.scalar(
        select(Consumable.id)
        .where(Consumable.category == ConsumableCategory(category).value)
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
    actor.require(Action.EDIT_CONSUMABLES)
    use = _use_for(session, reading_type)
    if use.consumable_id is None:
        return False
    item = session.get(Consumable, use.consumable_id)
    if item is None:
        return False
    balances = lot_balances(session, item.id)
    if rules.available(balances, on) < use.quantity:
        return False
    parts = rules.allocate(balances, use.quantity, on)
    take(session, actor, item, K.USED, parts, on, "", visit_id=visit_id)
    return True


def per_reading_items(db: Database, actor: Actor) -> dict[ReadingType, ReadingUse]:
    """What each reading type uses, defaults filled in."""
    actor.require(Action.READ_CONSUMABLES)
    with read_only(db) as session:
        return {rt: _use_for(session, rt) for rt in ReadingType}


def set_per_reading_items(
    db: Database, actor: Actor, mapping: Mapping[ReadingType, ReadingUse]
) -> None:
    """Store what each reading type uses (types left out keep their current choice)."""
    actor.require(Action.EDIT_CONSUMABLES)
    with unit_of_work(db) as session:
        for use in mapping.values():
            if use.consumable_id is not None:
                item_of(session, use.consumable_id)
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
