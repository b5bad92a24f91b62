"""The start-up window comes before the heavy imports: keep that path light."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.ui.splash import create_application, show_splash
from tests.gui.conftest import screenshot

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("sqlalchemy", "alembic", "reportlab", "openpyxl", "pypinyin", "app.services", "app.db")


def test_what_runs_before_the_start_up_window_imports_nothing_heavy() -> None:
    probe = (
        "import sys, app.launch, app.ui.splash; "
        "print(sorted({m.split('.')[0] if not m.startswith('app.') else '.'.join(m.split('.')[:2])"
        " for m in sys.modules}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True
    )
    loaded = result.stdout
    for heavy in HEAVY:
        assert f"'{heavy}'" not in loaded, heavy


def test_start_up_window_shows_icon_name_and_version(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    create_application()
    splash = show_splash(app)
    qtbot.addWidget(splash)
    assert splash.isVisible()
    picture = screenshot(splash, "start_up_window")
    assert picture.stat().st_size > 5_000
    splash.close()
