"""Every indicator, printout and the county package on registers Hypothesis generates, from an
empty new site to a dense one (tests/registers.py). None may raise; every PDF passes
`qpdf --check` and says no "None", "nan" or "null"; every rate lies in 0–100 % or is not
applicable; no numerator exceeds its denominator.

The examples per property come from the Hypothesis profile: "ci" (25, the normal run) or
"long" (HYPOTHESIS_PROFILE=long, run by `build_scripts/bench.sh --only registers`).
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import func, select

from app.db.county_models import open_workspace
from app.db.migrate import Database, open_database
from app.db.models import Checkup, HealthFile, UsageVisit
from app.domain.periods import Period, PeriodKind
from app.domain.targets import TargetKind
from app.exchange.checkup_import import import_checkups, parse_checkups
from app.exchange.county_import import import_package
from app.exchange.export_package import export_package
from app.reports import (
    asset_labels,
    checkup_analysis,
    consumables_stock,
    equipment_ledger,
    outreach,
    promotion_plan,
    sign_in_sheet,
    usage_register,
    wall_schedule,
)
from app.reports.annual_report import ANNUAL
from app.reports.cleaning_log import cleaning_log_data, write_cleaning_log
from app.reports.equipment_dataset import label_data, ledger_data
from app.reports.language import ReportLanguage
from app.reports.monthly_report import MONTHLY
from app.reports.period_report import ReportOptions, generate
from app.reports.quarterly_report import QUARTERLY
from app.services import activities
from app.services.checkup_analysis import checkup_analysis as analyse
from app.services.indicators import compute_indicators
from app.services.unit_of_work import read_only
from tests.checkup_files import checkup_rows, people_of, write_checkups_xlsx
from tests.registers import TODAY, History, build, histories
from tests.support import ADMIN, CHAIR

QPDF = shutil.which("qpdf")
# Words a reader should never see: a Python None, a float NaN, a JSON null.
LEAKS = re.compile(r"\bNone\b|\bnan\b|\bNaN\b|\bnull\b")


@pytest.fixture(scope="module")
def empty_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated empty register, copied for every example (migrating each time is slow)."""
    path = tmp_path_factory.mktemp("empty") / "empty.db"
    open_database(path).close()
    return path


# Registers live in memory-backed storage where there is some: a generated register makes a
# few hundred small transactions, each synced to disk (synchronous=FULL) on a real drive.
SCRATCH = "/dev/shm" if Path("/dev/shm").is_dir() else None


@contextmanager
def register(empty_file: Path, history: History) -> Iterator[tuple[Database, Path]]:
    with tempfile.TemporaryDirectory(dir=SCRATCH) as folder:
        shutil.copyfile(empty_file, Path(folder) / "site.db")
        db = open_database(Path(folder) / "site.db")
        try:
            build(db, history)
            yield db, Path(folder)
        finally:
            db.close()


def periods_around(history: History, focus: dt.date) -> list[Period]:
    return [Period.containing(focus, kind) for kind in PeriodKind]


# A day to look at: before the site existed, its first days, any day since, today.
focus_days = st.one_of(st.just(TODAY), st.dates(dt.date(2024, 10, 1), TODAY))


@given(history=histories(), focus=focus_days)
def test_every_indicator_of_a_month_a_quarter_and_a_year(
    empty_file: Path, history: History, focus: dt.date
) -> None:
    with register(empty_file, history) as (db, _folder):
        for period in periods_around(history, focus):
            for result in compute_indicators(db, ADMIN, period, as_of=TODAY).results:
                where = (period.code, result.key.value, result)
                if result.kind is TargetKind.RATE:
                    if result.denominator:
                        assert result.value is not None and 0 <= result.value <= 1, where
                        assert 0 <= result.numerator <= result.denominator, where
                    else:
                        assert result.value is None and result.met is None, where
                else:
                    assert result.value is not None and result.value >= 0, where
                    assert result.numerator >= 0, where


def check_pdf(path: Path) -> str:
    assert path.is_file() and path.stat().st_size > 0, path
    if QPDF:
        done = subprocess.run([QPDF, "--check", str(path)], capture_output=True, text=True)
        assert done.returncode == 0, (path.name, done.stdout[-500:], done.stderr[-500:])
    text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    leak = LEAKS.search(text)
    assert leak is None, (path.name, text[max(0, leak.start() - 80) : leak.end() + 80])
    return text


def check_xlsx(path: Path) -> None:
    workbook = load_workbook(path, read_only=True)
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows(values_only=True):
            for value in row:
                if isinstance(value, str):
                    assert not LEAKS.search(value), (path.name, sheet.title, row)
                if isinstance(value, float):
                    assert value == value, (path.name, sheet.title, row)  # not NaN
    workbook.close()


def every_printout(
    db: Database, out: Path, focus: dt.date, language: ReportLanguage = ReportLanguage.ZH
) -> list[Path]:
    """Every printout of the Reports page and the pages' print buttons, as PDF and .xlsx."""
    zh = language
    written: list[Path] = []
    options = ReportOptions(as_of=TODAY, printed=TODAY, language=language)
    for kind, period_kind in ((MONTHLY, PeriodKind.MONTH), (QUARTERLY, PeriodKind.QUARTER),
                              (ANNUAL, PeriodKind.YEAR)):  # fmt: skip
        period = Period.containing(focus, period_kind)
        xlsx = out / f"{period_kind.value}.xlsx"
        result = generate(kind, db, CHAIR, period, out / f"{period_kind.value}.pdf", xlsx, options)
        written += [result.pdf, *([xlsx] if xlsx.exists() else [])]
    written.append(
        Path(wall_schedule.write_wall_schedule(db, ADMIN, out / "wall.pdf", TODAY, language=zh))
    )
    ledger = ledger_data(db, ADMIN, TODAY)
    written.append(Path(equipment_ledger.write_pdf(out / "ledger.pdf", ledger, zh)))
    written.append(Path(equipment_ledger.write_xlsx(out / "ledger.xlsx", ledger, zh)))
    site, labels = label_data(db, ADMIN)
    if labels:  # the page offers labels only for devices in the room
        written.append(Path(asset_labels.write_pdf(out / "labels.pdf", labels, site, language=zh)))
    month = Period.containing(focus, PeriodKind.MONTH)
    usage_register.export_usage_register(
        db, ADMIN, month.first_day, month.last_day, out / "usage.pdf", out / "usage.xlsx", zh
    )
    written += [out / "usage.pdf", out / "usage.xlsx"]
    written.append(Path(usage_register.export_blank_register(db, out / "blank.pdf", 1, zh)))
    for activity in activities.list_activities(db, ADMIN)[:2]:
        path = out / f"sign-in-{activity.id}.pdf"
        written.append(
            Path(sign_in_sheet.write_sign_in_sheet(db, ADMIN, activity.id, path, language=zh))
        )
    for year in sorted({focus.year, TODAY.year}):
        written.append(
            Path(
                promotion_plan.write_promotion_plan(
                    db, ADMIN, year, out / f"plan-{year}.pdf", language=zh
                )
            )
        )
        written.append(
            Path(outreach.write_outreach_pdf(db, ADMIN, year, TODAY, out / f"out-{year}.pdf", zh))
        )
        written.append(
            Path(outreach.write_outreach_xlsx(db, ADMIN, year, TODAY, out / f"out-{year}.xlsx", zh))
        )
    written.append(
        checkup_analysis.write_checkup_analysis(
            db, ADMIN, focus.year, out / "checkups.pdf", today=TODAY
        )
    )
    stock = consumables_stock.stock_sheet_data(db, ADMIN, TODAY)
    written.append(Path(consumables_stock.write_pdf(out / "stock.pdf", stock, zh)))
    log = cleaning_log_data(db, ADMIN, month.year, month.number, TODAY)
    written.append(write_cleaning_log(out / "cleaning.pdf", log, language=zh))
    written.append(write_cleaning_log(out / "cleaning-blank.pdf", log, blank=True, language=zh))
    return written


@given(history=histories(), focus=focus_days)
def test_every_printout(empty_file: Path, history: History, focus: dt.date) -> None:
    with register(empty_file, history) as (db, folder):
        out = folder / "printouts"
        out.mkdir()
        for path in every_printout(db, out, focus):
            if path.suffix == ".pdf":
                check_pdf(path)
            else:
                check_xlsx(path)
        left = [p.name for p in out.iterdir() if p.name.startswith(".") or ".tmp" in p.name]
        assert not left, left  # no temporary file left behind


@given(
    history=histories(),
    share=st.floats(0, 1),
    seed=st.integers(0, 1000),
    on=st.dates(dt.date(2025, 1, 1), TODAY),
)
def test_the_hospitals_check_ups_imported_and_analysed(
    empty_file: Path, history: History, share: float, seed: int, on: dt.date
) -> None:
    """Any share of the roster examined on any day: every row is stored or listed as left
    out, never a visit, the files take the date, and the analysis counts what was stored."""
    with register(empty_file, history) as (db, folder):
        people = people_of(db.path)
        examined = people[: round(len(people) * share)]
        rows = checkup_rows(examined, on=on, seed=seed)
        visits = _count(db, UsageVisit)
        parsed = parse_checkups(write_checkups_xlsx(folder / "checkups.xlsx", rows))
        result = import_checkups(db, ADMIN, parsed, TODAY)
        assert not result.errors, result.errors[:3]
        assert len(result.planned) + len(result.skipped) == len(rows) + 1  # and the totals
        assert result.applied is bool(result.planned)
        assert _count(db, Checkup) == len(result.planned)
        assert _count(db, UsageVisit) == visits
        with read_only(db) as session:
            dated = session.scalar(
                select(func.count())
                .select_from(HealthFile)
                .where(HealthFile.last_checkup_date == on)
            )
        assert dated == len(result.planned)
        data = analyse(db, ADMIN, on.year)
        assert data.people == len(result.planned)
        for row in data.conditions:
            assert 0 <= row.ratio.numerator <= row.ratio.denominator <= data.people
            assert sum(g.ratio.denominator for g in row.by_sex) == row.ratio.denominator
        check_pdf(checkup_analysis.write_checkup_analysis(db, ADMIN, on.year, folder / "a.pdf"))


def _count(db: Database, model: type[Checkup] | type[UsageVisit]) -> int:
    with read_only(db) as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


@given(history=histories(), focus=focus_days)
def test_the_county_package_and_its_import(
    empty_file: Path, history: History, focus: dt.date
) -> None:
    period = Period.containing(focus, PeriodKind.QUARTER)
    with register(empty_file, history) as (db, folder):
        usb = folder / "usb"
        usb.mkdir()
        package = export_package(db, ADMIN, period, usb, as_of=TODAY)
        workspace = open_workspace(folder / "county.db")
        try:
            outcome = import_package(workspace, package.path, accept_new_key=True)
        finally:
            workspace.close()
        assert outcome.status == "imported", outcome
        assert (outcome.site_code, outcome.period) == ("130900-0001", period.code)


def test_qpdf_is_there_to_check_the_pdfs() -> None:
    """CI installs qpdf (build_scripts/setup.sh); without it the PDF structure goes unchecked."""
    if QPDF is None:
        pytest.skip("qpdf is not installed: PDFs are checked by reading them back only")
    assert subprocess.run([QPDF, "--version"], capture_output=True).returncode == 0
