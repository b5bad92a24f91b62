"""A workspace transaction that collides with another reviewer's is run again, whole, until it
commits or a minute has passed; any other error is raised at once.

The collisions here are the server's own error classes (psycopg's SerializationFailure,
SQLSTATE 40001) raised inside a real transaction on a workspace file, so each failed try's
rows are really rolled back; the real collisions between processes are in
tests/unit/exchange/test_county_concurrency.py.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from psycopg.errors import SerializationFailure, UndefinedTable
from sqlalchemy import select
from sqlalchemy.exc import OperationalError, ProgrammingError
from sqlalchemy.orm import Session

from app.db.county_models import CountyMeta, open_workspace, write


def collision() -> OperationalError:
    return OperationalError("INSERT …", {}, SerializationFailure("could not serialize access"))


def test_more_collisions_than_the_old_eight_tries_still_commit_once(tmp_path: Path) -> None:
    workspace = open_workspace(tmp_path / "county.db")
    tries: list[int] = []

    def work(session: Session) -> str:
        tries.append(len(tries))
        session.add(CountyMeta(key=f"try-{len(tries)}", value="written"))
        session.flush()
        if len(tries) <= 12:
            raise collision()
        return "done"

    try:
        assert write(workspace, work) == "done"
        with workspace.sessions() as session:
            kept = session.scalars(select(CountyMeta.key).where(CountyMeta.key.like("try-%")))
            assert list(kept) == ["try-13"]  # the 12 failed tries left nothing
    finally:
        workspace.close()
    assert len(tries) == 13


def test_another_error_is_raised_at_once(tmp_path: Path) -> None:
    workspace = open_workspace(tmp_path / "county.db")
    tries = 0

    def work(session: Session) -> None:
        nonlocal tries
        tries += 1
        raise ProgrammingError("SELECT …", {}, UndefinedTable("no such table"))

    try:
        with pytest.raises(ProgrammingError):
            write(workspace, work)
    finally:
        workspace.close()
    assert tries == 1


def test_it_gives_up_once_its_patience_is_spent(tmp_path: Path) -> None:
    workspace = open_workspace(tmp_path / "county.db")
    tries = 0

    def work(session: Session) -> None:
        nonlocal tries
        tries += 1
        raise collision()

    started = time.monotonic()
    try:
        with pytest.raises(OperationalError):
            write(workspace, work, patience_s=0.3)
    finally:
        workspace.close()
    assert time.monotonic() - started >= 0.3
    assert tries > 1
