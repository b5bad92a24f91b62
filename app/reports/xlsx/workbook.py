"""Write format-neutral tables to an .xlsx file: bold header, frozen header, fitted widths, every
value typed (numbers, percentages, dates and times as such, with a number format, never as
text) and the print setup all workbooks share (`print_setup`)."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import chain, islice
from pathlib import Path
from typing import Any

from app.reports.atomic import atomic_path
from app.reports.language import ReportLanguage
from app.reports.xlsx.print_setup import set_up_printing
from app.reports.xlsx.safe_text import looks_like_formula, protect

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
    return [
        max(_width(v) + 2 for v in [name, *(r[index] for r in head if index < len(r))])
        for index, name in enumerate(spec.header)
    ]


def _fit(width: int) -> float:
    return float(min(MAX_WIDTH, max(8, width)))


def column_widths(spec: Sheet) -> list[float]:
    """Fitted to the contents, between 8 and 60 units (a longer text wraps)."""
    return [_fit(width) for width in natural_widths(spec)]


def typed_cell(sheet: Any, value: Cell, column_format: str | None = None) -> Any:
    """An openpyxl cell holding `value` with its number format, for `sheet.append` (normal and
    write-only sheets alike). The format: the value's own, else its column's, else its type's;
    text that a spreadsheet could take for a formula stays text (`safe_text`)."""
    from openpyxl.cell import WriteOnlyCell

    fmt: str | None
    if isinstance(value, Formatted):
        cell, fmt = WriteOnlyCell(sheet, value.value), value.number_format
    else:
        cell, fmt = WriteOnlyCell(sheet, value), column_format or default_format(value)
    if fmt and cell.value is not None:
        cell.number_format = fmt
    protect(cell)  # formula-like text stays text
    return cell


class _StyledCells:
    """The styled cells of one write-only sheet, one per column, number format and type of
    value, each given the next row's value in turn: openpyxl writes a row's cells as the row
    is appended, so a cell is free again for the next row. Making and styling a new cell per
    date was most of what writing a column of dates cost beyond the values themselves."""

    def __init__(self, sheet: Any, formats: dict[int, str], wrapped: Sequence[bool]) -> None:
        self.sheet, self.formats, self.wrapped = sheet, formats, wrapped
        self.cells: dict[tuple[int, str | None, type], Any] = {}

    def cell(self, index: int, value: Cell) -> Any:
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
            cell = self.cells[key] = self._new(value, column_format, wrap)
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
    while writing (the export's manifest lists them without reading the file back).

    In openpyxl's write-only mode: rows go to the file as they come, not into a cell per value
    held until the end (the county export of a large register is tens of thousands of rows).
    So everything about a sheet's layout is set before its first row: widths, the frozen
    header, the print setup, the title rows' heights and merges."""
    # openpyxl is imported here, not with the module: the window imports the report modules
    # (and their Sheet type) long before anyone writes a spreadsheet.
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.cell_range import CellRange

    header_fill = PatternFill("solid", fgColor=HEADER_COLOUR)
    header_font, title_font = Font(bold=True), Font(bold=True, size=13)
    alert_font = Font(color=ALERT_COLOUR)
    header_alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    title_alignment = Alignment(wrap_text=True, vertical="top")
    book = Workbook(write_only=True)
    counts: dict[str, int] = {}
    for spec in sheets:
        title = spec.title[:31]
        ws = book.create_sheet(title)
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
            cell = WriteOnlyCell(ws, line)
            cell.font, cell.alignment = title_font, title_alignment
            protect(cell)
            if columns > 1:
                ws.merged_cells.add(CellRange(min_col=1, min_row=row, max_col=columns, max_row=row))
            lines = math.ceil(_text_width(line) * 1.3 / sum(widths)) if widths else 1
            ws.row_dimensions[row].height = 18 * max(1, lines)
            ws.append([cell])
        heading = []
        for name in spec.header:
            cell = WriteOnlyCell(ws, name)
            cell.font, cell.fill, cell.alignment = header_font, header_fill, header_alignment
            protect(cell)
            heading.append(cell)
        ws.append(heading)
        # Columns without a format of their own or wrapping take a plain number or text as
        # it is: openpyxl types it alike, without a styled cell made per value.
        plain = [i not in spec.number_formats and not w for i, w in enumerate(wrapped)]
        styled = _StyledCells(ws, spec.number_formats, wrapped)
        count = 0
        for values in rows:
            count += 1
            cells: list[Any] = []
            for i, value in enumerate(values):
                kind = type(value)
                red = bool(spec.alerts) and (count - 1, i) in spec.alerts
                if (
                    not red
                    and i < len(plain)
                    and plain[i]
                    and (
                        value is None
                        or kind is int
                        or kind is float
                        or (isinstance(value, str) and not looks_like_formula(value))
                    )
                ):
                    cells.append(value)
                elif red:  # a cell of its own: the shared styled ones stay black
                    cell = typed_cell(ws, value, spec.number_formats.get(i))
                    if i < len(wrapped) and wrapped[i]:
                        cell.alignment = Alignment(wrap_text=True, vertical="top")
                    cell.font = alert_font
                    cells.append(cell)
                else:
                    cells.append(styled.cell(i, value))
            ws.append(cells)
        counts[title] = count
    with atomic_path(Path(path)) as temp:
        book.save(temp)
    return Path(path), counts
