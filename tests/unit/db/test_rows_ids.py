"""`Rows.ids`: a column of integers sent over as one JSON array gives back the very integers a
fetch of its rows gives, over the whole 64-bit range; none for no rows; in a plain register and
in an encrypted one."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.db.rows import Rows, close_rows, open_rows


@pytest.fixture(params=[None, bytes(range(32))], ids=["plain", "encrypted"], scope="module")
def rows(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Rows:
    opened = open_rows(tmp_path_factory.mktemp("rows") / "values.db", request.param)
    opened.connection.execute("CREATE TABLE item (v INTEGER)")
    request.addfinalizer(lambda: close_rows(opened))
    return opened


@given(written=st.lists(st.integers(-(2**63), 2**63 - 1), max_size=30))
def test_ids_are_what_the_rows_hold(rows: Rows, written: list[int]) -> None:
    rows.connection.execute("DELETE FROM item")
    rows.connection.executemany("INSERT INTO item (v) VALUES (?)", [(v,) for v in written])
    got = rows.ids("SELECT v FROM item")
    assert Counter(got) == Counter(rows.column("SELECT v FROM item")) == Counter(written)
    assert all(type(v) is int for v in got)


def test_no_rows_give_no_ids(rows: Rows) -> None:
    assert rows.ids("SELECT v FROM item WHERE v IS NOT v") == []


def test_parameters_reach_the_inner_statement(tmp_path: Path) -> None:
    rows = open_rows(tmp_path / "p.db")
    try:
        rows.connection.execute("CREATE TABLE item (v INTEGER)")
        rows.connection.executemany("INSERT INTO item (v) VALUES (?)", [(n,) for n in range(9)])
        assert sorted(rows.ids("SELECT v FROM item WHERE v >= ? AND v < ?", (3, 6))) == [3, 4, 5]
    finally:
        close_rows(rows)
