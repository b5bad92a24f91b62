"""Consumables stock: low-stock and expiry warnings, and taking from lots without going negative.

Lots are taken first-expiry-first-out, usable lots before expired ones, and only from lots
received on or before the day of the movement: a lot has one receipt, so taking from it can
never make its balance negative on any earlier or later day.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from app.catalogue.codes import ExpiryState as ExpiryState  # re-exported
from app.domain.rule_error import RuleError

EXPIRY_WARNING_DAYS = 30


def is_low(stock: int, minimum: int) -> bool:
    """Below the minimum; at the minimum the stock is still enough."""
    return stock < minimum


def expiry_state(
    expiry: dt.date | None, today: dt.date, warn_days: int = EXPIRY_WARNING_DAYS
) -> ExpiryState:
    """Expired from the day after the expiry date; expiring from `warn_days` before it."""
    if expiry is None:
        return ExpiryState.NO_EXPIRY
    if expiry < today:
        return ExpiryState.EXPIRED
    if expiry <= today + dt.timedelta(days=warn_days):
        return ExpiryState.EXPIRING
    return ExpiryState.OK


@dataclass(frozen=True)
class LotBalance:
    lot_id: int
    expiry: dt.date | None
    quantity: int
    received_on: dt.date | None  # None: unknown, treated as always available


def check_quantity(quantity: int) -> None:
    if quantity <= 0:
        raise RuleError("quantity_positive", "quantity", quantity=quantity)


def available(lots: Sequence[LotBalance], on: dt.date) -> int:
    return sum(
        lot.quantity
        for lot in lots
        if lot.quantity > 0 and (lot.received_on is None or lot.received_on <= on)
    )


def allocate(lots: Sequence[LotBalance], quantity: int, on: dt.date) -> list[tuple[int, int]]:
    """(lot id, quantity) to take for `quantity` on day `on`; RuleError if stock is short."""
    check_quantity(quantity)
    have = available(lots, on)
    if quantity > have:
        raise RuleError("insufficient_stock", "quantity", available=have, requested=quantity)
    usable = [
        lot
        for lot in lots
        if lot.quantity > 0 and (lot.received_on is None or lot.received_on <= on)
    ]

    def order(lot: LotBalance) -> tuple[bool, dt.date, int]:
        expired = lot.expiry is not None and lot.expiry < on
        return (expired, lot.expiry or dt.date.max, lot.lot_id)

    taken: list[tuple[int, int]] = []
    left = quantity
    for lot in sorted(usable, key=order):
        part = min(left, lot.quantity)
        taken.append((lot.lot_id, part))
        left -= part
        if not left:
            break
    return taken


def take_from_lot(lot: LotBalance, quantity: int, on: dt.date) -> list[tuple[int, int]]:
    """Take from one chosen lot (e.g. discarding an expired lot)."""
    return allocate([lot], quantity, on)
