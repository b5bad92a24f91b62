"""Write format-neutral tables to an .xlsx file: bold header, frozen first row, fitted widths."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.reports.atomic import atomic_path
from app.reports.xlsx.safe_text import looks_like_formula, protect

Cell = str | int | float | dt.date | dt.datetime | None
HEADER_COLOUR = "E4ECF5"


@dataclass(frozen=True)
class Sheet:
    title: str  # ≤ 31 characters, no []:*?/\
    header: Sequence[str]
    rows: Sequence[Sequence[Cell]]
    title_lines: Sequence[str] = field(default_factory=tuple)  # above the header
    number_formats: dict[int, str] = field(default_factory=dict)  # column index -> format


def _width(value: Cell) -> int:
    text = (
        value.isoformat() if isinstance(value, dt.date) else str(value if value is not None else "")
    )
    # CJK characters are about twice as wide as Latin ones in spreadsheet column units.
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)


def write_workbook(path: Path, sheets: Sequence[Sheet]) -> Path:
    """Write the sheets to `path` atomically."""
    return write_counted(path, sheets)[0]


def write_counted(path: Path, sheets: Sequence[Sheet]) -> tuple[Path, dict[str, int]]:
    """Write the sheets to `path` atomically; also returns each sheet's data rows, counted
    while writing. openpyxl's write-only mode streams the rows to the file instead of holding
    a cell object per value (time and memory grew with the register)."""
    # openpyxl is imported here, not with the module: the window imports the report modules
    # (and their Sheet type) long before anyone writes a spreadsheet.
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    counts: dict[str, int] = {}
    for spec in sheets:
        counts[spec.title[:31]] = _write_sheet(book.create_sheet(spec.title[:31]), spec)
    with atomic_path(Path(path)) as temp:
        book.save(temp)
    return Path(path), counts


def _write_sheet(ws: Any, spec: Sheet) -> int:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    def cell(value: object, number_format: str | None = None, **style: Any) -> Any:
        written = WriteOnlyCell(ws, value)
        protect(written)
        for name, setting in style.items():
            setattr(written, name, setting)
        if number_format:
            written.number_format = number_format
        return written

    header_row = len(spec.title_lines) + 1
    formats: list[str | None] = []
    for index, _name in enumerate(spec.header):  # set before the first row is written
        values = [spec.header[index], *(r[index] for r in spec.rows[:500])]
        width = min(60, max(8, *(_width(v) + 2 for v in values)))
        ws.column_dimensions[get_column_letter(index + 1)].width = width
        formats.append(_number_format(spec, index))
    ws.freeze_panes = f"A{header_row + 1}"
    for line in spec.title_lines:
        ws.append([cell(line, font=Font(bold=True, size=13))])
    header_style = {
        "font": Font(bold=True),
        "fill": PatternFill("solid", fgColor=HEADER_COLOUR),
        "alignment": Alignment(horizontal="center", vertical="center", wrap_text=True),
    }
    ws.append([cell(name, **header_style) for name in spec.header])
    written = 0
    for row in spec.rows:
        ws.append([
            cell(value, fmt) if fmt or (isinstance(value, str) and looks_like_formula(value))
            else value
            for value, fmt in zip(row, formats, strict=False)
        ])  # fmt: skip
        written += 1
    return written


def _number_format(spec: Sheet, index: int) -> str | None:
    """The column's format: the sheet's own, else dates and times typed as such."""
    fmt = spec.number_formats.get(index)
    if fmt:
        return fmt
    if any(isinstance(r[index], dt.datetime) for r in spec.rows[:50]):
        return "yyyy-mm-dd hh:mm"
    if any(isinstance(r[index], dt.date) for r in spec.rows[:50]):
        return "yyyy-mm-dd"
    return None
