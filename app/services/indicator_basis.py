"""What every indicator of the engine shares, loaded once per session: the roster, the
health files, the open-hours calendar, the targets (see app.services.indicators)."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Sequence
from functools import cached_property
from typing import NamedTuple, TypeVar

from app.db.rows import Rows, as_date, day_start
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
    """A person of the roster as the figures read them (a tuple: made ~5,000 times a report,
    where a frozen dataclass took twice as long to build)."""

    id: int
    employee_no: str
    name: str
    department_id: int
    department: str
    sex: str | None
    birth_date: dt.date | None
    hire_date: dt.date | None
    departure_date: dt.date | None


ROSTER_DAYS_KEPT = 2
T = TypeVar("T")


def _keep(memo: dict[dt.date, T], day: dt.date, value: T) -> None:
    """Remember `value` for `day`, forgetting the day asked for longest ago past the bound."""
    memo[day] = value
    if len(memo) > ROSTER_DAYS_KEPT:
        del memo[next(iter(memo))]


def _blank_test(column: str, number: bool) -> str:
    """SQL true when `column` is blank: NULL, or text with no character outside the whitespace
    that the first parameter's GLOB class excludes (`value >= ''` is true of text alone)."""
    if number:
        return f"({column} IS NULL OR ({column} >= '' AND NOT {column} GLOB ?1))"
    return f"NOT coalesce({column} GLOB ?1, 0)"


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
        day = dt.date.fromisoformat
        people = [
            StaffInfo(
                i,
                no,
                name,
                dept_id,
                dept,
                sex,
                None if born is None else day(born),
                None if hired is None else day(hired),
                None if left is None else day(left),
            )
            for i, no, name, dept_id, dept, sex, born, hired, left in self.rows.all(
                "SELECT staff.id, staff.employee_no, staff.name, staff.department_id, "
                "department.name, staff.sex, staff.birth_date, staff.hire_date, "
                "staff.departure_date FROM staff JOIN department ON department.id = "
                "staff.department_id"
            )
        ]
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
    def _timeline(self) -> tuple[list[dt.date], list[int], list[dt.date], list[int]]:
        """Hire days in order with their staff ids; departure days in order with theirs."""
        hired = sorted((s.hire_date or dt.date.min, s.id) for s in self.staff)
        left = sorted((s.departure_date, s.id) for s in self.staff if s.departure_date)
        return (
            [d for d, _ in hired],
            [i for _, i in hired],
            [d for d, _ in left],
            [i for _, i in left],
        )

    def active_ids(self, day: dt.date) -> frozenset[int]:
        """Ids of the staff on the roster on `day`: those hired by then less those gone by then,
        found by bisection over the sorted dates rather than a test of every person."""
        found = self._active_ids.get(day)
        if found is None:
            hire_days, hired, leave_days, left = self._timeline
            found = frozenset(hired[: bisect_right(hire_days, day)]).difference(
                left[: bisect_right(leave_days, day)]
            )
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
        SQLite finds at the first character of almost every value; trim() with that set of 29
        characters cost three times as much. A number is never text, so a number column is
        only matched as text when it holds some (a number written out as text is never blank).
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
                (filled,),
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
