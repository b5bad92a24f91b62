"""Rows read with SQL text straight from a DB-API connection: plain tuples, no ORM.

The indicator engine reads this way, so a command that only counts (`healthroom indicators`)
does not load SQLAlchemy and the models — a third of a second of every run — and the
window's sessions lend it their own connection (`Rows.of_session`), so every caller reads
the same way inside its own transaction. Values are in the forms the models' types keep in
SQLite (SQLAlchemy's SQLite dialect): dates 'YYYY-MM-DD', moments 'YYYY-MM-DD HH:MM:SS.ffffff',
times 'HH:MM:SS.ffffff'. `date_text`, `day_start` and `moment_text` write those forms; the
`fromisoformat` of `datetime` reads them back as the models do (`as_date`, `as_moment` and
`as_time` where the column may be empty).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from app.db.connection import NATURAL, apply_pragmas, connect
from app.domain.ordering import compare_names

Row = tuple[Any, ...]


class Rows:
    """Queries over one open DB-API connection (the caller owns the connection)."""

    def __init__(self, connection: Any) -> None:
        self.connection = connection

    @classmethod
    def of_session(cls, session: Any) -> Rows:
        """The connection an ORM session works in: the same transaction, with what the session
        holds pending written first (as its own queries would autoflush it)."""
        session.flush()
        return cls(session.connection().connection.driver_connection)

    def all(self, sql: str, params: Sequence[object] = ()) -> list[Row]:
        cursor = self.connection.execute(sql, tuple(params))
        try:
            return list(cursor.fetchall())
        finally:
            cursor.close()

    def column(self, sql: str, params: Sequence[object] = ()) -> list[Any]:
        return [row[0] for row in self.all(sql, params)]

    def ids(self, sql: str, params: Sequence[object] = ()) -> list[int]:
        """The integers of `sql`'s one column, in no promised order, sent over as a single JSON
        array (json_group_array) that Python's C parser reads at once: thousands of ids in half
        the time of fetching as many one-value rows. Integers only: SQLite writes a REAL into
        JSON with 15 digits, not all of its 17."""
        found: list[int] = json.loads(
            self.scalar(f"WITH found(id) AS ({sql}) SELECT json_group_array(id) FROM found", params)
        )
        return found

    def scalar(self, sql: str, params: Sequence[object] = ()) -> Any:
        found = self.all(sql, params)
        return found[0][0] if found else None

    @contextmanager
    def writing(self) -> Iterator[None]:
        """One write transaction on a connection of its own (`open_rows`): the writer's lock
        taken first (BEGIN IMMEDIATE), committed at the end, rolled back on an error."""
        self.connection.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.connection.rollback()
            raise
        self.connection.commit()


def open_rows(path: Path, key: bytes | None = None) -> Rows:
    """A connection of its own to a register, with the key, pragmas and collation the
    program's engine gives every connection (`app.db.engine`); close it with `close_rows`."""
    connection = connect(path, key)
    apply_pragmas(connection)
    connection.create_collation(NATURAL, compare_names)
    return Rows(connection)


def close_rows(rows: Rows) -> None:
    rows.connection.close()


def marks(count: int) -> str:
    """`?, ?, ?` for an IN list of `count` values (count ≥ 1)."""
    return ", ".join("?" * count)


def date_text(value: dt.date) -> str:
    """A date as a Date column keeps it."""
    return f"{value.year:04d}-{value.month:02d}-{value.day:02d}"


def day_start(value: dt.date) -> str:
    """The first moment of a day, as a DateTime column keeps it."""
    return f"{date_text(value)} 00:00:00.000000"


def moment_text(value: dt.datetime) -> str:
    """A moment as a DateTime column keeps it."""
    return f"{date_text(value)} {value:%H:%M:%S}.{value.microsecond:06d}"


def as_date(value: object) -> dt.date | None:
    return None if value is None else dt.date.fromisoformat(str(value))


def as_moment(value: object) -> dt.datetime | None:
    return None if value is None else dt.datetime.fromisoformat(str(value))


def as_time(value: object) -> dt.time | None:
    return None if value is None else dt.time.fromisoformat(str(value))
