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
import pyexpat
import re
import unicodedata
import zipfile
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from xml.etree.ElementTree import Element, ParseError, iterparse

import defusedxml.ElementTree

Value = str | int | float | dt.date | dt.datetime | None
HEADER_SCAN_ROWS = 12
MAX_ROWS = 200_000
_OLE_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")

# Expat 2.4.1 and newer refuses the entity-expansion attacks ("billion laughs", quadratic
# blowup) and ElementTree never fetches external entities, so the standard parser is safe on
# untrusted files and about twice as fast as defusedxml's pure-Python one, which remains the
# fallback for an older expat.
safe_iterparse = (
    iterparse if pyexpat.version_info >= (2, 4, 1) else defusedxml.ElementTree.iterparse
)


class SpreadsheetError(ValueError):
    """The file cannot be read as a table; `code` says why (UI and CLI turn it into words)."""

    def __init__(self, code: str, detail: str = "", row: int | None = None) -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        # not_found, not_a_spreadsheet, old_excel_format, empty, no_header, too_many_rows
        self.code = code
        self.detail = detail
        self.row = row  # for no_header: the row that came closest to being the header


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


# openpyxl's helpers are imported where used: importing openpyxl costs a few hundred ms,
# which the window (its date fields use parse_date) should not pay at start.


def column_letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

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
    with path.open("rb") as handle:
        magic = handle.read(8)
    if magic == _OLE_MAGIC or suffix in (".xls", ".et"):
        # An Excel 97-2003 workbook, or an .xlsx saved with a password (also an OLE file).
        raise SpreadsheetError("old_excel_format", path.suffix or path.name)
    if suffix == ".csv":
        return _read_csv(path)
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(path)
    raise SpreadsheetError("not_a_spreadsheet", path.suffix or path.name)


def _read_xlsx(path: Path) -> Table:
    try:
        with zipfile.ZipFile(path) as archive:
            return _XlsxReader(archive).first_sheet()
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, ParseError) as error:
        if isinstance(error, SpreadsheetError):
            raise
        raise SpreadsheetError("not_a_spreadsheet", str(error)) from error


def _local(tag: str) -> str:
    """The tag without its namespace: transitional and strict OOXML use different ones."""
    return tag.rpartition("}")[2]


# Built-in number formats that show dates in Chinese-locale Excel (ids 27-36 and 50-58 are
# locale-dependent: "yyyy年m月d日" and the like) besides the international ones.
_DATE_FORMAT_IDS = frozenset([*range(14, 23), *range(27, 37), *range(45, 48), *range(50, 59)])


class _XlsxReader:
    """A streaming reader of an .xlsx worksheet with the standard library's XML parser.

    openpyxl takes about 3.5 s for a 10,000-row roster; this reads the same in a fraction of
    that. It keeps openpyxl's view of the cells: formulas as "=...", numbers as int or float,
    date-formatted numbers as datetimes, merged ranges filled from their top-left cell.
    """

    def __init__(self, archive: zipfile.ZipFile) -> None:
        self.archive = archive
        self.names = set(archive.namelist())

    def _parse(self, name: str) -> Iterator[tuple[str, Element]]:
        with self.archive.open(name) as stream:
            yield from safe_iterparse(stream, events=("end",))

    def _first_sheet_part(self) -> tuple[str, str, bool]:
        sheet_rid, title, date1904 = "", "", False
        for _event, element in self._parse("xl/workbook.xml"):
            tag = _local(element.tag)
            if tag == "sheet" and not sheet_rid:
                title = element.get("name", "")
                sheet_rid = next((v for k, v in element.attrib.items() if _local(k) == "id"), "")
            elif tag == "workbookPr":
                date1904 = element.get("date1904", "0").lower() in ("1", "true")
        if not sheet_rid:
            raise SpreadsheetError("empty")
        for _event, element in self._parse("xl/_rels/workbook.xml.rels"):
            if _local(element.tag) == "Relationship" and element.get("Id") == sheet_rid:
                target = element.get("Target", "")
                part = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
                return part, title, date1904
        raise SpreadsheetError("not_a_spreadsheet", "no worksheet")

    def _shared_strings(self) -> list[str]:
        if "xl/sharedStrings.xml" not in self.names:
            return []
        strings: list[str] = []
        for _event, element in self._parse("xl/sharedStrings.xml"):
            if _local(element.tag) == "si":
                strings.append(_string_item(element))
                element.clear()
        return strings

    def _date_styles(self) -> set[int]:
        """Indexes of the cell styles (cellXfs) whose number format shows a date."""
        if "xl/styles.xml" not in self.names:
            return set()
        custom: dict[int, str] = {}
        xfs: list[int] = []
        in_cell_xfs = False
        with self.archive.open("xl/styles.xml") as stream:
            for event, element in safe_iterparse(stream, events=("start", "end")):
                tag = _local(element.tag)
                if tag == "cellXfs":
                    in_cell_xfs = event == "start"
                elif event == "end" and tag == "numFmt":
                    custom[int(element.get("numFmtId", "0"))] = element.get("formatCode", "")
                elif event == "start" and tag == "xf" and in_cell_xfs:
                    xfs.append(int(element.get("numFmtId", "0")))
        from openpyxl.styles.numbers import is_date_format

        dates = set()
        for index, fmt_id in enumerate(xfs):
            code = custom.get(fmt_id)
            if (code is not None and is_date_format(code)) or (
                code is None and fmt_id in _DATE_FORMAT_IDS
            ):
                dates.add(index)
        return dates

    def first_sheet(self) -> Table:
        from openpyxl.utils import range_boundaries
        from openpyxl.utils.datetime import CALENDAR_MAC_1904, CALENDAR_WINDOWS_1900

        part, title, date1904 = self._first_sheet_part()
        strings = self._shared_strings()
        date_styles = self._date_styles()
        epoch = CALENDAR_MAC_1904 if date1904 else CALENDAR_WINDOWS_1900
        cells_by_row: dict[int, dict[int, Value]] = {}
        merges: list[tuple[int, int, int, int]] = []
        row_number = 0
        width = 0
        row_tag = cell_tag = ""
        for _event, element in self._parse(part):
            tag = element.tag
            if not row_tag and _local(tag) in ("row", "c"):
                # Compare whole tags from here on: cheaper than stripping each namespace.
                namespace = tag[: len(tag) - len(_local(tag))]
                row_tag, cell_tag = namespace + "row", namespace + "c"
            if tag == row_tag:
                row_number = int(element.get("r") or row_number + 1)
                if row_number > MAX_ROWS:
                    raise SpreadsheetError("too_many_rows", str(row_number))
                cells: dict[int, Value] = {}
                column = 0
                for cell in element:
                    if cell.tag != cell_tag:
                        continue
                    ref = cell.get("r")
                    column = _column_index(ref) if ref else column + 1
                    value = _cell_value(cell, strings, date_styles, epoch)
                    if value is not None:
                        cells[column] = value
                if cells:
                    cells_by_row[row_number] = cells
                    width = max(width, *cells)
                element.clear()
            elif tag != cell_tag and _local(tag) == "mergeCell":
                bounds = range_boundaries(element.get("ref", ""))
                if None not in bounds:
                    min_col, min_row, max_col, max_row = (int(b) for b in bounds)
                    merges.append((min_row, min_col, max_row, max_col))
                    width = max(width, max_col)
        for min_row, min_col, max_row, max_col in merges:
            top_left = cells_by_row.get(min_row, {}).get(min_col)
            if top_left is None:
                continue
            for r in range(min_row, max_row + 1):
                target = cells_by_row.setdefault(r, {})
                for c in range(min_col, max_col + 1):
                    target[c] = top_left
        rows = []
        for number in sorted(cells_by_row):
            cells = cells_by_row[number]
            values = tuple(cells.get(c) for c in range(1, width + 1))
            if any(normalize_text(v) for v in values):
                rows.append(Row(number, values))
        if not rows:
            raise SpreadsheetError("empty")
        return Table(tuple(rows), title)


def _string_item(element: Element) -> str:
    """The text of a shared or inline string: plain or rich-text runs, without phonetic runs."""
    parts: list[str] = []
    for child in element:
        tag = _local(child.tag)
        if tag == "t":
            parts.append(child.text or "")
        elif tag == "r":
            parts.extend(t.text or "" for t in child if _local(t.tag) == "t")
    return "".join(parts)


def _column_index(ref: str) -> int:
    """1-based column of a cell reference such as "AB12"."""
    index = 0
    for ch in ref:
        if "A" <= ch <= "Z":
            index = index * 26 + ord(ch) - 64
        elif "a" <= ch <= "z":
            index = index * 26 + ord(ch) - 96
        else:
            break
    return index


def _cell_value(
    cell: Element, strings: list[str], date_styles: set[int], epoch: dt.datetime
) -> Value:
    kind = cell.get("t", "n")
    raw: str | None = None
    for child in cell:
        tag = child.tag[-2:]  # "}v", "}f", "is": the namespace is the same for all of them
        if tag == "}v" or child.tag == "v":
            raw = child.text
        elif tag == "}f" or child.tag == "f":
            # openpyxl (data_only=False) shows formulas; cells sharing one have no text.
            return "=" + (child.text or "…")
        elif tag == "is":
            return _string_item(child)
    if raw is None:
        return None
    if kind == "s":
        return strings[int(raw)]
    if kind in ("str", "e"):
        return raw
    if kind == "b":
        return raw in ("1", "true")
    if kind == "d":
        return dt.datetime.fromisoformat(raw.rstrip("Z"))
    number: int | float = float(raw) if any(c in raw for c in ".eE") else int(raw)
    if int(cell.get("s", "0")) in date_styles:
        from openpyxl.utils.datetime import from_excel

        moment = from_excel(number, epoch)
        if isinstance(moment, dt.datetime):
            return moment
    return number


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
        near = best.row_number if best is not None and best.columns else None
        raise SpreadsheetError("no_header", ",".join(missing), row=near)
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
