"""The facts of a period that the monthly, quarterly and annual reports print.

Aggregates only — counts by department, by reading type, by activity — except
`non_participants`, which names people and needs the chair's or the administrator's role.
Everything is read through one connection with SQL text (`app.db.rows`), as the indicator
engine reads, which already holds the roster: a window's session lends its own connection
(`report_data`), a command reads the register without the ORM (`report_data_in`). The heavy
tables (visits, measurements) are aggregated in SQL, or listed by it in one value (a JSON
array, a list of flags) where Python counts faster than SQLite sorts.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter, defaultdict
from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from app.catalogue.codes import ActivityKind, ActivityStatus, ExceptionKind, StockMovementKind
from app.catalogue.readings import Flag, ReadingType, is_abnormal, pair_flag
from app.db.rows import Rows, as_time, date_text, marks, moment_text
from app.domain.indicators import open_hours_actual
from app.domain.periods import Period
from app.domain.permissions import Action
from app.domain.targets import MIN_OPEN_HOURS_PER_DAY, IndicatorKey
from app.services import department_ranks
from app.services.actor import Actor
from app.services.indicator_basis import StaffInfo
from app.services.indicator_engine import IndicatorEngine, IndicatorSet
from app.services.inspection_rows import InspectionRow, inspections_in
from app.services.period_facts import (
    ActivityFacts,
    DepartmentFacts,
    DeviceEventFacts,
    FollowUpFacts,
    HospitalVisitFacts,
    OpenDays,
    PeriodFacts,
    ReadingFacts,
    ReportData,
    ShortDay,
    StaffRef,
    StockFacts,
    VisitTotals,
)
from app.services.urgent_counts import urgent_counts

if TYPE_CHECKING:
    from app.db.migrate import Database

Progress = Callable[[int, str], None]
# What the reports follow over earlier periods (the rest is only computed for the period itself).
TREND_KEYS = (IndicatorKey.USAGE_RATE, IndicatorKey.LECTURE_PARTICIPATION)
PRESSURE_ARMS = (ReadingType.SYSTOLIC.value, ReadingType.DIASTOLIC.value)


def _quiet(_percent: int, _stage: str) -> None:
    """No progress wanted."""


def _start(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time())


def _end(day: dt.date) -> dt.datetime:
    return _start(day + dt.timedelta(days=1))


def _within(period: Period) -> tuple[str, str]:
    """The two bounds of `column >= ? AND column < ?` over a period's DateTime values."""
    return moment_text(_start(period.first_day)), moment_text(_end(period.last_day))


def _days(period: Period) -> tuple[str, str]:
    """The two bounds of `column BETWEEN ? AND ?` over a period's Date values."""
    return date_text(period.first_day), date_text(period.last_day)


class _Activity(NamedTuple):  # a row as read; lighter to define than a frozen dataclass
    id: int
    kind: str
    title: str
    starts_at: dt.datetime
    status: str
    speaker: str
    by_partner_hospital: bool
    target_all: bool


class PeriodSummary:
    """The queries behind the facts, on the engine's rows."""

    def __init__(self, engine: IndicatorEngine) -> None:
        self.engine = engine
        self.rows: Rows = engine.rows

    def open_days(self, period: Period) -> OpenDays:
        calendar = self.engine.calendar
        first, last = period.first_day, period.last_day
        days = calendar.open_days(first, last)
        hours = [calendar.hours_on(d) for d in days]
        closures = self.rows.scalar(
            "SELECT count(id) FROM schedule_exception WHERE kind = ? AND on_date BETWEEN ? AND ?",
            (ExceptionKind.CLOSED.value, *_days(period)),
        )
        opened, cleaned, disinfected = self.rows.all(
            "SELECT count(opened_at), sum(CASE WHEN cleaned IS 1 THEN 1 ELSE 0 END), "
            "sum(CASE WHEN disinfected IS 1 THEN 1 ELSE 0 END) FROM room_day_log "
            "WHERE day BETWEEN ? AND ?",
            _days(period),
        )[0]
        logged = {
            dt.date.fromisoformat(day): (as_time(opened_at), as_time(closed_at))
            for day, opened_at, closed_at in self.rows.all(
                "SELECT day, opened_at, closed_at FROM room_day_log WHERE day BETWEEN ? AND ?",
                _days(period),
            )
        }
        actual, short = open_hours_actual(calendar, logged, first, last, self.engine.as_of)
        judged = calendar.open_days(first, min(last, self.engine.as_of))[: actual.denominator]
        return OpenDays(
            judged_days=actual.denominator,
            scheduled_ok=sum(
                1 for d in judged if calendar.hours_on(d) >= MIN_OPEN_HOURS_PER_DAY - 1e-9
            ),
            actual_ok=actual.numerator,
            short_actual=tuple(
                ShortDay(day, scheduled, *logged.get(day, (None, None)), hours)
                for day, scheduled, hours in short
            ),
            scheduled_days=len(days),
            scheduled_hours=round(sum(hours), 2),
            short_days=sum(1 for h in hours if h < MIN_OPEN_HOURS_PER_DAY - 1e-9),
            closed_dates=int(closures or 0),
            logged_open_days=int(opened or 0),
            cleaned_days=int(cleaned or 0),
            disinfected_days=int(disinfected or 0),
        )

    def visits(self, period: Period) -> tuple[VisitTotals, tuple[tuple[str, int, int], ...]]:
        """The period's visits in all and month by month (code, visits, staff who came). Each
        month is counted on its own days (a month of the whole period, grouped by SQLite, was
        a sort of every visit and strftime of each); who came how often is the engine's count,
        which the usage rate and the departments read too."""
        by_staff = self.engine.visits_by_staff(period.first_day, period.last_day)
        months, visits, abnormal, late = [], 0, 0, 0
        for month in period.month_periods():
            row = self.rows.all(
                "SELECT count(id), count(DISTINCT staff_id), "
                "sum(CASE WHEN abnormal IS 1 THEN 1 ELSE 0 END), "
                "sum(CASE WHEN entered_late IS 1 THEN 1 ELSE 0 END) FROM usage_visit "
                "WHERE visited_at >= ? AND visited_at < ?",
                _within(month),
            )[0]
            n, came, flagged, copied = (int(v or 0) for v in row)
            months.append((month.code, n, came))
            visits, abnormal, late = visits + n, abnormal + flagged, late + copied
        staff_visits = sum(by_staff.values())
        totals = VisitTotals(
            visits, staff_visits, visits - staff_visits, len(by_staff), abnormal, late
        )  # fmt: skip
        return totals, tuple(months)

    def readings(self, period: Period) -> tuple[tuple[ReadingFacts, ...], dict[str, int]]:
        """The counted readings per type with their flags (a re-measured type counts once: its
        result, `counted`); and the visits by the grade of their blood-pressure pair, the higher
        arm's, each visit's last counted reading of each arm.

        One walk over the period's readings, type by type (every type named, so SQLite seeks
        each type's days in (type, measured_at) instead of walking the whole index). SQLite
        lists each type's flags, and the two arms' visits and ids, and they are counted and
        paired here: grouped by flag and paired by visit in SQL, every reading was sorted
        first and the arms walked again, more than half of the time."""
        types = [t.value for t in ReadingType]
        counts: dict[str, Counter[str]] = {}
        arms: dict[str, dict[int, str]] = {}
        for rtype, n, listed, visits, ids in self.rows.all(
            "SELECT type, count(id), group_concat(flag, ','), "
            "json_group_array(visit_id) FILTER (WHERE type IN (?, ?)), "
            "json_group_array(id) FILTER (WHERE type IN (?, ?)) FROM measurement "
            f"WHERE type IN ({marks(len(types))}) AND measured_at >= ? AND measured_at < ? "
            "AND counted = 1 GROUP BY type",
            (*PRESSURE_ARMS, *PRESSURE_ARMS, *types, *_within(period)),
        ):
            flags = listed.split(",")
            counts[rtype] = Counter(flags)
            if counts[rtype].total() != n:
                raise ValueError(f"a {rtype} reading has a flag with a comma")
            if rtype in PRESSURE_ARMS:
                arms[rtype] = _last_per_visit(json.loads(ids), json.loads(visits), flags)
        out = []
        for t in ReadingType:
            found = counts.get(t.value)
            if found:
                flags_seen = {f: found[f] for f in sorted(found) if f != Flag.NORMAL}
                abnormal = sum(n for f, n in flags_seen.items() if is_abnormal(Flag(f)))
                out.append(ReadingFacts(t.value, found.total(), abnormal, flags_seen))
        systolic, diastolic = (arms.get(arm, {}) for arm in PRESSURE_ARMS)
        pairs = Counter((systolic[v], diastolic[v]) for v in systolic.keys() & diastolic.keys())
        grades: Counter[str] = Counter()
        for (s, d), n in sorted(pairs.items()):  # in the pairs' order, as SQL grouped them
            grades[pair_flag(Flag(s), Flag(d)).value] += n
        return tuple(out), dict(grades)

    def activities(
        self, period: Period
    ) -> tuple[tuple[ActivityFacts, ...], set[int], dict[int, list[int]]]:
        """Every activity of the period (in the register's order); the staff who signed in at a
        held one; and per department [group members, of whom signed in] over held lectures."""
        engine = self.engine
        activities = [
            _Activity(
                i,
                kind,
                title,
                dt.datetime.fromisoformat(at),
                status,
                speaker,
                bool(by_hospital),
                bool(target_all),
            )
            for i, kind, title, at, status, speaker, by_hospital, target_all in self.rows.all(
                "SELECT id, kind, title, starts_at, status, speaker, by_partner_hospital, "
                "target_all FROM activity WHERE starts_at >= ? AND starts_at < ? "
                "ORDER BY starts_at, id",
                _within(period),
            )
        ]
        ids = [a.id for a in activities]
        groups = engine.lecture_groups(activities)
        present = engine.attendees(ids)
        guests: dict[int, int] = {}
        if ids:
            guests = dict(
                self.rows.all(
                    "SELECT activity_id, count(id) FROM attendance WHERE activity_id IN "
                    f"({marks(len(ids))}) AND staff_id IS NULL GROUP BY activity_id",
                    ids,
                )
            )
        came: set[int] = set()
        out = []
        lectures: dict[int, list[int]] = defaultdict(lambda: [0, 0])
        department = engine.department_of.__getitem__
        for a in activities:
            status = ActivityStatus(a.status)
            members = engine.target_group_ids(a.starts_at.date(), groups[a.id])
            here = present.get(a.id, set())
            if status is ActivityStatus.HELD:
                came |= here
                if a.kind == ActivityKind.LECTURE.value:  # counted by department in C
                    attended = Counter(map(department, members & here))
                    for dept_id, n in Counter(map(department, members)).items():
                        tally = lectures[dept_id]
                        tally[0] += n
                        tally[1] += attended[dept_id]
            out.append(
                ActivityFacts(
                    id=a.id,
                    kind=ActivityKind(a.kind),
                    title=a.title,
                    starts_at=a.starts_at,
                    status=status,
                    speaker=a.speaker,
                    by_partner_hospital=a.by_partner_hospital,
                    target_group=engine.department_names(groups[a.id]),
                    group=len(members),
                    attended=len(members & here),
                    guests=int(guests.get(a.id, 0)),
                    others=len(here - members),
                )
            )
        return tuple(out), came, lectures

    def departments(
        self,
        period: Period,
        active: list[StaffInfo],
        came: set[int],
        lectures: dict[int, list[int]],
    ) -> tuple[DepartmentFacts, ...]:
        visits = self.engine.visits_by_staff(period.first_day, period.last_day)
        department_of = self.engine.department_of
        visits_by_dept: Counter[int] = Counter()
        for staff_id, n in visits.items():
            dept_id = department_of.get(staff_id)
            if dept_id is not None:
                visits_by_dept[dept_id] += n
        names = {s.department_id: s.department for s in self.engine.staff}
        members: dict[int, set[int]] = defaultdict(set)
        for s in active:
            members[s.department_id].add(s.id)
        rows = []
        in_order = department_ranks.sort_key(self.rows)
        for dept_id in sorted(names, key=lambda d: in_order(names[d])):
            people = members.get(dept_id, set())
            if not people and not visits_by_dept[dept_id]:
                continue
            expected, attended = lectures.get(dept_id, [0, 0])
            rows.append(
                DepartmentFacts(
                    department=names[dept_id],
                    active=len(people),
                    visits=visits_by_dept[dept_id],
                    visited=len(people & visits.keys()),
                    lecture_expected=expected,
                    lecture_attended=attended,
                    participants=len(people & came),
                )
            )
        return tuple(rows)

    def device_events(self, period: Period) -> tuple[DeviceEventFacts, ...]:
        # The cost as SQLite keeps it (NUMERIC: 120.00 as 120), as the model's type reads it.
        return tuple(
            DeviceEventFacts(dt.date.fromisoformat(on), *rest)
            for on, *rest in self.rows.all(
                "SELECT device_event.on_date, device.asset_no, device.name, device_event.kind, "
                "device_event.note, device_event.cost FROM device_event JOIN device ON "
                "device.id = device_event.device_id WHERE device_event.on_date BETWEEN ? AND ? "
                "ORDER BY device_event.on_date, device_event.id",
                _days(period),
            )
        )

    def stock(self, period: Period) -> tuple[StockFacts, ...]:
        moved: dict[tuple[int, str], int] = {}
        after: Counter[int] = Counter()  # net movement after the period: undo it for the end stock
        last = date_text(period.last_day)
        for consumable_id, kind, in_period, quantity in self.rows.all(
            "SELECT consumable_id, kind, on_date <= ?, sum(quantity) FROM stock_movement "
            "WHERE on_date >= ? GROUP BY consumable_id, kind, on_date <= ?",
            (last, date_text(period.first_day), last),
        ):
            quantity = int(quantity or 0)
            if in_period:
                moved[(consumable_id, kind)] = quantity
            else:
                after[consumable_id] += (
                    quantity if kind == StockMovementKind.RECEIVED.value else -quantity
                )
        out = []
        for c_id, name, category, unit, stock, min_stock in self.rows.all(
            "SELECT id, name, category, unit, stock, min_stock FROM consumable "
            "ORDER BY category, name"
        ):
            received = moved.get((c_id, StockMovementKind.RECEIVED.value), 0)
            used = moved.get((c_id, StockMovementKind.USED.value), 0)
            discarded = moved.get((c_id, StockMovementKind.DISCARDED.value), 0)
            out.append(
                StockFacts(
                    name, category, unit, received, used, discarded, stock - after[c_id],
                    min_stock,
                )
            )  # fmt: skip
        return tuple(out)

    def follow_ups(self, period: Period) -> FollowUpFacts:
        last = date_text(period.last_day)
        rows = self.rows.all(
            "SELECT way, count(id), count(DISTINCT staff_id) FROM follow_up "
            "WHERE on_date BETWEEN ? AND ? GROUP BY way",
            _days(period),
        )
        people = self.rows.scalar(
            "SELECT count(DISTINCT staff_id) FROM follow_up WHERE on_date BETWEEN ? AND ?",
            _days(period),
        )
        # Open at the end: each person's latest follow-up by then has a next date due by
        # then and no outcome, and the person is still on the roster.
        open_at_end = self.rows.scalar(
            "SELECT count(follow_up.id) FROM follow_up JOIN (SELECT staff_id, max(id) AS last_id "
            "FROM follow_up WHERE on_date <= ? GROUP BY staff_id) AS latest "
            "ON latest.last_id = follow_up.id JOIN staff ON staff.id = follow_up.staff_id "
            "WHERE follow_up.next_date IS NOT NULL AND follow_up.next_date <= ? AND "
            "follow_up.outcome = '' AND (staff.departure_date IS NULL OR "
            "staff.departure_date > ?)",
            (last, last, last),
        )
        return FollowUpFacts(
            done=sum(int(n) for _, n, _ in rows),
            by_way={way: int(n) for way, n, _ in rows},
            people=int(people or 0),
            open_at_end=int(open_at_end or 0),
        )

    def hospital_visits(self, period: Period) -> tuple[HospitalVisitFacts, ...]:
        return tuple(
            HospitalVisitFacts(dt.date.fromisoformat(on), hospital, experts, purposes, note)
            for on, hospital, experts, purposes, note in self.rows.all(
                "SELECT visited_on, hospital, experts, purposes, note FROM hospital_visit "
                "WHERE visited_on BETWEEN ? AND ? ORDER BY visited_on, id",
                _days(period),
            )
        )

    def next_activities(self, period: Period) -> tuple[tuple[dt.datetime, str], ...]:
        following = period.next()
        return tuple(
            (dt.datetime.fromisoformat(at), title)
            for at, title in self.rows.all(
                "SELECT starts_at, title FROM activity WHERE status = ? AND starts_at >= ? AND "
                "starts_at < ? ORDER BY starts_at",
                (ActivityStatus.PLANNED.value, *_within(following)),
            )
        )

    def inspections(self, period: Period) -> tuple[InspectionRow, ...]:
        return tuple(inspections_in(self.rows, period.first_day, period.last_day))

    def facts(
        self, period: Period, progress: Progress = _quiet
    ) -> tuple[PeriodFacts, list[StaffInfo]]:
        """The facts, and the active staff who came to no activity (for the names list)."""
        active = self.engine.active(period.last_day)
        progress(10, "open_hours")
        open_days = self.open_days(period)
        progress(15, "visits")
        totals, by_month = self.visits(period)
        progress(25, "readings")
        readings, pressure = self.readings(period)
        progress(35, "activities")
        activities, came, lectures = self.activities(period)
        progress(45, "departments")
        departments = self.departments(period, active, came, lectures)
        progress(55, "equipment")
        absent = [s for s in active if s.id not in came]
        facts = PeriodFacts(
            period=period,
            as_of=self.engine.as_of,
            active_staff=len(active),
            open_days=open_days,
            visits=totals,
            departments=departments,
            readings=readings,
            activities=activities,
            device_events=self.device_events(period),
            stock=self.stock(period),
            follow_ups=self.follow_ups(period),
            hospital_visits=self.hospital_visits(period),
            inspections=self.inspections(period),
            non_participants=len(absent),
            visits_by_month=by_month,
            next_activities=self.next_activities(period),
            pressure_grades=pressure,
            urgent=urgent_counts(self.rows, _start(period.first_day), _end(period.last_day)),
        )
        return facts, absent


def _last_per_visit(ids: list[int], visits: list[int], flags: list[str]) -> dict[int, str]:
    """Each visit's flag of its reading with the highest id, the last written; the lists come
    by time, in which the ids almost always rise already."""
    if ids != sorted(ids):
        order = sorted(range(len(ids)), key=ids.__getitem__)
        visits, flags = [visits[k] for k in order], [flags[k] for k in order]
    return dict(zip(visits, flags, strict=True))


def report_data(
    db: Database,
    actor: Actor,
    period: Period,
    as_of: dt.date | None = None,
    trend: int = 0,
    names: bool = False,
    progress: Progress = _quiet,
) -> ReportData:
    """`report_data_in` in a read-only session of `db` (the window's way)."""
    from app.services.unit_of_work import read_only

    with read_only(db) as session:
        return report_data_in(
            Rows.of_session(session), actor, period, as_of, trend, names, progress
        )


def report_data_in(
    rows: Rows,
    actor: Actor,
    period: Period,
    as_of: dt.date | None = None,
    trend: int = 0,
    names: bool = False,
    progress: Progress = _quiet,
) -> ReportData:
    """Everything a report of `period` prints: facts, indicators, `trend` earlier periods of
    the same kind, the quarters of a year; and, when `names`, who came to no activity."""
    actor.require(Action.READ_INDICATORS)
    if names:
        actor.require(Action.READ_PEOPLE_BEHIND_FIGURES)
    engine = IndicatorEngine(rows, as_of or dt.date.today(), drill=names)
    summary = PeriodSummary(engine)
    progress(5, "roster")
    facts, absent = summary.facts(period, progress)
    progress(65, "indicators")
    indicators = engine.compute(period)
    progress(75, "trend")
    earlier = tuple(engine.compute(p, TREND_KEYS) for p in period.previous_periods(trend))
    quarters: tuple[IndicatorSet, ...] = ()
    if period.kind.value == "year":
        quarters = tuple(engine.compute(q) for q in period.quarters())
    progress(85, "layout")
    people = tuple(StaffRef(s.employee_no, s.name, s.department) for s in absent) if names else None
    return ReportData(
        facts, indicators, (*earlier, indicators), quarters, people, dict(engine.targets)
    )
