"""Read the spreadsheets people really hand over (.xlsx or .csv) into clean rows.

HR and sign-in sheets arrive with a title row or two above the header, merged cells, blank
rows, full-width characters and stray spaces, Chinese header synonyms, Excel date serials and
dates typed as text. This module finds the header, normalises the text and keeps every value's
position as the spreadsheet program shows it (row 5, column C), so each problem can be reported
where the user will look for it. It never evaluates formulas: a formula cell is reported.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
import unicodedata
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException

Value = str | int | float | dt.date | dt.datetime | None
HEADER_SCAN_ROWS = 12
MAX_ROWS = 200_000


class SpreadsheetError(ValueError):
    """The file cannot be read as a table; `code` says why (UI and CLI turn it into words)."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code  # not_found, not_a_spreadsheet, empty, no_header, too_many_rows
        self.detail = detail


@dataclass(frozen=True)
class Row:
    number: int  # the row number the spreadsheet program shows (1-based)
    values: tuple[Value, ...]


@dataclass(frozen=True)
class Table:
    rows: tuple[Row, ...]
    sheet: str = ""


@dataclass(frozen=True)
class Header:
    row_number: int
    columns: Mapping[str, int]  # field -> 0-based column index
    labels: Mapping[str, str]  # field -> the header text as written in the file


def column_letter(index: int) -> str:
    return str(get_column_letter(index + 1))


def cell_ref(row_number: int, index: int) -> str:
    return f"{column_letter(index)}{row_number}"


def normalize_text(value: object) -> str:
    """Full-width to half-width (NFKC), no zero-width characters, trimmed; blank -> ''."""
    if value is None:
        return ""
    text = unicodedata.normalize("NFKC", str(value))
    text = re.sub(r"[\u200b-\u200d\ufeff]", "", text)
    return text.strip()


def _header_key(value: object) -> str:
    text = normalize_text(value).lower()
    text = re.sub(r"[\s*＊:：()（）\[\]【】]|必填|选填", "", text)
    return text


def read_table(path: Path) -> Table:
    """The first worksheet of an .xlsx, or a .csv (UTF-8 or GB18030), as rows of values."""
    path = Path(path)
    if not path.exists():
        raise SpreadsheetError("not_found", str(path))
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return _read_csv(path)
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(path)
    raise SpreadsheetError("not_a_spreadsheet", path.suffix or path.name)


def _read_xlsx(path: Path) -> Table:
    try:
        # defusedxml (a dependency) makes openpyxl parse the XML safely.
        book = load_workbook(path, data_only=False, read_only=False)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError) as error:
        raise SpreadsheetError("not_a_spreadsheet", str(error)) from error
    sheet = book.worksheets[0]
    if sheet.max_row > MAX_ROWS:
        raise SpreadsheetError("too_many_rows", str(sheet.max_row))
    merged: dict[tuple[int, int], Value] = {}
    for cell_range in sheet.merged_cells.ranges:
        top_left = sheet.cell(cell_range.min_row, cell_range.min_col).value
        for r in range(cell_range.min_row, cell_range.max_row + 1):
            for c in range(cell_range.min_col, cell_range.max_col + 1):
                merged[(r, c)] = top_left
    rows = []
    for number, cells in enumerate(sheet.iter_rows(values_only=True), start=1):
        values = tuple(merged.get((number, col), value) for col, value in enumerate(cells, start=1))
        if any(normalize_text(v) for v in values):
            rows.append(Row(number, values))
    book.close()
    if not rows:
        raise SpreadsheetError("empty")
    return Table(tuple(rows), sheet.title)


def _read_csv(path: Path) -> Table:
    raw = path.read_bytes()
    if b"\x00" in raw[:4096]:
        raise SpreadsheetError("not_a_spreadsheet", "binary")
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover - gb18030 decodes any byte sequence
        raise SpreadsheetError("not_a_spreadsheet", "encoding")
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",\t;")
        delimiter = dialect.delimiter
    except csv.Error:
        delimiter = ","
    rows = []
    for number, cells in enumerate(csv.reader(text.splitlines(), delimiter=delimiter), start=1):
        if number > MAX_ROWS:
            raise SpreadsheetError("too_many_rows", str(number))
        if any(normalize_text(v) for v in cells):
            rows.append(Row(number, tuple(cells)))
    if not rows:
        raise SpreadsheetError("empty")
    return Table(tuple(rows))


def find_header(
    table: Table, synonyms: Mapping[str, Sequence[str]], required: Sequence[str]
) -> Header:
    """The row among the first few that names the most known fields (title rows skipped).

    Raises SpreadsheetError("no_header", missing fields) when no row names every required one.
    """
    lookup = {_header_key(s): name for name, words in synonyms.items() for s in words}
    best: Header | None = None
    for row in table.rows[:HEADER_SCAN_ROWS]:
        columns: dict[str, int] = {}
        labels: dict[str, str] = {}
        for index, value in enumerate(row.values):
            name = lookup.get(_header_key(value))
            if name and name not in columns:
                columns[name] = index
                labels[name] = normalize_text(value)
        if best is None or len(columns) > len(best.columns):
            best = Header(row.number, columns, labels)
    missing = [f for f in required if best is None or f not in best.columns]
    if best is None or missing:
        raise SpreadsheetError("no_header", ",".join(missing))
    return best


def is_formula(value: Value) -> bool:
    return isinstance(value, str) and value.startswith("=") and len(value) > 1


_DATE_TEXT = (
    re.compile(r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$"),
    re.compile(r"^(\d{4})(\d{2})(\d{2})$"),
)
_MONTH_TEXT = re.compile(r"^(\d{4})[-/.年](\d{1,2})月?$")
EXCEL_EPOCH = dt.date(1899, 12, 30)  # serial 1 = 1900-01-01, with Excel's 1900 leap-year bug


def parse_date(value: Value, month_precision: bool = False) -> dt.date | None:
    """A date from a cell: a real date, an Excel serial, or text such as 2023/5/1,
    2023-05-01, 2023年5月1日, 20230501 (and 1990年5月 / 1990.05 when `month_precision`).

    Returns None for a blank cell; raises ValueError when the value is not a real date.
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        if not 1 <= value < 80_000:
            raise ValueError("serial_out_of_range")
        return EXCEL_EPOCH + dt.timedelta(days=int(value))
    text = normalize_text(value)
    if not text:
        return None
    if re.fullmatch(r"\d+(\.0)?", text) and 1 <= float(text) < 80_000 and len(text) <= 6:
        return EXCEL_EPOCH + dt.timedelta(days=int(float(text)))
    for pattern in _DATE_TEXT:
        match = pattern.match(text)
        if match:
            year, month, day = (int(g) for g in match.groups())
            return dt.date(year, month, day)  # ValueError for 2023-02-30
    if month_precision:
        match = _MONTH_TEXT.match(text)
        if match:
            return dt.date(int(match.group(1)), int(match.group(2)), 1)
    raise ValueError("not_a_date")
