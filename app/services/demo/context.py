"""What every demo stage shares: the period, the random streams, id allocation, bulk inserts."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from app.db.models import Base
from app.domain.readings import Thresholds

Row = dict[str, Any]
RECORDER = "admin"  # the demo's records are entered by the health administrator's account


class DemoError(ValueError):
    """The demo cannot be generated here (the code says why, e.g. "not_empty")."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` later (or earlier), clamped to the end of a shorter month."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    for last in (31, 30, 29, 28):
        try:
            return dt.date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")


def quarter_of(day: dt.date) -> int:
    return (day.month - 1) // 3 + 1


def quarter_start(year: int, quarter: int) -> dt.date:
    return dt.date(year, 3 * quarter - 2, 1)


def quarter_end(year: int, quarter: int) -> dt.date:
    return add_months(quarter_start(year, quarter), 3) - dt.timedelta(days=1)


def quarters_between(first: dt.date, last: dt.date) -> list[tuple[int, int]]:
    """(year, quarter) of every calendar quarter that overlaps first..last."""
    out: list[tuple[int, int]] = []
    year, quarter = first.year, quarter_of(first)
    while quarter_start(year, quarter) <= last:
        out.append((year, quarter))
        year, quarter = (year + 1, 1) if quarter == 4 else (year, quarter + 1)
    return out


def at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute))


@dataclass
class DemoContext:
    """The generation's fixed inputs and the session of its single transaction."""

    session: Session
    seed: int
    today: dt.date
    start: dt.date  # first day of the generated period
    thresholds: Thresholds = field(default_factory=Thresholds)

    @property
    def last_day(self) -> dt.date:
        """Last day with recorded activity: yesterday, so nothing lies after the current hour."""
        return self.today - dt.timedelta(days=1)

    def rng(self, stage: str) -> random.Random:
        """An independent stream per stage: changing one stage leaves the others' data alone.

        String seeds are hashed with SHA-512 by `random`, so they are stable across runs
        (unlike `hash()`).
        """
        return random.Random(f"{self.seed}/{stage}")

    def next_id(self, model: type[Base]) -> int:
        """First free primary key: ids are assigned here so bulk inserts need no RETURNING."""
        table = Base.metadata.tables[model.__tablename__]
        current = self.session.scalar(select(func.max(table.c.id)))
        return int(current or 0) + 1

    def insert(self, model: type[Base], rows: Sequence[Row]) -> int:
        """Core executemany on the table: no ORM bookkeeping per row, several times faster."""
        if rows:
            table = Base.metadata.tables[model.__tablename__]
            self.session.execute(insert(table), list(rows))
        return len(rows)
