"""体检结果群体分析: counts checked against the hospital's sheet itself, the year before, small
groups without a rate, and a PDF with the Chinese text, its fonts and no names."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select

from app.catalogue.checkups import CheckupCondition, CheckupItem
from app.catalogue.reports import ReportKey
from app.cli import main
from app.db.migrate import Database
from app.db.models import Staff
from app.domain.periods import Period
from app.exchange.checkup_import import import_checkups, parse_checkups
from app.reports.checkup_analysis import write_checkup_analysis
from app.reports.language import ReportLanguage
from app.reports.request import ReportRequest, write_report
from app.services.actor import PermissionDenied
from app.services.checkup_analysis import MIN_GROUP, checkup_analysis
from app.services.unit_of_work import read_only
from tests.checkup_files import HEADER, Person, checkup_rows, write_checkups_xlsx
from tests.support import ADMIN, TECH
from tests.unit.reports.test_activity_reports import embedded_fonts

TODAY = dt.date(2026, 11, 16)


def _people(db: Database, count: int) -> list[Person]:
    with read_only(db) as session:
        return [
            Person(s.employee_no, s.name, s.sex, s.birth_date, s.id_number, s.department.name)
            for s in session.scalars(select(Staff).order_by(Staff.id).limit(count))
        ]


@pytest.fixture
def imported(demo_db: Database, tmp_path: Path) -> tuple[Database, list[list[object]]]:
    people = _people(demo_db, 80)
    last_year = checkup_rows(people[:50], on=dt.date(2025, 6, 3), seed=3)
    this_year = checkup_rows(people, on=dt.date(2026, 5, 12), seed=4)
    for rows, name in ((last_year, "2025.xlsx"), (this_year, "2026.xlsx")):
        path = write_checkups_xlsx(tmp_path / name, rows, HEADER)
        assert import_checkups(demo_db, ADMIN, parse_checkups(path), TODAY).applied
    return demo_db, this_year


def _high_pressure(row: list[object]) -> bool:
    systolic, diastolic = (int(x) for x in str(row[HEADER.index("血压(mmHg)")]).split("/"))
    return systolic >= 140 or diastolic >= 90


def test_prevalence_matches_the_sheet_and_compares_with_last_year(
    imported: tuple[Database, list[list[object]]],
) -> None:
    db, rows = imported
    data = checkup_analysis(db, ADMIN, 2026)
    assert (data.people, data.people_last_year) == (80, 50)
    assert data.first_date == data.last_date == dt.date(2026, 5, 12)
    pressure = next(c for c in data.conditions if c.condition is CheckupCondition.HYPERTENSION)
    assert pressure.ratio.denominator == 80
    assert pressure.ratio.numerator == sum(_high_pressure(r) for r in rows)
    assert pressure.last_year.denominator == 50
    assert sum(g.ratio.denominator for g in pressure.by_department) == 80
    assert sum(g.ratio.numerator for g in pressure.by_sex) == pressure.ratio.numerator
    assert [g.group for g in pressure.by_age] == sorted(
        (g.group for g in pressure.by_age), key=["<30", "30–39", "40–49", "50–59", "≥60"].index
    )
    hba1c = next(i for i in data.items if i.item is CheckupItem.HBA1C)
    assert hba1c.tested == sum(1 for r in rows if r[HEADER.index("糖化血红蛋白(%)")] != "未查")
    cholesterol = next(i for i in data.items if i.item is CheckupItem.TOTAL_CHOLESTEROL)
    column = HEADER.index("总胆固醇")
    assert cholesterol.abnormal == sum(1 for r in rows if float(str(r[column]).strip("↑")) > 5.2)
    assert all(
        not g.shown
        for c in data.conditions
        for g in c.by_department
        if g.ratio.denominator < MIN_GROUP
    )


def test_the_printout_in_both_languages_names_nobody(
    imported: tuple[Database, list[list[object]]], tmp_path: Path
) -> None:
    db, rows = imported
    zh = write_checkup_analysis(db, ADMIN, 2026, tmp_path / "分析.pdf", today=TODAY)
    reader = PdfReader(zh)
    text = "".join(page.extract_text() for page in reader.pages)
    compact = text.replace(" ", "").replace("\n", "")
    assert "2026年度职工体检结果群体分析" in compact
    assert "血脂异常" in compact and "按年龄段" in compact and "上年检出率" in compact
    assert "80名职工参加体检" in compact
    names = {str(r[1]) for r in rows}
    assert not any(name in compact for name in names if len(name) >= 2)
    fonts = embedded_fonts(reader)
    assert fonts and all(fonts.values()), fonts
    en = write_checkup_analysis(
        db, ADMIN, 2026, tmp_path / "analysis.pdf", ReportLanguage.EN, TODAY
    )
    english = "".join(page.extract_text() for page in PdfReader(en).pages)
    assert "Check-up group analysis 2026" in english and "Dyslipidaemia" in english


def test_a_year_without_check_ups_says_how_to_import_them(
    demo_db: Database, tmp_path: Path
) -> None:
    data = checkup_analysis(demo_db, ADMIN, 2024)
    assert data.people == 0 and data.items == ()
    assert all(c.ratio.value is None for c in data.conditions)
    pdf = write_checkup_analysis(demo_db, ADMIN, 2024, tmp_path / "x.pdf", today=TODAY)
    text = "".join(p.extract_text() for p in PdfReader(pdf).pages).replace(" ", "")
    assert "导入体检结果" in text


def test_technicians_may_not_read_it(demo_db: Database) -> None:
    with pytest.raises(PermissionDenied):
        checkup_analysis(demo_db, TECH, 2026)


def test_the_personal_record_shows_the_persons_check_ups_side_by_side(
    imported: tuple[Database, list[list[object]]], tmp_path: Path
) -> None:
    from app.reports.personal_record import export_personal_record

    db, rows = imported
    first = rows[0]
    with read_only(db) as session:
        staff_id = session.scalar(select(Staff.id).where(Staff.id_number == first[4]))
    assert staff_id is not None
    path = export_personal_record(db, ADMIN, staff_id, tmp_path / "r.pdf", today=TODAY)
    text = "".join(p.extract_text() for p in PdfReader(path).pages).replace(" ", "")
    assert "合作医院体检结果" in text
    assert "2026-05-12" in text and "2025-06-03" in text  # this year's beside last year's
    assert "总胆固醇" in text and "肌酐" in text and "心电图" in text
    assert str(first[1]) in text  # the person's own record, named


def _sheet_rows(path: Path, title: str) -> list[tuple[object, ...]]:
    """The data rows under a sheet's header (the rows after the header row)."""
    sheet = load_workbook(path)[title]
    rows = list(sheet.iter_rows(values_only=True))
    header = next(i for i, row in enumerate(rows) if row[0] in ("健康问题", "分组", "项目"))
    return rows[header + 1 :]


@pytest.fixture
def with_a_small_department(
    demo_db: Database, tmp_path: Path
) -> tuple[Database, list[list[object]]]:
    """This year's check-ups of everyone but one department, of which only two were examined."""
    people = _people(demo_db, 150)
    by_department: dict[str, list[Person]] = {}
    for person in people:
        by_department.setdefault(person.department, []).append(person)
    few = next(d for d, members in by_department.items() if len(members) >= MIN_GROUP)
    chosen = [p for p in people if p.department != few] + by_department[few][: MIN_GROUP - 1]
    rows = checkup_rows(chosen, on=dt.date(2026, 5, 12), seed=5)
    path = write_checkups_xlsx(tmp_path / "2026.xlsx", rows, HEADER)
    assert import_checkups(demo_db, ADMIN, parse_checkups(path), TODAY).applied
    return demo_db, rows


def test_the_workbook_holds_the_pdfs_dataset_with_rates_and_no_names(
    with_a_small_department: tuple[Database, list[list[object]]], tmp_path: Path
) -> None:
    """Written through the registry (the Reports page and `report checkup-analysis` path), read
    back with openpyxl: each figure equals the dataset the PDF prints."""
    db, rows = with_a_small_department
    pdf, xlsx = tmp_path / "分析.pdf", tmp_path / "分析.xlsx"
    request = ReportRequest(pdf, xlsx, period=Period.of_year(2026), as_of=TODAY)
    assert write_report(ReportKey.CHECKUP_ANALYSIS, db, ADMIN, request) == pdf
    data = checkup_analysis(db, ADMIN, 2026)
    book = load_workbook(xlsx)
    assert book.sheetnames == [
        "主要健康问题检出率",
        "按部门",
        "按年龄段",
        "按性别",
        "各检查项目异常情况",
    ]
    prevalence = _sheet_rows(xlsx, "主要健康问题检出率")
    assert len(prevalence) == len(data.conditions)
    for got, row in zip(prevalence, data.conditions, strict=True):
        assert got[2:4] == (row.ratio.numerator, row.ratio.denominator)
        assert got[4] == pytest.approx(row.ratio.value)
        assert got[5] == pytest.approx(row.last_year.value)
    rate_cell = book["主要健康问题检出率"].cell(4, 5)  # two title lines, the header, a row
    assert rate_cell.number_format == "0.0%"
    for sheet, kind in (("按部门", "by_department"), ("按年龄段", "by_age"), ("按性别", "by_sex")):
        groups = _sheet_rows(xlsx, sheet)
        for n, condition in enumerate(data.conditions):
            for got, group in zip(groups, getattr(condition, kind), strict=True):
                found, tested, rate = got[1 + 3 * n : 4 + 3 * n]
                if group.shown:
                    assert (found, tested) == (group.ratio.numerator, group.ratio.denominator)
                    assert rate == pytest.approx(group.ratio.value)
                else:  # a small group: neither its counts nor its rate
                    assert found is None and rate is None and tested == f"<{MIN_GROUP}人"
    small = [g for c in data.conditions for g in (*c.by_department, *c.by_age, *c.by_sex)]
    assert any(not g.shown for g in small)  # the small-group rule was put to the test
    items = _sheet_rows(xlsx, "各检查项目异常情况")
    assert [(r[3], r[4], r[5], r[6]) for r in items] == [
        (i.tested, i.abnormal, i.high, i.low) for i in data.items
    ]
    cells = {str(v) for s in book.worksheets for r in s.iter_rows(values_only=True) for v in r}
    names = {str(r[1]) for r in rows if len(str(r[1])) >= 2}
    assert not any(name in cell for cell in cells for name in names)
    setup = book["按部门"].page_setup
    assert str(setup.paperSize) == book["按部门"].PAPERSIZE_A4 and setup.fitToWidth == 1


def test_the_workbook_alone_in_english_from_the_command_line(
    imported: tuple[Database, list[list[object]]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    db, _rows = imported
    target = tmp_path / "analysis.xlsx"
    monkeypatch.setenv("HEALTHROOM_PASSWORD", "demo1234")
    command = ["--lang", "en", "--db", str(db.path), "--user", "admin", "report"]
    options = ["checkup-analysis", "--year", "2026", "-o", str(target), "--language", "en"]
    assert main([*command, *options]) == 0
    assert f"written: {target}" in capsys.readouterr().out
    assert not target.with_suffix(".pdf").exists()
    book = load_workbook(target)
    assert book.sheetnames[0] == "Prevalence of the main findings"
    assert book.worksheets[0]["A1"].value == "Check-up group analysis 2026"
    # A report without a workbook of its own refuses an .xlsx target (a usage error).
    with pytest.raises(SystemExit) as refused:
        main(["--db", str(db.path), "report", "monthly", "--month", "2026-10", "-o", "m.xlsx"])
    assert refused.value.code == 2
