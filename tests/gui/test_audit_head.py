"""The audit page says what `healthroom check` says when the newest audit entries were deleted
(a shorter chain that is still whole, found by the count kept signed in the key file): the same
catalogue sentence, in Chinese and in English, in red."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.catalogue.codes import Role
from app.db.connection import connect
from app.db.keyfile import parse_recovery_key
from app.services import accounts, login
from app.ui.app import build_window
from app.ui.i18n import Language, Translations
from app.ui.pages.audit_page import AuditPage
from tests.gui.conftest import screenshot


def test_the_audit_page_says_the_newest_entries_were_deleted(
    qtbot: QtBot, tmp_path: Path, translations: Translations
) -> None:
    path = tmp_path / "room.db"
    session, recovery = login.create_encrypted(path, "zhang", "secret123")
    for name in ("li", "wang", "zhao"):
        accounts.create_user(session.db, session.actor, name, Role.ADMIN, "admin-pass1")
    session.db.close()
    con = connect(path, parse_recovery_key(recovery))
    (recorded,) = con.execute("SELECT count(*) FROM audit_entry").fetchone()
    con.execute("DELETE FROM audit_entry WHERE id > (SELECT max(id) - 3 FROM audit_entry)")
    con.commit()
    con.close()

    session = login.open_as(path, "zhang", "secret123")
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window = build_window(app, session.db, translations, session.actor)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.ui.navList.setCurrentRow(window.page_keys.index("audit"))
    page = window.current_page()
    assert isinstance(page, AuditPage)
    left = page.ui.tableView.model().rowCount()  # the sign-in just now is an entry too
    assert left < recorded
    label = page.detail.chainLabel
    assert (
        label.text() == f"最新的审计记录被删除：密钥文件记录了 {recorded} 条，表中只有 {left} 条。"
    )
    assert "#c62828" in label.styleSheet()
    screenshot(window, "page_audit_trail_entries_deleted_zh")

    translations.apply(Language.ENGLISH)
    page.reload()
    assert label.text() == (
        f"The newest audit entries were deleted: the key file records {recorded}, the table "
        f"holds {left}."
    )
    screenshot(window, "page_audit_trail_entries_deleted_en")
    window.close()
    session.db.close()
