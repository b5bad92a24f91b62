"""Consumables: quarterly replenishment by the hospital, monthly use, expired lots discarded.

Stock is simulated day by day per item with lots used first-expiry-first-out, so every
`used` row names its lot, lot quantities add up to the stock, and the stock never dips
below zero.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from collections import Counter
from dataclasses import dataclass

from app.catalogue.codes import ConsumableCategory, StockMovementKind, StockSource
from app.db.models import Consumable, ConsumableLot, StockMovement
from app.services.demo.context import (
    RECORDER,
    DemoContext,
    Row,
    add_months,
    quarter_of,
    quarter_start,
    quarters_between,
)
from app.services.demo.schedule import Schedule
from app.services.demo.visits import UsageStats

C = ConsumableCategory
K = StockMovementKind


@dataclass(frozen=True)
class Item:
    name: str
    category: ConsumableCategory
    unit: str
    min_stock: int
    pack: int
    shelf_months: int | None
    usage: str  # how the monthly use is derived, see _monthly_use


ITEMS: tuple[Item, ...] = (
    Item("血糖试纸", C.TEST_STRIP, "条", 50, 50, 18, "glucose"),
    Item("采血针", C.LANCET, "支", 50, 100, 36, "glucose"),
    Item("7号电池", C.BATTERY, "节", 8, 12, 36, "battery"),
    Item("健康教育处方", C.EDUCATION_PRESCRIPTION, "份", 50, 100, None, "prescription"),
    Item("医用酒精（75%，500ml）", C.DISINFECTANT, "瓶", 3, 10, 24, "alcohol"),
    Item("84消毒液", C.DISINFECTANT, "瓶", 2, 6, 12, "chlorine"),
    Item("速效救心丸", C.MEDICINE, "盒", 2, 5, 24, "rare"),
    Item("创可贴", C.MEDICINE, "盒", 2, 2, 36, "sometimes"),
)
LOW_STOCK = "7号电池"  # ends below its minimum, so the dashboard has something to say
EXPIRING = "速效救心丸"  # has a lot that expires within 30 days


@dataclass
class Lot:
    id: int
    received: dt.date
    expiry: dt.date | None
    quantity: int  # what is left of it
    number: str = ""


def _month_end(year: int, month: int) -> dt.date:
    return add_months(dt.date(year, month, 1), 1) - dt.timedelta(days=1)


def _monthly_use(
    rng: random.Random, item: Item, month: tuple[int, int], usage: UsageStats, disinfections: int
) -> int:
    match item.usage:
        case "glucose":
            return usage.glucose_by_month[month]
        case "battery":
            return rng.randint(1, 4)
        case "prescription":
            return usage.abnormal_by_month[month] // 2 + rng.randint(3, 10)
        case "alcohol":
            return math.ceil(disinfections / 2)
        case "chlorine":
            return 1 if disinfections else 0
        case "rare":
            return 1 if rng.random() < 0.1 else 0
        case _:
            return 1 if rng.random() < 0.4 else 0


class _Ledger:
    """One item's stock card: lots used first-expiry-first-out, every change a movement."""

    def __init__(self, rng: random.Random, item: Item, item_id: int, first_lot: int) -> None:
        self.rng, self.item, self.item_id, self.next_lot = rng, item, item_id, first_lot
        self.lots: list[Lot] = []
        self.stock = 0
        self.movements: list[Row] = []

    def move(
        self,
        kind: StockMovementKind,
        qty: int,
        on: dt.date,
        lot: Lot,
        note: str,
        source: StockSource | None = None,
    ) -> None:
        self.movements.append(
            {
                "consumable_id": self.item_id,
                "lot_id": lot.id,
                "kind": kind.value,
                "quantity": qty,
                "on_date": on,
                "source": source.value if source else None,
                "visit_id": None,
                "note": note,
                "recorded_by": RECORDER,
            }
        )
        self.stock += qty if kind is K.RECEIVED else -qty

    def discard_expired(self, before: dt.date) -> None:
        for lot in self.lots:
            if lot.quantity and lot.expiry and lot.expiry < before:
                gone = lot.expiry + dt.timedelta(days=1)
                self.move(K.DISCARDED, lot.quantity, gone, lot, "过期报废")
                lot.quantity = 0

    def take(self, qty: int, on: dt.date, note: str) -> None:
        self.discard_expired(on)
        for lot in sorted(self.lots, key=lambda x: (x.expiry or dt.date.max, x.id)):
            part = min(qty, lot.quantity)
            if part > 0:
                self.move(K.USED, part, on, lot, note)
                lot.quantity -= part
                qty -= part

    def receive(self, qty: int, on: dt.date, note: str, source: StockSource) -> None:
        shelf = self.item.shelf_months
        lot = Lot(self.next_lot, on, add_months(on, shelf) if shelf else None, qty)
        lot.number = f"{on:%Y%m%d}{self.rng.randrange(10, 99)}"
        self.next_lot += 1
        self.lots.append(lot)
        self.move(K.RECEIVED, qty, on, lot, note, source)


def _deliveries(ctx: DemoContext, rng: random.Random, schedule: Schedule) -> list[dt.date]:
    """The hospital delivers early in each quarter (and stocks the room on the first day)."""
    out: list[dt.date] = []
    for year, quarter in quarters_between(ctx.start, ctx.last_day):
        day = max(quarter_start(year, quarter) + dt.timedelta(days=rng.randint(3, 12)), ctx.start)
        while not schedule.is_workday(day) and day < ctx.last_day:
            day += dt.timedelta(days=1)
        if day <= ctx.last_day and (not out or day > out[-1]):
            out.append(day)
    return out


def generate_stock(ctx: DemoContext, schedule: Schedule, usage: UsageStats) -> int:
    """Insert consumables, lots and movements; returns the number of movements."""
    rng = ctx.rng("stock")
    disinfections = Counter((d.year, d.month) for d in schedule.disinfection_days)
    deliveries = _deliveries(ctx, rng, schedule)
    months: list[tuple[int, int]] = []
    month = dt.date(ctx.start.year, ctx.start.month, 1)
    while month <= ctx.last_day:
        months.append((month.year, month.month))
        month = add_months(month, 1)

    consumable_id = ctx.next_id(Consumable)
    next_lot = ctx.next_id(ConsumableLot)
    consumables: list[Row] = []
    lots: list[Row] = []
    movements: list[Row] = []
    for n, item in enumerate(ITEMS):
        card = _Ledger(rng, item, consumable_id + n, next_lot)
        uses = [
            (min(_month_end(*m), ctx.last_day), _monthly_use(rng, item, m, usage, disinfections[m]))
            for m in months
        ]
        for k, delivery in enumerate(deliveries):
            until = deliveries[k + 1] if k + 1 < len(deliveries) else ctx.today
            card.discard_expired(delivery)
            # Enough for the quarter ahead plus a safety margin, in whole packs.
            need = sum(q for day, q in uses if delivery <= day < until) + 2 * item.min_stock
            if k == 0 or need > card.stock:
                packs = max(1, math.ceil((need - card.stock) / item.pack))
                if item.name == LOW_STOCK and k == len(deliveries) - 1:
                    packs = 1
                quarter = f"{delivery.year}年第{quarter_of(delivery)}季度"
                card.receive(
                    packs * item.pack,
                    delivery,
                    f"合作医院{quarter}补充",
                    StockSource.HOSPITAL_REPLENISHMENT,
                )
            for day, qty in uses:
                if delivery <= day < until and qty:
                    card.take(min(qty, card.stock), day, f"{day:%Y年%m月}用量")
        card.discard_expired(ctx.today)
        if item.name == LOW_STOCK and card.stock >= item.min_stock:
            note = "更换血压计、血糖仪等设备电池"
            card.take(card.stock - item.min_stock // 2, ctx.last_day, note)
        if item.name == EXPIRING:
            soon = next((lot for lot in card.lots if lot.quantity), None)
            if soon is not None:
                soon.expiry = ctx.today + dt.timedelta(days=20)
        lots += [
            {
                "id": lot.id,
                "consumable_id": card.item_id,
                "lot_no": lot.number,
                "expiry_date": lot.expiry,
                "quantity": lot.quantity,
            }
            for lot in card.lots
        ]
        next_lot = card.next_lot
        movements += card.movements
        consumables.append(
            {
                "id": card.item_id,
                "name": item.name,
                "category": item.category.value,
                "unit": item.unit,
                "min_stock": item.min_stock,
                "stock": card.stock,
            }
        )
    movements.sort(key=lambda r: (r["on_date"], r["consumable_id"]))
    first_movement = ctx.next_id(StockMovement)
    for i, row in enumerate(movements):
        row["id"] = first_movement + i
    ctx.insert(Consumable, consumables)
    ctx.insert(ConsumableLot, lots)
    return ctx.insert(StockMovement, movements)
