"""No statement of the usage log reads the whole visit table: every filter and sort, every
count, page, visit and person card is answered from an index — the covering ones of the log
or the primary key — by the SQLite of plain registers and by SQLCipher's of encrypted ones.

The statements are the services' own, captured as they run on the demo register for every
combination of the log's filters; their plans are asked with the parameters they ran with."""

from __future__ import annotations

import datetime as dt
import itertools
import re
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, text

from app.db.connection import NATURAL
from app.db.migrate import Database, open_database
from app.domain.ordering import compare_names
from app.domain.visit_items import ReadingGroup, group_mask
from app.services import person_card, usage_log
from app.services.usage_log import VisitFilter, VisitSort
from tests.support import CHAIR, DEMO_TODAY

# A plan line of the visit table: "SCAN usage_visit" alone is a read of every row.
VISIT_TABLE = re.compile(r"^(SCAN|SEARCH) usage_visit\b")
Statement = tuple[str, tuple[Any, ...]]  # as run: the SQL and its parameters


@contextmanager
def captured(db: Database) -> Iterator[list[Statement]]:
    statements: list[Statement] = []

    def record(_conn: Any, _cursor: Any, sql: str, params: Any, _context: Any, many: bool) -> None:
        if "usage_visit" in sql and not many:
            statements.append((sql, tuple(params)))

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        yield statements
    finally:
        event.remove(db.engine, "before_cursor_execute", record)


def filters(staff_ids: tuple[int, int], department_id: int) -> Iterator[VisitFilter]:
    """Every combination of the log's filters (the statement's clauses differ by which are
    set, not by their values)."""
    first, last = DEMO_TODAY - dt.timedelta(days=60), DEMO_TODAY
    dates = [(None, None), (first, None), (None, last), (first, last)]
    people: list[dict[str, Any]] = [
        {},
        {"staff_id": staff_ids[0]},
        {"staff_ids": staff_ids},
        {"staff_ids": (), "visitor_prefix": "李"},
        {"staff_ids": staff_ids[:1], "visitor_prefix": "王_%"},
        {"staff_ids": ()},  # a search that matched nobody
    ]
    for (date_from, date_to), person, department, abnormal, items in itertools.product(
        dates, people, (None, department_id), (False, True), (0, group_mask(ReadingGroup.GLUCOSE))
    ):
        yield VisitFilter(date_from, date_to, department, abnormal, items_mask=items, **person)


def plans(connection: Any, statements: list[Statement]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for sql, params in statements:
        if sql not in found:
            rows = connection.execute("EXPLAIN QUERY PLAN " + sql, params).fetchall()
            found[sql] = [row[-1] for row in rows]
    return found


def table_scans(found: dict[str, list[str]]) -> list[str]:
    return [
        f"{' '.join(sql.split())}\n    {plan}"
        for sql, plan in found.items()
        if any(VISIT_TABLE.match(line) and " USING " not in line for line in plan)
    ]


@pytest.fixture(scope="module")
def usage_log_statements(
    demo_file: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, list[Statement]]:
    path = tmp_path_factory.mktemp("plans") / "demo.db"
    shutil.copyfile(demo_file, path)
    db = open_database(path)
    try:
        with db.sessions() as session:
            staff = tuple(session.execute(text(
                "SELECT staff_id FROM usage_visit WHERE staff_id IS NOT NULL "
                "GROUP BY staff_id ORDER BY count(*) DESC LIMIT 2")).scalars())  # fmt: skip
            department = session.execute(
                text("SELECT department_id FROM staff WHERE id = :id"), {"id": staff[0]}
            ).scalar_one()
            visit = session.execute(text("SELECT max(id) FROM usage_visit")).scalar_one()
        with captured(db) as statements:
            for flt in filters((staff[0], staff[1]), department):
                usage_log.count_visits(db, CHAIR, flt)
                for sort in VisitSort:
                    usage_log.fetch_visits(db, CHAIR, flt, 0, 20, sort)
            list(usage_log.iter_visits(db, CHAIR, VisitFilter(), chunk=500))
            usage_log.visit_detail(db, CHAIR, visit)
            person_card.person_card(db, CHAIR, staff[0])
            person_card.room_default_groups(db, CHAIR)
    finally:
        db.close()
    return path, statements


def test_the_log_ran_every_kind_of_statement(
    usage_log_statements: tuple[Path, list[Statement]],
) -> None:
    _path, statements = usage_log_statements
    shapes = {sql for sql, _ in statements}
    assert len(shapes) > 200  # counts and pages of every filter combination, in every order
    assert any("UNION ALL" in sql for sql in shapes)  # the person orders
    assert any("count(*)" in sql for sql in shapes)


@pytest.mark.parametrize("driver", ["sqlite", "sqlcipher"])
def test_no_statement_of_the_usage_log_scans_the_visit_table(
    usage_log_statements: tuple[Path, list[Statement]], driver: str
) -> None:
    path, statements = usage_log_statements
    if driver == "sqlite":
        connection = sqlite3.connect(path)
    else:  # SQLCipher's own SQLite (another version, another planner); no key: a plain file
        import sqlcipher3.dbapi2 as sqlcipher

        connection = sqlcipher.connect(str(path))
    connection.create_collation(NATURAL, compare_names)
    try:
        assert table_scans(plans(connection, statements)) == []
        # The check can fail: without the log's covering indexes the same statements scan it.
        connection.execute("BEGIN")
        for index in ("ix_usage_visit_browse", "ix_usage_visit_staff_browse"):
            connection.execute(f"DROP INDEX {index}")
        assert table_scans(plans(connection, statements))
        connection.execute("ROLLBACK")
    finally:
        connection.close()
