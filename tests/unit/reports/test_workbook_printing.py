"""Every workbook prints on A4, one page wide, with its header row on every page and "page x of
y" and the printing date in the footer; numbers, percentages, dates and times are typed values
with a number format, never text. Checked by reading the files back, and by printing them to
PDF with LibreOffice (headless) where it is installed.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import shutil
import subprocess
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook
from pypdf import PdfReader

from app.db.migrate import Database
from app.domain.periods import Period
from app.exchange.export_package import export_package
from app.exchange.roster_template import write_roster_template
from app.reports import equipment_ledger
from app.reports.annual_report import ANNUAL
from app.reports.equipment_dataset import ledger_data
from app.reports.language import ReportLanguage
from app.reports.outreach import write_outreach_xlsx
from app.reports.period_report import ReportOptions, generate
from app.reports.quarterly_report import QUARTERLY
from app.reports.usage_register import export_usage_register
from app.reports.xlsx.print_setup import PORTRAIT_WIDTH, set_up_printing
from app.reports.xlsx.workbook import (
    HEADER_COLOUR,
    MONTH,
    PERCENT,
    Formatted,
    Sheet,
    column_widths,
    write_counted,
    write_workbook,
)
from tests.support import ADMIN, CHAIR, DEMO_TODAY, TECH

# Text that a spreadsheet should have received as a number, a percentage, a date or a time.
LOOKS_TYPED = re.compile(
    r"^\s*(?:[-+]?\d+(?:[.,]\d+)?\s*%?|\d{4}-\d{1,2}(?:-\d{1,2})?|\d{1,2}:\d{2}(?::\d{2})?)\s*$"
)


DATE_FORMATS = ("yyyy-mm-dd", "yyyy-mm-dd hh:mm", "hh:mm", "yyyy-mm")
FIXTURE_CHECK = HealthCheck.function_scoped_fixture  # tmp_path: each example overwrites its file


def assert_prints_on_a4(path: Path, language: ReportLanguage = ReportLanguage.ZH) -> None:
    book = load_workbook(path)
    for sheet in book.worksheets:
        where = f"{path.name}:{sheet.title}"
        setup = sheet.page_setup
        assert setup.paperSize == 9, where  # A4
        assert (setup.fitToWidth, setup.fitToHeight) == (1, 0), where
        assert sheet.sheet_properties.pageSetUpPr.fitToPage, where
        assert re.fullmatch(r"\$\d+:\$\d+", sheet.print_title_rows or ""), where
        footer = sheet.oddFooter
        page = "第 &P 页 / 共 &N 页" if language is ReportLanguage.ZH else "Page &P of &N"
        assert footer.center.text == page, where
        assert footer.right.text is not None and "&D" in footer.right.text, where
        widths = [d.width for d in sheet.column_dimensions.values() if d.width]
        expected = "landscape" if sum(widths) > PORTRAIT_WIDTH else "portrait"
        assert setup.orientation == expected, where


def assert_nothing_typed_as_text(path: Path) -> None:
    book = load_workbook(path)
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    assert not LOOKS_TYPED.match(cell.value), f"{sheet.title}!{cell.coordinate}"
                elif isinstance(cell.value, dt.datetime | dt.time):
                    assert cell.number_format in DATE_FORMATS, f"{sheet.title}!{cell.coordinate}"


# --- the shared writer ---------------------------------------------------------------------------


def test_values_are_typed_and_shown_with_their_formats(tmp_path: Path) -> None:
    sheet = Sheet(
        "t",
        ["when", "time", "month", "rate", "count", "mixed", "target", "text"],
        [
            [dt.datetime(2026, 10, 3, 8, 5), dt.time(8, 5), Formatted(dt.date(2026, 10, 1), MONTH),
             0.625, 7, Formatted(0.5, PERCENT), Formatted(0.6, '"≥ "0%'), "0012"],
            [dt.date(2026, 10, 4), None, None, None, 8, Formatted(4, "0"), None, "x"],
        ],
        title_lines=["Title"],
        number_formats={3: PERCENT},
    )  # fmt: skip
    path = write_workbook(tmp_path / "t.xlsx", [sheet])
    ws = load_workbook(path)["t"]
    first, second = ws[3], ws[4]
    assert [c.value for c in first] == [
        dt.datetime(2026, 10, 3, 8, 5), dt.time(8, 5), dt.datetime(2026, 10, 1), 0.625, 7, 0.5,
        0.6, "0012",
    ]  # fmt: skip
    assert [c.number_format for c in first] == [
        "yyyy-mm-dd hh:mm", "hh:mm", "yyyy-mm", PERCENT, "General", PERCENT, '"≥ "0%', "General",
    ]  # fmt: skip
    assert second[0].number_format == "yyyy-mm-dd" and second[5].number_format == "0"
    assert ws.print_title_rows == "$2:$2"  # the header row, not the title
    assert ws.freeze_panes == "A3"
    assert_prints_on_a4(path)


def test_title_lines_span_the_table_bold_and_tall_enough_in_the_streamed_sheet(
    tmp_path: Path,
) -> None:
    """The sheets are streamed (write-only): the title merges and heights are set before the
    rows and still reach the file, with the header's style."""
    long = "二〇二六年第三季度职工健康生活室参与情况报告（某某有限公司）" * 3
    sheet = Sheet("t", ["a", "b", "c"], [[1, 2, 3]], title_lines=[long, "短"])
    path, counts = write_counted(tmp_path / "t.xlsx", [sheet])
    assert counts == {"t": 1}
    ws = load_workbook(path)["t"]
    assert {str(r) for r in ws.merged_cells.ranges} == {"A1:C1", "A2:C2"}
    assert ws["A1"].value == long and ws["A1"].font.b and ws["A1"].alignment.wrap_text
    assert ws.row_dimensions[1].height > ws.row_dimensions[2].height == 18
    assert (
        ws["A3"].value == "a"
        and ws["A3"].font.b
        and ws["A3"].fill.fgColor.rgb.endswith(HEADER_COLOUR)
    )
    assert ws.freeze_panes == "A4" and ws.print_title_rows == "$3:$3"


def test_a_wide_table_prints_landscape_and_a_narrow_one_upright(tmp_path: Path) -> None:
    narrow = Sheet("narrow", ["a", "b"], [["x" * 20, 1]])
    wide = Sheet("wide", [f"column {n}" for n in range(12)], [["y" * 12] * 12])
    assert sum(column_widths(narrow)) <= PORTRAIT_WIDTH < sum(column_widths(wide))
    book = load_workbook(write_workbook(tmp_path / "w.xlsx", [narrow, wide], ReportLanguage.EN))
    assert book["narrow"].page_setup.orientation == "portrait"
    assert book["wide"].page_setup.orientation == "landscape"
    assert_prints_on_a4(tmp_path / "w.xlsx", ReportLanguage.EN)


def test_a_long_text_column_wraps_instead_of_running_over_its_neighbours(tmp_path: Path) -> None:
    sheet = Sheet("t", ["note", "n"], [["很长的说明" * 30, 1], ["short", 2]])
    ws = load_workbook(write_workbook(tmp_path / "t.xlsx", [sheet]))["t"]
    assert ws.column_dimensions["A"].width == 60
    assert ws["A2"].alignment.wrap_text and ws["A3"].alignment.wrap_text
    assert not ws["B2"].alignment.wrap_text


def test_the_print_setup_works_on_a_write_only_sheet(tmp_path: Path) -> None:
    book = Workbook(write_only=True)
    sheet = book.create_sheet("stream")
    set_up_printing(sheet, (1, 1), [30.0] * 5)
    sheet.append(["a", "b", "c", "d", "e"])
    for n in range(200):
        sheet.append([n, n * 2, n * 3, n * 4, n * 5])
    book.save(tmp_path / "stream.xlsx")
    ws = load_workbook(tmp_path / "stream.xlsx")["stream"]
    assert ws.page_setup.orientation == "landscape" and ws.print_title_rows == "$1:$1"
    assert ws.oddFooter.center.text == "第 &P 页 / 共 &N 页"


CELLS = st.one_of(
    st.none(),
    st.integers(-(10**9), 10**9),
    st.floats(-1e6, 1e6, allow_nan=False).map(lambda x: round(x, 4)),
    st.dates(dt.date(2000, 1, 1), dt.date(2099, 12, 31)),
    st.times().map(lambda t: t.replace(second=0, microsecond=0)),
    st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=30),
)


@settings(max_examples=25, deadline=None, suppress_health_check=[FIXTURE_CHECK])
@given(
    columns=st.integers(1, 14),
    data=st.data(),
)
def test_generated_tables_read_back_typed_and_set_up_for_a4(
    tmp_path: Path, columns: int, data: st.DataObject
) -> None:
    rows = data.draw(st.lists(st.lists(CELLS, min_size=columns, max_size=columns), max_size=40))
    header = [f"c{n}" for n in range(columns)]
    path = write_workbook(tmp_path / "g.xlsx", [Sheet("g", header, rows, title_lines=["T"])])
    ws = load_workbook(path)["g"]
    cells = ws.iter_rows(min_row=3, max_row=2 + len(rows), max_col=columns)  # empty rows too
    for written, row in zip(rows, cells, strict=True):
        for value, cell in zip(written, row, strict=True):
            if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
                assert cell.value == dt.datetime.combine(value, dt.time())
                assert cell.number_format == "yyyy-mm-dd"
            elif isinstance(value, dt.time):
                assert cell.value == value and cell.number_format == "hh:mm"
            elif value == "":
                assert cell.value in ("", None)
            else:
                assert cell.value == value
    assert_prints_on_a4(path)


# --- every workbook the program writes ------------------------------------------------------------


def program_workbooks(db: Database, folder: Path) -> dict[str, Path]:
    """Each writer's workbook from the demo register."""
    q3, year = Period.parse("2026Q3"), Period.parse("2026")
    options = ReportOptions(as_of=DEMO_TODAY)
    quarterly = generate(QUARTERLY, db, CHAIR, q3, folder / "q.pdf", folder / "q.xlsx", options)
    annual = generate(ANNUAL, db, CHAIR, year, folder / "a.pdf", folder / "a.xlsx", options)
    assert quarterly.xlsx is not None and annual.xlsx is not None
    start = DEMO_TODAY - dt.timedelta(days=30)
    export_usage_register(db, ADMIN, start, DEMO_TODAY, None, folder / "usage.xlsx")
    ledger = ledger_data(db, CHAIR, DEMO_TODAY)
    writers: dict[str, Callable[[], Path]] = {
        "equipment": lambda: equipment_ledger.write_xlsx(folder / "equipment.xlsx", ledger),
        "outreach": lambda: write_outreach_xlsx(db, ADMIN, 2026, DEMO_TODAY, folder / "o.xlsx"),
        "roster template": lambda: write_roster_template(folder / "roster.xlsx"),
    }
    package = export_package(db, TECH, q3, folder, as_of=DEMO_TODAY).path
    with zipfile.ZipFile(package) as archive:  # the county's data.xlsx inside the package
        (folder / "data.xlsx").write_bytes(archive.read("data.xlsx"))
    return {
        "export data": folder / "data.xlsx",
        "quarterly": quarterly.xlsx,
        "annual": annual.xlsx,
        "usage register": folder / "usage.xlsx",
        **{name: write() for name, write in writers.items()},
    }


def test_every_workbook_prints_on_a4_with_typed_values(demo_db: Database, tmp_path: Path) -> None:
    for name, path in program_workbooks(demo_db, tmp_path).items():
        assert path.exists(), name
        assert_prints_on_a4(path)
        assert_nothing_typed_as_text(path)


# --- printed by LibreOffice ----------------------------------------------------------------------


def libreoffice() -> str:
    program = shutil.which("soffice") or shutil.which("libreoffice")
    if program is None:
        pytest.skip("LibreOffice is not installed: the printed page counts are not checked")
    return program


def print_to_pdf(workbook: Path, folder: Path) -> PdfReader:
    profile = folder / "lo-profile"
    subprocess.run(
        [libreoffice(), "--headless", "--norestore", f"-env:UserInstallation={profile.as_uri()}",
         "--convert-to", "pdf", "--outdir", str(folder), str(workbook)],
        check=True, capture_output=True, timeout=240,
    )  # fmt: skip
    return PdfReader(folder / f"{workbook.stem}.pdf")


def test_libreoffice_prints_one_page_per_page_of_rows_with_the_header_on_each(
    demo_db: Database, tmp_path: Path
) -> None:
    libreoffice()
    # In English: LibreOffice's PDF of Chinese text (a fallback font) does not extract as text.
    start, path = DEMO_TODAY - dt.timedelta(days=30), tmp_path / "usage.xlsx"
    export_usage_register(demo_db, ADMIN, start, DEMO_TODAY, None, path, ReportLanguage.EN)
    rows = load_workbook(path).active.max_row - 3
    assert rows > 60  # enough for several pages
    pages = [page.extract_text() for page in print_to_pdf(path, tmp_path).pages]
    # Every column on the page (the last one is the signature), so pages only run down; at
    # least 25 rows a page (before: the columns spread over 3 pages across, ~8 rows each).
    assert 2 <= len(pages) <= math.ceil(rows / 25)
    for number, text in enumerate(pages, start=1):
        assert "No." in text and "Signature" in text, number  # the header row, repeated
        assert f"Page {number} of {len(pages)}" in text, number
        assert "Printed on" in text, number


def test_libreoffice_prints_the_equipment_ledger_on_one_page(
    demo_db: Database, tmp_path: Path
) -> None:
    libreoffice()
    data = ledger_data(demo_db, CHAIR, DEMO_TODAY)
    path = equipment_ledger.write_xlsx(tmp_path / "equipment.xlsx", data, ReportLanguage.EN)
    book = load_workbook(path)
    for name in book.sheetnames[1:]:  # the ledger sheet alone
        del book[name]
    book.save(tmp_path / "ledger.xlsx")
    pages = [page.extract_text() for page in print_to_pdf(tmp_path / "ledger.xlsx", tmp_path).pages]
    assert len(pages) == 1
    assert "Remark" in pages[0] and "Page 1 of 1" in pages[0]
    assert all(device.asset_no in pages[0] for device in data.devices)
