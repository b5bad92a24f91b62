"""How the rows appended to a write-only sheet reach its file.

openpyxl writes each value through a cell object and each cell as an element tree serialised
one attribute at a time: three quarters of writing the county export's data sheets went to
that. `take_cells` lets a sheet write a row's markup as text instead — for the values and
cells this program appends (numbers, text, yes/no, dates and times in styled cells) the very
characters openpyxl's own writer puts there (`tests/unit/reports/test_streamed_rows.py`
compares the two files byte for byte). Any other row — one whose height is set, one holding
a value or cell this does not know (a formula, an error code, rich text, a link, a comment,
too long or unwritable text, a number that is not finite) — goes through openpyxl's own
writer, which types it, raises for it or writes it as it always did.

Imported when a workbook is written: it imports openpyxl.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Generator, Iterable, Iterator, Sequence
from typing import Any

from openpyxl.cell import Cell as OpenpyxlCell
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell._writer import etree_write_cell
from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel
from openpyxl.worksheet import _writer as sheet_writer

_LONGEST_TEXT = 32767  # openpyxl cuts a longer text to this: its own writer does that
_DATE_TYPES = frozenset({dt.date, dt.datetime, dt.time})
_ERRORS = frozenset(ERROR_CODES)
_INFINITE = (math.inf, -math.inf)
_NUMBERS = frozenset({int, float, bool})


def take_cells(ws: Any) -> None:
    """Let a write-only sheet take this module's cells as they are, and write its rows as
    text where it can. openpyxl's own row maker first tries every value as a plain value and
    catches the error a cell raises (two exceptions per styled cell), then makes a new cell
    after each styled one. Ours are never hyperlinks or comments, so placing them is all there
    is to do. An openpyxl without that row maker, or writing through lxml, keeps its own (the
    same file, a little slower)."""
    if not hasattr(type(ws), "_values_to_row"):
        return

    def values_to_row(values: Iterable[object], row_index: int) -> Iterator[Any]:
        spare = None  # openpyxl's reusable cell for plain values, while it stays unstyled
        for column, value in enumerate(values, 1):
            if value is None:
                continue
            if isinstance(value, OpenpyxlCell):
                value.row, value.column = row_index, column
                yield value
                continue
            if spare is None:
                spare = WriteOnlyCell(ws)
            spare.value = value  # typed as openpyxl types it (a date gets its format)
            spare.row, spare.column = row_index, column
            yield spare
            if spare.has_style:
                spare = None

    ws._values_to_row = values_to_row
    if _writes_as_text(ws):
        ws._write_rows = lambda: _write_rows(ws)


def _writes_as_text(ws: Any) -> bool:
    """True where rows can be written as text: openpyxl's standard-library writer (the text
    follows its output), a write-only sheet with the row writer this module replaces."""
    return (
        sheet_writer.write_cell is etree_write_cell
        and callable(getattr(type(ws), "_write_rows", None))
        and hasattr(ws, "row_dimensions")
    )


def _write_rows(ws: Any) -> Generator[None, Sequence[object], None]:
    """openpyxl's `WriteOnlyWorksheet._write_rows`: takes each appended row and writes it,
    as text where `RowText` can, through openpyxl's writer otherwise."""
    writer = ws._writer
    try:
        xf = writer.xf.send(True)
    except StopIteration:
        ws._already_saved()
    write = getattr(xf, "_file", None)  # the text stream et_xmlfile writes the sheet to
    heights = ws.row_dimensions
    text = RowText(ws)
    with xf.element("sheetData"):
        index = 1
        try:
            while True:
                values = yield
                markup = None if write is None or index in heights else text(values, index)
                if markup is not None and write is not None:
                    write(markup)
                else:
                    writer.write_row(xf, ws._values_to_row(values, index), index)
                index += 1
        except GeneratorExit:
            pass
    writer.xf.send(None)


class RowText:
    """The `<row>` element of one sheet's row as openpyxl's own writer writes it, or None for a
    row holding anything else than what this program appends.

    A cell's element is `<c r="B7"` and what follows from its value and style alone: a plain
    text's (checked and escaped once) is kept for the next time the sheet repeats it — its
    departments, words for codes, yes/no — up to TEXTS_KEPT of them, so memory stays the same
    on any register."""

    TEXTS_KEPT = 4096

    def __init__(self, ws: Any) -> None:
        book = ws.parent
        self.styles = book._cell_styles  # style ids given as cells are written, as openpyxl
        self.epoch = book.epoch
        self.iso_dates = bool(book.iso_dates)
        self.letters: list[str] = []
        self.texts: dict[str, str] = {}

    def letter(self, column: int) -> str:
        letters = self.letters
        while len(letters) <= column:
            letters.append(get_column_letter(len(letters) + 1))
        return letters[column]

    def __call__(self, values: Iterable[object], index: int) -> str | None:
        r = str(index)
        parts = [f'<row r="{r}">']
        add = parts.append
        letters, texts = self.letters, self.texts
        for column, value in enumerate(values):
            if value is None:
                continue
            rest: str | None
            if type(value) is str:
                rest = texts.get(value) or self.text(value)
            elif type(value) is int or type(value) is float:
                rest = _number("", "n", value)
            elif type(value) is bool:
                rest = _number("", "b", value)
            elif isinstance(value, OpenpyxlCell):
                rest = self.cell(value)
                if rest == "":
                    continue
            else:  # typed by openpyxl (a date given as a plain value gets a format)
                return None
            if rest is None:
                return None
            letter = letters[column] if column < len(letters) else self.letter(column)
            add(f'<c r="{letter}{r}"{rest}')
        add("</row>")
        return "".join(parts)

    def text(self, value: str) -> str | None:
        """What follows a plain text's coordinate, unless openpyxl would cut it, refuse it or
        take it for a formula or an error code."""
        if (
            len(value) > _LONGEST_TEXT
            or (len(value) > 1 and value[0] == "=")
            or value in _ERRORS
            or ILLEGAL_CHARACTERS_RE.search(value)
        ):
            return None
        rest = _text("", value)
        if len(self.texts) < self.TEXTS_KEPT:
            self.texts[value] = rest
        return rest

    def cell(self, cell: Any) -> str | None:
        """What follows a styled cell's coordinate; "" for a cell openpyxl leaves out, None for
        one it must write itself."""
        if cell._comment is not None or cell._hyperlink is not None:
            return None
        value, style = cell._value, cell._style
        styled = style is not None and any(style)
        if value is None and not styled:
            return ""
        s = f' s="{self.styles.add(style)}"' if styled else ""
        data_type = cell.data_type
        if data_type == "s":  # its value typed and checked when it was given
            if value is None:
                return f'{s} t="inlineStr" />'
            return _text(s, value) if type(value) is str else None
        if data_type == "d":
            if (
                type(value) not in _DATE_TYPES
                or self.iso_dates
                or getattr(value, "tzinfo", None) is not None  # openpyxl refuses it
            ):
                return None
            return _number(s, "n", to_excel(value, self.epoch))
        if data_type == "n" or data_type == "b":
            return _number(s, data_type, value)
        return None  # a formula or an error code


def _number(s: str, t: str, value: object) -> str | None:
    """What follows a number's coordinate (`s`: its style attribute, `t`: its type)."""
    if value is None:
        return f'{s} t="{t}" />'
    if type(value) not in _NUMBERS or value != value or value in _INFINITE:
        return None  # a NaN or an infinity: openpyxl writes an empty value
    shown = "%.16g" % value  # type: ignore[str-format]  # noqa: UP031 (openpyxl's own form)
    return f'{s} t="{t}"><v>{shown}</v></c>'


def _text(s: str, value: str) -> str:
    """What follows a text's coordinate: escaped, its spaces kept where it starts or ends with
    some."""
    if not value:
        return f'{s} t="inlineStr" />'
    stripped = value.strip()
    space = ' xml:space="preserve"' if stripped and stripped != value else ""
    if "&" in value:
        value = value.replace("&", "&amp;")
    if "<" in value:
        value = value.replace("<", "&lt;")
    if ">" in value:
        value = value.replace(">", "&gt;")
    return f'{s} t="inlineStr"><is><t{space}>{value}</t></is></c>'
