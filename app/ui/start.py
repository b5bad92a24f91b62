"""Before the main window: first-run chair account, sign-in, and a damaged file at start.

`open_session` returns the signed-in session, or None when the person cancelled (or the file
is damaged and no backup was restored): the program never starts on a damaged file.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.db.keyfile import KeyFileError
from app.domain.permissions import Action
from app.services import accounts, login
from app.services.accounts import Clock, system_now
from app.services.login import CountyWorkspaceFile, DamagedDatabase, FileKind, Session
from app.ui.dialogs.create_chair_dialog import CreateChairDialog
from app.ui.dialogs.login_dialog import LoginDialog
from app.ui.dialogs.recovery_dialog import RecoveryDialog
from app.ui.dialogs.recovery_key_dialog import RecoveryKeyDialog

log = logging.getLogger(__name__)


class WorkspaceChosen(Exception):
    """Raised out of the sign-in when "Open county workspace…" was clicked: the county
    reviewer works in a workspace file, not in this register."""


def open_session(
    path: Path, parent: QWidget | None = None, now: Clock = system_now
) -> Session | None:
    while True:
        try:
            session = _open_once(path, parent, now)
        except CountyWorkspaceFile:
            QMessageBox.information(
                parent,
                QCoreApplication.translate("Start", "Not a site's register"),
                QCoreApplication.translate(
                    "Start",
                    "%1 is a county workspace, not a site's register. Open it with \"Open "
                    'county workspace…" on the sign-in window, or start the program with '
                    "--workspace FILE.",
                ).replace("%1", str(path)),
            )
            return None
        except DamagedDatabase as damage:
            if offer_recovery(path, damage, parent):
                continue  # a good backup is in place: sign in to it
            return None
        if session is not None and not session.actor.can(Action.READ_OVERVIEW):
            QMessageBox.information(
                parent,
                QCoreApplication.translate("Start", "Not for this database"),
                QCoreApplication.translate(
                    "Start",
                    "County reviewer accounts work in the county workspace, not in a site's "
                    "register.",
                ),
            )
            session.db.close()
            return None
        return session


def _create_chair(path: Path, parent: QWidget | None, now: Clock) -> Session | None:
    def create(username: str, display_name: str, password: str) -> Any:
        return login.create_encrypted(path, username, password, display_name, now)

    dialog = CreateChairDialog(create, parent)
    if dialog.exec() != CreateChairDialog.DialogCode.Accepted:
        if dialog.workspace_requested:
            raise WorkspaceChosen
        return None
    session, recovery_key = dialog.value
    RecoveryKeyDialog(recovery_key, str(path), parent).exec()
    assert isinstance(session, Session)
    return session


def _open_once(path: Path, parent: QWidget | None, now: Clock) -> Session | None:
    kind = login.file_kind(path)
    if kind is FileKind.NEW:
        return _create_chair(path, parent, now)
    if kind is FileKind.PLAIN:
        db = login.open_checked(path)  # raises DamagedDatabase before anything reads it
        if not accounts.has_accounts(db):
            db.close()  # an empty or pre-accounts file: made into an encrypted one
            return _create_chair(path, parent, now)

        def plain(username: str, password: str) -> Any:
            return Session(db, accounts.login(db, username, password, now))

        dialog = LoginDialog(plain, parent, offer_workspace=True)
        if dialog.exec() != LoginDialog.DialogCode.Accepted:
            db.close()
            if dialog.workspace_requested:
                raise WorkspaceChosen
            return None
        assert isinstance(dialog.value, Session)
        return dialog.value

    def encrypted(username: str, password: str) -> Any:
        return login.open_encrypted(path, username, password, now)

    def recover(owner: QWidget) -> Any:
        def open_with(key: str, username: str, password: str) -> Any:
            return login.open_with_recovery_key(path, key, username, password, now)

        recovery = RecoveryDialog(open_with, owner)
        recovery.exec()
        if recovery.failure is not None:
            raise recovery.failure
        return recovery.value

    dialog = LoginDialog(encrypted, parent, recover=recover, offer_workspace=True)
    try:
        accepted = dialog.exec() == LoginDialog.DialogCode.Accepted
    except KeyFileError:
        accepted = False
    if dialog.failure is not None:
        raise dialog.failure
    if dialog.workspace_requested:
        raise WorkspaceChosen
    if not accepted:
        return None
    assert isinstance(dialog.value, Session)
    return dialog.value


def offer_recovery(path: Path, damage: DamagedDatabase, parent: QWidget | None) -> bool:
    """Quarantine the damaged file, explain, offer the newest good backup. True: restored."""
    log.error("damaged database at start: %s", damage)
    moved = login.quarantine_damaged(path)
    backup = login.newest_good_backup(path, damage.key)
    explanation = (
        QCoreApplication.translate(
            "Start",
            "The database file is damaged and cannot be used (%1).\n\nIt was moved aside, "
            "unchanged, to:\n%2",
        )
        .replace("%1", damage.message)
        .replace("%2", str(moved))
    )
    if backup is None:
        QMessageBox.critical(
            parent,
            QCoreApplication.translate("Start", "The database is damaged"),
            explanation
            + "\n\n"
            + QCoreApplication.translate(
                "Start",
                "No good backup was found beside it. Ask your technician for a backup copy "
                "(for example on a USB stick) and restore it.",
            ),
        )
        return False
    question = (
        explanation
        + "\n\n"
        + QCoreApplication.translate(
            "Start",
            "The newest good backup is from %1. Restore it now? Anything recorded after it "
            "will have to be entered again.",
        ).replace("%1", backup.made_at.strftime("%Y-%m-%d %H:%M"))
    )
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("Start", "The database is damaged"),
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    login.restore_newest(path, backup, damage.key)
    return True
