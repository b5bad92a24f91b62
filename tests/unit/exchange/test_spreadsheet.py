"""Reading real-world spreadsheets: title rows, merged cells, synonyms, dates, bad files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook

from app.catalogue.import_preview import Confidence
from app.exchange.column_mapping import FieldSpec, propose
from app.exchange.spreadsheet import (
    SpreadsheetError,
    cell_ref,
    column_letter,
    is_formula,
    normalize_text,
    parse_date,
    read_table,
)

SPEC = FieldSpec(
    "test",
    {"employee_no": ("工号", "员工编号", "职工号"), "name": ("姓名",), "dept": ("部门", "车间")},
    {},
    required=("employee_no", "name"),
)


def hr_workbook(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append(["华北机械 2026 年职工花名册"])
    sheet.merge_cells("A1:D1")
    sheet.append([])
    sheet.append(["员工编号 ", "姓　名", "车间（必填）", "入职日期"])
    sheet.append(["ＨＢ００１", " 张三 ", "一车间", dt.datetime(2023, 5, 1)])
    sheet.append([None, None, None, None])
    sheet.append(["HB002", "李四", "=A4", 45047])
    book.save(path)
    return path


def test_header_below_title_rows_with_synonyms_and_full_width(tmp_path: Path) -> None:
    table = read_table(hr_workbook(tmp_path / "r.xlsx"))
    mapping = propose(table, SPEC)
    assert mapping.header_row == 3
    assert dict(mapping.fields) == {"employee_no": 0, "name": 1, "dept": 2}
    assert [c.confidence for c in mapping.columns[:3]] == [
        Confidence.EXACT,
        Confidence.EXACT,
        Confidence.CLEANED,  # 车间（必填）
    ]
    data = [r for r in table.rows if r.number > mapping.header_row]
    assert [r.number for r in data] == [4, 6]  # the blank row 5 is skipped, numbers kept
    assert normalize_text(data[0].values[0]) == "HB001"
    assert normalize_text(data[0].values[1]) == "张三"
    assert is_formula(data[1].values[2])
    assert parse_date(data[1].values[3]) == dt.date(2023, 5, 1)
    assert cell_ref(6, 2) == "C6"


def test_missing_required_columns_are_named(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("姓名,部门\n张三,一车间\n", encoding="utf-8")
    mapping = propose(read_table(path), SPEC)
    assert SPEC.missing(mapping.fields) == ("employee_no",)


def test_csv_in_gb18030_and_utf8(tmp_path: Path) -> None:
    for encoding in ("gb18030", "utf-8-sig"):
        path = tmp_path / f"{encoding}.csv"
        path.write_bytes("工号,姓名\nHB1,王五\n".encode(encoding))
        table = read_table(path)
        assert table.rows[1].values == ("HB1", "王五")


@pytest.mark.parametrize(
    ("content", "name", "code"),
    [
        (b"", "empty.csv", "empty"),
        (b"PK\x03\x04 not really a zip", "broken.xlsx", "damaged"),
        (b"%PDF-1.4", "report.pdf", "not_a_spreadsheet"),
        (b"\x00\x01\x02binary", "x.csv", "not_a_spreadsheet"),
    ],
)
def test_files_that_are_not_tables(tmp_path: Path, content: bytes, name: str, code: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(SpreadsheetError) as info:
        read_table(path)
    assert info.value.code == code


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2023/5/1", dt.date(2023, 5, 1)),
        ("2023-05-01", dt.date(2023, 5, 1)),
        ("2023年5月1日", dt.date(2023, 5, 1)),
        ("20230501", dt.date(2023, 5, 1)),
        ("２０２３．５．１", dt.date(2023, 5, 1)),
        (45047, dt.date(2023, 5, 1)),
        (None, None),
        ("  ", None),
    ],
)
def test_dates_as_people_type_them(value: object, expected: dt.date | None) -> None:
    assert parse_date(value) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize("value", ["2023-02-30", "next week", "2023/13/1", -5])
def test_impossible_dates_are_refused(value: object) -> None:
    with pytest.raises(ValueError):
        parse_date(value)  # type: ignore[arg-type]


def test_month_precision_for_birth_month_columns() -> None:
    assert parse_date("1990年5月", month_precision=True) == dt.date(1990, 5, 1)
    with pytest.raises(ValueError):
        parse_date("1990年5月")


def test_column_letters_are_the_spreadsheet_programs() -> None:
    from openpyxl.utils import get_column_letter

    for index in range(18_278):  # A to ZZZ, beyond XFD (the last column Excel has)
        assert column_letter(index) == get_column_letter(index + 1), index
