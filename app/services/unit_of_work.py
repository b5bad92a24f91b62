"""A unit of work: one session, one transaction, committed only if the action succeeds."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.orm import Session

from app.db.migrate import Database
from app.services.audit import CHAIN_KEY, WRITTEN, chain_key


def _keyed(db: Database, session: Session) -> Session:
    if db.key is not None:  # the audit chain of an encrypted register is keyed
        session.info[CHAIN_KEY] = chain_key(db.key)
    return session


@contextmanager
def unit_of_work(db: Database) -> Iterator[Session]:
    with db.sessions() as session:
        with session.begin():
            yield _keyed(db, session)
        if session.info.pop(WRITTEN, False) and db.key is not None:
            from app.services import audit_head  # the key file: only when entries were added

            audit_head.store(db, session)


@contextmanager
def read_only(db: Database) -> Iterator[Session]:
    """A session for queries; anything left pending is rolled back, never committed."""
    with db.sessions() as session:
        try:
            yield _keyed(db, session)
        finally:
            session.rollback()
