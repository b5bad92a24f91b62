"""Check-up result files as they really arrive: saved by a real spreadsheet program
(LibreOffice, headless) as .xls, .ods, .xlsx and .csv; the hostile and broken files of the
roster corpus; and hostile cells in a result column. No traceback, the register untouched
whenever something is refused, and each message the one for the problem."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from app.catalogue.checkups import CheckupItem
from app.db.migrate import Database, open_database
from app.db.models import Checkup, CheckupResult, Staff
from app.domain.staff import PersonInput
from app.exchange.checkup_import import import_checkups, parse_checkups
from app.exchange.checkup_rows import SKIPPING_CODES
from app.services.staff import save_person
from app.services.unit_of_work import read_only
from tests.checkup_files import HEADER, Person, checkup_rows, write_checkups_xlsx
from tests.hostile_files import HOSTILE, FileProblem, office_copy, soffice
from tests.roster_files import people
from tests.support import ADMIN

TODAY = dt.date(2026, 11, 16)
ON = dt.date(2026, 5, 12)
ROSTER = people(12, seed=17)
PEOPLE = [
    Person(r[0], r[1], "M" if r[2] == "男" else "F", r[3], r[4], r[5]) for r in ROSTER
]  # fmt: skip
ROWS = checkup_rows(PEOPLE, on=ON, seed=9)
ROWS[0][HEADER.index("体检结论")] = "1. 血脂偏高\n2. 脂肪肝"  # a line break kept in the text


def registered(path: Path) -> Database:
    db = open_database(path)
    for r in ROSTER:
        person = PersonInput(
            employee_no=r[0], name=r[1], department=r[5], birth_date=r[3], id_number=r[4]
        )
        save_person(db, ADMIN, None, person, TODAY)
    return db


def stored(db: Database) -> dict[tuple[str, str], tuple[float, str]]:
    with read_only(db) as session:
        return {
            (number, item): (value, flag)
            for number, item, value, flag in session.execute(
                select(Staff.employee_no, CheckupResult.item, CheckupResult.value)
                .add_columns(CheckupResult.flag)
                .join(Checkup, Checkup.id == CheckupResult.checkup_id)
                .join(Staff, Staff.id == Checkup.staff_id)
            )
        }


def imported(source: Path, folder: Path) -> dict[tuple[str, str], tuple[float, str]]:
    folder.mkdir()
    db = registered(folder / "register.db")
    try:
        result = import_checkups(db, ADMIN, parse_checkups(source), TODAY)
        assert result.applied and not result.errors, result.problems
        assert result.new == len(ROWS)
        with read_only(db) as session:
            conclusion = session.scalar(
                select(Checkup.conclusion).join(Staff).where(Staff.employee_no == ROSTER[0][0])
            )
        assert conclusion == "1. 血脂偏高\n2. 脂肪肝"
        return stored(db)
    finally:
        db.close()


@pytest.fixture(scope="module")
def expected(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], tuple[float, str]]:
    folder = tmp_path_factory.mktemp("checkup-source")
    return imported(write_checkups_xlsx(folder / "source.xlsx", ROWS), folder / "db")


FORMATS = {
    "checkups.xls": "xls",
    "checkups.et": "xls",
    "checkups.ods": "ods",
    "checkups.xlsx": "xlsx",
    "utf8.csv": "csv:Text - txt - csv (StarCalc):44,34,76",
    "gbk.csv": "csv:Text - txt - csv (StarCalc):44,34,85",
}


@pytest.mark.skipif(
    soffice() is None,
    reason="LibreOffice (soffice) is not installed: install libreoffice-calc-nogui to check "
    "check-up files written by a real spreadsheet program",
)
@pytest.mark.parametrize("name", list(FORMATS))
def test_check_ups_saved_by_a_spreadsheet_program_import_the_same(
    name: str, expected: dict[tuple[str, str], tuple[float, str]], tmp_path: Path
) -> None:
    made = tmp_path / "made"
    made.mkdir()
    build = office_copy(
        lambda folder: write_checkups_xlsx(folder / "source.xlsx", ROWS), FORMATS[name], name
    )
    path = build(made)
    assert path.suffix == Path(name).suffix
    assert imported(path, tmp_path / "db") == expected
    assert len(expected) > len(ROWS) * 10  # most items of every person


def digest(path: Path) -> list[object]:
    con = sqlite3.connect(path)
    try:
        tables = [n for (n,) in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return [(t, sorted(map(repr, con.execute(f"SELECT * FROM {t}")))) for t in sorted(tables)]
    finally:
        con.close()


FILE_CASES = [
    case
    for case in HOSTILE
    if isinstance(case.expect, FileProblem) and not case.heavy and not case.office
]


@pytest.mark.parametrize("case", FILE_CASES, ids=[c.name for c in FILE_CASES])
def test_a_hostile_file_gets_its_one_message_and_changes_nothing(
    case: object, tmp_path: Path
) -> None:
    from tests.hostile_files import Hostile

    assert isinstance(case, Hostile) and isinstance(case.expect, FileProblem)
    db = registered(tmp_path / "register.db")
    try:
        before = digest(db.path)
        source = case.build(tmp_path)
        parsed = parse_checkups(source)
        # one problem (a roster's missing columns are the check-up sheet's missing ones)
        assert {p.code for p in parsed.problems} == {case.expect.code}
        result = import_checkups(db, ADMIN, parsed, TODAY)
        assert not result.applied and {p.code for p in result.errors} == {case.expect.code}
        assert digest(db.path) == before
    finally:
        db.close()


HEAVY_CASES = [case for case in HOSTILE if case.heavy]
PEAK_MB, CPU_SECONDS = 300, 2.0


@pytest.mark.parametrize("case", HEAVY_CASES, ids=[c.name for c in HEAVY_CASES])
def test_a_memory_heavy_file_is_refused_in_bounded_memory(case: object, tmp_path: Path) -> None:
    """The roster corpus's zip bombs, far cell references and whole-sheet merges, given to the
    check-up import in a child process whose memory is capped: the same one message, under
    300 MB and 2 s of CPU, nothing written. A roster that would import (a whole-sheet
    dimension or merge) is read in bounded memory too: its people are not on this register,
    so each row is listed and left out."""
    from tests.hostile_files import Hostile, import_in_child_process

    assert isinstance(case, Hostile)
    if case.office and soffice() is None:
        pytest.skip("LibreOffice (soffice) is not installed: install libreoffice-calc-nogui")
    db = registered(tmp_path / "register.db")
    db.close()
    before = digest(db.path)
    outcome = import_in_child_process(db.path, case.build(tmp_path), "checkups")
    assert not outcome["applied"]
    errors = {code for _row, _column, code in outcome["errors"]}
    if isinstance(case.expect, FileProblem):
        assert errors == {case.expect.code}, outcome
    else:
        left_out = [code for _row, _column, code in outcome["warnings"]]
        assert not errors and left_out and set(left_out) <= SKIPPING_CODES, outcome
    assert float(outcome["peak_mb"]) <= PEAK_MB, outcome
    assert float(outcome["cpu_s"]) <= CPU_SECONDS, outcome
    assert digest(db.path) == before


CELLS = [
    # (column heading, cell, the problem at that cell or None when read as given)
    ("总胆固醇", "=A1*2", "formula"),
    ("总胆固醇", True, "result_not_a_number"),
    ("总胆固醇", dt.date(2026, 5, 1), "result_not_a_number"),
    ("总胆固醇", "NaN", "result_not_a_number"),
    ("总胆固醇", "inf", "result_not_a_number"),
    ("总胆固醇", "1e308", "result_not_a_number"),
    ("总胆固醇", "5.2.3", "result_not_a_number"),
    ("总胆固醇", "-4.2", "result_implausible"),
    ("总胆固醇", "4" * 400, "result_implausible"),
    ("总胆固醇", "4.2 ‮L/lomm", "result_unit"),
    ("空腹血糖(mmol/L)", "5.6\u200b", None),
    ("血压(mmHg)", "130/85/70", "result_not_a_pair"),
    ("血压(mmHg)", "１３０／８５", None),
    ("体检日期", "2026-02-30", "bad_date"),
    ("体检日期", 45000, None),  # an Excel date serial
    ("身份证号", "=A1&B1", "formula"),  # said once, though the ID is read to find the person
    ("姓名", "=B2", "formula"),
]


@pytest.mark.parametrize(("heading", "cell", "code"), CELLS)
def test_a_hostile_cell_is_refused_where_it_is(
    heading: str, cell: object, code: str | None, tmp_path: Path
) -> None:
    rows = [list(r) for r in ROWS[:3]]
    column = HEADER.index(heading)
    rows[1][column] = cell
    db = registered(tmp_path / "register.db")
    try:
        before = digest(db.path)
        result = import_checkups(
            db, ADMIN, parse_checkups(write_checkups_xlsx(tmp_path / "c.xlsx", rows)), TODAY
        )
        letter = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[column]
        if code is None:
            assert result.applied and not result.errors, result.errors
        else:
            assert [(p.row, p.column, p.code) for p in result.errors] == [(4, letter, code)]
            assert digest(db.path) == before
    finally:
        db.close()


def test_invisible_characters_in_a_name_still_find_the_person(tmp_path: Path) -> None:
    rows = [list(r) for r in ROWS[:1]]
    rows[0][1] = "\u202e" + str(rows[0][1]) + "\u200b"
    rows[0][HEADER.index("身份证号")] = ""
    rows[0].insert(0, ROSTER[0][0])
    header = ["工号", *HEADER]
    db = registered(tmp_path / "register.db")
    try:
        result = import_checkups(
            db, ADMIN, parse_checkups(write_checkups_xlsx(tmp_path / "c.xlsx", rows, header)), TODAY
        )
        assert result.applied, result.problems
        assert (ROSTER[0][0], CheckupItem.HEIGHT.value) in stored(db)
    finally:
        db.close()
