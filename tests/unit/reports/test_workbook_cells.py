"""The workbook writer's shortcuts write what the plain rule writes, byte for byte.

The plain rule: every value a cell of its own, made by `typed_cell` (its number format, text
that looks like a formula kept as text), wrapped where its column wraps, red where asked,
appended and written through openpyxl's own row maker and writer. The writer instead reuses a
styled cell per column and type, takes plain values as they are, plans each kind of row once,
places its cells itself and writes a row's markup as text (`streamed_rows`). Both workbooks are
unzipped and compared: every sheet's cells (values, types, style numbers) and the style table,
so a changed number format, font, fill, wrapping or quote prefix in any cell fails, and so does
a style registered in another order.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from collections.abc import Sequence

from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill

from app.reports.xlsx.safe_text import SUSPECT_STARTS
from app.reports.xlsx.workbook import (
    ALERT_COLOUR,
    HEADER_COLOUR,
    MAX_WIDTH,
    PERCENT,
    Cell,
    Formatted,
    Sheet,
    column_widths,
    natural_widths,
    typed_cell,
    workbook_bytes,
)

# Text that starts (or not) with every character a formula or a skipped space may start with.
risky_text = st.text(st.sampled_from(sorted(SUSPECT_STARTS) + list("ab1王=+")), max_size=4).filter(
    lambda text: not ILLEGAL_CHARACTERS_RE.search(text)
)
values = st.one_of(
    st.none(),
    st.integers(-(10**6), 10**6),
    st.booleans(),
    st.floats(-1e6, 1e6, allow_nan=False, allow_infinity=False),
    st.dates(dt.date(1990, 1, 1), dt.date(2040, 12, 31)),
    st.datetimes(dt.datetime(1990, 1, 1), dt.datetime(2040, 12, 31)),
    st.times(),
    risky_text,
    st.sampled_from(["王芳", "plain", "x" * (MAX_WIDTH + 5)]),  # the long one wraps its column
    st.builds(Formatted, st.floats(0, 1, allow_nan=False), st.just(PERCENT)),
    st.builds(Formatted, st.dates(dt.date(2020, 1, 1), dt.date(2030, 1, 1)), st.just("yyyy-mm")),
)
HEADER = ["a", "b", "c", "d"]
FORMATS = {2: "0.00", 3: "#,##0.00"}


def plain_rule(spec: Sheet, rows: Sequence[Sequence[Cell]]) -> bytes:
    """The workbook of one sheet, each value a cell of its own (no heading style copied, no
    cell reused, openpyxl placing the cells)."""
    book = Workbook(write_only=True)
    ws = book.create_sheet(spec.title)
    wrapped = [width > MAX_WIDTH for width in natural_widths(spec, rows)]
    heading = []
    for name in spec.header:
        cell = typed_cell(ws, name)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor=HEADER_COLOUR)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        heading.append(cell)
    ws.append(heading)
    for r, row in enumerate(rows):
        cells: list[object] = []
        for c, value in enumerate(row):
            shown = value.value if isinstance(value, Formatted) else value
            wrap = c < len(wrapped) and wrapped[c]
            if shown is None and not wrap and (r, c) not in spec.alerts:
                cells.append(None)
                continue
            cell = typed_cell(ws, value, spec.number_formats.get(c))
            if wrap:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            if (r, c) in spec.alerts:
                cell.font = Font(color=ALERT_COLOUR)
            cells.append(cell)
        ws.append(cells)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def cells_and_styles(data: bytes) -> tuple[str, str]:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        sheet = package.read("xl/worksheets/sheet1.xml").decode()
        styles = package.read("xl/styles.xml").decode()
    found = re.search(r"<sheetData>.*</sheetData>", sheet, re.S)
    assert found is not None
    return found.group(0), styles


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.lists(values, min_size=4, max_size=4), min_size=1, max_size=30),
    st.sets(st.tuples(st.integers(0, 29), st.integers(0, 3)), max_size=6),
)
def test_the_writer_writes_what_the_plain_rule_writes(
    rows: list[list[Cell]], alerts: set[tuple[int, int]]
) -> None:
    spec = Sheet("rows", HEADER, rows, number_formats=FORMATS, alerts=frozenset(alerts))
    written, counts = workbook_bytes([spec])
    assert counts == {"rows": len(rows)}
    assert cells_and_styles(written) == cells_and_styles(plain_rule(spec, rows))


def test_rows_of_other_lengths_and_dates_in_a_number_column() -> None:
    """A short or long row goes cell by cell; a date in a column with a number format takes
    that format in every row (openpyxl's setter would give a reused cell its own date format
    back from the second row on)."""
    rows: list[list[Cell]] = [
        [1, dt.date(2026, 1, 2)],
        ["=x", dt.datetime(2026, 1, 2, 8, 30), 0.5, 7, "extra"],
        [2, dt.date(2026, 1, 3), dt.date(2026, 1, 3), None],
        [3, dt.date(2026, 1, 4), dt.date(2026, 1, 4), dt.datetime(2026, 1, 4, 9, 0)],
        [4, None, dt.date(2026, 1, 5), dt.datetime(2026, 1, 5, 9, 0)],
        [5, Formatted(dt.date(2026, 1, 6), "0"), None, None],
        [6, Formatted(dt.date(2026, 1, 7), "0"), None, None],
    ]
    spec = Sheet("rows", HEADER, rows, number_formats=FORMATS)
    assert cells_and_styles(workbook_bytes([spec])[0]) == cells_and_styles(plain_rule(spec, rows))


def test_the_export_layout_is_kept() -> None:
    """Heading style, number formats, quote prefix and widths as a person sees them, read back
    from a sheet shaped like the export's usage register."""
    rows: list[list[Cell]] = [
        [n, dt.datetime(2026, 7, 1 + n % 28, 8, 5), "王芳" if n % 2 else "=1+1", 0.25 * n]
        for n in range(40)
    ]
    spec = Sheet("使用登记", ["编号", "时间", "姓名", "金额"], rows, number_formats={3: "#,##0.00"})
    ws = load_workbook(io.BytesIO(workbook_bytes([spec])[0]))["使用登记"]
    heading = ws["B1"]
    assert (
        heading.value == "时间"
        and heading.font.b
        and heading.fill.fgColor.rgb.endswith(HEADER_COLOUR)
    )
    assert heading.alignment.horizontal == "center" and heading.alignment.wrap_text
    for r, row in enumerate(rows, start=2):
        assert ws.cell(r, 1).value == row[0] and ws.cell(r, 1).number_format == "General"
        assert ws.cell(r, 2).value == row[1] and ws.cell(r, 2).number_format == "yyyy-mm-dd hh:mm"
        assert ws.cell(r, 3).value == row[2] and ws.cell(r, 3).data_type == "s"
        assert bool(ws.cell(r, 3).quotePrefix) == (row[2] == "=1+1")
        assert ws.cell(r, 4).number_format == "#,##0.00"
    widths = [ws.column_dimensions[letter].width for letter in "ABCD"]
    assert widths == column_widths(spec) == [8.0, 18.0, 8.0, 8.0]
    assert ws.freeze_panes == "A2"
