"""The staff's health files and their use of the room."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence

from app.db.rows import date_text, day_start
from app.domain.indicators import DrillColumn, DrillDown, IndicatorResult, rate_result
from app.domain.periods import Period
from app.domain.ratios import Ratio
from app.services.indicator_basis import (
    STAFF_COLUMNS,
    C,
    IndicatorBasis,
    K,
    between,
)


class StaffIndicators(IndicatorBasis):
    """Health-file completeness, health data updated within 12 months, the usage rate."""

    def health_file_completeness(self, period: Period) -> IndicatorResult:
        key = K.HEALTH_FILE_COMPLETENESS
        people = self.active_ids(period.last_day)
        incomplete = people & self.incomplete_ids
        rows, ids = self._staff_rows(
            [s for s in self.active(period.last_day) if s.id in incomplete] if self.drill else [],
            lambda s: (self.missing_by_staff[s.id],),
        )
        drill = DrillDown(
            "staff", (*STAFF_COLUMNS, DrillColumn("missing_fields", C.CODES)), rows, ids
        )  # fmt: skip
        ratio = Ratio(len(people) - len(incomplete), len(people))
        return rate_result(
            key, period, ratio, self.target(key).value, self.in_progress(period), drill
        )

    def updated_ids(self, since: dt.date, last: dt.date) -> set[int]:
        """Staff whose health data was updated after `since`, up to `last`."""
        return set(
            self.rows.ids(
                "SELECT staff_id FROM health_file WHERE data_updated_on > ? "
                "AND data_updated_on <= ?",
                (date_text(since), date_text(last)),
            )
        )

    def health_data_updated(self, period: Period) -> IndicatorResult:
        key = K.HEALTH_DATA_UPDATED
        last = period.last_day
        since = months_before(last, 12)  # updated after this day: within the last 12 months
        people = self.active_ids(last)
        stale = people - self.updated_ids(since, last)
        rows, ids = self._staff_rows(
            [s for s in self.active(last) if s.id in stale] if self.drill else [],
            lambda s: (self._updated_on(s.id),),
        )
        drill = DrillDown(
            "staff", (*STAFF_COLUMNS, DrillColumn("data_updated_on", C.DATE)), rows, ids
        )
        ratio = Ratio(len(people) - len(stale), len(people))
        return rate_result(
            key, period, ratio, self.target(key).value, self.in_progress(period), drill
        )

    def _updated_on(self, staff_id: int) -> dt.date | None:
        record = self.health_files.get(staff_id)
        day = record.get("data_updated_on") if record else None
        return day if isinstance(day, dt.date) else None

    def visits_by_staff(self, first: dt.date, last: dt.date) -> Counter[int]:
        """Visits per staff member in first..last (visitors have no staff id), counted here
        from one row per visit: SQLite's grouping sorted them first, at half again the cost.
        The last range asked for is kept: a report's facts and its usage rate read the same."""
        found = self._visits_by_staff.get((first, last))
        if found is None:
            found = Counter(self._visiting_staff(first, last))
            self._visits_by_staff = {(first, last): found}
        return found

    def visitors_in(self, first: dt.date, last: dt.date) -> set[int]:
        """Staff with at least one visit in first..last: a set of one row per visit is made
        faster than SQLite makes the rows DISTINCT."""
        counted = self._visits_by_staff.get((first, last))
        return set(counted) if counted is not None else set(self._visiting_staff(first, last))

    def _visiting_staff(self, first: dt.date, last: dt.date) -> list[int]:
        when, params = between("visited_at", first, last)
        return self.rows.ids(
            f"SELECT staff_id FROM usage_visit WHERE staff_id IS NOT NULL AND {when}", params
        )

    def last_visits(self, staff_ids: Sequence[int], before: dt.date) -> dict[int, dt.datetime]:
        if not staff_ids:
            return {}
        wanted = set(staff_ids)
        return {
            sid: dt.datetime.fromisoformat(at)
            for sid, at in self.rows.all(
                "SELECT staff_id, max(visited_at) FROM usage_visit WHERE staff_id IS NOT NULL "
                "AND visited_at < ? GROUP BY staff_id",
                (day_start(before),),
            )
            if sid in wanted
        }

    def usage_rate(self, period: Period) -> IndicatorResult:
        key = K.USAGE_RATE
        people = self.active_ids(period.last_day)
        absent_ids = people - self.visitors_in(period.first_day, period.last_day)
        absent = (
            [s for s in self.active(period.last_day) if s.id in absent_ids] if self.drill else []
        )
        last: dict[int, dt.datetime] = {}
        if self.drill:
            last = self.last_visits([s.id for s in absent], period.first_day)
        rows, ids = self._staff_rows(absent, lambda s: (last.get(s.id),))
        drill = DrillDown(
            "staff", (*STAFF_COLUMNS, DrillColumn("last_visit", C.DATETIME)), rows, ids
        )
        ratio = Ratio(len(people) - len(absent_ids), len(people))
        return rate_result(
            key, period, ratio, self.target(key).value, self.in_progress(period), drill
        )


def months_before(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    for last in (31, 30, 29, 28):
        try:
            return dt.date(year, month + 1, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")
