"""Read the spreadsheets people really hand over into clean rows.

HR and sign-in sheets arrive as .xlsx, .xls (and WPS .et, the same format), .ods or as text
(.csv/.txt in UTF-8, GBK/GB18030 or UTF-16), with a title row or two above the header, merged
cells, blank rows, full-width characters and stray spaces, Excel date serials and dates typed
as text. Every workbook is read by python-calamine once app.exchange.file_limits has measured
it; text is decoded here. Each value keeps its position as the spreadsheet program shows it
(row 5, column C), so each problem can be reported where the user will look for it. Formulas
are never evaluated: in an .xlsx a formula cell is reported (its cached value may be stale or
missing); .xls and .ods give the value the program last computed.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.domain.text import INVISIBLE
from app.exchange.file_limits import (
    MAX_CELL_CHARS,
    MAX_ROWS,
    Extent,
    Kind,
    SpreadsheetError,
    check_extent,
    examine,
)

__all__ = ["MAX_ROWS", "SpreadsheetError"]  # re-exported: callers know them from here

Value = str | int | float | bool | dt.date | dt.datetime | dt.time | dt.timedelta | None
HEADER_SCAN_ROWS = 12
# What the file dialogs offer (the reader tells the kind by content, not by name).
SUFFIXES = (".xlsx", ".xlsm", ".xls", ".et", ".ods", ".csv", ".txt")
FILE_PATTERNS = " ".join(f"*{s}" for s in SUFFIXES)


@dataclass(frozen=True)
class Row:
    number: int  # the row number the spreadsheet program shows (1-based)
    values: tuple[Value, ...]


@dataclass(frozen=True)
class Table:
    rows: tuple[Row, ...]
    sheet: str = ""


def column_letter(index: int) -> str:
    """The letters of the column at 0-based `index`: A, ..., Z, AA, ... (done here: importing
    openpyxl for it cost an import command a few hundred ms)."""
    number, letters = index + 1, ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def cell_ref(row_number: int, index: int) -> str:
    return f"{column_letter(index)}{row_number}"


def normalize_text(value: object) -> str:
    """Full-width to half-width (NFKC), no invisible or bidi characters, trimmed."""
    if value is None:
        return ""
    text = unicodedata.normalize("NFKC", str(value))
    return INVISIBLE.sub("", text).strip()


def without_invisible(value: Value) -> Value:
    return INVISIBLE.sub("", value) if isinstance(value, str) else value


def read_table(path: Path) -> Table:
    """The first worksheet of a workbook, or a text file, as rows of values.

    Raises SpreadsheetError (with a code) for anything that is not a readable table within
    the limits; never MemoryError, never a hang on a pipe.
    """
    path = Path(path)
    examined = examine(path)
    if examined.kind is Kind.TEXT:
        return _read_text(path)
    return _read_workbook(path, examined.formulas)


def _read_workbook(path: Path, formulas: Mapping[tuple[int, int], str]) -> Table:
    from python_calamine import CalamineWorkbook, PasswordError

    try:
        with path.open("rb") as handle:
            book = CalamineWorkbook.from_filelike(handle)
            if not book.sheet_names:
                raise SpreadsheetError("empty")
            title = book.sheet_names[0]
            sheet = book.get_sheet_by_index(0)
            merges = sheet.merged_cell_ranges or []
            grid = sheet.to_python(skip_empty_area=False)
    except SpreadsheetError:
        raise
    except PasswordError:
        raise SpreadsheetError("password") from None
    except Exception as error:  # calamine's own errors, and what a damaged part raises
        raise SpreadsheetError("damaged", str(error)[:120]) from None
    except BaseException as error:  # a Rust panic surfaces as a BaseException
        if type(error).__name__ != "PanicException":
            raise
        raise SpreadsheetError("damaged", str(error)[:120]) from None
    width = max((len(r) for r in grid), default=0)
    check_extent(Extent(len(grid), width))
    _fill_merges(grid, merges)
    rows = []
    for index, cells in enumerate(grid):
        number = index + 1
        values = tuple(_value(v) for v in cells)
        if formulas:
            values = tuple(
                "=" + (formulas[number, column + 1] or "…")
                if (number, column + 1) in formulas
                else v
                for column, v in enumerate(values)
            )
        if any(normalize_text(v) for v in values):
            rows.append(Row(number, values))
    if not rows:
        raise SpreadsheetError("empty")
    _check_cells(rows)
    return Table(tuple(rows), title)


def _value(value: object) -> Value:
    if value == "":
        return None
    if isinstance(value, str):
        return without_invisible(value)
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)  # calamine reads .xlsx/.ods numbers as floats: 10023.0 is 10023
    return value  # type: ignore[return-value]


def shown(value: Value) -> str:
    """A cell's value as text for a message, close to what the spreadsheet displays."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else f"{value:.15g}"
    text = str(value)
    return text if len(text) <= 80 else text[:77] + "…"


def _fill_merges(
    grid: Sequence[list[Any]], merges: Sequence[tuple[tuple[int, int], tuple[int, int]]]
) -> None:
    """Every cell of a merged range shows its top-left value (a department written once for
    a block of rows). Ranges are clipped to the grid (a merge may claim the whole sheet), and
    a range that hides other values is left alone: filling it would change what they say."""
    height = len(grid)
    for (top, left), (bottom, right) in merges:
        if top >= height or left >= len(grid[top]) or grid[top][left] == "":
            continue
        value = grid[top][left]
        cells = [
            (r, c)
            for r in range(top, min(bottom, height - 1) + 1)
            for c in range(left, min(right, len(grid[r]) - 1) + 1)
        ]
        if sum(1 for r, c in cells if grid[r][c] != "") > 1:
            continue
        for r, c in cells:
            grid[r][c] = value


def _check_cells(rows: Sequence[Row]) -> None:
    for row in rows:
        for index, value in enumerate(row.values):
            if isinstance(value, str) and len(value) > MAX_CELL_CHARS:
                raise SpreadsheetError("cell_too_long", cell_ref(row.number, index), row.number)


# --- text files ---------------------------------------------------------------------------


def decode_text(raw: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 (Excel's "Unicode text"), else GB18030 (GBK)."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encodings: tuple[str, ...] = ("utf-16",)
    elif raw.startswith(codecs.BOM_UTF8):
        encodings = ("utf-8-sig",)
    elif (guess := _utf16_without_bom(raw[:4096])) is not None:
        encodings = (guess,)
    else:
        encodings = ("utf-8", "gb18030")
    for encoding in encodings:
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        if "\0" in text:
            break  # a binary file that happens to decode
        return text
    raise SpreadsheetError("not_a_spreadsheet", "encoding")


def _utf16_without_bom(head: bytes) -> str | None:
    """UTF-16 without its BOM: digits, commas and line ends put a zero byte in every other
    position (after it in little-endian, before it in big-endian); UTF-8 and GB18030 text
    has none."""
    pairs = len(head) // 2
    if pairs < 8 or len(head) % 2:
        return None
    zero_even = head[0::2].count(0)
    zero_odd = head[1::2].count(0)
    # (A few characters such as 一 U+4E00 have a zero byte of their own.)
    if zero_odd > pairs // 5 and zero_even <= zero_odd // 10:
        return "utf-16-le"
    if zero_even > pairs // 5 and zero_odd <= zero_even // 10:
        return "utf-16-be"
    return None


def _delimiter(text: str) -> str:
    sample = text[:8192]
    try:
        return csv.Sniffer().sniff(sample, delimiters=",\t;|").delimiter
    except csv.Error:
        lines = [line for line in sample.splitlines()[:20] if line.strip()]
        counts = {d: sum(line.count(d) for line in lines) for d in ",\t;"}
        best = max(counts, key=lambda d: counts[d])
        return best if counts[best] else ","


def _read_text(path: Path) -> Table:
    text = decode_text(path.read_bytes())
    delimiter = _delimiter(text)
    rows = []
    # newline="" keeps a line break inside a quoted cell as part of the cell.
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    width = 0
    number = 0
    try:
        # A spreadsheet program shows one row per record, however many lines its cells hold.
        for number, cells in enumerate(reader, start=1):
            if number > MAX_ROWS:
                raise SpreadsheetError("too_many_rows", str(number))
            width = max(width, len(cells))
            check_extent(Extent(number, width))
            values = tuple(without_invisible(v) if v != "" else None for v in cells)
            if any(normalize_text(v) for v in values):
                rows.append(Row(number, values))
    except csv.Error as error:  # a cell beyond csv's own limit (128 KiB)
        code = "cell_too_long" if "limit" in str(error) else "damaged"
        raise SpreadsheetError(code, str(error)[:120], number + 1) from None
    if not rows:
        raise SpreadsheetError("empty")
    _check_cells(rows)
    return Table(tuple(rows))


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
    if isinstance(value, dt.time | dt.timedelta | bool):
        raise ValueError("not_a_date")
    if isinstance(value, int | float):
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if isinstance(value, int) and 10_000_101 <= value <= 99_991_231:
            # 20230501 typed into a date column: the program keeps it as a number.
            year, rest = divmod(value, 10_000)
            return dt.date(year, *divmod(rest, 100))  # ValueError for 20230230
        if not 1 <= value < 80_000:
            raise ValueError("serial_out_of_range")
        return EXCEL_EPOCH + dt.timedelta(days=int(value))
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" == value[7]:
        try:  # 2023-05-01, as most exports write it: the C parser, no normalising needed
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
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
