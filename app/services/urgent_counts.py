"""A period's urgent cases counted without names (the monthly report), read with SQL text
(`app.db.rows`) so a report printed without the ORM counts them as the window does."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from app.db.rows import Rows, moment_text


@dataclass(frozen=True)
class UrgentCounts:
    """A period's urgent cases without names (the monthly report)."""

    opened: int
    closed: int
    still_open: int
    by_action: dict[str, int]
    by_type: dict[str, int]  # reading type of the urgent values (one case may count twice)


def urgent_counts(rows: Rows, start: dt.datetime, end: dt.datetime) -> UrgentCounts:
    """Cases opened in [start, end): how many, closed, still open, by action and by type."""
    cases = rows.all(
        "SELECT types, action, closed_at FROM urgent_case WHERE opened_at >= ? AND opened_at < ? "
        "ORDER BY opened_at, id",
        (moment_text(start), moment_text(end)),
    )
    closed = [action or "" for _types, action, closed_at in cases if closed_at is not None]
    by_type = Counter(t for types, _a, _c in cases for t in types.split(",") if t)
    return UrgentCounts(
        len(cases), len(closed), len(cases) - len(closed), dict(Counter(closed)), dict(by_type)
    )
