"""Many rows written in one statement, straight to the driver's executemany.

An import writes thousands of rows at once (a hospital's 5,000 check-ups carry some 80,000
results). SQLAlchemy's ORM and Core handle each row's parameters in Python, which cost more
than SQLite's own work there; these hand the driver plain tuples. Each value is still bound as
the column's type binds it (a date or a time as SQLAlchemy stores it), so what they write reads
back through the models unchanged.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Table
from sqlalchemy.orm import Session

__all__ = ["insert_rows", "page_cache", "update_rows"]

BULK_CACHE_KB = 32 * 1024  # at most; SQLite takes pages as it needs them


@contextmanager
def page_cache(session: Session, kilobytes: int = BULK_CACHE_KB) -> Iterator[None]:
    """SQLite's page cache of the session's connection raised for the block, then put back.

    Its default (2 MB) holds less than a large register's staff table and indexes: 10,000
    people written at 20,000 staff read the same index pages again and again and spill pages
    into the WAL before the commit, which writes them again. Only pages used are allocated."""
    connection = session.connection()
    (before,) = connection.exec_driver_sql("PRAGMA cache_size").one()
    connection.exec_driver_sql(f"PRAGMA cache_size=-{int(kilobytes)}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size={int(before)}")


def _binders(
    session: Session, table: Table, columns: Sequence[str]
) -> list[Callable[..., Any] | None]:
    dialect = session.get_bind().dialect
    return [table.c[name].type.dialect_impl(dialect).bind_processor(dialect) for name in columns]


def _bound(
    rows: Iterable[Sequence[Any]], binders: list[Callable[..., Any] | None]
) -> list[tuple[Any, ...]]:
    convert = [(n, binder) for n, binder in enumerate(binders) if binder is not None]
    if not convert:
        return [tuple(row) for row in rows]
    bound = []
    for row in rows:
        values = list(row)
        for n, binder in convert:
            values[n] = binder(values[n])
        bound.append(tuple(values))
    return bound


def insert_rows(
    session: Session, table: Table, columns: Sequence[str], rows: Iterable[Sequence[Any]]
) -> None:
    """INSERT one row per tuple, its values in the order of `columns`."""
    names = ", ".join(columns)
    marks = ", ".join("?" * len(columns))
    session.connection().exec_driver_sql(
        f"INSERT INTO {table.name} ({names}) VALUES ({marks})",
        _bound(rows, _binders(session, table, columns)),
    )


def update_rows(
    session: Session,
    table: Table,
    key: str,
    columns: Sequence[str],
    rows: Iterable[Sequence[Any]],
) -> None:
    """UPDATE the row whose `key` is each tuple's last value, setting `columns` to the others."""
    assignments = ", ".join(f"{name} = ?" for name in columns)
    session.connection().exec_driver_sql(
        f"UPDATE {table.name} SET {assignments} WHERE {key} = ?",
        _bound(rows, _binders(session, table, (*columns, key))),
    )
