"""Opening the county workspace: choose (or name a new) workspace file, or a shared workspace's
server address; sign in with a county account (the first one, a county administrator, is
made on a new workspace); then the county window. A site's register is refused with a clear
message, and every sign-in and opening is recorded in the workspace's access log."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QSize
from PySide6.QtWidgets import QDialog, QInputDialog, QLineEdit, QMessageBox, QWidget
from sqlalchemy.exc import DatabaseError

from app.catalogue.county import AccessNoteKind as Note
from app.catalogue.problems import workspace_refusal
from app.db.county_models import Workspace, WorkspaceError, open_workspace, shown_address
from app.domain.workspace_address import is_server_address
from app.paths import data_dir
from app.services import county, county_accounts
from app.services.accounts import SignInError
from app.services.county_accounts import CountyReviewer, noted
from app.ui import smoke
from app.ui.county_window import CountyWindow
from app.ui.dialogs.accounts.create_chair_dialog import CreateChairDialog
from app.ui.dialogs.accounts.login_dialog import LoginDialog
from app.ui.file_dialogs import FolderKind, ask_save_file
from app.ui.i18n import catalogue_language
from app.ui.screen_fit import fit_to_screen

log = logging.getLogger(__name__)
REVIEWER_KEY = "county/reviewer"
LAST_KEY = "county/last_workspace"
SERVER_KEY = "county/last_server"  # the shared workspace's address (never its password)
SERVER_EXAMPLE = "postgresql://county_reviewers@192.168.1.10/county_2026"

# The county windows open now: a window opened from a dialog has no other owner.
_windows: set[CountyWindow] = set()


def ask_workspace_path(parent: QWidget | None) -> Path | None:
    last = QSettings().value(LAST_KEY)
    start = Path(str(last)) if last else data_dir() / "county-workspace.db"
    return ask_save_file(
        parent,
        FolderKind.WORKSPACE,
        QCoreApplication.translate("CountyOpen", "Open or create a county workspace"),
        start.name,
        QCoreApplication.translate("CountyOpen", "County workspace (*.db)"),
        confirm_overwrite=False,
        first=start.parent,
    )


def ask_server_address(parent: QWidget | None) -> str | None:
    """A shared workspace's `postgresql://` address, typed (the last one offered); None when
    cancelled or not an address (said so). Its password comes from the reviewer's pgpass file
    or PGPASSWORD, or is typed into the address."""
    last = str(QSettings().value(SERVER_KEY) or SERVER_EXAMPLE)
    title = QCoreApplication.translate("CountyOpen", "Open a shared workspace on a server")
    text, ok = QInputDialog.getText(
        parent, title,
        QCoreApplication.translate(
            "CountyOpen",
            "The workspace's address on the union's PostgreSQL server "
            "(postgresql://user@server/database):",
        ),
        QLineEdit.EchoMode.Normal, last,
    )  # fmt: skip
    address = text.strip()
    if not ok or not address:
        return None
    if not is_server_address(address):
        QMessageBox.warning(
            parent, title,
            QCoreApplication.translate(
                "CountyOpen", "%1 is not a server address. Write it as %2."
            ).replace("%1", address).replace("%2", SERVER_EXAMPLE),
        )  # fmt: skip
        return None
    return address


SignIn = Callable[[QWidget | None, Workspace], CountyReviewer | None]


def ask_sign_in(parent: QWidget | None, workspace: Workspace) -> CountyReviewer | None:
    """The reviewer's county account: signed in, or (a new workspace) the first county
    administrator made; None when cancelled. A smoke run signs in without a dialog."""
    automatic = smoke.credentials()
    if automatic is not None:
        user, password = automatic
        if not county_accounts.has_accounts(workspace):
            return county_accounts.create_first_admin(workspace, user, password)
        return county_accounts.sign_in(workspace, user, password)
    dialog: LoginDialog | CreateChairDialog
    if county_accounts.has_accounts(workspace):
        dialog = LoginDialog(
            lambda user, password: county_accounts.sign_in(workspace, user, password),
            parent,
            username=str(QSettings().value(REVIEWER_KEY) or ""),
        )
        dialog.setWindowTitle(
            QCoreApplication.translate("CountyOpen", "County workspace — sign in")
        )
        dialog.ui.titleLabel.setText(
            QCoreApplication.translate("CountyOpen", "Sign in to the county workspace")
        )
        dialog.ui.introLabel.setText(
            QCoreApplication.translate(
                "CountyOpen",
                "The workspace holds many sites' data. Sign in with your county account; what "
                "you do is recorded in its access log.",
            )
        )
    else:
        dialog = CreateChairDialog(
            lambda user, name, password: county_accounts.create_first_admin(
                workspace, user, password, name
            ),
            parent,
        )
        dialog.setWindowTitle(
            QCoreApplication.translate("CountyOpen", "New county workspace — first administrator")
        )
        dialog.ui.introLabel.setText(
            QCoreApplication.translate(
                "CountyOpen",
                "This workspace has no accounts yet. Create the county administrator's account "
                "first: it creates the reviewers' accounts and reads the access log.",
            )
        )
        dialog.ui.workspaceButton.hide()
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.value is None:
        return None
    reviewer = dialog.value
    assert isinstance(reviewer, CountyReviewer)
    QSettings().setValue(REVIEWER_KEY, reviewer.username)
    return reviewer


def open_workspace_window(
    parent: QWidget | None,
    path: Path | str,
    today: Callable[[], dt.date] = dt.date.today,
    sign_in: SignIn = ask_sign_in,
) -> CountyWindow | None:
    title = QCoreApplication.translate("CountyOpen", "County workspace")
    try:
        workspace = open_workspace(path)
    except WorkspaceError as error:
        why = workspace_refusal(error.reason, error.path, catalogue_language())
        # The driver's own words (an unreachable server, a full disk) on a line of their own.
        QMessageBox.warning(parent, title, f"{why}\n\n{error.detail}" if error.detail else why)
        return None
    except (OSError, DatabaseError) as error:
        log.exception("cannot open the county workspace %s", path)
        QMessageBox.warning(
            parent,
            title,
            QCoreApplication.translate(
                "CountyOpen", "The county workspace %1 could not be opened:\n%2"
            )
            .replace("%1", shown_address(path))
            .replace("%2", str(error)),
        )
        return None
    try:
        reviewer = sign_in(parent, workspace)
    except SignInError as error:  # a smoke run's credentials refused
        log.warning("county sign-in refused: %s", error)
        reviewer = None
    if reviewer is None:
        workspace.close()
        return None
    county.log_access(workspace, reviewer, "open", noted(Note.WORKSPACE, place=workspace.location))
    log.info("county workspace %s opened by %s", workspace.location, reviewer.username)
    if workspace.path is not None:
        QSettings().setValue(LAST_KEY, str(workspace.path))
    else:  # the address without its password
        QSettings().setValue(SERVER_KEY, workspace.location)
    window = CountyWindow(workspace, reviewer, today)
    _windows.add(window)
    window.closed.connect(lambda: _windows.discard(window))
    fit_to_screen(window, QSize(1280, 800))
    window.show()
    return window


def start_workspace(parent: QWidget | None, path: Path | str | None = None) -> CountyWindow | None:
    """Ask what is missing (file, sign-in) and open the county window; None if cancelled.
    `path` is a workspace file or a shared workspace's `postgresql://` address."""
    path = path or ask_workspace_path(parent)
    if path is None:
        return None
    return open_workspace_window(parent, path)
