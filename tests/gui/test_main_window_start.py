"""The way to the main window stays light: no report machinery at import, pages built on first
visit, the first page filled just after the window is painted, today's backup in the background.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from app.services import backups
from app.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
# Loaded when someone prints, exports, imports a spreadsheet, previews a PDF, opens a chart or
# saves a name (pinyin) — never to open the window.
HEAVY = (
    "reportlab",
    "openpyxl",
    "PySide6.QtCharts",
    "PySide6.QtPrintSupport",
    "pypdfium2",
    "pypdf",
    "pypinyin",
    "alembic",  # the database is opened at its head revision without it
    "app.reports.pdf",  # the PDF renderers
    "app.reports.xlsx.workbook",
    "app.exchange.export_package",
    "app.exchange.county_import",
)
PAGE_MODULES = (
    "app.ui.pages.overview_page",
    "app.ui.pages.equipment_page",
    "app.ui.pages.usage_page",
    "app.ui.pages.staff_page",
    "app.ui.pages.open_hours_page",
    "app.ui.pages.activities_page",
    "app.ui.pages.reports_page",
    "app.ui.pages.exchange_page",
    "app.ui.pages.audit_page",
)


def heavy_after_importing(*modules: str) -> list[str]:
    """The HEAVY modules a fresh interpreter holds after importing `modules`."""
    probe = (
        "import importlib, json, sys\n"
        f"for name in {list(modules)!r}:\n"
        "    importlib.import_module(name)\n"
        f"heavy = {list(HEAVY)!r}\n"
        "print(json.dumps(sorted(h for h in heavy"
        " if any(m == h or m.startswith(h + '.') for m in sys.modules))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True
    )
    found: list[str] = json.loads(result.stdout.strip().splitlines()[-1])
    return found


def test_the_window_and_its_pages_import_no_report_chart_or_spreadsheet_machinery() -> None:
    # What runs from the start-up window to the main window with its first page…
    assert heavy_after_importing("app.ui.app", "app.ui.main_window") == []
    # … and every page (built when first visited): their printing, import and chart
    # dialogs are imported by the action that opens them.
    assert heavy_after_importing(*PAGE_MODULES) == []


def test_pages_are_built_when_first_visited(qtbot: QtBot, window: MainWindow) -> None:
    assert set(window.pages.built()) == {"overview"}
    assert window.current_page().model.rowCount() > 0  # filled just after the first paint
    window.ui.navList.setCurrentRow(window.page_keys.index("usage"))
    assert set(window.pages.built()) == {"overview", "usage"}
    usage = window.current_page()
    assert usage is window.pages["usage"] and usage.ui.tableView.model().rowCount() > 0
    staff = window.pages["staff"]  # asked for by key: built then, filled when shown
    assert window.ui.pageStack.indexOf(staff) >= 0 and len(window.pages) == 9


def test_todays_backup_is_made_in_the_background_once(qtbot: QtBot, window: MainWindow) -> None:
    db = window.context.db
    assert backups.daily_backup_due(db, window.backups.now())
    task = window.backups.start_daily_backup()
    assert task is not None
    assert window.backups.start_daily_backup() is None  # one at a time
    window.backups.wait_for_daily_backup()
    qtbot.waitUntil(lambda: not window.backups.tasks)
    made = backups.list_automatic_backups(db)
    assert [b.reason for b in made] == ["daily"] and made[0].size > 0
    assert window.backups.start_daily_backup() is None  # done for today


def test_a_window_without_the_main_windows_signals_is_announced_after_its_show() -> None:
    # The county window is armed without "painted"/"first page filled" signals.
    probe = (
        "from PySide6.QtWidgets import QApplication, QMainWindow\n"
        "from app.ui import smoke\n"
        "app = QApplication([])\n"
        "window = QMainWindow()\n"
        "window.show()\n"
        "smoke.arm(app, window)\n"
        "raise SystemExit(app.exec())\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HEALTHROOM_EXIT_AFTER_MS": "50"}
    result = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert "main window shown" in result.stderr and "first page filled" in result.stderr
