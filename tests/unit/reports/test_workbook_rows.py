"""Rows a workbook takes one at a time (the county export streams its visits from the
database): each cell keeps its own value, type and number format, formula-like text stays
text in every row, the widths are fitted to the first rows, and every row is counted.

The writer gives each column's styled cell the next row's value (openpyxl writes a row as it
is appended); these tests read the file back to prove no row inherits another's format or
quote prefix. Hypothesis mixes the kinds of value a column can hold, row after row.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from app.reports.xlsx.workbook import (
    DATE,
    DATETIME,
    PERCENT,
    TIME,
    WIDTH_ROWS,
    Cell,
    Formatted,
    Sheet,
    write_counted,
)

values = st.one_of(
    st.none(),
    st.integers(-(10**6), 10**6),
    st.floats(-1e6, 1e6, allow_nan=False, allow_infinity=False),
    st.dates(dt.date(1990, 1, 1), dt.date(2040, 12, 31)),
    st.datetimes(dt.datetime(1990, 1, 1), dt.datetime(2040, 12, 31)).map(
        lambda moment: moment.replace(second=0, microsecond=0)
    ),
    st.times().map(lambda moment: moment.replace(second=0, microsecond=0)),
    st.sampled_from(["=1+1", "+86 139", "-5", "@SUM(A1)", "＝A1", " =x", "plain", "王芳", ""]),
    st.builds(Formatted, st.floats(0, 1, allow_nan=False), st.just(PERCENT)),
)


# The third column has a number format of its own: it holds numbers (or text, or nothing).
numbers = st.one_of(
    st.none(),
    st.integers(-(10**6), 10**6),
    st.floats(-1e6, 1e6, allow_nan=False, allow_infinity=False),
    st.sampled_from(["=1+1", "-5", "plain"]),
)


def expected_format(value: Cell, column_format: str | None) -> str | None:
    if isinstance(value, Formatted):
        return value.number_format
    if column_format is not None and value is not None:
        return column_format
    if isinstance(value, dt.datetime):
        return DATETIME
    if isinstance(value, dt.date):
        return DATE
    if isinstance(value, dt.time):
        return TIME
    return None


def once(rows: Sequence[Sequence[Cell]]) -> Iterator[Sequence[Cell]]:
    """The rows as a generator: they can be read only once, as from a database cursor."""
    yield from rows


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.tuples(values, values, numbers).map(list), min_size=1, max_size=40))
def test_every_row_of_a_generator_keeps_its_own_value_and_format(
    tmp_path: Path, rows: list[list[Cell]]
) -> None:
    path = tmp_path / "rows.xlsx"
    formats = {2: "0.00"}  # the third column has a format of its own
    sheet = Sheet("rows", ["a", "b", "c"], once(rows), number_formats=formats)
    _, counts = write_counted(path, [sheet])
    assert counts == {"rows": len(rows)}
    ws = load_workbook(path)["rows"]
    for r, row in enumerate(rows, start=2):
        for c, value in enumerate(row, start=1):
            cell = ws.cell(r, c)
            shown = value.value if isinstance(value, Formatted) else value
            if shown is None or shown == "":
                assert cell.value is None
                continue
            fmt = expected_format(value, formats.get(c - 1))
            if isinstance(shown, str):
                assert cell.value == shown and cell.data_type == "s"
                formula_like = shown.lstrip()[:1] in set("=+-@＝＋－＠")
                assert bool(cell.quotePrefix) == formula_like, (r, c, shown)
                continue
            assert not cell.quotePrefix, (r, c)
            if fmt is not None:
                assert cell.number_format == fmt, (r, c, value)
            if isinstance(shown, float):
                assert abs(float(cell.value) - shown) < 1e-9
            elif isinstance(shown, dt.datetime):
                assert cell.value == shown
            elif isinstance(shown, dt.date):
                assert cell.value.date() == shown
            elif isinstance(shown, dt.time):
                assert (cell.value.hour, cell.value.minute) == (shown.hour, shown.minute)
            else:
                assert cell.value == shown


def test_widths_come_from_the_first_rows_of_a_generator_and_every_row_is_written(
    tmp_path: Path,
) -> None:
    path = tmp_path / "long.xlsx"
    rows: list[list[Cell]] = [["short", n] for n in range(WIDTH_ROWS)]
    rows.append(["a text far longer than any of the first rows", WIDTH_ROWS])
    _, counts = write_counted(path, [Sheet("long", ["name", "n"], once(rows))])
    assert counts == {"long": WIDTH_ROWS + 1}
    ws = load_workbook(path)["long"]
    assert [ws.cell(r, 2).value for r in range(2, WIDTH_ROWS + 3)] == list(range(WIDTH_ROWS + 1))
    assert ws.cell(WIDTH_ROWS + 2, 1).value.startswith("a text far longer")
    # Fitted to the first rows ("short", the heading): the long last text does not widen it.
    assert ws.column_dimensions["A"].width < 20


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(st.tuples(values, values, numbers).map(list), min_size=1, max_size=20),
    st.sets(st.tuples(st.integers(0, 19), st.integers(0, 2)), max_size=8),
)
def test_red_cells_are_those_asked_for_and_the_workbook_bytes_are_the_file(
    tmp_path: Path, rows: list[list[Cell]], alerts: set[tuple[int, int]]
) -> None:
    """A red cell gets a cell of its own (the shared styled ones stay black), and the export's
    in-memory workbook holds what the written file holds."""
    from app.reports.xlsx.workbook import ALERT_COLOUR, workbook_bytes

    def sheet() -> Sheet:
        return Sheet("rows", ["a", "b", "c"], once(rows), number_formats={2: "0.00"},
                     alerts=frozenset(alerts))  # fmt: skip

    path = tmp_path / "red.xlsx"
    _, counts = write_counted(path, [sheet()])
    data, in_memory = workbook_bytes([sheet()])
    assert in_memory == counts == {"rows": len(rows)}
    (tmp_path / "memory.xlsx").write_bytes(data)
    for book in (load_workbook(path), load_workbook(tmp_path / "memory.xlsx")):
        ws = book["rows"]
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                cell = ws.cell(r + 2, c + 1)
                shown = value.value if isinstance(value, Formatted) else value
                if shown is None or shown == "":
                    continue
                red = cell.font is not None and cell.font.color is not None
                red = red and str(cell.font.color.rgb).endswith(ALERT_COLOUR)
                assert red == ((r, c) in alerts), (r, c, value)
