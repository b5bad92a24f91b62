"""Periods as the command line writes them: 2026, 2026Q3, 2026-10."""

from __future__ import annotations

import datetime as dt

import pytest

from app.domain.periods import Period, PeriodError, PeriodKind

D = dt.date


@pytest.mark.parametrize(
    ("text", "kind", "first", "last", "code"),
    [
        ("2026", PeriodKind.YEAR, D(2026, 1, 1), D(2026, 12, 31), "2026"),
        ("2026Q1", PeriodKind.QUARTER, D(2026, 1, 1), D(2026, 3, 31), "2026Q1"),
        ("2026q3", PeriodKind.QUARTER, D(2026, 7, 1), D(2026, 9, 30), "2026Q3"),
        ("2026-Q4", PeriodKind.QUARTER, D(2026, 10, 1), D(2026, 12, 31), "2026Q4"),
        ("2026-10", PeriodKind.MONTH, D(2026, 10, 1), D(2026, 10, 31), "2026-10"),
        ("2024-2", PeriodKind.MONTH, D(2024, 2, 1), D(2024, 2, 29), "2024-02"),
        ("2026/12", PeriodKind.MONTH, D(2026, 12, 1), D(2026, 12, 31), "2026-12"),
        (" 2025-02 ", PeriodKind.MONTH, D(2025, 2, 1), D(2025, 2, 28), "2025-02"),
    ],
)
def test_parse(text: str, kind: PeriodKind, first: dt.date, last: dt.date, code: str) -> None:
    period = Period.parse(text)
    assert period.kind is kind
    assert (period.first_day, period.last_day) == (first, last)
    assert period.code == code == str(period)
    assert Period.parse(period.code) == period


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("2026Q5", "quarter"),
        ("2026Q0", "quarter"),
        ("2026-13", "month"),
        ("2026-0", "month"),
        ("26", "format"),
        ("", "format"),
        ("2026-10-01", "format"),
        ("Q3 2026", "format"),
        ("1800", "year"),
    ],
)
def test_bad_periods_say_why(text: str, code: str) -> None:
    with pytest.raises(PeriodError) as info:
        Period.parse(text)
    assert info.value.code == code


def test_neighbours_cross_year_boundaries() -> None:
    assert Period.parse("2026Q1").previous() == Period.parse("2025Q4")
    assert Period.parse("2026-01").previous() == Period.parse("2025-12")
    assert Period.parse("2025-12").next() == Period.parse("2026-01")
    assert Period.parse("2026").previous(2) == Period.parse("2024")
    assert [p.code for p in Period.parse("2026Q2").previous_periods(4)] == [
        "2025Q2",
        "2025Q3",
        "2025Q4",
        "2026Q1",
    ]


def test_parts_of_a_period() -> None:
    year = Period.parse("2026")
    assert [q.code for q in year.quarters()] == ["2026Q1", "2026Q2", "2026Q3", "2026Q4"]
    assert Period.parse("2026-08").quarter_period == Period.parse("2026Q3")
    assert Period.parse("2026-08").quarters() == [Period.parse("2026Q3")]
    assert [m.code for m in Period.parse("2026Q3").month_periods()] == [
        "2026-07",
        "2026-08",
        "2026-09",
    ]
    assert Period.parse("2026Q3").year_period == year
    assert Period.containing(D(2026, 8, 15), PeriodKind.QUARTER).code == "2026Q3"
    assert Period.containing(D(2026, 8, 15), PeriodKind.MONTH).code == "2026-08"
    assert len(Period.parse("2024").days()) == 366
    assert Period.parse("2026Q3").contains(D(2026, 9, 30))
    assert not Period.parse("2026Q3").contains(D(2026, 10, 1))
    assert sorted([Period.parse("2026-01"), Period.parse("2026"), Period.parse("2025Q4")]) == [
        Period.parse("2025Q4"),
        Period.parse("2026"),
        Period.parse("2026-01"),
    ]
