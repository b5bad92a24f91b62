"""The rows written as text are the very characters openpyxl's own writer writes.

Each workbook is written twice — as the program writes it, and with every row going through
openpyxl's writer as before (the text writer switched off) — and the two files are compared
part by part, byte for byte: every sheet's cells (coordinates, values, types, style numbers),
the style table, widths, print setup and sheet list. Only the file's creation time
(docProps/core.xml) may differ. A value the text writer leaves to openpyxl must end the same
way too: written alike, or refused with the same error.
"""

from __future__ import annotations

import datetime as dt
import io
import math
import zipfile
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.worksheet._writer import WorksheetWriter

from app.db.migrate import open_database
from app.domain.periods import Period, PeriodKind
from app.exchange.export_package import data_sheets
from app.exchange.package_sheets import package_sheets
from app.reports.language import ReportLanguage
from app.reports.xlsx import streamed_rows
from app.reports.xlsx.workbook import DATE, MONEY, PERCENT, Cell, Formatted, Sheet, workbook_bytes
from tests.registers import TODAY, History, built_from, histories
from tests.support import CHAIR

TIME_OF_FILE = "docProps/core.xml"  # when the file was written: the only part allowed to differ


def parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return {name: package.read(name) for name in package.namelist() if name != TIME_OF_FILE}


def through_openpyxl(sheets: Sequence[Sheet], language: ReportLanguage) -> bytes:
    """The workbook with every row written by openpyxl's own writer (the way before)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(streamed_rows, "_writes_as_text", lambda ws: False)
        return workbook_bytes(sheets, language)[0]


def outcome(write: object) -> tuple[str, object]:
    """What writing gives: the parts of the file, or the kind of error it stopped with."""
    try:
        return "written", parts(write())  # type: ignore[operator]
    except Exception as error:
        return "refused", type(error)


# What cells are given: any writable character, the texts openpyxl takes for formulas and
# error codes, spaces around text, markup characters, a text longer than a cell holds, numbers
# of every size, not numbers at all, dates and times, yes/no, nothing.
texts = st.one_of(
    st.text(max_size=12).filter(lambda text: not ILLEGAL_CHARACTERS_RE.search(text)),
    st.text(st.sampled_from(list(" \t\n\r\u3000&<>\"'=+-@#王a1")), max_size=8),
    st.sampled_from(["#N/A", "#DIV/0!", "=SUM(A1)", "=", "a" * 32768, " 王芳 ", "&amp;"]),
)
numbers = st.one_of(
    st.integers(-(10**30), 10**30),
    st.floats(),
    st.sampled_from([0, -0.0, 1e-300, 2.5e16, 10**16 + 1, math.nan, -math.inf]),
    st.booleans(),
)
values = st.one_of(
    st.none(),
    texts,
    numbers,
    st.dates() | st.datetimes() | st.times(),
    st.builds(Formatted, st.floats(0, 1) | st.none(), st.sampled_from([PERCENT, "0", MONEY])),
    st.builds(Formatted, st.dates(dt.date(2020, 1, 1), dt.date(2030, 1, 1)), st.just("yyyy-mm")),
)
# What openpyxl refuses: control characters, a time zone, a number too big for a spreadsheet.
refused = st.one_of(
    st.text(st.characters(max_codepoint=0x1F), min_size=1, max_size=3).filter(
        ILLEGAL_CHARACTERS_RE.search
    ),
    st.datetimes(timezones=st.just(dt.UTC)),
    st.integers(10**309, 10**320),
)


@st.composite
def sheets(draw: st.DrawFn) -> Sheet:
    width = draw(st.integers(1, 5))
    # One sheet in ten may hold what openpyxl refuses, anywhere among its values.
    cells = st.one_of(values, refused) if draw(st.integers(0, 9)) == 0 else values
    rows = draw(st.lists(st.lists(cells, min_size=0, max_size=width + 1), max_size=12))
    return Sheet(
        draw(st.sampled_from(["rows", "使用登记", "a" * 40])),  # cut to 31 characters
        [f"h{i}" for i in range(width)],
        rows,
        title_lines=draw(st.lists(texts, max_size=2)),
        number_formats=draw(st.dictionaries(st.integers(0, width), st.just(DATE), max_size=2)),
        hidden=draw(st.booleans()),
        alerts=frozenset(draw(st.sets(st.tuples(st.integers(0, 11), st.integers(0, width))))),
    )


def first_shown(books: list[Sheet]) -> list[Sheet]:
    return [replace(books[0], hidden=False), *books[1:]]  # a workbook shows a sheet at least


# A refused workbook leaves openpyxl's half-written sheet to the collector, which says so.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
@settings(max_examples=150, deadline=None)
@given(
    st.lists(sheets(), min_size=1, max_size=3, unique_by=lambda sheet: sheet.title).map(
        first_shown
    ),
    st.sampled_from(ReportLanguage),
)
def test_any_values_are_written_as_openpyxl_writes_them(
    books: list[Sheet], language: ReportLanguage
) -> None:
    assert outcome(lambda: workbook_bytes(books, language)[0]) == outcome(
        lambda: through_openpyxl(books, language)
    )


def test_plain_rows_are_written_as_text_and_the_rest_by_openpyxl() -> None:
    """The text writer is the one that runs: openpyxl writes only the title rows (their
    heights are set) and rows holding what it must type itself (a formula, a NaN)."""
    rows: list[list[Cell]] = [
        [1, "王芳", dt.date(2026, 7, 1), Formatted(0.5, PERCENT), None, True],
        [2, " a&b ", dt.datetime(2026, 7, 1, 8, 30), 2.5, "", False],
        [3, "=1+1", dt.time(8, 30), 10**20, "x", None],  # formula-like: a quoted text cell
        [4, math.nan, None, None, None, None],  # openpyxl's: the NaN
    ]
    spec = Sheet("rows", list("abcdef"), rows, title_lines=["Title", "Sub"])
    written: list[int] = []
    own = WorksheetWriter.write_row

    def counted(self: WorksheetWriter, xf: object, row: object, row_idx: int) -> None:
        written.append(row_idx)
        own(self, xf, row, row_idx)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(WorksheetWriter, "write_row", counted)
        data = workbook_bytes([spec])[0]
    assert written == [1, 2, 7]  # the title rows and the NaN's row; heading and rows 1–3 text
    assert parts(data) == parts(through_openpyxl([spec], ReportLanguage.ZH))


@pytest.fixture(scope="module")
def empty_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("empty") / "empty.db"
    open_database(path).close()
    return path


@settings(max_examples=10, deadline=None)
@given(
    history=histories(),
    focus=st.dates(dt.date(2025, 1, 1), TODAY),
    named=st.booleans(),
    language=st.sampled_from(ReportLanguage),
)
def test_the_export_workbook_of_a_generated_register_is_unchanged(
    empty_file: Path, history: History, focus: dt.date, named: bool, language: ReportLanguage
) -> None:
    """The county export's sheets (in words, and the machine sheets) of a register Hypothesis
    generates, from an empty site to a dense one."""
    period = Period.containing(focus, PeriodKind.QUARTER)
    with built_from(empty_file, history) as db:
        made = package_sheets(data_sheets(db, CHAIR, period, named, TODAY), language)
        books = [replace(sheet, rows=list(sheet.rows)) for sheet in made]  # written twice
    assert parts(workbook_bytes(books, language)[0]) == parts(through_openpyxl(books, language))


@pytest.mark.parametrize("kept", [streamed_rows.RowText.TEXTS_KEPT, 3])
def test_texts_kept_and_past_those_kept_are_written_alike(kept: int) -> None:
    """A text repeated in a column is checked and escaped once; past the texts kept (memory the
    same on any register) each is worked out again, to the same characters."""
    rows: list[list[Cell]] = [["王 " if n % 2 else "王", f"{n % 7} & <{n}>", n] for n in range(30)]
    spec = Sheet("rows", ["a", "b", "c"], rows)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(streamed_rows.RowText, "TEXTS_KEPT", kept)
        data = workbook_bytes([spec])[0]
    assert parts(data) == parts(through_openpyxl([spec], ReportLanguage.ZH))
