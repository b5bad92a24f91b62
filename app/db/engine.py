"""The SQLAlchemy engine over a database file, with the key and pragmas of `connection`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from app.db.connection import (
    KEY_BYTES,
    NATURAL,
    PRAGMAS,
    DatabaseErrors,
    apply_key,
    apply_pragmas,
    connect,
    driver,
    key_pragma,
)
from app.domain.ordering import compare_names

__all__ = [
    "KEY_BYTES",
    "PRAGMAS",
    "DatabaseErrors",
    "apply_key",
    "connect",
    "key_pragma",
    "make_engine",
    "make_session_factory",
]


def make_engine(path: Path, key: bytes | None = None) -> Engine:
    # URL.create, not "sqlite:///" + path: a "?" in a folder name would start a query string.
    url = URL.create("sqlite", database=str(path))
    engine = create_engine(url, future=True, module=driver(key))

    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        apply_key(dbapi_connection, key)
        apply_pragmas(dbapi_connection)
        # Departments sort 一 < 二 < … < 十 < 十一 (ORDER BY name COLLATE natural).
        dbapi_connection.create_collation(NATURAL, compare_names)

    event.listen(engine, "connect", on_connect)
    return engine


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    # expire_on_commit=False: services hand out DTOs built before commit; nothing lazy-loads later.
    return sessionmaker(engine, expire_on_commit=False, future=True)
