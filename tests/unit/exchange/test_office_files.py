"""Rosters saved by a real spreadsheet program (LibreOffice, headless) in every format the
import takes: .xls (and WPS's .et, the same format), .ods, .xlsx, .csv in UTF-8 and GBK, and
tab-separated UTF-16 "Unicode text". Each imports the same people with the same values as the
workbook they were saved from. Skipped, saying so, where LibreOffice is not installed."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from app.db.migrate import open_database
from app.db.models import Staff
from app.exchange.roster_import import import_roster, parse_roster
from app.services.unit_of_work import read_only
from tests.hostile_files import office_copy, soffice
from tests.roster_files import people, write_xlsx
from tests.support import ADMIN

TODAY = dt.date(2026, 11, 16)
ROWS = people(30, seed=11)
ROWS[0][1] = "王\n小明"  # a line break in a cell (cleaned to one name line)
ROWS[1][3] = 19_870_312  # a birth date typed as 8 digits into the date column
ROWS[1][4] = None  # (then the ID number cannot contradict it)

# LibreOffice filters: the target extension, then for text its separator, quote and charset
# (76 UTF-8, 85 GBK, 65535 UTF-16).
FORMATS = {
    "roster.xls": "xls",
    "roster.et": "xls",
    "roster.ods": "ods",
    "roster.xlsx": "xlsx",
    "utf8.csv": "csv:Text - txt - csv (StarCalc):44,34,76",
    "gbk.csv": "csv:Text - txt - csv (StarCalc):44,34,85",
    "unicode.txt": "txt:Text - txt - csv (StarCalc):9,34,65535",
}

pytestmark = pytest.mark.skipif(
    soffice() is None,
    reason="LibreOffice (soffice) is not installed: install libreoffice-calc-nogui to check "
    "files written by a real spreadsheet program",
)


def stored(database: Path) -> dict[str, tuple[object, ...]]:
    db = open_database(database)
    try:
        with read_only(db) as session:
            return {
                s.employee_no: (s.name, s.sex, s.birth_date, s.id_number, s.phone, s.hire_date)
                for s in session.scalars(select(Staff))
            }
    finally:
        db.close()


def imported(source: Path, folder: Path) -> dict[str, tuple[object, ...]]:
    folder.mkdir()
    db = open_database(folder / "roster.db")
    try:
        result = import_roster(db, ADMIN, parse_roster(source), TODAY)
    finally:
        db.close()
    assert result.applied and not result.errors, [p for p in result.problems]
    assert result.new == len(ROWS)
    return stored(folder / "roster.db")


@pytest.fixture(scope="module")
def expected(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[object, ...]]:
    folder = tmp_path_factory.mktemp("office-source")
    return imported(write_xlsx(folder / "source.xlsx", ROWS), folder / "db")


@pytest.mark.parametrize("name", list(FORMATS))
def test_a_roster_saved_by_a_spreadsheet_program_imports_the_same(
    name: str, expected: dict[str, tuple[object, ...]], tmp_path: Path
) -> None:
    source_folder = tmp_path / "made"
    source_folder.mkdir()
    build = office_copy(
        lambda folder: write_xlsx(folder / "source.xlsx", ROWS), FORMATS[name], name
    )
    path = build(source_folder)
    assert path.suffix == Path(name).suffix
    people_now = imported(path, tmp_path / "db")
    assert people_now == expected
    first = expected[str(ROWS[0][0])]
    assert first[0] == "王小明"
    assert expected[str(ROWS[1][0])][2] == dt.date(1987, 3, 12)
    shutil.rmtree(source_folder)
