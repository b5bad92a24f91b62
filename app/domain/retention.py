"""Which automatic backups to keep: the last 10, plus 7 daily, 4 weekly and 12 monthly.

Like a grandfather-father-son scheme: of every day (week, month) that has backups the newest
one is kept, for the most recent 7 days (4 ISO weeks, 12 months) that have any.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable, Iterable

KEEP_LAST = 10
KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_MONTHLY = 12


def _newest_per_period(
    stamps: list[dt.datetime], period: Callable[[dt.datetime], Hashable], count: int
) -> set[dt.datetime]:
    kept: set[dt.datetime] = set()
    seen: set[Hashable] = set()
    for stamp in stamps:  # newest first
        key = period(stamp)
        if key in seen:
            continue
        seen.add(key)
        kept.add(stamp)
        if len(seen) == count:
            break
    return kept


def to_keep(
    stamps: Iterable[dt.datetime],
    last: int = KEEP_LAST,
    daily: int = KEEP_DAILY,
    weekly: int = KEEP_WEEKLY,
    monthly: int = KEEP_MONTHLY,
) -> set[dt.datetime]:
    """The stamps to keep; every other backup may be deleted."""
    newest_first = sorted(set(stamps), reverse=True)
    kept = set(newest_first[:last])
    kept |= _newest_per_period(newest_first, lambda s: s.date(), daily)
    kept |= _newest_per_period(newest_first, lambda s: s.isocalendar()[:2], weekly)
    kept |= _newest_per_period(newest_first, lambda s: (s.year, s.month), monthly)
    return kept
