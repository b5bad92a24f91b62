"""Write format-neutral tables to an .xlsx file: bold header, frozen header, fitted widths, every
value typed (numbers, percentages, dates and times as such, with a number format, never as
text) and the print setup all workbooks share (`print_setup`)."""

from __future__ import annotations

import datetime as dt
import functools
import io
import math
import re
from collections.abc import Callable, Iterable, Sequence
from copy import copy
from dataclasses import dataclass, field
from itertools import chain, islice
from operator import itemgetter
from pathlib import Path
from typing import Any

from app.reports.atomic import atomic_path
from app.reports.language import ReportLanguage
from app.reports.xlsx.print_setup import set_up_printing
from app.reports.xlsx.safe_text import SUSPECT_STARTS, looks_like_formula, protect

HEADER_COLOUR = "E4ECF5"
ALERT_COLOUR = "C62828"  # the window's and the PDFs' red for what needs action
DATE = "yyyy-mm-dd"
DATETIME = "yyyy-mm-dd hh:mm"
TIME = "hh:mm"
MONTH = "yyyy-mm"  # a month is written as its first day shown as 2026-10
PERCENT = "0.0%"
MONEY = "#,##0.00"
COUNT = "0"
MAX_WIDTH = 60
WIDTH_ROWS = 500  # the rows a column's width is fitted to


@dataclass(frozen=True)
class Formatted:
    """A value with its own number format, where one column mixes kinds (a rate beside a count)
    or the shown form adds words to a number (`"≥ "0%` shows 0.6 as ≥ 60%)."""

    value: int | float | dt.date | dt.time | None
    number_format: str


Value = str | int | float | dt.date | dt.datetime | dt.time | None
Cell = Value | Formatted


@dataclass(frozen=True)
class Sheet:
    title: str  # ≤ 31 characters, no []:*?/\
    header: Sequence[str]
    rows: Iterable[Sequence[Cell]]  # a list, or made as they are written (read once)
    title_lines: Sequence[str] = field(default_factory=tuple)  # above the header
    number_formats: dict[int, str] = field(default_factory=dict)  # column index -> format
    hidden: bool = False  # for programs, not people (a package's sheets read by their codes)
    alerts: frozenset[tuple[int, int]] = frozenset()  # (row, column) of rows: drawn in red


def default_format(value: object) -> str | None:
    """The number format a value of this type is shown with when nothing else is asked."""
    if isinstance(value, dt.datetime):
        return DATETIME
    if isinstance(value, dt.date):
        return DATE
    if isinstance(value, dt.time):
        return TIME
    return None


def _text_width(text: str) -> int:
    # CJK characters are about twice as wide as Latin ones in spreadsheet column units.
    if text.isascii():
        return len(text)
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)


def _width(value: Cell) -> int:
    if isinstance(value, Formatted):
        value = value.value
    if isinstance(value, dt.datetime):
        return 16
    if isinstance(value, dt.date | dt.time):
        return 10
    if isinstance(value, float):  # as shown: 52.4%, 59,554.00 — not 0.524390243902439
        return len(f"{value:,.2f}")
    return _text_width(str(value if value is not None else ""))


def first_rows(spec: Sheet) -> tuple[list[Sequence[Cell]], Iterable[Sequence[Cell]]]:
    """The rows the widths are fitted to, and all the rows (rows made as they are written
    are taken once: the first ones are kept to be written again)."""
    rows = iter(spec.rows)
    head = list(islice(rows, WIDTH_ROWS))
    return head, chain(head, rows)


def natural_widths(spec: Sheet, head: Sequence[Sequence[Cell]] | None = None) -> list[int]:
    """What each column needs for its header and its first rows (`head`, else the first
    WIDTH_ROWS of a sheet whose rows are a list) on one line."""
    if head is None:
        head = list(islice(spec.rows, WIDTH_ROWS))
    widths = []
    for index, name in enumerate(spec.header):
        # Each distinct value measured once (a column repeats its departments and codes);
        # its type kept in the key, so 1, 1.0 and True are each measured as shown.
        distinct = {(v.__class__, v) for r in head if index < len(r) for v in (r[index],)}
        widths.append(max(_width(v) + 2 for v in [name, *(v for _, v in distinct)]))
    return widths


def _fit(width: int) -> float:
    return float(min(MAX_WIDTH, max(8, width)))


def column_widths(spec: Sheet) -> list[float]:
    """Fitted to the contents, between 8 and 60 units (a longer text wraps)."""
    return [_fit(width) for width in natural_widths(spec)]


@functools.cache
def _streamed_cell_type() -> type:
    from openpyxl.cell.cell import Cell

    class StreamedCell(Cell):  # type: ignore[misc]
        """A cell handed to a write-only sheet's `append`. openpyxl first tries such a cell as
        a value and formats the cell's repr into the error it then catches: openpyxl's repr
        (the sheet's title, the coordinate) cost a tenth of writing a column of dates."""

        __slots__ = ()

        def __repr__(self) -> str:
            return "<cell>"

    return StreamedCell


def streamed_cell(sheet: Any, value: object = None) -> Any:
    """A new cell for `sheet.append` (what openpyxl's WriteOnlyCell makes)."""
    return _streamed_cell_type()(sheet, row=1, column=1, value=value)


def typed_cell(sheet: Any, value: Cell, column_format: str | None = None) -> Any:
    """An openpyxl cell holding `value` with its number format, for `sheet.append` (normal and
    write-only sheets alike). The format: the value's own, else its column's, else its type's;
    text that a spreadsheet could take for a formula stays text (`safe_text`)."""
    fmt: str | None
    if isinstance(value, Formatted):
        cell, fmt = streamed_cell(sheet, value.value), value.number_format
    else:
        cell, fmt = streamed_cell(sheet, value), column_format or default_format(value)
    if fmt and cell.value is not None:
        cell.number_format = fmt
    protect(cell)  # formula-like text stays text
    return cell


# The types openpyxl's value setter gives one data type for every value of (text is checked
# for illegal characters and formulas each time, so it is not among them).
_BOUND_ALIKE = frozenset({int, float, bool, dt.date, dt.datetime, dt.time})


def _keeps_format(cell: Any) -> bool:
    """True unless the next value openpyxl's setter gives `cell` would change its format: the
    setter replaces any format of a date that is not a date format with its own."""
    from openpyxl.styles.numbers import is_date_format

    return cell.data_type != "d" or bool(is_date_format(cell.number_format))


class _StyledCells:
    """The styled cells of one write-only sheet, one per column, number format and type of
    value, each given the next row's value in turn: openpyxl writes a row's cells as the row
    is appended, so a cell is free again for the next row. Making and styling a new cell per
    date was most of what writing a column of dates cost beyond the values themselves."""

    def __init__(self, sheet: Any, formats: dict[int, str], wrapped: Sequence[bool]) -> None:
        self.sheet, self.formats, self.wrapped = sheet, formats, wrapped
        self.cells: dict[tuple[int, str | None, type], Any] = {}
        # A column's cell per type of number, date or time: its format follows from the
        # column and the type alone (a column of dates: one lookup per value).
        self.by_type: dict[tuple[int, type], Any] = {}

    def cell(self, index: int, value: Cell) -> Any:
        kind = value.__class__
        cell = self.by_type.get((index, kind))
        if cell is not None:
            # Its type and format are what the column's first value of this type gave it:
            # only the value changes (openpyxl's setter would work the type out again, and
            # give a date in a number's format its own date format back).
            cell._value = value
            return cell
        cell = self._cell(index, value)
        if cell is not None and kind in _BOUND_ALIKE:
            self.by_type[(index, kind)] = cell
        return cell

    def _cell(self, index: int, value: Cell) -> Any:
        wrap = index < len(self.wrapped) and self.wrapped[index]
        column_format = self.formats.get(index)
        shown = value.value if isinstance(value, Formatted) else value
        if shown is None and not wrap:
            return None
        if isinstance(shown, str) and looks_like_formula(shown):  # its own cell: text as typed
            return self._new(value, column_format, wrap)
        if isinstance(value, Formatted):
            fmt: str | None = value.number_format
        else:
            fmt = column_format or default_format(value)
        key = (index, fmt, type(shown))
        cell = self.cells.get(key)
        if cell is None:
            cell = self._new(value, column_format, wrap)
            if _keeps_format(cell):  # a date in a number's format: a cell of its own each
                self.cells[key] = cell
        else:
            cell.value = shown
        return cell

    def _new(self, value: Cell, column_format: str | None, wrap: bool) -> Any:
        from openpyxl.styles import Alignment

        cell = typed_cell(self.sheet, value, column_format)
        if wrap:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        return cell


def write_workbook(
    path: Path, sheets: Sequence[Sheet], language: ReportLanguage = ReportLanguage.ZH
) -> Path:
    """Write the sheets to `path` atomically; `language` is the footer's."""
    return write_counted(path, sheets, language)[0]


def write_counted(
    path: Path, sheets: Sequence[Sheet], language: ReportLanguage = ReportLanguage.ZH
) -> tuple[Path, dict[str, int]]:
    """Write the sheets to `path` atomically; also returns each sheet's data rows, counted
    while writing."""
    book, counts = _streamed_book(sheets, language)
    with atomic_path(Path(path)) as temp:
        book.save(temp)
    return Path(path), counts


def workbook_bytes(
    sheets: Sequence[Sheet], language: ReportLanguage = ReportLanguage.ZH
) -> tuple[bytes, dict[str, int]]:
    """The workbook as the bytes of an .xlsx file, and each sheet's data rows counted while
    writing: for a file that goes into a package (the export's manifest lists the rows
    without reading the workbook back, and no scratch file is written, synced and re-read)."""
    book, counts = _streamed_book(sheets, language)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue(), counts


def _streamed_book(sheets: Sequence[Sheet], language: ReportLanguage) -> tuple[Any, dict[str, int]]:
    """An openpyxl write-only workbook of the sheets, ready to save.

    In openpyxl's write-only mode: rows go to the file as they come, not into a cell per value
    held until the end (the county export of a large register is tens of thousands of rows).
    So everything about a sheet's layout is set before its first row: widths, the frozen
    header, the print setup, the title rows' heights and merges."""
    # openpyxl is imported here, not with the module: the window imports the report modules
    # (and their Sheet type) long before anyone writes a spreadsheet.
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.cell_range import CellRange

    from app.reports.xlsx.streamed_rows import take_cells

    header_fill = PatternFill("solid", fgColor=HEADER_COLOUR)
    header_font, title_font = Font(bold=True), Font(bold=True, size=13)
    header_alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    title_alignment = Alignment(wrap_text=True, vertical="top")
    book = Workbook(write_only=True)
    counts: dict[str, int] = {}
    header_style = None  # the headings' style in this workbook, once made
    for spec in sheets:
        title = spec.title[:31]
        ws = book.create_sheet(title)
        take_cells(ws)
        head, rows = first_rows(spec)
        natural = natural_widths(spec, head)
        widths = [_fit(width) for width in natural]
        wrapped = [width > MAX_WIDTH for width in natural]
        columns = max(1, len(spec.header))
        for index, width in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(index)].width = width
        header_row = len(spec.title_lines) + 1
        ws.freeze_panes = f"A{header_row + 1}"
        set_up_printing(ws, (header_row, header_row), widths, language)
        if spec.hidden:
            ws.sheet_state = "hidden"
        for row, line in enumerate(spec.title_lines, start=1):
            # Across the table and wrapped: a long line is printed whole, not cut at the margin.
            cell = streamed_cell(ws, line)
            cell.font, cell.alignment = title_font, title_alignment
            protect(cell)
            if columns > 1:
                ws.merged_cells.add(CellRange(min_col=1, min_row=row, max_col=columns, max_row=row))
            lines = math.ceil(_text_width(line) * 1.3 / sum(widths)) if widths else 1
            ws.row_dimensions[row].height = 18 * max(1, lines)
            ws.append([cell])
        heading = []
        for name in spec.header:
            cell = streamed_cell(ws, name)
            if header_style is None:
                cell.font, cell.fill, cell.alignment = header_font, header_fill, header_alignment
                header_style = cell._style
            else:  # the first heading's style copied: openpyxl hashes a style set anew
                cell._style = copy(header_style)
            protect(cell)
            heading.append(cell)
        ws.append(heading)
        counts[title] = _append_rows(ws, spec, rows, wrapped)
    return book, counts


# What openpyxl writes as it is, without a styled cell: plain numbers and nothing.
_AS_THEY_ARE = frozenset({int, float, type(None)})
# A text joined to the others of its row after a NUL, where a suspect first character of any
# of them shows (a text holding a NUL itself only sends its row the careful way).
_SUSPECT_TEXT = re.compile("(?:\\A|\\x00)[" + re.escape("".join(sorted(SUSPECT_STARTS))) + "]")


@dataclass(frozen=True)
class _RowPlan:
    """What a row whose values have these types needs: the columns given a styled cell, and
    the plain columns holding text, which only need one if their text looks like a formula."""

    styled: tuple[int, ...]
    texts: tuple[int, ...]
    text_of: Callable[[Sequence[Cell]], tuple[str, ...]] | None


def _row_plan(kinds: tuple[type, ...], plain: Sequence[int]) -> _RowPlan:
    plain_set = set(plain)
    styled = tuple(
        i
        for i, kind in enumerate(kinds)
        if i not in plain_set or (kind is not str and kind not in _AS_THEY_ARE)
    )
    texts = tuple(i for i in plain if kinds[i] is str)
    text_of: Callable[[Sequence[Cell]], tuple[str, ...]] | None = None
    if len(texts) == 1:
        text_of = itemgetter(texts[0], texts[0])  # a tuple, as with several columns
    elif texts:
        text_of = itemgetter(*texts)
    return _RowPlan(styled, texts, text_of)


def _append_rows(ws: Any, spec: Sheet, rows: Iterable[Sequence[Cell]], wrapped: list[bool]) -> int:
    """Append the data rows; returns how many. Columns without a format of their own or
    wrapping ("plain") take a number, text or nothing as it is: openpyxl types it alike, and
    only a date, a formatted value or formula-like text there gets a styled cell. Rows whose
    values have the same types share one plan of which cells those are."""
    from openpyxl.styles import Alignment, Font

    alert_font = Font(color=ALERT_COLOUR)
    width = len(spec.header)
    plain = [i for i in range(width) if i not in spec.number_formats and not wrapped[i]]
    alerts: dict[int, list[int]] = {}
    for row, column in sorted(spec.alerts):
        alerts.setdefault(row, []).append(column)
    styled = _StyledCells(ws, spec.number_formats, wrapped)
    plans: dict[tuple[type, ...], _RowPlan] = {}
    count = 0
    for values in rows:
        cells: list[Any] = list(values)
        if len(cells) == width:
            kinds = tuple(map(type, cells))
            plan = plans.get(kinds)
            if plan is None:
                plan = plans[kinds] = _row_plan(kinds, plain)
            if plan.text_of is not None and _SUSPECT_TEXT.search("\x00".join(plan.text_of(cells))):
                for i in plan.texts:
                    value = cells[i]
                    if value and value[0] in SUSPECT_STARTS:
                        cells[i] = styled.cell(i, value)  # formula-like text stays text
            for i in plan.styled:
                cells[i] = styled.cell(i, cells[i])
        else:  # a row shorter or longer than the header: every cell through the styled path
            cells = [styled.cell(i, value) for i, value in enumerate(cells)]
        for i in alerts.get(count, ()):  # a cell of its own: the shared styled ones stay black
            if i < len(cells):
                cell = typed_cell(ws, values[i], spec.number_formats.get(i))
                if i < len(wrapped) and wrapped[i]:
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
                cell.font = alert_font
                cells[i] = cell
        ws.append(cells)
        count += 1
    return count
