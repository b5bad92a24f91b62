"""文件 → 打开数据库…: another register opens with the sign-in and checks of the start; the
window it came from is backed up and closed. (The menu item was always greyed out.)"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.db.county_models import open_workspace
from app.services import login
from app.ui import app as program
from app.ui.dialogs.accounts.login_dialog import LoginDialog
from app.ui.dialogs.setup.first_run_dialog import FirstRunDialog
from app.ui.i18n import Translations
from app.ui.main_window import MainWindow
from tests.gui.conftest import screenshot
from tests.gui.test_open_hours_page import when_shown


@pytest.fixture
def first_window(
    qtbot: QtBot, tmp_path: Path, demo_file: Path, translations: Translations
) -> Iterator[MainWindow]:
    shutil.copyfile(demo_file, tmp_path / "site-a.db")
    session = login.open_as(tmp_path / "site-a.db", "chair", "demo1234")
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window = program.start_window(app, session, translations)
    qtbot.addWidget(window)
    yield window
    while program._windows:  # as the program does on its way out
        program.close_session(program._windows.pop())


def answered(texts: list[str]) -> None:
    """Note the text of the next message box and close it."""

    def close(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        texts.append(box.text())
        box.accept()

    when_shown(QMessageBox, close)


def test_open_another_register_signs_in_and_replaces_the_window(
    qtbot: QtBot, tmp_path: Path, first_window: MainWindow
) -> None:
    assert first_window.ui.actionOpenDatabase.isEnabled()
    other = tmp_path / "site-b.db"
    created, _key = login.create_encrypted(other, "wang", "secret123", "王芳")
    created.db.close()

    def sign_in(dialog: QWidget) -> None:
        assert isinstance(dialog, LoginDialog)
        screenshot(dialog, "open-register-sign-in")
        qtbot.keyClicks(dialog.ui.usernameEdit, "wang")
        qtbot.keyClicks(dialog.ui.passwordEdit, "wrong-one")
        dialog.sign_in()
        assert dialog.isVisible()  # a wrong password is refused as at start
        dialog.ui.passwordEdit.clear()
        qtbot.keyClicks(dialog.ui.passwordEdit, "secret123")
        dialog.sign_in()

    when_shown(LoginDialog, sign_in)
    when_shown(FirstRunDialog, lambda dialog: dialog.reject())  # an empty register asks
    new = program.open_another(first_window, other)
    assert new is not None and new is not first_window
    qtbot.addWidget(new)
    assert new.context.db.path == other and new.context.actor.username == "wang"
    assert not first_window.isVisible()
    assert program._windows == [new]
    assert new.ui.actionOpenDatabase.isEnabled()


def test_what_is_not_a_register_is_refused_and_the_window_stays(
    tmp_path: Path, first_window: MainWindow
) -> None:
    texts: list[str] = []
    workspace = open_workspace(tmp_path / "county.db")
    workspace.close()
    answered(texts)
    assert program.open_another(first_window, tmp_path / "county.db") is None
    assert "是县级工作区，不是单位台账" in texts[-1]

    foreign = tmp_path / "notes.db"
    foreign.write_bytes(b"not a database at all, just some bytes" * 100)
    answered(texts)
    assert program.open_another(first_window, foreign) is None
    assert str(foreign) in texts[-1] and "不是本程序的台账" in texts[-1]
    assert foreign.exists()  # left where it was, not moved away as a damaged register

    answered(texts)
    assert program.open_another(first_window, first_window.context.db.path) is None
    assert texts[-1].endswith("就是当前打开的台账。")
    assert program._windows == [first_window] and first_window.isVisible()
