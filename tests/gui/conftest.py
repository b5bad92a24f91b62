"""GUI fixtures: the real main window on a real (demo) database, offscreen."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.db.migrate import Database
from app.ui.app import build_window, create_application
from app.ui.context import AppContext
from app.ui.i18n import Language, Translations
from app.ui.main_window import MainWindow
from tests.support import DEMO_TODAY

SCREENSHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"


@pytest.fixture(scope="session")
def qapp_cls() -> type[QApplication]:
    return QApplication


@pytest.fixture
def translations(qapp: QApplication) -> Iterator[Translations]:
    create_application()  # font, names: as the real program starts
    translations = Translations(qapp)
    translations.apply(Language.CHINESE)
    yield translations
    translations.apply(Language.CHINESE)


def open_window(qtbot: QtBot, db: Database, translations: Translations) -> MainWindow:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window = build_window(app, db, translations)
    window.context = AppContext(db=db, actor=window.context.actor, today=lambda: DEMO_TODAY)
    for page in window.pages.built().values():  # the others are built with window.context
        page.context = window.context
    qtbot.addWidget(window)
    window.resize(1280, 800)
    with qtbot.waitSignal(window.first_page_filled):  # the first page fills just after show
        window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def window(qtbot: QtBot, demo_db: Database, translations: Translations) -> MainWindow:
    return open_window(qtbot, demo_db, translations)


def screenshot(widget: object, name: str) -> Path:
    QApplication.processEvents()  # let pending layout requests settle, as on a real screen
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    assert widget.grab().save(str(path))  # type: ignore[attr-defined]
    return path


@pytest.fixture(autouse=True)
def settle_background_work() -> Iterator[None]:
    """After each test: let pool workers finish, then collect garbage while none runs.

    Widgets of a finished test are deleted by Qt; collecting their Python wrappers while a
    pool thread of the next test is busy crashed the interpreter now and then.
    """
    yield
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone(60_000)
    QApplication.processEvents()
    gc.collect()
