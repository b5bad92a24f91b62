"""Write format-neutral tables to an .xlsx file: bold header, frozen first row, fitted widths."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from app.reports.atomic import atomic_path
from app.reports.xlsx.safe_text import append_row

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
    # openpyxl is imported here, not with the module: the window imports the report modules
    # (and their Sheet type) long before anyone writes a spreadsheet.
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    header_fill = PatternFill("solid", fgColor=HEADER_COLOUR)
    book = Workbook()
    book.remove(book.active)
    for spec in sheets:
        ws = book.create_sheet(spec.title[:31])
        for line in spec.title_lines:
            append_row(ws, [line])
            ws.cell(ws.max_row, 1).font = Font(bold=True, size=13)
        append_row(ws, spec.header)
        header_row = ws.max_row
        for cell in ws[header_row]:
            cell.font = Font(bold=True)
            cell.fill = header_fill
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        for row in spec.rows:
            append_row(ws, row)
        ws.freeze_panes = ws.cell(header_row + 1, 1)
        for index, _name in enumerate(spec.header, start=1):
            letter = get_column_letter(index)
            values = [spec.header[index - 1], *(r[index - 1] for r in spec.rows[:500])]
            ws.column_dimensions[letter].width = min(60, max(8, *(_width(v) + 2 for v in values)))
            fmt = spec.number_formats.get(index - 1)
            if fmt:
                for (cell,) in ws.iter_rows(min_row=header_row + 1, min_col=index, max_col=index):
                    cell.number_format = fmt
            elif any(isinstance(r[index - 1], dt.datetime) for r in spec.rows[:50]):
                for (cell,) in ws.iter_rows(min_row=header_row + 1, min_col=index, max_col=index):
                    cell.number_format = "yyyy-mm-dd hh:mm"
            elif any(isinstance(r[index - 1], dt.date) for r in spec.rows[:50]):
                for (cell,) in ws.iter_rows(min_row=header_row + 1, min_col=index, max_col=index):
                    cell.number_format = "yyyy-mm-dd"
    with atomic_path(Path(path)) as temp:
        book.save(temp)
    return Path(path)
