"""A corpus of malformed roster files: each is rejected with the right row, column and reason,
and the database file stays byte-for-byte the same (WAL checkpointed by closing it)."""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from app.catalogue.codes import Sex
from app.db.migrate import open_database
from app.domain.id_number import make_id_number
from app.exchange.roster_import import import_roster, parse_roster
from tests.roster_files import HEADER, people, write_csv, write_xlsx
from tests.support import ADMIN

TODAY = dt.date(2026, 11, 16)
GOOD = people(4, seed=3)  # rows 3-6 of a file with a title row; the base roster holds them
TAKEN_ID = GOOD[0][4]  # registered in the database under GOOD[0][0]
VALID_ID = make_id_number("130902", dt.date(1990, 5, 1), 7, Sex.MALE)


def person(**changes: Any) -> list[Any]:
    """A valid new person (row values in HEADER order) with some cells changed."""
    row = dict(
        zip(
            HEADER,
            [
                "ZX001",
                "测试人",
                "男",
                dt.date(1990, 5, 1),
                VALID_ID,
                "一车间",
                "13912345678",
                dt.date(2015, 3, 1),
                "车工",
            ],
            strict=True,
        )
    )
    row.update(changes)
    return list(row.values())


def xlsx(rows: list[list[Any]], header: list[str] = HEADER) -> Callable[[Path], Path]:
    return lambda folder: write_xlsx(folder / "roster.xlsx", rows, header)


def csv_file(
    rows: list[list[Any]], header: list[str] = HEADER, encoding: str = "utf-8-sig"
) -> Callable[[Path], Path]:
    return lambda folder: write_csv(folder / "roster.csv", rows, header, encoding)


def raw(name: str, content: bytes) -> Callable[[Path], Path]:
    def build(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(content)
        return path

    return build


def empty_workbook(folder: Path) -> Path:
    path = folder / "empty.xlsx"
    Workbook().save(path)
    return path


def formula_in(column: int) -> Callable[[Path], Path]:
    def build(folder: Path) -> Path:
        path = write_xlsx(folder / "roster.xlsx", [*GOOD[:1], person()])
        from openpyxl import load_workbook

        book = load_workbook(path)
        book.active.cell(4, column).value = "=A3"
        book.save(path)
        return path

    return build


def numeric_id(value: int | float) -> Callable[[Path], Path]:
    def build(folder: Path) -> Path:
        return write_xlsx(
            folder / "roster.xlsx", [*GOOD[:1], person(身份证号=value)], text_columns=()
        )

    return build


def with_departure(departure: object) -> Callable[[Path], Path]:
    header = [*HEADER, "离职日期"]
    return xlsx([[*GOOD[0], None], [*person(), departure]], header)


@dataclass(frozen=True)
class Case:
    name: str
    build: Callable[[Path], Path]
    row: int | None
    column: str
    code: str


def body(check_char_wrong: bool = False, birth: str = "19900501") -> str:
    from app.domain.id_number import check_digit

    text = f"130902{birth}071"
    good = check_digit(text)
    return text + (("0" if good != "0" else "1") if check_char_wrong else good)


CASES = [
    Case("empty csv", raw("empty.csv", b""), None, "", "empty"),
    Case("empty workbook", empty_workbook, None, "", "empty"),
    Case("a pdf", raw("report.pdf", b"%PDF-1.4\n%..."), None, "", "not_a_spreadsheet"),
    Case("a broken xlsx", raw("broken.xlsx", b"PK\x03\x04 not a zip"), None, "", "damaged"),
    Case("binary csv", raw("x.csv", b"\x00\x01\x02\x03binary"), None, "", "not_a_spreadsheet"),
    Case(
        "an Excel 97-2003 header and nothing else",
        raw("old.xls", bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 512),
        None,
        "",
        "damaged",
    ),
    Case(
        "png as xlsx",
        raw("photo.xlsx", b"\x89PNG\r\n\x1a\n" + b"\0" * 64),
        None,
        "",
        "not_a_spreadsheet",
    ),
    Case(
        "no employee no. column", xlsx([r[1:] for r in GOOD], HEADER[1:]), 2, "", "missing_column"
    ),
    Case(
        "no name column",
        xlsx([[r[0], *r[2:]] for r in GOOD], [HEADER[0], *HEADER[2:]]),
        2,
        "",
        "missing_column",
    ),
    Case("wrong columns", xlsx([["a", "b", "c"]], ["甲", "乙", "丙"]), None, "", "missing_column"),
    Case("header only", xlsx([]), 2, "", "no_rows"),
    Case("ID stored as an integer", numeric_id(130902199005010712), 4, "E", "id_looks_numeric"),
    Case("ID stored as a float", numeric_id(1.309021990050107e17), 4, "E", "id_looks_numeric"),
    Case(
        "ID in scientific notation (csv)",
        csv_file([*GOOD[:1], person(身份证号="1.30902E+17")]),
        3,
        "E",
        "id_looks_numeric",
    ),
    Case("bad checksum", xlsx([*GOOD[:1], person(身份证号=body(True))]), 4, "E", "id_bad_checksum"),
    Case(
        "ID too short", xlsx([*GOOD[:1], person(身份证号=VALID_ID[:17])]), 4, "E", "id_bad_length"
    ),
    Case(
        "letters inside the ID",
        xlsx([*GOOD[:1], person(身份证号="13090219900501X712")]),
        4,
        "E",
        "id_bad_characters",
    ),
    Case(
        "impossible birth date in the ID",
        xlsx([*GOOD[:1], person(身份证号=body(birth="19900230"), 出生日期=None)]),
        4,
        "E",
        "id_bad_birth_date",
    ),
    Case(
        "impossible hire date", xlsx([*GOOD[:1], person(入职日期="2023-02-30")]), 4, "H", "bad_date"
    ),
    Case(
        "impossible birth date text",
        xlsx([*GOOD[:1], person(出生日期="1990/13/01")]),
        4,
        "D",
        "bad_date",
    ),
    Case(
        "birth date not the ID's",
        xlsx([*GOOD[:1], person(出生日期=dt.date(1991, 5, 1))]),
        4,
        "D",
        "birth_mismatch",
    ),
    Case("sex not the ID's", xlsx([*GOOD[:1], person(性别="女")]), 4, "C", "sex_mismatch"),
    Case("unknown sex word", xlsx([*GOOD[:1], person(性别="X")]), 4, "C", "bad_sex"),
    Case(
        "mobile too short", xlsx([*GOOD[:1], person(手机号="1391234567")]), 4, "G", "mobile_invalid"
    ),
    Case(
        "mobile starting 12",
        xlsx([*GOOD[:1], person(手机号="12912345678")]),
        4,
        "G",
        "mobile_invalid",
    ),
    Case(
        "duplicate employee no. in the file",
        xlsx([*GOOD[:2], person(工号=GOOD[1][0], 身份证号=None)]),
        5,
        "A",
        "duplicate_in_file",
    ),
    Case(
        "duplicate ID in the file",
        xlsx([*GOOD[:1], person(), person(工号="ZX002", 手机号=None)]),
        5,
        "E",
        "duplicate_id_in_file",
    ),
    Case(
        "ID held by another employee",
        xlsx([person(身份证号=TAKEN_ID, 性别=None, 出生日期=None)]),
        3,
        "E",
        "id_taken",
    ),
    Case("formula in the name", formula_in(2), 4, "B", "formula"),
    Case("formula in the ID", formula_in(5), 4, "E", "formula"),
    Case("blank name", xlsx([*GOOD[:1], person(姓名=None)]), 4, "B", "required"),
    Case("blank department", xlsx([*GOOD[:1], person(部门="  ")]), 4, "F", "required"),
    Case("employee no. too long", xlsx([*GOOD[:1], person(工号="Z" * 60)]), 4, "A", "too_long"),
    Case(
        "birth date in the future",
        xlsx([*GOOD[:1], person(出生日期=dt.date(2030, 1, 1), 身份证号=None)]),
        4,
        "D",
        "date_out_of_range",
    ),
    Case(
        "hired before birth",
        xlsx([*GOOD[:1], person(入职日期=dt.date(1980, 1, 1))]),
        4,
        "H",
        "hire_before_birth",
    ),
    Case(
        "departure before hire",
        with_departure(dt.date(2010, 1, 1)),
        4,
        "J",
        "departure_before_hire",
    ),
    Case(
        "hire date serial out of range",
        xlsx([*GOOD[:1], person(入职日期=999999)]),
        4,
        "H",
        "bad_date",
    ),
    Case(
        "bad checksum in a GB18030 csv",
        csv_file([*GOOD[:1], person(身份证号=body(True))], encoding="gb18030"),
        3,
        "E",
        "id_bad_checksum",
    ),
]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def base_roster(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("base")
    db = open_database(folder / "base.db")
    result = import_roster(db, ADMIN, parse_roster(write_xlsx(folder / "good.xlsx", GOOD)), TODAY)
    assert result.applied and result.new == len(GOOD)
    db.close()  # the last connection checkpoints the WAL into the file
    return folder / "base.db"


def test_the_corpus_is_large_enough() -> None:
    assert len(CASES) >= 30
    assert len({c.name for c in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_malformed_file_is_rejected_where_the_problem_is(
    case: Case, base_roster: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "roster.db"
    shutil.copyfile(base_roster, copy)
    before = digest(copy)
    source = case.build(tmp_path)
    db = open_database(copy)
    try:
        result = import_roster(db, ADMIN, parse_roster(source), TODAY)
    finally:
        db.close()
    assert not result.applied
    found = [(p.row, p.column, p.code) for p in result.errors]
    assert (case.row, case.column, case.code) in found, found
    assert digest(copy) == before
    wal = tmp_path / "roster.db-wal"
    assert not wal.exists() or wal.stat().st_size == 0
