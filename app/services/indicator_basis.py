"""What every indicator of the engine shares, loaded once per session: the roster, the
health files, the open-hours calendar, the targets (see app.services.indicators)."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Sequence
from functools import cached_property
from typing import NamedTuple, TypeVar

from app.db.rows import Rows, as_date, date_text, day_start
from app.domain.health_file import (
    NUMBER_FIELDS,
    PERSON_FIELDS,
    REQUIRED_FIELDS,
    WHITESPACE,
    missing_fields,
)
from app.domain.indicators import Cell, ColumnKind, DrillColumn
from app.domain.periods import Period
from app.domain.schedule import OpenHoursCalendar
from app.domain.targets import IndicatorKey, Target
from app.services.department_ranks import sort_key
from app.services.open_hours_calendar import load_calendar
from app.services.stored_targets import Targets, read_targets

K = IndicatorKey
C = ColumnKind
HEALTH_FILE_COLUMNS = tuple(f for f in REQUIRED_FIELDS if f not in PERSON_FIELDS)
NO_FILE = "no_health_file"  # the code shown instead of every health-file field when none exists
STAFF_COLUMNS = (
    DrillColumn("employee_no", C.TEXT),
    DrillColumn("name", C.TEXT),
    DrillColumn("department", C.TEXT),
)


class StaffInfo(NamedTuple):
    """A person of the roster as the figures read them: the statement's row as it comes (made
    ~5,000 times a report, where a frozen dataclass with its dates parsed took four times as
    long), so the dates are the columns' text, 'YYYY-MM-DD', which orders as the days do."""

    id: int
    employee_no: str
    name: str
    department_id: int
    department: str
    sex: str | None
    birth_date: str | None
    hire_date: str | None
    departure_date: str | None


ROSTER_DAYS_KEPT = 2
T = TypeVar("T")


def _keep(memo: dict[dt.date, T], day: dt.date, value: T) -> None:
    """Remember `value` for `day`, forgetting the day asked for longest ago past the bound."""
    memo[day] = value
    if len(memo) > ROSTER_DAYS_KEPT:
        del memo[next(iter(memo))]


# The first characters that show a value filled in: printable ASCII ("!" up to U+0080) and
# everything past U+3000, the last space (tests/unit/services/test_period_counts.py).
FILLED_AT_SIGHT = ("!", "\x80", "\u3001")


def _blank_test(column: str, number: bool) -> str:
    """SQL true when `column` is blank: NULL, or text with no character outside the whitespace
    that the GLOB class of parameter 1 excludes. A value that begins with a character no space
    can be (printable ASCII, from parameter 2 on; or, from parameter 3, past the last space,
    U+3000: Chinese text) is filled in without the GLOB; `value >= ''` is true of text alone."""
    if number:
        return f"({column} IS NULL OR ({column} >= '' AND NOT {column} GLOB ?1))"
    first = f"({column} >= ?2 AND {column} < ?3 OR {column} >= ?4)"
    return f"({column} IS NULL OR NOT ({first} OR {column} GLOB ?1))"


def between(column: str, first: dt.date, last: dt.date) -> tuple[str, tuple[str, str]]:
    """A half-open range of a DateTime column covering the days first..last: the SQL and its
    two parameters."""
    return (
        f"{column} >= ? AND {column} < ?",
        (day_start(first), day_start(last + dt.timedelta(days=1))),
    )


class IndicatorBasis:
    """The rows read, the day figures are taken on and the data several indicators share."""

    def __init__(
        self,
        rows: Rows,
        as_of: dt.date,
        targets: Targets | None = None,
        drill: bool = True,
    ) -> None:
        self.rows = rows
        self.as_of = as_of
        self.targets = targets if targets is not None else read_targets(rows)
        self.drill = drill
        # The roster of the last few days asked for: a lecture's figures ask for its day
        # several times in a row, but keeping every lecture's day would hold a set of the
        # whole roster per lecture (about 20 MB at 20,000 staff and 40 lectures).
        self._active: dict[dt.date, list[StaffInfo]] = {}
        self._active_ids: dict[dt.date, frozenset[int]] = {}
        self._attendees: dict[int, set[int]] = {}  # who signed in, per lecture (participation)
        self._visits_by_staff: dict[tuple[dt.date, dt.date], Counter[int]] = {}  # the last range

    # --- shared data ------------------------------------------------------------------------

    @cached_property
    def staff(self) -> list[StaffInfo]:
        """The whole roster, departed too. The figures alone name no one: without the lists
        behind them (`drill`) the employee numbers, names, sex and birth dates are not read
        (empty and None), a third of the statement's time."""
        named = "staff.employee_no, staff.name" if self.drill else "'', ''"
        person = "staff.sex, staff.birth_date" if self.drill else "NULL, NULL"
        people = list(
            map(
                StaffInfo._make,
                self.rows.all(
                    f"SELECT staff.id, {named}, staff.department_id, department.name, "
                    f"{person}, staff.hire_date, staff.departure_date FROM staff JOIN "
                    "department ON department.id = staff.department_id"
                ),
            )
        )
        if self.drill:  # the lists behind the figures in roster order; the figures need none
            # Sorted here, not by the SQL collation: without statistics to walk an index by,
            # SQLite calls it (names in pinyin) per pair of rows, ~50,000 times at 5,000 staff.
            in_order = sort_key(self.rows)
            people.sort(key=lambda s: (in_order(s.department), s.employee_no))
        return people

    @cached_property
    def staff_by_id(self) -> dict[int, StaffInfo]:
        return {s.id: s for s in self.staff}

    @cached_property
    def department_of(self) -> dict[int, int]:
        """Each person's department, by staff id (departed too)."""
        return {s.id: s.department_id for s in self.staff}

    @cached_property
    def calendar(self) -> OpenHoursCalendar:
        return load_calendar(self.rows)

    @cached_property
    def health_files(self) -> dict[int, dict[str, object]]:
        columns = ", ".join(HEALTH_FILE_COLUMNS)
        files: dict[int, dict[str, object]] = {}
        for staff_id, updated, *values in self.rows.all(
            f"SELECT staff_id, data_updated_on, {columns} FROM health_file"
        ):
            record: dict[str, object] = dict(zip(HEALTH_FILE_COLUMNS, values, strict=True))
            record["last_checkup_date"] = as_date(record["last_checkup_date"])
            record["data_updated_on"] = as_date(updated)
            files[staff_id] = record
        return files

    @cached_property
    def _timeline(self) -> tuple[list[str], list[int], list[str], list[int]]:
        """Hire days in order with their staff ids; departure days in order with theirs (as
        the columns keep them: no hire date sorts first, as hired ever since)."""
        hired = sorted((s.hire_date or "", s.id) for s in self.staff)
        left = sorted((s.departure_date, s.id) for s in self.staff if s.departure_date)
        return (
            [d for d, _ in hired],
            [i for _, i in hired],
            [d for d, _ in left],
            [i for _, i in left],
        )

    @cached_property
    def _everyone(self) -> frozenset[int]:
        return frozenset(s.id for s in self.staff)

    def active_ids(self, day: dt.date) -> frozenset[int]:
        """Ids of the staff on the roster on `day`: those hired by then less those gone by then,
        found by bisection over the sorted dates rather than a test of every person."""
        found = self._active_ids.get(day)
        if found is None:
            hire_days, hired, leave_days, left = self._timeline
            on = date_text(day)
            joined, gone = bisect_right(hire_days, on), left[: bisect_right(leave_days, on)]
            if joined * 2 < len(hired):
                found = frozenset(hired[:joined]).difference(gone)
            else:  # most of the roster: a copy of all of it made smaller (no set grown by ids)
                found = self._everyone.difference(hired[joined:], gone)
            _keep(self._active_ids, day, found)
        return found

    def active(self, day: dt.date) -> list[StaffInfo]:
        """Staff on the roster on `day` in roster order, for the lists behind the figures."""
        found = self._active.get(day)
        if found is None:
            ids = self.active_ids(day)
            found = [s for s in self.staff if s.id in ids]
            _keep(self._active, day, found)
        return found

    @cached_property
    def incomplete_ids(self) -> frozenset[int]:
        """Staff (departed too) whose health file misses a required field, or who have none:
        found by SQLite, blank as `missing_fields` has it (nothing, or whitespace only).

        Filled in means holding a character outside Python's whitespace (a GLOB class), which
        the first character of almost every value shows by its code alone; trim() with that
        set of 29 characters cost three times as much. A number is never text, so a number
        column is only matched as text when it holds some (a number as text is never blank).
        """
        filled = f"*[^{WHITESPACE}]*"
        tests = [_blank_test(f"staff.{name}", number=False) for name in PERSON_FIELDS]
        tests += [
            _blank_test(f"health_file.{name}", number=name in NUMBER_FIELDS)
            for name in HEALTH_FILE_COLUMNS
        ]
        return frozenset(
            self.rows.column(
                "SELECT staff.id FROM staff LEFT OUTER JOIN health_file ON "
                "health_file.staff_id = staff.id WHERE health_file.staff_id IS NULL OR "
                + " OR ".join(tests),
                (filled, *FILLED_AT_SIGHT),
            )
        )

    @cached_property
    def missing_by_staff(self) -> dict[int, str]:
        """Per person with an incomplete health file, the missing field codes (the files hold
        the latest state only, so this is the same for every period)."""
        out: dict[int, str] = {}
        for s in self.staff:
            record = self.health_files.get(s.id)
            values: dict[str, object] = {"sex": s.sex, "birth_date": s.birth_date}
            if record is not None:
                values.update(record)
            missing = missing_fields(values)
            if missing:
                if record is None:
                    missing = (*(m for m in missing if m in PERSON_FIELDS), NO_FILE)
                out[s.id] = ",".join(missing)
        return out

    def in_progress(self, period: Period) -> bool:
        return period.last_day >= self.as_of

    def target(self, key: IndicatorKey) -> Target:
        return self.targets[key]

    def _staff_rows(
        self, people: Sequence[StaffInfo], extra: Callable[[StaffInfo], tuple[Cell, ...]]
    ) -> tuple[tuple[tuple[Cell, ...], ...], tuple[int | None, ...]]:
        if not self.drill:
            return (), ()
        rows = tuple((s.employee_no, s.name, s.department, *extra(s)) for s in people)
        return rows, tuple(s.id for s in people)
