"""Stock rules: low stock and expiry at their boundaries; lots never go negative."""

from __future__ import annotations

import datetime as dt

import pytest

from app.domain import stock
from app.domain.rule_error import RuleError
from app.domain.stock import ExpiryState, LotBalance

TODAY = dt.date(2026, 11, 16)


def test_low_means_below_the_minimum() -> None:
    assert stock.is_low(49, 50)
    assert not stock.is_low(50, 50)
    assert not stock.is_low(0, 0)


@pytest.mark.parametrize(
    ("days", "state"),
    [
        (-1, ExpiryState.EXPIRED),
        (0, ExpiryState.EXPIRING),  # usable until the end of its expiry date
        (30, ExpiryState.EXPIRING),
        (31, ExpiryState.OK),
    ],
)
def test_expiry_window_of_30_days(days: int, state: ExpiryState) -> None:
    assert stock.expiry_state(TODAY + dt.timedelta(days=days), TODAY) is state


def test_no_expiry_date() -> None:
    assert stock.expiry_state(None, TODAY) is ExpiryState.NO_EXPIRY


def lot(lot_id: int, expiry: dt.date | None, qty: int, received: dt.date | None) -> LotBalance:
    return LotBalance(lot_id, expiry, qty, received)


def test_first_expiry_first_out_usable_before_expired() -> None:
    lots = [
        lot(1, dt.date(2027, 6, 1), 10, dt.date(2026, 10, 1)),
        lot(2, dt.date(2027, 1, 1), 3, dt.date(2026, 7, 1)),
        lot(3, dt.date(2026, 11, 1), 5, dt.date(2026, 4, 1)),  # expired: taken last
        lot(4, None, 4, dt.date(2026, 7, 1)),
    ]
    assert stock.allocate(lots, 5, TODAY) == [(2, 3), (1, 2)]
    assert stock.allocate(lots, 20, TODAY) == [(2, 3), (1, 10), (4, 4), (3, 3)]


def test_only_lots_received_by_the_day_count() -> None:
    lots = [lot(1, None, 10, dt.date(2026, 10, 1)), lot(2, None, 5, dt.date(2026, 11, 10))]
    assert stock.available(lots, dt.date(2026, 11, 9)) == 10
    with pytest.raises(RuleError) as caught:
        stock.allocate(lots, 11, dt.date(2026, 11, 9))
    assert caught.value.code == "insufficient_stock"
    assert caught.value.details == {"available": 10, "requested": 11}
    assert stock.allocate(lots, 11, dt.date(2026, 11, 10)) == [(1, 10), (2, 1)]


def test_exactly_the_stock_can_be_taken_one_more_cannot() -> None:
    lots = [lot(1, None, 3, None)]
    assert stock.allocate(lots, 3, TODAY) == [(1, 3)]
    with pytest.raises(RuleError):
        stock.allocate(lots, 4, TODAY)


@pytest.mark.parametrize("quantity", [0, -2])
def test_quantity_must_be_positive(quantity: int) -> None:
    with pytest.raises(RuleError) as caught:
        stock.allocate([lot(1, None, 3, None)], quantity, TODAY)
    assert caught.value.code == "quantity_positive"
