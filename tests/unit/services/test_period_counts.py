"""The counts a period report takes from its heaviest tables — visits, readings, health files —
against the rules applied row by row to what was written.

The registers are written straight into the tables (a few people, visits on both sides of the
quarter's and its months' edges, readings of several arms with every flag, re-measured and not
counted, two counted readings of one arm in a visit, a reading taken after midnight of its
visit's day; health files with fields of nothing, whitespace only and text between
whitespace), so SQLite's grouping, its GLOB over the whitespace and the counting done in Python
meet the cases the services rarely write."""

from __future__ import annotations

import datetime as dt
import shutil
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from app.catalogue.readings import Flag, is_abnormal, pair_flag
from app.db.migrate import open_database
from app.db.rows import Rows, close_rows, moment_text, open_rows
from app.domain.health_file import (
    NUMBER_FIELDS,
    PERSON_FIELDS,
    REQUIRED_FIELDS,
    WHITESPACE,
    missing_fields,
)
from app.domain.periods import Period
from app.domain.readings import ReadingType
from app.services.indicator_basis import FILLED_AT_SIGHT
from app.services.indicator_engine import IndicatorEngine
from app.services.period_summary import PeriodSummary

QUARTER = Period.parse("2026Q3")
FIRST = dt.datetime(2026, 6, 29)  # visits from a few days before the quarter to after it
ARMS = (ReadingType.SYSTOLIC, ReadingType.DIASTOLIC) * 2 + (ReadingType.PULSE, ReadingType.BMI)
TEXT_FIELDS = tuple(f for f in REQUIRED_FIELDS if f not in PERSON_FIELDS and f not in NUMBER_FIELDS)
NOW = "2026-11-16 09:00:00.000000"
# A value each number field's CHECK accepts.
NUMBERS = {"height_cm": 165.0, "weight_kg": 60.5, "systolic": 120, "diastolic": 80,
           "fasting_glucose": 5.2}  # fmt: skip


@dataclass(frozen=True)
class Reading:
    arm: ReadingType
    flag: Flag
    counted: bool
    minutes: int  # after the visit's moment


@dataclass(frozen=True)
class Visit:
    person: int | None  # an index into the people; None: a visitor
    at: dt.datetime
    abnormal: bool
    late: bool
    readings: tuple[Reading, ...]


@dataclass(frozen=True)
class Person:
    sex: object
    born: object  # as the column holds it
    file: dict[str, object] | None  # the health file's required fields; None: no file


def _moment(day: int, minute: int) -> dt.datetime:
    return FIRST + dt.timedelta(days=day, minutes=minute)


BLANKS = (None, "", " ", "\u3000", "\t\u00a0\u2003", WHITESPACE)
FILLED = ("无", " 无\u3000", "x")


@st.composite
def persons(draw: st.DrawFn) -> Person:
    """Everything filled in (some text between whitespace), then a field or two left blank;
    or no file at all."""
    fields: dict[str, object] = {f: draw(st.sampled_from(FILLED)) for f in TEXT_FIELDS}
    fields |= NUMBERS | {"sex": draw(st.sampled_from(["M", "F"])), "birth_date": "1980-05-01"}
    for name in draw(st.lists(st.sampled_from(REQUIRED_FIELDS), max_size=2)):
        fields[name] = None if name not in TEXT_FIELDS else draw(st.sampled_from(BLANKS))
    return _person(fields, draw(st.booleans()))


def _person(fields: dict[str, object], filed: bool = True) -> Person:
    rest = {f: v for f, v in fields.items() if f not in PERSON_FIELDS}
    return Person(fields["sex"], fields["birth_date"], rest if filed else None)


def every_field_blank_once() -> tuple[list[Person], list[Visit]]:
    """One person per required field left blank in a way of its own, and one with none."""
    full: dict[str, object] = {f: FILLED[1] for f in TEXT_FIELDS}
    full |= NUMBERS | {"sex": "F", "birth_date": "1980-05-01"}
    blank = [None if f not in TEXT_FIELDS else BLANKS[n % len(BLANKS)]
             for n, f in enumerate(REQUIRED_FIELDS)]  # fmt: skip
    roster = [_person(full | {f: b}) for f, b in zip(REQUIRED_FIELDS, blank, strict=True)]
    return [*roster, _person(full)], []


readings = st.lists(
    st.builds(
        Reading,
        arm=st.sampled_from(ARMS),  # blood pressure's arms most often: a visit re-measures them
        flag=st.sampled_from(Flag),
        counted=st.sampled_from([True, True, False]),
        minutes=st.sampled_from([0, 5, 30]),
    ),
    max_size=6,
).map(tuple)


@st.composite
def registers(draw: st.DrawFn) -> tuple[list[Person], list[Visit]]:
    roster = draw(st.lists(persons(), max_size=5))
    who = st.one_of(st.none(), st.integers(0, len(roster) - 1)) if roster else st.none()
    # Days from 29 June on both sides of the quarter's edges (1 July, 1 October) and its
    # months' (1 August, 1 September); at 23:50 a reading 30 minutes later is the next day's.
    when = st.builds(_moment, st.sampled_from([0, 1, 2, 32, 33, 63, 64, 93, 94]),
                     st.sampled_from([0, 9 * 60, 24 * 60 - 10]))  # fmt: skip
    visit = st.builds(Visit, who, when, st.booleans(), st.booleans(), readings)
    return roster, draw(st.lists(visit, max_size=12))


@pytest.fixture(scope="module")
def empty_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("empty") / "empty.db"
    open_database(path).close()
    return path


@contextmanager
def written(empty_file: Path, roster: list[Person], visits: list[Visit]) -> Iterator[Rows]:
    """The register written into a copy of an empty one (person n of the roster is staff id
    n + 1, written in order, so a visit's later reading has the higher id); its rows."""
    path = empty_file.with_name(f"counts-{id(roster)}.db")
    shutil.copyfile(empty_file, path)
    rows = open_rows(path)
    try:
        with rows.writing():
            sql = rows.connection.execute
            sql("INSERT INTO department (id, name) VALUES (1, '一车间')")
            for n, p in enumerate(roster, start=1):
                sql(
                    "INSERT INTO staff (id, employee_no, name, name_pinyin, name_initials, sex, "
                    "birth_date, department_id, job_title, hazards, created_at, updated_at) "
                    "VALUES (?, ?, '王芳', 'wangfang', 'wf', ?, ?, 1, '', '', ?, ?)",
                    (n, f"E{n}", p.sex, p.born, NOW, NOW),
                )
                if p.file is not None:
                    names = ", ".join(p.file)
                    sql(
                        f"INSERT INTO health_file (staff_id, {names}) VALUES "
                        f"({n}{', ?' * len(p.file)})",
                        tuple(p.file.values()),
                    )
            for v in visits:
                staff_id = None if v.person is None else v.person + 1
                visit_id = sql(
                    "INSERT INTO usage_visit (visited_at, staff_id, visitor_name, advice, note, "
                    "abnormal, entered_late, recorded_by, recorded_at) "
                    "VALUES (?, ?, ?, '', '', ?, ?, 'admin', ?)",
                    (moment_text(v.at), staff_id, None if staff_id else "来访者", v.abnormal,
                     v.late, NOW),
                ).lastrowid  # fmt: skip
                for r in v.readings:
                    sql(
                        "INSERT INTO measurement (visit_id, staff_id, measured_at, type, value, "
                        "flag, counted) VALUES (?, ?, ?, ?, 1.0, ?, ?)",
                        (visit_id, staff_id, moment_text(v.at + dt.timedelta(minutes=r.minutes)),
                         r.arm.value, r.flag.value, r.counted),
                    )  # fmt: skip
        yield rows
    finally:
        close_rows(rows)
        path.unlink()


def _within(period: Period, moment: dt.datetime) -> bool:
    return period.first_day <= moment.date() <= period.last_day


def expected_readings(visits: list[Visit], period: Period) -> list[tuple[object, ...]]:
    """Per arm, in the catalogue's order: readings counted, of them abnormal, and the flags
    other than normal in their names' order."""
    by_arm: dict[str, Counter[str]] = {}
    for v in visits:
        for r in v.readings:
            if r.counted and _within(period, v.at + dt.timedelta(minutes=r.minutes)):
                by_arm.setdefault(r.arm.value, Counter())[r.flag.value] += 1
    out: list[tuple[object, ...]] = []
    for arm in ReadingType:
        if arm.value in by_arm:
            found = by_arm[arm.value]
            flags = [(f, found[f]) for f in sorted(found) if f != Flag.NORMAL]
            abnormal = sum(n for f, n in flags if is_abnormal(Flag(f)))
            out.append((arm.value, found.total(), abnormal, flags))
    return out


def expected_pressure(visits: list[Visit], period: Period) -> list[tuple[str, int]]:
    """Per visit the last counted reading of each arm (written in order: the last one written
    has the highest id), the pair's grade counted; in the order of the pairs' flags."""
    pairs: Counter[tuple[Flag, Flag]] = Counter()
    for v in visits:
        last: dict[ReadingType, Flag] = {}
        for r in v.readings:
            if r.counted and _within(period, v.at + dt.timedelta(minutes=r.minutes)):
                last[r.arm] = r.flag
        if ReadingType.SYSTOLIC in last and ReadingType.DIASTOLIC in last:
            pairs[last[ReadingType.SYSTOLIC], last[ReadingType.DIASTOLIC]] += 1
    grades: Counter[str] = Counter()
    for (systolic, diastolic), n in sorted(pairs.items()):
        grades[pair_flag(systolic, diastolic).value] += n
    return list(grades.items())


def expected_visits(
    visits: list[Visit], period: Period
) -> tuple[tuple[int, ...], tuple[tuple[str, int, int], ...], Counter[int]]:
    def seen(within: Period) -> list[Visit]:
        return [v for v in visits if _within(within, v.at)]

    came = [v for v in seen(period) if v.person is not None]
    totals = (
        len(seen(period)), len(came), len(seen(period)) - len(came),
        len({v.person for v in came}), sum(v.abnormal for v in seen(period)),
        sum(v.late for v in seen(period)),
    )  # fmt: skip
    months = tuple(
        (m.code, len(seen(m)), len({v.person for v in seen(m) if v.person is not None}))
        for m in period.month_periods()
    )
    by_staff = Counter(v.person + 1 for v in came if v.person is not None)
    return totals, months, by_staff


def expected_incomplete(roster: list[Person]) -> frozenset[int]:
    return frozenset(
        n
        for n, p in enumerate(roster, start=1)
        if p.file is None or missing_fields({"sex": p.sex, "birth_date": p.born, **p.file})
    )


def test_no_space_is_a_character_that_shows_a_value_filled_in() -> None:
    low, high, past = FILLED_AT_SIGHT
    assert not [c for c in WHITESPACE if low <= c < high or c >= past]
    assert max(WHITESPACE) == chr(ord(past) - 1)


@given(register=registers())
@example(register=every_field_blank_once())
def test_the_heavy_counts_are_the_rules_applied_row_by_row(
    empty_file: Path, register: tuple[list[Person], list[Visit]]
) -> None:
    roster, visits = register
    with written(empty_file, roster, visits) as rows:
        engine = IndicatorEngine(rows, dt.date(2026, 11, 16), drill=False)
        summary = PeriodSummary(engine)
        for period in (QUARTER, *QUARTER.month_periods()):
            facts, pressure = summary.readings(period)
            assert [
                (f.type, f.measured, f.abnormal, list(f.flags.items())) for f in facts
            ] == expected_readings(visits, period), period.code
            assert list(pressure.items()) == expected_pressure(visits, period)
            totals, months, by_staff = expected_visits(visits, period)
            got, got_months = summary.visits(period)
            assert (
                got.visits, got.staff_visits, got.visitor_visits, got.distinct_staff,
                got.abnormal_visits, got.entered_late,
            ) == totals  # fmt: skip
            assert got_months == months
            first, last = period.first_day, period.last_day
            assert engine.visits_by_staff(first, last) == by_staff
            fresh = IndicatorEngine(rows, dt.date(2026, 11, 16), drill=False)
            assert fresh.visitors_in(first, last) == set(by_staff)  # read, not the kept counts
        assert engine.incomplete_ids == expected_incomplete(roster)
