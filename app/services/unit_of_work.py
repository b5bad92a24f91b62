"""A unit of work: one session, one transaction, committed only if the action succeeds."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.orm import Session

from app.db.migrate import Database


@contextmanager
def unit_of_work(db: Database) -> Iterator[Session]:
    with db.sessions() as session, session.begin():
        yield session


@contextmanager
def read_only(db: Database) -> Iterator[Session]:
    """A session for queries; anything left pending is rolled back, never committed."""
    with db.sessions() as session:
        try:
            yield session
        finally:
            session.rollback()
