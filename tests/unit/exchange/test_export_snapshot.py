"""The county package is read from one state of the register, even while others save.

Between the pseudonym table and the visits (streamed into the workbook later) the export
reports progress: there another connection — the window, another command — adds a person
with a visit and a lecture sign-in and commits. The package must show the register as it was
when the export began: no visit or sign-in whose person columns are blank, the same counts,
and the new rows simply not in it; the other connection's write is not held up.
"""

from __future__ import annotations

import datetime as dt
import io
import sqlite3
import zipfile
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from app.db.migrate import Database
from app.domain.periods import Period
from app.exchange.export_package import export_package
from app.exchange.package_sheets import TITLES
from tests.support import DEMO_TODAY, TECH

Q3 = Period.parse("2026Q3")
FIRST, AFTER = "2026-07-01 00:00:00", "2026-10-01 00:00:00"


def clone(con: sqlite3.Connection, table: str, where: str, changes: dict[str, Any]) -> int:
    """Insert a copy of the first row of `table` matching `where`, with `changes`; its id."""
    cursor = con.execute(f"SELECT * FROM {table} WHERE {where} LIMIT 1")
    names = [d[0] for d in cursor.description]
    row = dict(zip(names, cursor.fetchone(), strict=True))
    del row["id"]
    row.update(changes)
    marks = ", ".join("?" * len(row))
    inserted = con.execute(
        f"INSERT INTO {table} ({', '.join(row)}) VALUES ({marks})",
        list(row.values()),
    )
    return int(inserted.lastrowid or 0)


def add_person_with_a_visit_and_a_sign_in(path: Path) -> tuple[int, int]:
    """What another program saves mid-export: (the visit's id, the sign-in's id)."""
    con = sqlite3.connect(path, timeout=5)
    try:
        new = {"employee_no": "MID-EXPORT-1", "id_number": None, "name": "后来者"}
        staff = clone(con, "staff", "departure_date IS NULL", new)
        in_q3 = f"visited_at >= '{FIRST}' AND visited_at < '{AFTER}'"
        visit = clone(con, "usage_visit", in_q3, {"staff_id": staff, "visitor_name": None})
        activity = con.execute(
            "SELECT id FROM activity WHERE starts_at >= ? AND starts_at < ? LIMIT 1",
            (FIRST, AFTER),
        ).fetchone()[0]
        sign_in = clone(con, "attendance", f"activity_id = {activity}",
                        {"staff_id": staff, "guest_name": None})  # fmt: skip
        con.commit()
        return visit, sign_in
    finally:
        con.close()


def counts(path: Path) -> tuple[int, int]:
    con = sqlite3.connect(path)
    try:
        visits = con.execute(
            "SELECT count(*) FROM usage_visit WHERE visited_at >= ? AND visited_at < ?",
            (FIRST, AFTER),
        ).fetchone()[0]
        sign_ins = con.execute(
            "SELECT count(*) FROM attendance JOIN activity ON activity.id = activity_id"
            " WHERE starts_at >= ? AND starts_at < ?",
            (FIRST, AFTER),
        ).fetchone()[0]
        return int(visits), int(sign_ins)
    finally:
        con.close()


def sheet_rows(package: Path, title: str) -> list[tuple[Any, ...]]:
    with zipfile.ZipFile(package) as archive:
        book = load_workbook(io.BytesIO(archive.read("data.xlsx")), read_only=True)
    rows = list(book[title].iter_rows(min_row=2, values_only=True))
    return [row for row in rows if any(v is not None for v in row)]


def test_a_person_saved_mid_export_is_not_half_in_the_package(
    demo_db: Database, tmp_path: Path
) -> None:
    visits_before, sign_ins_before = counts(demo_db.path)
    assert visits_before > 0 and sign_ins_before > 0
    written: list[tuple[int, int]] = []

    def progress(_percent: int, stage: str) -> None:
        if stage == "reports":  # the people are read; the visits and sign-ins not yet
            written.append(add_person_with_a_visit_and_a_sign_in(demo_db.path))

    out = tmp_path / "stick"
    out.mkdir()
    started = dt.datetime.now()
    package = export_package(demo_db, TECH, Q3, out, as_of=DEMO_TODAY, progress=progress).path
    assert written, "the hook never ran: the test tested nothing"
    assert dt.datetime.now() - started < dt.timedelta(minutes=2)
    new_visit, new_sign_in = written[0]
    assert counts(demo_db.path) == (visits_before + 1, sign_ins_before + 1)  # it was saved

    visits = sheet_rows(package, TITLES["visits"].zh)
    assert len(visits) == visits_before
    assert new_visit not in {row[0] for row in visits}
    # visit_id, visited_at, staff_code, department, sex, birth_year, visitor, ...
    for row in visits:
        assert (row[2] is None) == (row[6] == "是"), row  # a person's visit names its code
    sign_ins = sheet_rows(package, TITLES["attendance"].zh)
    assert len(sign_ins) == sign_ins_before
    # activity_id, staff_code, department, sex, birth_year, guest, method, signed_at
    for row in sign_ins:
        assert (row[1] is None) == (row[5] == "是"), row
    assert new_sign_in > 0


def test_the_report_drawn_from_the_snapshot_is_still_in_the_audit_trail_once(
    demo_db: Database, tmp_path: Path
) -> None:
    con = sqlite3.connect(demo_db.path)
    before = con.execute("SELECT count(*) FROM audit_entry").fetchone()[0]
    out = tmp_path / "stick"
    out.mkdir()
    export_package(demo_db, TECH, Q3, out, as_of=DEMO_TODAY)
    added = con.execute(
        "SELECT entity, entity_id FROM audit_entry ORDER BY id LIMIT -1 OFFSET ?", (before,)
    ).fetchall()
    con.close()
    assert [entity for entity, _ in added] == ["report", "package"], added
