"""The engine's staff figures against the rules worked out person by person.

The engine counts with sets: the roster on a day by bisection over sorted dates, incomplete
health files by SQLite, who came or was updated by SQL. Here every figure is worked out the long
way — each person tested with `on_roster`, `is_complete` and the dates of their own rows — on
generated registers (empty to dense), on the demo, and on files blank only in whitespace. The
`indicators` command's own path (a connection of its own, no ORM session) gives every indicator
and list exactly as the window's does.
"""

from __future__ import annotations

import datetime as dt
import gc
import weakref
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from app.catalogue.codes import ActivityKind, ActivityStatus
from app.db.migrate import Database, open_database
from app.db.models import (
    Activity,
    ActivityDepartment,
    Attendance,
    HealthFile,
    Notice,
    NoticeReach,
    Staff,
    UsageVisit,
)
from app.db.rows import close_rows, open_rows
from app.domain.health_file import PERSON_FIELDS, REQUIRED_FIELDS, WHITESPACE, is_complete
from app.domain.indicators import lowest, reach
from app.domain.participation import on_roster
from app.domain.periods import Period, PeriodKind
from app.domain.ratios import Ratio
from app.domain.targets import IndicatorKey as K
from app.services.indicator_basis import ROSTER_DAYS_KEPT
from app.services.indicator_engine import IndicatorEngine, figures
from app.services.indicator_staff import months_before
from app.services.indicators import compute_indicators
from app.services.unit_of_work import read_only, unit_of_work
from tests.registers import TODAY, History, built_from, histories
from tests.support import ADMIN, TECH

CHECKED = (
    K.HEALTH_FILE_COMPLETENESS,
    K.HEALTH_DATA_UPDATED,
    K.USAGE_RATE,
    K.LECTURE_PARTICIPATION,
    K.NOTICE_COVERAGE,
)


def by_hand(db: Database, period: Period) -> dict[K, tuple[int, int] | None]:
    """(numerator, denominator) of each checked indicator, person by person."""
    first, last = period.first_day, period.last_day
    with read_only(db) as session:
        staff = list(session.scalars(select(Staff)))
        files = {f.staff_id: f for f in session.scalars(select(HealthFile))}

        def on(day: dt.date) -> list[Staff]:
            return [s for s in staff if on_roster(s.hire_date, s.departure_date, day)]

        def complete(person: Staff) -> bool:
            file = files.get(person.id)
            if file is None:
                return False
            values = {name: getattr(person, name) for name in PERSON_FIELDS}
            values |= {n: getattr(file, n) for n in REQUIRED_FIELDS if n not in PERSON_FIELDS}
            return is_complete(values)

        def updated(person: Staff) -> bool:
            file = files.get(person.id)
            day = file.data_updated_on if file else None
            return day is not None and months_before(last, 12) < day <= last

        came = {
            v.staff_id
            for v in session.scalars(select(UsageVisit))
            if v.staff_id is not None and first <= v.visited_at.date() <= last
        }
        active = on(last)
        figures: dict[K, tuple[int, int] | None] = {
            K.HEALTH_FILE_COMPLETENESS: (sum(map(complete, active)), len(active)),
            K.HEALTH_DATA_UPDATED: (sum(map(updated, active)), len(active)),
            K.USAGE_RATE: (sum(1 for s in active if s.id in came), len(active)),
        }
        lectures = []
        for a in session.scalars(select(Activity)):
            held = a.kind == ActivityKind.LECTURE.value and a.status == ActivityStatus.HELD.value
            if not held or not first <= a.starts_at.date() <= last:
                continue
            chosen = set(
                session.scalars(
                    select(ActivityDepartment.department_id).where(
                        ActivityDepartment.activity_id == a.id
                    )
                )
            )
            group = [
                s
                for s in on(a.starts_at.date())
                if a.target_all or not chosen or s.department_id in chosen
            ]
            present = set(
                session.scalars(select(Attendance.staff_id).where(Attendance.activity_id == a.id))
            )
            lectures.append(Ratio(sum(1 for s in group if s.id in present), len(group)))
        notices = []
        for n in session.scalars(select(Notice)):
            if not first <= n.issued_on <= last:
                continue
            that_day = on(n.issued_on)
            ticked = set(
                session.scalars(select(NoticeReach.staff_id).where(NoticeReach.notice_id == n.id))
            )
            if ticked:
                notices.append(Ratio(sum(1 for s in that_day if s.id in ticked), len(that_day)))
            else:
                notices.append(reach(n.reached_count or 0, len(that_day)))
        for key, ratios in ((K.LECTURE_PARTICIPATION, lectures), (K.NOTICE_COVERAGE, notices)):
            worst = lowest(ratios)
            figures[key] = (worst.numerator, worst.denominator) if worst else None
        return figures


def assert_same_figures(db: Database, period: Period) -> None:
    expected = by_hand(db, period)
    for drill, actor in ((False, TECH), (True, ADMIN)):
        every = compute_indicators(db, actor, period, as_of=TODAY, drill=drill)
        rows = open_rows(db.path)  # as the command reads without --user: SQL text, no session
        try:
            assert figures(rows, actor, period, TODAY, drill=drill) == every, (period.code, drill)
        finally:
            close_rows(rows)
        results = compute_indicators(db, actor, period, as_of=TODAY, keys=CHECKED, drill=drill)
        for result in results.results:
            want = expected[result.key]
            got = None if result.numerator is None else (result.numerator, result.denominator)
            assert got == want, (period.code, result.key, drill)
            if (
                drill
                and want is not None
                and result.key
                in (
                    K.HEALTH_FILE_COMPLETENESS,
                    K.HEALTH_DATA_UPDATED,
                    K.USAGE_RATE,
                )
            ):  # the list behind the figure: the people who fall short, each once
                assert len(result.drill.rows) == want[1] - want[0], (period.code, result.key)


@pytest.fixture(scope="module")
def empty_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("empty") / "empty.db"
    open_database(path).close()
    return path


@given(history=histories(), focus=st.one_of(st.just(TODAY), st.dates(dt.date(2024, 10, 1), TODAY)))
def test_generated_registers_count_as_the_rules_do_person_by_person(
    empty_file: Path, history: History, focus: dt.date
) -> None:
    with built_from(empty_file, history) as db:
        for kind in PeriodKind:
            assert_same_figures(db, Period.containing(focus, kind))


def test_the_demo_counts_as_the_rules_do_person_by_person(demo_db: Database) -> None:
    for code in ("2025", "2026", "2026Q3", "2026Q4", "2026-10", "2026-11"):
        assert_same_figures(demo_db, Period.parse(code))


@pytest.mark.parametrize("blank", ["", " ", "\u3000", "\t\u00a0\u2003", *WHITESPACE])
def test_a_field_of_whitespace_only_is_missing_for_sqlite_too(
    demo_db: Database, blank: str
) -> None:
    """SQLite's trim() is given Python's whitespace: an ideographic space typed by a Chinese input
    method leaves a field as blank as `str.strip()` says it is."""
    with unit_of_work(demo_db) as session:
        complete = [
            f
            for f in session.scalars(select(HealthFile))
            if is_complete(
                {n: getattr(f.staff, n) for n in PERSON_FIELDS}
                | {n: getattr(f, n) for n in REQUIRED_FIELDS if n not in PERSON_FIELDS}
            )
        ]
        assert len(complete) >= 2
        complete[0].smoking = blank
        complete[1].checkup_findings = f"{blank}x{blank}"  # text inside: filled in
    assert_same_figures(demo_db, Period.parse("2026"))


def test_whitespace_is_what_python_strips() -> None:
    assert set(WHITESPACE) == {chr(c) for c in range(0x110000) if chr(c).isspace()}


def test_staff_hired_or_gone_on_the_very_day_count_as_the_rules_say(demo_db: Database) -> None:
    """The edges of the bisection: hired on the last day of the period or on a lecture's day
    (on the roster), gone on it (off the roster: the departure date is the first day off)."""
    year = Period.parse("2026")
    with unit_of_work(demo_db) as session:
        lecture = session.scalars(
            select(Activity).where(
                Activity.kind == ActivityKind.LECTURE.value,
                Activity.status == ActivityStatus.HELD.value,
                Activity.starts_at >= dt.datetime(2026, 1, 1),
            )
        ).first()
        assert lecture is not None
        people = list(session.scalars(select(Staff).order_by(Staff.id).limit(40)))
        for n, person in enumerate(people):
            day = year.last_day if n % 2 else lecture.starts_at.date()
            if n % 4 < 2:
                person.hire_date, person.departure_date = day, None
            else:
                person.departure_date = day
    assert_same_figures(demo_db, year)
    assert_same_figures(demo_db, Period.containing(lecture.starts_at.date(), PeriodKind.MONTH))


def test_an_engine_is_freed_without_waiting_for_the_garbage_collector(demo_db: Database) -> None:
    """An engine in a reference cycle keeps its staff rows until a full collection, which then
    runs on the UI thread in whichever page is being opened."""
    rows = open_rows(demo_db.path)
    gc.disable()
    try:
        engine = IndicatorEngine(rows, TODAY)
        engine.compute(Period.parse("2026"))
        assert engine.staff  # the rows the engine read and keeps
        gone = weakref.ref(engine)
        del engine
        assert gone() is None  # freed by its reference count alone
    finally:
        gc.enable()
        close_rows(rows)


def test_the_roster_of_a_day_is_kept_for_a_few_days_only_and_found_again(demo_db: Database) -> None:
    """A year of lectures must not keep a set of the whole roster per lecture day (about 20 MB
    at 20,000 staff); a day asked for again after it was forgotten gives the same staff."""
    days = [dt.date(2026, 1, 1) + dt.timedelta(days=n) for n in range(0, 365, 7)]
    with read_only(demo_db) as session:
        people = [(s.id, s.hire_date, s.departure_date) for s in session.scalars(select(Staff))]
        rows = open_rows(demo_db.path)
        try:
            engine = IndicatorEngine(rows, TODAY)
            first = {day: engine.active_ids(day) for day in days}
            assert len(engine._active_ids) <= ROSTER_DAYS_KEPT
            for day in days:
                by_rule = {i for i, hired, left in people if on_roster(hired, left, day)}
                assert first[day] == by_rule
                assert engine.active_ids(day) == by_rule  # forgotten, worked out again
                assert [s.id for s in engine.active(day)] == [
                    s.id for s in engine.staff if s.id in by_rule
                ]
            assert len(engine._active_ids) <= ROSTER_DAYS_KEPT
            assert len(engine._active) <= ROSTER_DAYS_KEPT
            assert len({len(ids) for ids in first.values()}) > 1  # the roster does change
        finally:
            close_rows(rows)
