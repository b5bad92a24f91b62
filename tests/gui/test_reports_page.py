"""The Reports page: choose the quarterly report, edit the drafted text, generate, see it saved."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.catalogue.reports import REPORTS, SITE_REPORTS, ReportKey, ReportWorkspace
from app.cli import main
from app.domain.county_roles import CountyAction
from app.ui.main_window import MainWindow
from app.ui.pages.reports_page import ReportsPage
from app.ui.report_kinds import REPORT_KINDS
from tests.gui.conftest import screenshot
from tests.gui.test_main_window import visit


def reports(qtbot: QtBot, window: MainWindow) -> ReportsPage:
    visit(qtbot, window, 6)
    page = window.current_page()
    assert isinstance(page, ReportsPage)
    return page


def choose(qtbot: QtBot, page: ReportsPage, report_id: str) -> None:
    row = next(i for i, e in enumerate(REPORT_KINDS) if e.id == report_id)
    view = page.ui.tableView
    rect = view.visualRect(view.model().index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.entry is not None and page.entry.id == report_id


def test_generate_the_quarterly_report_with_edited_text(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    page = reports(qtbot, window)
    assert page.model.rowCount() == len(REPORT_KINDS)
    # The list says in the user's words what each printout holds, not a command line.
    contents = [page.model.index(r, 2).data() for r in range(page.model.rowCount())]
    assert "全部指标与目标对比，分部门统计，附趋势图" in contents
    assert not any("healthroom" in text for text in contents)
    choose(qtbot, page, "quarterly")
    p = page.panel_ui
    # Demo today is 2026-11-16: the last complete quarter is offered.
    assert (p.yearSpin.value(), p.quarterCombo.currentIndex()) == (2026, 2)
    assert p.periodRangeLabel.text() == "2026-07-01 – 2026-09-30"
    assert p.namesCheck.isVisible() and p.xlsxCheck.isVisible()
    editor = page.editors["conclusions"]
    qtbot.waitUntil(lambda: "目标" in editor.toPlainText(), timeout=20_000)  # drafted
    screenshot(window, "reports_quarterly")

    editor.selectAll()
    qtbot.keyClicks(editor, "Participation was good, keep it up.")  # typed over the draft
    p.xlsxCheck.setChecked(True)
    target = tmp_path / "季度参与报告.pdf"
    suggested: list[str] = []
    shown: list[Path] = []
    page.choose_file = lambda name: suggested.append(name) or target  # type: ignore[assignment]
    page.open_pdf = shown.append  # type: ignore[assignment]
    qtbot.mouseClick(p.generateButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shown == [target], timeout=30_000)
    assert suggested == ["季度参与报告_2026Q3.pdf"]
    text = "\n".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Participation was good, keep it up." in text
    assert "还需" not in text.split("结论与建议")[-1]  # the draft was replaced
    assert "2026年第3季度" in text
    book = load_workbook(target.with_suffix(".xlsx"))
    assert "部门" in book.sheetnames
    assert "已保存" in p.statusLabel.text() or str(target) in p.statusLabel.text()


def test_changing_the_period_redrafts_but_keeps_typed_text(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = reports(qtbot, window)
    choose(qtbot, page, "monthly")
    p = page.panel_ui
    assert p.monthCombo.isVisible() and not p.quarterCombo.isVisible()
    assert not p.xlsxCheck.isVisible()  # the monthly report is a PDF only
    plan = page.editors["next_plan"]
    qtbot.waitUntil(lambda: plan.toPlainText() != "", timeout=20_000)
    problems = page.editors["problems"]
    problems.setPlainText("自己写的问题")
    p.monthCombo.setCurrentIndex(8)  # September
    assert p.periodRangeLabel.text() == "2026-09-01 – 2026-09-30"
    qtbot.waitUntil(lambda: "保留" in p.statusLabel.text(), timeout=20_000)
    assert problems.toPlainText() == "自己写的问题"


def test_a_missing_folder_is_explained(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    page = reports(qtbot, window)
    choose(qtbot, page, "annual")
    page.choose_file = lambda _name: tmp_path / "gone" / "a.pdf"  # type: ignore[assignment]
    from PySide6.QtWidgets import QMessageBox

    warnings: list[str] = []
    original = QMessageBox.warning
    QMessageBox.warning = lambda _parent, _title, text: warnings.append(text)  # type: ignore[assignment,method-assign]
    try:
        page.generate()
        qtbot.waitUntil(lambda: bool(warnings), timeout=30_000)
    finally:
        QMessageBox.warning = original  # type: ignore[method-assign]
    assert "文件夹不存在" in warnings[0]
    assert not (tmp_path / "gone").exists()


def test_print_the_equipment_ledger_from_the_reports_page(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    page = reports(qtbot, window)
    choose(qtbot, page, "equipment")
    p = page.panel_ui
    p.xlsxCheck.setChecked(True)
    target = tmp_path / "设备台账.pdf"
    shown: list[Path] = []
    page.choose_file = lambda _name: target  # type: ignore[assignment]
    page.open_pdf = shown.append  # type: ignore[assignment]
    qtbot.mouseClick(p.generateButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shown == [target], timeout=30_000)
    assert "设备台账" in PdfReader(target).pages[0].extract_text()
    assert "设备" in "".join(load_workbook(target.with_suffix(".xlsx")).sheetnames)


def test_print_the_wall_schedule_from_the_reports_page(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    page = reports(qtbot, window)
    choose(qtbot, page, "wall-schedule")
    target = tmp_path / "开放时间表.pdf"
    shown: list[Path] = []
    page.choose_file = lambda _name: target  # type: ignore[assignment]
    page.open_pdf = shown.append  # type: ignore[assignment]
    qtbot.mouseClick(page.panel_ui.generateButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shown == [target], timeout=30_000)
    reader = PdfReader(target)
    assert len(reader.pages) == 1
    assert "开放时间" in reader.pages[0].extract_text()


def test_every_report_of_the_catalogue_is_reachable_from_the_page_and_the_command_line(
    qtbot: QtBot, window: MainWindow, capsys: pytest.CaptureFixture[str]
) -> None:
    """The registry is the catalogue: a report declared there but not wired (no renderer, no
    row, no command, a page that does not exist) fails here."""
    page = reports(qtbot, window)
    listed = [page.model.index(r, 0).data() for r in range(page.model.rowCount())]
    county = [s for s in REPORTS.values() if s.workspace is ReportWorkspace.COUNTY]
    assert county and not any(s.title.zh in listed for s in county)  # not the site's to print
    for spec in SITE_REPORTS:
        module = importlib.import_module(f"app.reports.{spec.module}")
        assert callable(getattr(module, "write_report", None)), spec.key
        assert not spec.sections or callable(getattr(module, "draft_texts", None)), spec.key
        # The Reports page: listed in the user's words, printed there or leading to its page.
        assert spec.title.zh in listed, spec.key
        page = reports(qtbot, window)
        choose(qtbot, page, spec.command)
        p = page.panel_ui
        if spec.printed_from is None:
            assert p.generateButton.isVisible() and not p.goToPageButton.isVisible()
            assert [n for n in page.switches] == [o.name for o in spec.options]
        else:
            assert p.goToPageButton.isVisible() and not p.generateButton.isVisible()
            assert page.switches == {}  # chosen on that page
            assert p.printedFromLabel.text() == spec.printed_from.where.zh
            qtbot.mouseClick(p.goToPageButton, Qt.MouseButton.LeftButton)
            assert window.page_keys[window.ui.navList.currentRow()] == spec.printed_from.page
        # The command line: `healthroom report COMMAND --help` names it and lists its options.
        with pytest.raises(SystemExit) as done:
            main(["--lang", "en", "report", spec.command, "--help"])
        assert done.value.code == 0
        help_text = capsys.readouterr().out
        assert spec.title.en in help_text and "--output" in help_text, spec.key
        for option in spec.options:
            assert f"--{option.name.replace('_', '-')}" in help_text, (spec.key, option.name)


def test_every_county_report_is_printed_through_the_registry_from_the_county_command(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A report of the county workspace is `healthroom county COMMAND`, with its renderer's
    `write_report(workspace, reviewer, request, progress)`; the county window prints it too
    (tests/gui/test_county_window.py)."""
    county = [s for s in REPORTS.values() if s.workspace is ReportWorkspace.COUNTY]
    assert [s.key for s in county] == [ReportKey.COUNTY_SUMMARY]
    for spec in county:
        module = importlib.import_module(f"app.reports.{spec.module}")
        assert callable(getattr(module, "write_report", None)), spec.key
        assert CountyAction(spec.permission)  # a county action, not a site one
        with pytest.raises(SystemExit) as done:
            main(["--lang", "zh", "county", "--help"])
        assert done.value.code == 0
        assert spec.title.zh in capsys.readouterr().out
        with pytest.raises(SystemExit) as done:
            main(["--lang", "en", "county", spec.command, "--help"])
        assert done.value.code == 0
        help_text = capsys.readouterr().out
        assert "--year" in help_text and "--xlsx" in help_text and "--output" in help_text


def test_print_the_check_up_analysis_with_its_workbook_from_the_reports_page(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    page = reports(qtbot, window)
    choose(qtbot, page, "checkup-analysis")
    p = page.panel_ui
    assert p.xlsxCheck.isVisible()
    p.xlsxCheck.setChecked(True)
    screenshot(window, "reports_checkup_analysis")
    target = tmp_path / "体检结果群体分析.pdf"
    shown: list[Path] = []
    page.choose_file = lambda _name: target  # type: ignore[assignment]
    page.open_pdf = shown.append  # type: ignore[assignment]
    qtbot.mouseClick(p.generateButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shown == [target], timeout=30_000)
    assert "体检结果群体分析" in PdfReader(target).pages[0].extract_text().replace(" ", "")
    book = load_workbook(target.with_suffix(".xlsx"))
    assert book.sheetnames[0] == "主要健康问题检出率"
    assert "体检结果群体分析" in str(book.worksheets[0]["A1"].value)
    window.ui.actionEnglish.trigger()
    page = reports(qtbot, window)
    choose(qtbot, page, "checkup-analysis")
    page.panel_ui.xlsxCheck.setChecked(True)
    screenshot(window, "reports_checkup_analysis_en")
