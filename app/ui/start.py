"""Before the main window: first-run chair account, sign-in, and a damaged file at start.

`open_session` returns the signed-in session, or None when the person cancelled (or the file
is damaged and no backup was restored): the program never starts on a damaged file.

This module is imported before the database layer and the services: the sign-in window (or
the chair's account on a new file) is on screen while a `Preload` thread imports them. What
runs once OK is pressed first waits for that thread (`ready`), then imports what it needs.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QTimer
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from app.catalogue.problems import register_refusal
from app.db.file_kind import (
    FileKind,
    RegisterRefused,
    file_kind,
    has_backups,
    plainly_has_accounts,
)
from app.domain.permissions import Action
from app.logging_setup import setup_logging
from app.ui import smoke
from app.ui.dialogs.accounts.create_chair_dialog import CreateChairDialog
from app.ui.dialogs.accounts.login_dialog import LoginDialog
from app.ui.dialogs.accounts.recovery_dialog import RecoveryDialog
from app.ui.dialogs.accounts.recovery_key_dialog import RecoveryKeyDialog
from app.ui.error_dialog import install_excepthook
from app.ui.i18n import Translations, catalogue_language, saved_language
from app.ui.preload import Preload, PreloadFailed, ready

if TYPE_CHECKING:
    from types import ModuleType

    from app.services.accounts import Clock
    from app.services.login import DamagedDatabase, Session

log = logging.getLogger(__name__)
ON_SCREEN_WAIT_MS = 300  # at most, for the window system to map the sign-in window


def _login(preload: Preload | None) -> ModuleType:
    """`app.services.login`, once the background import is done."""
    ready(preload)
    from app.services import login

    return login


def _clock(now: Clock | None) -> Clock:
    if now is not None:
        return now
    from app.services.accounts import system_now

    return system_now


def _exec(dialog: QDialog, preload: Preload | None) -> int:
    """Show the dialog modally; once it is on screen the background import starts."""
    smoke.sign_in_window_shown(dialog)
    if preload is not None:
        deadline = QDeadlineTimer(ON_SCREEN_WAIT_MS)

        def start_when_on_screen() -> None:
            handle = dialog.windowHandle()
            if (handle is None or not handle.isExposed()) and not deadline.hasExpired():
                QTimer.singleShot(10, dialog, start_when_on_screen)
                return
            preload.start()

        QTimer.singleShot(0, dialog, start_when_on_screen)
    return dialog.exec()


class WorkspaceChosen(Exception):
    """Raised out of the sign-in when "Open county workspace…" was clicked: the county
    reviewer works in a workspace file, not in this register."""


def run(database: Path, splash: QWidget | None = None, background: bool = False) -> int:
    """The program on `database`: sign in, then the main window.

    With `background`, the rest of the program is imported by a thread while the sign-in
    window is open (the program started from the start-up window); otherwise it is imported
    already, or now (a caller that imported `app.ui.app`).
    """
    from app.ui.splash import create_application

    setup_logging()
    app = create_application()
    install_excepthook()
    smoke.arm_exit(app)
    translations = Translations(app)
    translations.apply(saved_language())
    preload = Preload() if background else None  # started by the sign-in window
    try:
        return _sign_in_and_run(database, splash, translations, preload)
    except PreloadFailed as failed:  # as if `import app.ui.app` had raised here
        raise failed.error from None
    finally:
        if preload is not None and preload.thread.ident is not None:
            preload.thread.join()  # cancelled at once: let the import end before the exit


def _sign_in_and_run(
    database: Path, splash: QWidget | None, translations: Translations, preload: Preload | None
) -> int:
    automatic = smoke.credentials()
    if splash is not None and automatic is None:
        splash.close()  # the sign-in dialog takes its place
    session: Session | None
    try:
        if automatic:
            ready(preload)
            from app.ui.app import smoke_session

            smoke.password_given()
            session = smoke_session(database, *automatic)
        else:
            session = open_session(database, preload=preload)
    except WorkspaceChosen:  # the county reviewer: the workspace, not the register
        ready(preload)
        from app.ui.app import run_workspace

        return run_workspace(None, splash)
    except PreloadFailed:
        raise
    except Exception as error:  # a foreign file or an unreadable key file: explain, never start
        log.exception("cannot open %s", database)
        if splash is not None:
            splash.close()
        QMessageBox.critical(
            QWidget(),
            QCoreApplication.translate("FirstRun", "Cannot open the database"),
            QCoreApplication.translate("FirstRun", "The database file %1 could not be opened:\n%2")
            .replace("%1", str(database))
            .replace("%2", str(error)),
        )
        return 1
    if session is None:
        return 0
    ready(preload)
    from app.ui.app import run_signed_in

    return run_signed_in(session, translations, splash)


def _refused(path: Path, reason: str, parent: QWidget | None) -> None:
    QMessageBox.information(
        parent,
        QCoreApplication.translate("Start", "Cannot open this file"),
        register_refusal(reason, path, catalogue_language()),
    )


def open_session(
    path: Path,
    parent: QWidget | None = None,
    now: Clock | None = None,
    preload: Preload | None = None,
) -> Session | None:
    """Sign in to `path`; with `preload`, heavy work waits for its background import."""
    from app.db.network_location import network_location

    where = network_location(path)
    if where is not None:  # refused before the sign-in: nothing is read or written there
        _on_the_network(path, where, parent)
        return None
    while True:
        try:
            session = _open_once(path, parent, now, preload)
        except (WorkspaceChosen, PreloadFailed):
            raise
        except Exception as error:
            if isinstance(error, RegisterRefused):
                _refused(path, error.reason, parent)
                return None
            login = _login(preload)
            if isinstance(error, login.CountyWorkspaceFile):
                _not_a_register(path, parent)
                return None
            if not isinstance(error, login.DamagedDatabase):
                raise
            if offer_recovery(path, error, parent):
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


def _on_the_network(path: Path, where: str, parent: QWidget | None) -> None:
    QMessageBox.warning(
        parent,
        QCoreApplication.translate("Start", "The register is on a network drive"),
        QCoreApplication.translate(
            "Start",
            "%1 is on a network location (%2). The register has to be on this computer's own "
            "disk: it cannot be shared safely between computers, and two of them writing at "
            "once could spoil it. Copy the file and its .keys file to a folder on this PC "
            "(for example D:\\HealthRoom) and open that copy.",
        )
        .replace("%1", str(path))
        .replace("%2", where),
    )


def _not_a_register(path: Path, parent: QWidget | None) -> None:
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


def _create_chair(
    path: Path, parent: QWidget | None, now: Clock | None, preload: Preload | None
) -> Session | None:
    def create(username: str, display_name: str, password: str) -> Any:
        login = _login(preload)
        return login.create_encrypted(path, username, password, display_name, _clock(now))

    dialog = CreateChairDialog(create, parent)
    if _exec(dialog, preload) != CreateChairDialog.DialogCode.Accepted:
        if dialog.failure is not None:
            raise dialog.failure
        if dialog.workspace_requested:
            raise WorkspaceChosen
        return None
    session, recovery_key = dialog.value
    RecoveryKeyDialog(recovery_key, str(path), parent).exec()
    return session  # type: ignore[no-any-return]


def _open_once(
    path: Path, parent: QWidget | None, now: Clock | None, preload: Preload | None
) -> Session | None:
    kind = file_kind(path)
    if kind is FileKind.NEW and path.is_file() and has_backups(path):
        # An emptied register (a crash, a bad copy) with backups beside it is not a new site.
        raise _login(preload).DamagedDatabase(path, "the database file is empty", None)
    if kind is FileKind.NEW:
        return _create_chair(path, parent, now, preload)
    if kind is FileKind.PLAIN:
        return _open_plain(path, parent, now, preload)

    def encrypted(username: str, password: str) -> Any:
        return _login(preload).open_encrypted(
            path, username, password, _clock(now), defer_check=True
        )

    def recover(owner: QWidget) -> Any:
        def open_with(key: str, username: str, password: str) -> Any:
            login = _login(preload)
            return login.open_with_recovery_key(path, key, username, password, _clock(now))

        recovery = RecoveryDialog(open_with, owner)
        recovery.exec()
        if recovery.failure is not None:
            raise recovery.failure
        return recovery.value

    dialog = LoginDialog(encrypted, parent, recover=recover, offer_workspace=True)
    try:
        accepted = _exec(dialog, preload) == LoginDialog.DialogCode.Accepted
    except Exception as error:
        from app.db.keyfile import KeyFileError

        if not isinstance(error, KeyFileError):
            raise
        accepted = False
    if dialog.failure is not None:
        raise dialog.failure
    if dialog.workspace_requested:
        raise WorkspaceChosen
    if not accepted:
        return None
    return dialog.value  # type: ignore[no-any-return]


def _open_plain(
    path: Path, parent: QWidget | None, now: Clock | None, preload: Preload | None
) -> Session | None:
    """A plain file (tests, the demo command). One with accounts, seen with sqlite3 alone,
    gets the sign-in window at once; anything else is checked (and migrated) first."""
    opened: list[Any] = []  # the database, opened (checked, migrated) at the first OK
    if not plainly_has_accounts(path):
        login = _login(preload)
        opened.append(
            login.open_checked(path, defer_check=True)
        )  # raises DamagedDatabase before any reading
        from app.services import accounts

        if not accounts.has_accounts(opened[0]):
            opened.pop().close()  # an empty or pre-accounts file: made into an encrypted one
            return _create_chair(path, parent, now, preload)

    def plain(username: str, password: str) -> Any:
        login = _login(preload)
        from app.services import accounts

        if not opened:
            opened.append(login.open_checked(path, defer_check=True))
        return login.Session(opened[0], accounts.login(opened[0], username, password, _clock(now)))

    dialog = LoginDialog(plain, parent, offer_workspace=True)
    accepted = _exec(dialog, preload) == LoginDialog.DialogCode.Accepted
    if not accepted or dialog.failure is not None:
        if opened:
            opened[0].close()
        if dialog.failure is not None:
            raise dialog.failure
        if dialog.workspace_requested:
            raise WorkspaceChosen
        return None
    return dialog.value  # type: ignore[no-any-return]


def offer_recovery(path: Path, damage: DamagedDatabase, parent: QWidget | None) -> bool:
    """Quarantine the damaged file, explain, offer the newest good backup. True: restored."""
    log.error("damaged database at start: %s", damage)
    from app.services import login  # loaded: the damage was found by it

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
