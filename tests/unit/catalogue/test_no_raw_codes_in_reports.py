"""No printout shows a code where a word belongs: every declared code is worded."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import load_workbook
from pypdf import PdfReader

from app.catalogue.readings import ReadingType as R
from app.db.migrate import Database
from app.domain.periods import Period, PeriodKind
from app.reports.language import ReportLanguage
from app.reports.monthly_report import MONTHLY
from app.reports.period_report import ReportOptions, generate
from app.reports.quarterly_report import QUARTERLY
from app.reports.usage_register import export_usage_register
from app.services import visit_entry
from app.services.visit_entry import VisitInput
from tests.support import ADMIN, CHAIR, DEMO_TODAY
from tests.unit.catalogue.raw_codes import raw_codes_in


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def workbook_text(path: Path) -> list[str]:
    book = load_workbook(path, read_only=True)
    return [
        str(cell)
        for sheet in book
        for row in sheet.iter_rows(values_only=True)
        for cell in row
        if cell is not None
    ]


def test_the_usage_register_and_the_period_reports_word_every_code(
    demo_db: Database, tmp_path: Path
) -> None:
    # A visit with every kind of reading, abnormal ones among them, in the register's period.
    visit_entry.record_visit(
        demo_db,
        ADMIN,
        VisitInput(
            visitor_name="王芳",
            visited_at=dt.datetime.combine(DEMO_TODAY - dt.timedelta(days=2), dt.time(9, 30)),
            readings={
                R.SYSTOLIC: 150, R.DIASTOLIC: 95, R.PULSE: 110, R.GLUCOSE_FASTING: 6.5,
                R.HEIGHT: 160, R.WEIGHT: 80, R.BODY_FAT: 30, R.WAIST: 92, R.HIP: 96,
                R.SPO2: 93, R.TEMPERATURE: 37.8,
            },
            entered_late=True,
        ),
    )  # fmt: skip
    start, end = DEMO_TODAY - dt.timedelta(days=20), DEMO_TODAY - dt.timedelta(days=1)
    for language in ReportLanguage:
        register = tmp_path / f"register_{language}.pdf"
        export_usage_register(
            demo_db, CHAIR, start, end, register, tmp_path / f"register_{language}.xlsx",
            language=language,
        )  # fmt: skip
        texts = [pdf_text(register), *workbook_text(tmp_path / f"register_{language}.xlsx")]
        if language is ReportLanguage.ZH:
            joined = texts[0].replace("\n", "")  # a cell may wrap inside a word
            assert "腰臀比" in joined and "体重指数" not in joined
        for kind, period in (
            (MONTHLY, Period.containing(DEMO_TODAY, PeriodKind.MONTH).previous()),
            (QUARTERLY, Period.containing(DEMO_TODAY, PeriodKind.QUARTER).previous()),
        ):
            out = generate(
                kind, demo_db, CHAIR, period, tmp_path / f"{period}_{language}.pdf",
                tmp_path / f"{period}_{language}.xlsx", ReportOptions(language=language),
            )  # fmt: skip
            texts.append(pdf_text(out.pdf))
            if out.xlsx is not None:
                texts.extend(workbook_text(out.xlsx))
        # English words may read like a code ("high", "low"): only the Chinese output proves
        # that nothing was left as a code; in English, codes with "_" must not appear.
        found = raw_codes_in(texts)
        if language is ReportLanguage.EN:
            found = {code for code in found if "_" in code}
        assert not found, (language, found)


def test_the_finder_sees_a_code_as_a_whole_word_only() -> None:
    assert raw_codes_in(["腰臀比 0.91；waist_hip_ratio 0.91", "BMI 24", "hipster"]) == {
        "waist_hip_ratio"
    }


def test_the_equipment_stock_plan_and_annual_printouts_word_every_code(
    demo_file: Path, tmp_path: Path
) -> None:
    """The printouts whose code words lived in their own tables until the catalogue held them:
    the equipment ledger, the consumables stock sheet, the promotion plan, the annual summary."""
    from app.cli import main

    db = tmp_path / "demo.db"
    db.write_bytes(demo_file.read_bytes())
    base = ["--db", str(db), "--user", "chair", "report"]
    runs = {
        "equipment": ["equipment", "-o", str(tmp_path / "ledger.pdf"),
                      "--xlsx", str(tmp_path / "ledger.xlsx")],
        "stock": ["stock-sheet", "-o", str(tmp_path / "stock.pdf")],
        "plan": ["plan", "--year", "2026", "-o", str(tmp_path / "plan.pdf")],
        "annual": ["annual", "--year", "2026", "-o", str(tmp_path / "annual.pdf"),
                   "--xlsx", str(tmp_path / "annual.xlsx")],
    }  # fmt: skip
    texts: list[str] = []
    for name, args in runs.items():
        assert main([*base, *args]) == 0, name
        texts.append(pdf_text(Path(args[args.index("-o") + 1])))
        if "--xlsx" in args:
            texts += workbook_text(Path(args[args.index("--xlsx") + 1]))
    joined = "\n".join(texts)
    assert "设备台账" in joined and "血糖仪试纸" in joined and "工会资产" in joined
    assert not raw_codes_in(texts), raw_codes_in(texts)
