"""Reporting periods: a calendar year, quarter or month, written "2026", "2026Q3", "2026-10".

The text form is the one the command line, the exports and the settings use; `Period.parse`
accepts it (and a few forms people type: "2026q3", "2026-Q3", "2026/10", "2026-3") and
raises `PeriodError` with a code for anything else.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum


class PeriodKind(StrEnum):
    YEAR = "year"
    QUARTER = "quarter"
    MONTH = "month"


class PeriodError(ValueError):
    """The text is not a period; `code` says why ("format", "year", "quarter", "month")."""

    def __init__(self, text: str, code: str) -> None:
        super().__init__(f"not a period: {text!r} ({code}); use 2026, 2026Q3 or 2026-10")
        self.text = text
        self.code = code


_YEAR = re.compile(r"^(\d{4})$")
_QUARTER = re.compile(r"^(\d{4})\s*[-/]?\s*[Qq]\s*(\d{1,2})$")
_MONTH = re.compile(r"^(\d{4})\s*[-/.]\s*(\d{1,2})$")
MIN_YEAR, MAX_YEAR = 1900, 2999


def quarter_of(day: dt.date) -> int:
    return (day.month - 1) // 3 + 1


@dataclass(frozen=True, order=True)
class Period:
    """`number` is the quarter (1–4) or month (1–12); 0 for a year."""

    year: int
    kind_order: int  # year 0, quarter 1, month 2: sorts a year before its parts
    number: int

    # --- construction ---------------------------------------------------------------------

    @staticmethod
    def of_year(year: int) -> Period:
        _check_year(str(year), year)
        return Period(year, 0, 0)

    @staticmethod
    def of_quarter(year: int, quarter: int) -> Period:
        _check_year(f"{year}Q{quarter}", year)
        if not 1 <= quarter <= 4:
            raise PeriodError(f"{year}Q{quarter}", "quarter")
        return Period(year, 1, quarter)

    @staticmethod
    def of_month(year: int, month: int) -> Period:
        _check_year(f"{year}-{month}", year)
        if not 1 <= month <= 12:
            raise PeriodError(f"{year}-{month}", "month")
        return Period(year, 2, month)

    @staticmethod
    def containing(day: dt.date, kind: PeriodKind) -> Period:
        if kind is PeriodKind.YEAR:
            return Period.of_year(day.year)
        if kind is PeriodKind.QUARTER:
            return Period.of_quarter(day.year, quarter_of(day))
        return Period.of_month(day.year, day.month)

    @staticmethod
    def parse(text: str) -> Period:
        cleaned = text.strip()
        if match := _YEAR.match(cleaned):
            return Period.of_year(int(match[1]))
        if match := _QUARTER.match(cleaned):
            return Period.of_quarter(int(match[1]), int(match[2]))
        if match := _MONTH.match(cleaned):
            return Period.of_month(int(match[1]), int(match[2]))
        raise PeriodError(text, "format")

    # --- what it is -------------------------------------------------------------------------

    @property
    def kind(self) -> PeriodKind:
        return (PeriodKind.YEAR, PeriodKind.QUARTER, PeriodKind.MONTH)[self.kind_order]

    @property
    def code(self) -> str:
        if self.kind is PeriodKind.YEAR:
            return f"{self.year}"
        if self.kind is PeriodKind.QUARTER:
            return f"{self.year}Q{self.number}"
        return f"{self.year}-{self.number:02d}"

    def __str__(self) -> str:
        return self.code

    @property
    def first_day(self) -> dt.date:
        if self.kind is PeriodKind.YEAR:
            return dt.date(self.year, 1, 1)
        if self.kind is PeriodKind.QUARTER:
            return dt.date(self.year, 3 * self.number - 2, 1)
        return dt.date(self.year, self.number, 1)

    @property
    def last_day(self) -> dt.date:
        return self.next().first_day - dt.timedelta(days=1)

    @property
    def months(self) -> int:
        """How many calendar months the period spans (12, 3 or 1)."""
        return (12, 3, 1)[self.kind_order]

    @property
    def last_month(self) -> int:
        """The month number of the period's last month."""
        return self.last_day.month

    def contains(self, day: dt.date) -> bool:
        return self.first_day <= day <= self.last_day

    def days(self) -> list[dt.date]:
        first = self.first_day
        return [first + dt.timedelta(days=n) for n in range((self.last_day - first).days + 1)]

    # --- neighbours and parts ---------------------------------------------------------------

    def _shift(self, steps: int) -> Period:
        if self.kind is PeriodKind.YEAR:
            return Period.of_year(self.year + steps)
        per_year = 4 if self.kind is PeriodKind.QUARTER else 12
        index = self.year * per_year + self.number - 1 + steps
        year, number = divmod(index, per_year)
        return Period(year, self.kind_order, number + 1)

    def next(self) -> Period:
        # December's successor may fall in year MAX_YEAR + 1: only its first day is ever used.
        if self.kind is PeriodKind.YEAR:
            return Period(self.year + 1, 0, 0)
        return self._shift(1)

    def previous(self, count: int = 1) -> Period:
        return self._shift(-count)

    def previous_periods(self, count: int) -> list[Period]:
        """The `count` periods before this one, oldest first."""
        return [self._shift(-n) for n in range(count, 0, -1)]

    @property
    def year_period(self) -> Period:
        return Period.of_year(self.year)

    @property
    def quarter_period(self) -> Period:
        """The quarter a month lies in (a quarter is its own; a year has none: ValueError)."""
        if self.kind is PeriodKind.YEAR:
            raise ValueError("a year is not inside one quarter")
        if self.kind is PeriodKind.QUARTER:
            return self
        return Period.of_quarter(self.year, (self.number - 1) // 3 + 1)

    def quarters(self) -> list[Period]:
        """The quarters this period covers or lies in: four for a year, one otherwise."""
        if self.kind is PeriodKind.YEAR:
            return [Period.of_quarter(self.year, q) for q in range(1, 5)]
        return [self.quarter_period]

    def month_periods(self) -> list[Period]:
        first = self.first_day.month
        return [Period.of_month(self.year, m) for m in range(first, first + self.months)]


def _check_year(text: str, year: int) -> None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise PeriodError(text, "year")
