"""The room's day log: what a complete day record holds and how a calendar day is judged.

The founding rules: the room opens on its scheduled days, is cleaned every day it is used and
disinfected regularly. A scheduled open day in the past without a record is "missing"; a
record without opening and closing times, duty person or cleaning is "incomplete". Today is
still "pending" until the evening, so it is never reported missing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.catalogue.codes import DayState as DayState  # re-exported
from app.domain.rule_error import RuleError

NEEDS_ATTENTION = (DayState.MISSING, DayState.INCOMPLETE)


@dataclass(frozen=True)
class DayFacts:
    opened_at: dt.time | None
    closed_at: dt.time | None
    duty_person: str
    cleaned: bool
    cleaned_by: str
    disinfected: bool
    disinfection_what: str
    disinfection_agent: str
    disinfected_by: str
    note: str = ""

    @property
    def complete(self) -> bool:
        return bool(self.opened_at and self.closed_at and self.duty_person.strip() and self.cleaned)


def day_state(day: dt.date, today: dt.date, open_day: bool, facts: DayFacts | None) -> DayState:
    if day > today:
        return DayState.FUTURE
    if facts is not None and facts.complete:
        return DayState.COMPLETE
    if day == today:
        return DayState.PENDING
    if facts is None:
        return DayState.MISSING if open_day else DayState.CLOSED
    return DayState.INCOMPLETE


def check_entry(day: dt.date, today: dt.date, facts: DayFacts) -> None:
    """Raise RuleError (code, field) for the first thing wrong with a day record."""
    if day > today:
        raise RuleError("date_in_future", "day", day=day.isoformat())
    if facts.opened_at and facts.closed_at and facts.closed_at <= facts.opened_at:
        raise RuleError("open_before_close", "closed_at")
    if (facts.opened_at or facts.closed_at) and not facts.duty_person.strip():
        raise RuleError("duty_required", "duty_person")
    if facts.cleaned and not facts.cleaned_by.strip():
        raise RuleError("cleaned_by_required", "cleaned_by")
    if facts.disinfected:
        for field in ("disinfection_what", "disinfection_agent", "disinfected_by"):
            if not str(getattr(facts, field)).strip():
                raise RuleError(f"{field}_required", field)
    nothing = not (
        facts.opened_at
        or facts.closed_at
        or facts.duty_person.strip()
        or facts.cleaned
        or facts.disinfected
        or facts.note.strip()
    )
    if nothing:
        raise RuleError("nothing_to_save", "")


# --- disinfection interval ------------------------------------------------------------------

DEFAULT_DISINFECTION_INTERVAL = 1  # every open day (the founding rules: "regularly"; daily)
MAX_DISINFECTION_INTERVAL = 30


@dataclass(frozen=True)
class DisinfectionDue:
    """When the next disinfection falls due: the interval-th open day after the last one (the
    first open day when none is recorded). Overdue once that day has passed without one."""

    interval: int  # in open days
    last: dt.date | None
    due_on: dt.date | None  # None: no open day scheduled yet to fall due on
    overdue: bool


def disinfection_due(
    last: dt.date | None, open_days: list[dt.date], interval: int, today: dt.date
) -> DisinfectionDue:
    """`open_days`: the scheduled open days of the span looked at (past and coming), in order."""
    if not 1 <= interval <= MAX_DISINFECTION_INTERVAL:
        raise RuleError("out_of_range", "interval")
    after = [d for d in open_days if last is None or d > last]
    n = interval if last is not None else 1
    due_on = after[n - 1] if len(after) >= n else None
    return DisinfectionDue(interval, last, due_on, due_on is not None and due_on < today)
