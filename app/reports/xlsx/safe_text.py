"""Text cells a spreadsheet shows as typed and never evaluates (formula injection).

A name typed as `=HYPERLINK(...)` or a department `+1+1` must reach the quarterly workbook and
the county's `data.xlsx` as that text: OWASP's CSV-injection advice names the leading characters
(`=`, `+`, `-`, `@`, tab, carriage return), also after leading spaces, which spreadsheets skip.
Such a cell is stored as a string (never openpyxl's formula type) with Excel's "quote prefix"
style, so the program shows the text as typed and keeps it text when the cell is edited.
Every workbook writer puts its values through `put` or `append_row`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

# Full-width forms too: a Chinese input method types them, and some spreadsheets accept them.
FORMULA_STARTS = frozenset("=+-@＝＋－＠")
CONTROL_STARTS = frozenset("\t\r\n")


# What `str.isspace` calls a space (spreadsheets skip them before a formula's sign).
SPACES = frozenset(
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
RISKY_STARTS = FORMULA_STARTS | CONTROL_STARTS
# A text not starting with one of these is no formula (decided without a call per cell).
SUSPECT_STARTS = RISKY_STARTS | SPACES


def looks_like_formula(text: str) -> bool:
    """True when a spreadsheet could take `text` for a formula (or a DDE call)."""
    if not text:
        return False
    first = text[0]
    if first in RISKY_STARTS:
        return True
    if first not in SPACES:  # most text: decided by its first character, nothing copied
        return False
    stripped = text.lstrip()  # str.isspace: also the no-break and ideographic spaces
    return bool(stripped) and stripped[0] in FORMULA_STARTS


def protect(cell: Any) -> None:
    """Make an openpyxl cell holding formula-like text a plain text cell, shown as typed."""
    value = cell.value
    if isinstance(value, str) and looks_like_formula(value):
        cell.data_type = "s"  # openpyxl made it "f" for a leading "="
        cell.quotePrefix = True


def put(sheet: Any, row: int, column: int, value: object) -> Any:
    """Write `value` into the cell at (row, column) safely; returns the cell."""
    cell = sheet.cell(row, column)
    cell.value = value
    protect(cell)
    return cell


def append_row(sheet: Any, values: Iterable[object]) -> None:
    """`sheet.append` with every formula-like text kept as text."""
    sheet.append(list(values))
    for cell in sheet[sheet.max_row]:
        protect(cell)
