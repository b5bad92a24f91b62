"""The measure taken of a worksheet before it is read: the quick path over plain sheets and the
token-by-token path agree on the extent of the filled cells, the formulas noted and the cells
outside the sheet, whatever cells are written and wherever the chunks end."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.exchange.file_limits import SpreadsheetError, _SheetScan

CELL = st.tuples(
    st.integers(min_value=1, max_value=3000) | st.just(1_048_577),  # row (or beyond the sheet)
    st.integers(min_value=1, max_value=400) | st.just(16_385),  # column (or beyond XFD)
    st.sampled_from(["value", "style only", "formula", "no reference"]),
)


def letters(column: int) -> str:
    text = ""
    while column:
        column, rest = divmod(column - 1, 26)
        text = chr(65 + rest) + text
    return text


def sheet(cells: list[tuple[int, int, str]]) -> bytes:
    rows: dict[int, list[str]] = {}
    for row, column, kind in sorted(cells):
        ref = f'r="{letters(column)}{row}" '
        rows.setdefault(row, []).append(
            {
                "value": f'<c {ref}t="n"><v>1</v></c>',
                "style only": f'<c {ref}s="2"/>',
                "formula": f"<c {ref}><f>A1+1</f><v>2</v></c>",
                "no reference": '<c t="n"><v>3</v></c>',
            }[kind]
        )
    body = "".join(f'<row r="{r}">{"".join(c)}</row>' for r, c in rows.items())
    return f"<worksheet><sheetData>{body}</sheetData></worksheet>".encode()


def measured(data: bytes, plain_allowed: bool, chunk: int) -> object:
    """(rows, columns, formulas noted), or the refusal's code."""
    scan = _SheetScan()
    if not plain_allowed:
        scan._scan_plain = lambda _text: False  # type: ignore[method-assign]
    try:
        for start in range(0, len(data), chunk):
            scan.feed(data[start : start + chunk])
        scan.feed(b"", final=True)
    except SpreadsheetError as error:
        return error.code
    return scan.rows, scan.columns, scan.formulas


@settings(max_examples=400, deadline=None)
@given(cells=st.lists(CELL, max_size=60), chunk=st.sampled_from([40, 64, 97, 1000, 1 << 20]))
def test_the_quick_path_agrees_with_the_token_path(
    cells: list[tuple[int, int, str]], chunk: int
) -> None:
    data = sheet(cells)
    assert measured(data, True, chunk) == measured(data, False, chunk)


def test_style_only_cells_do_not_count_and_formulas_are_noted() -> None:
    data = sheet([(2, 2, "value"), (9, 300, "style only"), (5, 3, "formula")])
    scan = _SheetScan()
    scan.feed(data, final=True)
    assert (scan.rows, scan.columns) == (5, 3)
    assert scan.formulas == {(5, 3): "A1+1"}


def test_a_sheet_with_styled_blank_cells_takes_the_quick_path() -> None:
    """What openpyxl and Excel write (a styled blank title cell, text-formatted ID cells) is
    measured by the quick path, not token by token."""
    data = sheet([(1, 1, "value"), (1, 5, "style only"), (2, 3, "value"), (3, 27, "style only")])
    scan = _SheetScan()
    scan._scan_tokens = lambda _text: pytest.fail("token by token")  # type: ignore[method-assign]
    scan.feed(data, final=True)
    assert (scan.rows, scan.columns) == (2, 3)


def test_the_paths_agree_wherever_a_chunk_ends() -> None:
    """A cell without a reference lands after the one before it, even when that one is a
    styled blank at the end of the previous chunk."""
    first = [(1, 1, "value"), (1, 2, "style only"), (1, 3, "no reference"), (2, 4, "style only")]
    data = sheet([*first, (2, 5, "no reference"), (3, 1, "formula"), (3, 2, "style only")])
    expected = measured(data, False, len(data))
    assert expected == (3, 5, {(3, 1): "A1+1"})
    for chunk in range(8, len(data) + 1):
        assert measured(data, True, chunk) == expected, chunk
