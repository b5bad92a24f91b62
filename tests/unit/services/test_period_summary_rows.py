"""The period reports' facts read with SQL text give exactly what the ORM's queries gave: the
reference (`period_summary_orm`, the queries as they were) and the SQL-text path side by side on
generated registers (empty to dense) and on the demo, for months, quarters and years, with the
names and the trend; and the site profile that heads the pages. Compared with every value's
type, so a 1 for a True or a 120 for a 120.0 shows."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.db.migrate import Database, open_database
from app.domain.periods import Period, PeriodKind
from app.services import site_profile
from app.services.period_summary import report_data
from app.services.unit_of_work import read_only
from tests.registers import TODAY, History, built_from, histories
from tests.support import CHAIR
from tests.unit.services import period_summary_orm

TREND = {PeriodKind.MONTH: 2, PeriodKind.QUARTER: 4, PeriodKind.YEAR: 0}


def typed(value: object) -> object:
    """`value` with each part's type beside it and each dict in key order: equal only when the
    values and their types are (a 1 is not a True, a 120 not a 120.0), in whatever order a dict
    was filled (SQLite may count the groups in another order than a loop over rows did)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        parts = tuple((f.name, typed(getattr(value, f.name))) for f in dataclasses.fields(value))
        return type(value).__name__, parts
    if isinstance(value, dict):
        return "dict", tuple(sorted(((typed(k), typed(v)) for k, v in value.items()), key=repr))
    if isinstance(value, set | frozenset):
        return type(value).__name__, tuple(sorted((typed(v) for v in value), key=repr))
    if isinstance(value, list | tuple):
        return type(value).__name__, tuple(typed(v) for v in value)
    return type(value).__name__, value


def assert_same_facts(db: Database, period: Period, as_of: dt.date = TODAY) -> None:
    with read_only(db) as session:  # the page heading: the profile as the models read it
        loaded = site_profile._load(session)
        by_models = site_profile._to_dto(*loaded) if loaded else None
    assert repr(site_profile.get_profile(db)) == repr(by_models)
    for names in (False, True):
        trend = TREND[period.kind]
        by_sql = report_data(db, CHAIR, period, as_of, trend, names)
        by_orm = period_summary_orm.report_data(db, CHAIR, period, as_of, trend, names)
        assert typed(by_sql) == typed(by_orm), (period.code, names)


@pytest.fixture(scope="module")
def empty_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("empty") / "empty.db"
    open_database(path).close()
    return path


@given(history=histories(), focus=st.one_of(st.just(TODAY), st.dates(dt.date(2025, 1, 1), TODAY)))
def test_generated_registers_give_the_same_facts_as_the_orm(
    empty_file: Path, history: History, focus: dt.date
) -> None:
    with built_from(empty_file, history) as db:
        for kind in PeriodKind:
            assert_same_facts(db, Period.containing(focus, kind))


def test_the_demo_gives_the_same_facts_as_the_orm(demo_db: Database) -> None:
    """The demo holds what the generated registers do not: follow-ups, urgent cases, device
    events with costs, stock used and discarded, partner-hospital visits."""
    for code in ("2025", "2026", "2026Q3", "2026Q4", "2026-10", "2026-11"):
        assert_same_facts(demo_db, Period.parse(code))
    facts = report_data(demo_db, CHAIR, Period.parse("2026"), TODAY).facts
    assert facts.urgent is not None and facts.urgent.opened
    assert facts.follow_ups.done and facts.device_events
    assert facts.hospital_visits and any(s.used for s in facts.stock)
