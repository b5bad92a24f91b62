"""The window of a signed-in user: pages by role, idle auto-lock, accounts, audit viewer,
backups and restore."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.catalogue.codes import AuditAction, Role
from app.db.clean_close import LaterCheck, note_path
from app.db.migrate import Database
from app.db.models import AuditEntry, UsageVisit
from app.services import accounts, backups, login
from app.services.actor import Actor
from app.services.unit_of_work import read_only, unit_of_work
from app.ui.app import build_window, close_session
from app.ui.context import AppContext
from app.ui.dialogs.accounts.change_password_dialog import ChangePasswordDialog
from app.ui.dialogs.accounts.user_edit_dialog import UserEditDialog
from app.ui.dialogs.accounts.users_dialog import UsersDialog
from app.ui.dialogs.exchange.restore_dialog import RestoreDialog
from app.ui.i18n import Translations, word
from app.ui.idle_lock import IdleWatcher
from app.ui.main_window import MainWindow
from app.ui.pages.audit_page import AuditPage
from app.ui.start_check import StartCheckNotice
from tests.gui.conftest import open_window, screenshot
from tests.support import DEMO_TODAY


def when_shown(kind: type[QWidget], act: Callable[..., None]) -> None:
    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            act(dialog)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(20, poll)


def ok(dialog: QWidget) -> None:
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()  # type: ignore[attr-defined]


def nav_names(window: MainWindow) -> list[str]:
    return [window.ui.navList.item(i).text() for i in range(window.ui.navList.count())]


def trail(db: Database) -> list[tuple[str, str]]:
    with read_only(db) as s:
        return [
            (e.username, e.action) for e in s.scalars(select(AuditEntry).order_by(AuditEntry.id))
        ]


def test_the_technician_sees_no_health_pages_and_no_audit_trail(
    qtbot: QtBot, demo_db: Database, translations: Translations
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window = build_window(app, demo_db, translations, Actor("tech", Role.TECH))
    qtbot.addWidget(window)
    window.show()
    assert nav_names(window) == ["首页", "职工与健康档案", "设备与消耗品", "开放时间", "数据交换"]
    assert "usage" not in window.pages and "audit" not in window.pages
    assert not window.ui.actionUsers.isVisible()
    assert window.ui.actionRestore.isEnabled() and window.ui.actionBackupToFolder.isEnabled()
    assert "tech" in window.user_label.text() and "技术员" in window.user_label.text()
    for row in range(window.ui.navList.count()):  # every page it sees loads without refusal
        window.ui.navList.setCurrentRow(row)
    screenshot(window, "window_as_technician")


def test_the_administrator_has_the_audit_trail_but_no_user_management(
    qtbot: QtBot, demo_db: Database, translations: Translations
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window = build_window(app, demo_db, translations, Actor("admin", Role.ADMIN))
    qtbot.addWidget(window)
    assert nav_names(window)[-1] == "审计日志"
    assert not window.ui.actionUsers.isVisible() and not window.ui.actionRestore.isEnabled()


def test_idle_lock_with_a_fake_clock(
    qtbot: QtBot, tmp_path: Path, translations: Translations
) -> None:
    session, _key = login.create_encrypted(tmp_path / "room.db", "zhang", "secret123")
    seconds = [1000.0]
    watcher = IdleWatcher(
        timeout_seconds=600, clock=lambda: seconds[0], check_interval_ms=3_600_000
    )
    context = AppContext(db=session.db, actor=session.actor, today=lambda: DEMO_TODAY)
    window = MainWindow(context, translations, idle=watcher)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    watcher.start()

    seconds[0] += 599
    watcher.check()
    assert window.isVisible() and not window.session_lock.locked
    qtbot.keyClick(window.ui.navList, Qt.Key.Key_Down)  # someone works: the clock restarts
    seconds[0] += 599
    watcher.check()
    assert not window.session_lock.locked
    seconds[0] += 1
    watcher.check()
    screen = window.session_lock.screen
    assert screen is not None and screen.isVisible() and not window.isVisible()
    assert screen.ui.usernameEdit.text() == "zhang" and screen.ui.usernameEdit.isReadOnly()
    screenshot(screen, "lock_screen")

    qtbot.keyClicks(screen.ui.passwordEdit, "not-it-1")
    ok(screen)
    assert "用户名或密码错误" in screen.ui.messageLabel.text() and not window.isVisible()
    assert "再错" not in screen.ui.messageLabel.text()  # no count that tells a name exists
    qtbot.keyClicks(screen.ui.passwordEdit, "secret123")
    ok(screen)
    assert window.isVisible() and not window.session_lock.locked
    assert trail(session.db)[-2:] == [("zhang", "login_failed"), ("zhang", "login")]
    # Lock now, from the menu, works the same way.
    window.ui.actionLockNow.trigger()
    assert window.session_lock.locked and not window.isVisible()
    qtbot.keyClicks(window.session_lock.screen.ui.passwordEdit, "secret123")  # type: ignore[union-attr]
    ok(window.session_lock.screen)  # type: ignore[arg-type]
    assert window.isVisible()

    # Locked while a dialog is open: the dialog goes too (cancelled), the lock screen is on top.
    opened: list[ChangePasswordDialog] = []

    def idle_while_open(dialog: ChangePasswordDialog) -> None:
        opened.append(dialog)
        qtbot.keyClicks(dialog.ui.oldEdit, "secret123")
        seconds[0] += 601
        watcher.check()

    when_shown(ChangePasswordDialog, idle_while_open)
    window.ui.actionChangePassword.trigger()  # returns when the lock hides the dialog
    screen = window.session_lock.screen
    assert screen is not None and QApplication.activeModalWidget() is screen
    assert not opened[0].isVisible() and not window.isVisible()
    qtbot.keyClicks(screen.ui.passwordEdit, "secret123")
    ok(screen)
    assert window.isVisible() and not opened[0].isVisible()
    window.close()
    session.db.close()


def test_the_audit_viewer_filters_and_shows_before_and_after(
    qtbot: QtBot, window: MainWindow
) -> None:
    accounts.login(window.context.db, "admin", "demo1234")
    with pytest.raises(accounts.BadCredentials):
        accounts.login(window.context.db, "tech", "wrong-one")
    window.ui.navList.setCurrentRow(window.page_keys.index("audit"))
    page = window.current_page()
    assert isinstance(page, AuditPage)
    model = page.ui.tableView.model()
    everything = model.rowCount()
    assert everything > 3
    assert "哈希链完整" in page.detail.chainLabel.text()
    users = page.filters.userCombo
    users.setCurrentIndex(users.findData("system"))
    assert 0 < model.rowCount() < everything
    # The program's own steps (the demo data) say so in words, never "system".
    assert all(model.index(r, 2).data() == "程序本身" for r in range(model.rowCount()))
    assert users.currentText() == "程序本身"
    users.setCurrentIndex(0)
    assert model.rowCount() == everything
    actions = page.filters.actionCombo
    actions.setCurrentIndex(actions.findData(AuditAction.LOGIN_FAILED))
    assert model.rowCount() == 1
    assert model.index(0, 2).data() == "tech"
    assert model.index(0, 3).data() == word(AuditAction.LOGIN_FAILED)
    screenshot(window, "page_audit_trail_failed_logins")
    actions.setCurrentIndex(actions.findData(AuditAction.CREATE))
    entities = page.filters.entityCombo
    entities.setCurrentIndex(entities.findData("app_user"))
    assert model.rowCount() == 3  # the demo's three accounts
    assert {model.index(r, 4).data() for r in range(model.rowCount())} == {"账户"}
    page.ui.tableView.selectRow(0)
    # Who did what to which record, and the fields in words, before beside after.
    assert model.index(0, 5).data() == "tech"
    summary = page.detail.summaryLabel.text()
    assert "新建" in summary and "账户" in summary and "tech" in summary
    changes = page.detail.changesView.model()
    fields = {
        changes.index(r, 0).data(): (changes.index(r, 1).data(), changes.index(r, 2).data())
        for r in range(changes.rowCount())
    }
    assert fields["用户名"] == ("—", "tech")
    assert fields["角色"] == ("—", "技术员")
    shown = " ".join(f"{field} {before} {after}" for field, (before, after) in fields.items())
    assert "{" not in shown and "app_user" not in shown and "role" not in shown
    page.filters.fromCheck.setChecked(True)
    page.filters.fromEdit.setDate(page.filters.fromEdit.date().addYears(5))
    assert model.rowCount() == 0
    page.filters.fromCheck.setChecked(False)
    assert model.rowCount() == 3
    screenshot(window, "page_audit_trail")


def test_the_chair_adds_an_account_and_disables_it(qtbot: QtBot, window: MainWindow) -> None:
    db = window.context.db

    def add(dialog: UserEditDialog) -> None:
        qtbot.keyClicks(dialog.ui.usernameEdit, "zhao")
        dialog.ui.displayNameEdit.insert("赵敏")
        dialog.ui.roleCombo.setCurrentIndex(dialog.ui.roleCombo.findData(Role.TECH))
        qtbot.keyClicks(dialog.ui.passwordEdit, "zhao-pass-1")
        qtbot.keyClicks(dialog.ui.confirmEdit, "zhao-pass-1")
        screenshot(dialog, "user_edit_dialog")
        ok(dialog)

    def manage(dialog: UsersDialog) -> None:
        assert dialog.model.rowCount() == 3
        when_shown(UserEditDialog, add)
        dialog.ui.addButton.click()
        assert dialog.model.rowCount() == 4
        dialog.select("zhao")
        assert dialog.ui.activeButton.text() == "停用"
        dialog.ui.activeButton.click()
        assert dialog.model.index(3, 3).data() == "已停用"
        dialog.select("chair")
        dialog.ui.activeButton.click()
        assert dialog.ui.errorLabel.text() == "不能停用自己的账户。"
        screenshot(dialog, "users_dialog")
        dialog.reject()

    when_shown(UsersDialog, manage)
    window.ui.actionUsers.trigger()
    zhao = accounts.get_user(db, "zhao")
    assert zhao is not None and zhao.role is Role.TECH and not zhao.active


def test_change_password_from_the_account_menu(
    qtbot: QtBot, demo_db: Database, translations: Translations
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window = build_window(app, demo_db, translations, Actor("admin", Role.ADMIN))
    qtbot.addWidget(window)

    def change(dialog: ChangePasswordDialog) -> None:
        qtbot.keyClicks(dialog.ui.oldEdit, "wrong")
        qtbot.keyClicks(dialog.ui.newEdit, "admin-new-22")
        qtbot.keyClicks(dialog.ui.confirmEdit, "admin-new-22")
        ok(dialog)
        assert dialog.ui.errorLabel.text() == "当前密码不正确。"
        dialog.ui.oldEdit.clear()
        qtbot.keyClicks(dialog.ui.oldEdit, "demo1234")
        ok(dialog)

    when_shown(ChangePasswordDialog, change)
    window.ui.actionChangePassword.trigger()
    assert accounts.login(demo_db, "admin", "admin-new-22").username == "admin"


def test_backup_to_a_folder_then_restore_it_with_a_preview(
    qtbot: QtBot, tmp_path: Path, translations: Translations
) -> None:
    session, _key = login.create_encrypted(tmp_path / "room.db", "zhang", "secret123")
    with unit_of_work(session.db) as s:
        s.add_all(
            UsageVisit(visited_at=dt.datetime(2026, 11, 16, 9, m), visitor_name="访客")
            for m in range(6)
        )
    window = open_window(qtbot, session.db, translations)
    window.context.actor = session.actor
    usb = tmp_path / "usb"
    usb.mkdir()
    notes: list[str] = []

    def note(box: QMessageBox) -> None:
        notes.append(box.text())
        box.accept()

    when_shown(QMessageBox, note)
    window.backups.backup_to_folder(usb)
    qtbot.waitUntil(lambda: bool(notes), timeout=20_000)
    (copy,) = usb.glob("room-copy-*.db")
    assert str(copy) in notes[0] and ".keys" in notes[0]

    with unit_of_work(window.context.db) as s:
        s.add(UsageVisit(visited_at=dt.datetime(2026, 11, 16, 10, 0), visitor_name="后来"))
    old_db = window.context.db

    def confirm(dialog: RestoreDialog) -> None:
        assert dialog.ui.countsLabel.text().startswith("职工 0、使用登记 6")
        screenshot(dialog, "restore_dialog")
        when_shown(QMessageBox, note)
        ok(dialog)

    when_shown(RestoreDialog, confirm)
    window.backups.restore_from(copy)
    qtbot.waitUntil(lambda: len(notes) == 2, timeout=20_000)
    assert window.context.db is not old_db
    with read_only(window.context.db) as s:
        assert s.scalar(select(func.count()).select_from(UsageVisit)) == 6
    safety = backups.list_automatic_backups(window.context.db)
    assert [b.reason for b in safety] == ["before-restore"]
    assert str(safety[0].path) in notes[1]
    assert window.pages["usage"].context.db is window.context.db

    target = close_session(window)  # closing the program makes the backup on close
    assert target is not None and "-close-" in target.name


def test_closing_after_only_looking_makes_no_second_backup(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Today's backup was made while the window was open and nothing was written since:
    closing does not copy the same register again. After a write it does."""
    db = window.context.db
    task = window.backups.start_daily_backup()
    assert task is not None
    window.backups.wait_for_daily_backup()
    qtbot.waitUntil(lambda: not window.backups.tasks)
    for row in range(len(window.page_keys)):  # looking at every page reads, writes nothing
        window.show_page(row)
    assert close_session(window) is None
    assert [b.reason for b in backups.list_automatic_backups(db)] == ["daily"]
    assert note_path(db.path).exists()  # closed cleanly: the next start checks in the background


def test_damage_found_by_the_background_check_is_told(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    damaged = tmp_path / "rotten.db"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\xa5" * 8192)
    seen: list[str] = []

    def read(box: QMessageBox) -> None:
        seen.append(box.text())
        screenshot(box, "start_check_damage")
        box.accept()

    when_shown(QMessageBox, read)
    StartCheckNotice(window, str(damaged), LaterCheck(damaged, None))
    qtbot.waitUntil(lambda: bool(seen), timeout=20_000)
    assert str(damaged) in seen[0] and "备份" in seen[0]


def test_closing_after_a_write_makes_the_close_backup(qtbot: QtBot, window: MainWindow) -> None:
    db = window.context.db
    window.backups.start_daily_backup()
    window.backups.wait_for_daily_backup()
    qtbot.waitUntil(lambda: not window.backups.tasks)
    with unit_of_work(db) as s:
        s.add(UsageVisit(visited_at=dt.datetime(2026, 11, 16, 10, 0), visitor_name="来访"))
    target = close_session(window)
    assert target is not None and "-close-" in target.name
    assert sorted(b.reason for b in backups.list_automatic_backups(db)) == ["close", "daily"]
