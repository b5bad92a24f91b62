"""Before the window: the chair's account on first run, the recovery key, sign-in with lockout,
and a damaged database at start."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.catalogue.codes import Role
from app.db.keyfile import key_file_path
from app.db.migrate import open_database
from app.db.models import UsageVisit
from app.services import accounts, backups, login
from app.services.actor import Actor
from app.services.unit_of_work import read_only, unit_of_work
from app.ui.dialogs.accounts.create_chair_dialog import CreateChairDialog
from app.ui.dialogs.accounts.login_dialog import LoginDialog
from app.ui.dialogs.accounts.recovery_key_dialog import RecoveryKeyDialog
from app.ui.i18n import Translations
from app.ui.start import open_session
from tests.gui.conftest import screenshot


def when_shown(kind: type[QWidget], act: Callable[..., None]) -> None:
    """Act on the modal dialog of `kind` as soon as it is open."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            act(dialog)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(20, poll)


class FakeClock:
    def __init__(self) -> None:
        self.now = dt.datetime(2026, 11, 16, 9, 0)

    def __call__(self) -> dt.datetime:
        return self.now


def ok(dialog: QWidget) -> None:
    box = dialog.ui.buttonBox  # type: ignore[attr-defined]
    box.button(QDialogButtonBox.StandardButton.Ok).click()


def test_first_run_makes_the_chair_shows_the_recovery_key_once_and_signs_in(
    qtbot: QtBot, tmp_path: Path, translations: Translations
) -> None:
    path = tmp_path / "room.db"
    shown_key: list[str] = []

    def keep_key(dialog: RecoveryKeyDialog) -> None:
        screenshot(dialog, "recovery_key_dialog")
        assert not dialog.ok_button.isEnabled()  # not before the chair confirms keeping it
        shown_key.append(dialog.recovery_key)
        assert dialog.recovery_key.split("-")[0] in dialog.ui.keyLabel.text()
        dialog.ui.keptCheck.click()
        dialog.ok_button.click()

    def fill(dialog: CreateChairDialog) -> None:
        qtbot.keyClicks(dialog.ui.usernameEdit, "zhang")
        dialog.ui.displayNameEdit.insert("张建国")
        qtbot.keyClicks(dialog.ui.passwordEdit, "secret123")
        qtbot.keyClicks(dialog.ui.confirmEdit, "secret124")
        ok(dialog)
        assert dialog.ui.errorLabel.text() == "两次输入的密码不一致。"
        assert dialog.isVisible() and not path.exists()
        dialog.ui.confirmEdit.clear()
        qtbot.keyClicks(dialog.ui.confirmEdit, "secret123")
        screenshot(dialog, "create_chair_dialog")
        when_shown(RecoveryKeyDialog, keep_key)
        ok(dialog)

    when_shown(CreateChairDialog, fill)
    session = open_session(path)
    assert session is not None
    assert session.actor == Actor("zhang", Role.CHAIR)
    assert session.db.encrypted and key_file_path(path).exists()
    assert shown_key and shown_key[0] not in key_file_path(path).read_text()
    session.db.close()
    # The recovery key opens the database on its own.
    recovered = login.open_with_recovery_key(path, shown_key[0], "zhang", "another-1")
    recovered.db.close()


def test_sign_in_locks_after_five_wrong_passwords_for_ten_minutes(
    qtbot: QtBot, tmp_path: Path, translations: Translations
) -> None:
    path = tmp_path / "room.db"
    created, _key = login.create_encrypted(path, "zhang", "secret123")
    accounts.create_user(created.db, created.actor, "li", Role.ADMIN, "admin-pass1")
    created.db.close()
    clock = FakeClock()
    messages: list[str] = []

    def attempt(dialog: LoginDialog, password: str) -> None:
        dialog.ui.passwordEdit.clear()
        qtbot.keyClicks(dialog.ui.passwordEdit, password)
        ok(dialog)
        messages.append(dialog.ui.messageLabel.text())

    def sign(dialog: LoginDialog) -> None:
        qtbot.keyClicks(dialog.ui.usernameEdit, "li")
        for _ in range(5):
            attempt(dialog, "wrong-pass")
        screenshot(dialog, "login_dialog_locked")
        attempt(dialog, "admin-pass1")  # the right one, but locked
        assert dialog.isVisible()
        clock.now += dt.timedelta(minutes=10)
        attempt(dialog, "admin-pass1")

    when_shown(LoginDialog, sign)
    session = open_session(path, now=clock)
    assert session is not None and session.actor == Actor("li", Role.ADMIN)
    # One answer for every wrong try: no count that would tell the name exists.
    assert messages[0] == "用户名或密码错误。连续输错 5 次密码，账户将锁定 10 分钟。"
    assert messages[3] == messages[0]
    assert "09:10" in messages[4] and "锁定" in messages[4]
    assert "09:10" in messages[5]
    session.db.close()


def test_a_damaged_database_is_moved_aside_and_the_newest_good_backup_offered(
    qtbot: QtBot, tmp_path: Path, translations: Translations
) -> None:
    path = tmp_path / "room.db"
    created, _key = login.create_encrypted(path, "zhang", "secret123")
    with unit_of_work(created.db) as s:
        for minute in range(30):
            at = dt.datetime(2026, 11, 16, 9, minute)
            s.add(UsageVisit(visited_at=at, visitor_name="访客"))
    backups.automatic_backup(created.db, "close")
    created.db.close()
    with open(path, "r+b") as handle:  # a crash or a bad disk: the file loses its tail
        handle.truncate(os.path.getsize(path) // 3)
    questions: list[str] = []

    def sign(dialog: LoginDialog) -> None:
        qtbot.keyClicks(dialog.ui.usernameEdit, "zhang")
        qtbot.keyClicks(dialog.ui.passwordEdit, "secret123")
        ok(dialog)

    def restore(box: QMessageBox) -> None:
        questions.append(box.text())
        screenshot(box, "damaged_database_question")
        when_shown(LoginDialog, sign)  # then sign in to the restored file
        box.button(QMessageBox.StandardButton.Yes).click()

    when_shown(LoginDialog, sign)
    QTimer.singleShot(20, lambda: when_shown(QMessageBox, restore))
    session = open_session(path)
    assert session is not None
    assert "已损坏" in questions[0] and "quarantine" in questions[0]
    with read_only(session.db) as s:
        assert s.scalar(select(func.count()).select_from(UsageVisit)) == 30
    session.db.close()
    quarantined = list((tmp_path / "quarantine").rglob("room.db"))
    assert len(quarantined) == 1 and quarantined[0].stat().st_size < path.stat().st_size


def test_a_plain_database_without_accounts_is_encrypted_at_first_run(
    qtbot: QtBot, tmp_path: Path, translations: Translations
) -> None:
    path = tmp_path / "old.db"
    plain = open_database(path)
    with unit_of_work(plain) as s:
        s.add(UsageVisit(visited_at=dt.datetime(2026, 11, 16, 9, 0), visitor_name="欧阳标记"))
    plain.close()
    assert "欧阳标记".encode() in path.read_bytes()

    def fill(dialog: CreateChairDialog) -> None:
        qtbot.keyClicks(dialog.ui.usernameEdit, "zhang")
        qtbot.keyClicks(dialog.ui.passwordEdit, "secret123")
        qtbot.keyClicks(dialog.ui.confirmEdit, "secret123")
        when_shown(RecoveryKeyDialog, lambda d: (d.ui.keptCheck.click(), d.ok_button.click()))
        ok(dialog)

    when_shown(CreateChairDialog, fill)
    session = open_session(path)
    assert session is not None and session.db.encrypted
    with read_only(session.db) as s:
        assert s.scalar(select(UsageVisit.visitor_name)) == "欧阳标记"
    session.db.close()
    assert "欧阳标记".encode() not in path.read_bytes()


def test_the_program_starts_signed_in_backs_up_daily_and_skips_an_unneeded_close_backup(
    qtbot: QtBot, tmp_path: Path, translations: Translations
) -> None:
    import sys

    from app.ui.app import run
    from app.ui.dialogs.setup.first_run_dialog import FirstRunDialog
    from app.ui.main_window import MainWindow

    path = tmp_path / "room.db"
    seen: list[MainWindow] = []

    def fill(dialog: CreateChairDialog) -> None:
        qtbot.keyClicks(dialog.ui.usernameEdit, "zhang")
        qtbot.keyClicks(dialog.ui.passwordEdit, "secret123")
        qtbot.keyClicks(dialog.ui.confirmEdit, "secret123")
        when_shown(RecoveryKeyDialog, lambda d: (d.ui.keptCheck.click(), d.ok_button.click()))
        when_shown(FirstRunDialog, lambda d: (d.reject(), QTimer.singleShot(50, close_window)))
        ok(dialog)

    def close_window() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                seen.append(widget)
                assert widget.context.actor == Actor("zhang", Role.CHAIR)
                assert "zhang" in widget.user_label.text() and "已加密" in widget.db_label.text()
                widget.close()
                return
        QTimer.singleShot(50, close_window)

    when_shown(CreateChairDialog, fill)
    hook = sys.excepthook
    try:
        assert run(path) == 0
    finally:
        sys.excepthook = hook
    assert seen
    made = sorted(b.reason for b in backups.list_backups_of(path))
    # One copy of the session: today's (nothing was written after it, so none on close), or
    # the one on closing when the window closed before its first page had filled.
    assert made in (["daily"], ["close"])
