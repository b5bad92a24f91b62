"""An import's larger page cache lasts for its transaction only: the connection goes back to
the pool (the window keeps it) with the cache it had, whether the import wrote or not."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app.db.bulk import BULK_CACHE_KB, page_cache
from app.db.migrate import Database
from app.exchange.roster_import import import_roster, parse_roster
from app.services.unit_of_work import read_only, unit_of_work
from tests.roster_files import people, write_xlsx
from tests.support import ADMIN

TODAY = dt.date(2026, 11, 16)


def cache_size(db: Database) -> int:
    with read_only(db) as session:
        return int(session.connection().exec_driver_sql("PRAGMA cache_size").scalar_one())


def test_the_cache_is_raised_for_the_block_and_put_back(db: Database) -> None:
    before = cache_size(db)
    assert before != -BULK_CACHE_KB
    with unit_of_work(db) as session:
        with page_cache(session):
            size = session.connection().exec_driver_sql("PRAGMA cache_size").scalar_one()
            assert size == -BULK_CACHE_KB
        assert session.connection().exec_driver_sql("PRAGMA cache_size").scalar_one() == before
    with pytest.raises(ZeroDivisionError), unit_of_work(db) as session, page_cache(session):
        _ = 1 / 0  # a failure inside: put back all the same
    assert cache_size(db) == before


def test_an_import_leaves_the_page_cache_as_it_found_it(db: Database, tmp_path: Path) -> None:
    before = cache_size(db)
    source = parse_roster(write_xlsx(tmp_path / "a.xlsx", people(30)))
    assert import_roster(db, ADMIN, source, TODAY).applied
    assert cache_size(db) == before
    assert not import_roster(db, ADMIN, source, TODAY).applied  # nothing to write
    assert cache_size(db) == before
