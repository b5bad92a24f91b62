"""Opening the county workspace: choose (or name a new) workspace file, say who is reviewing,
then the county window. A site's register is refused with a clear message, and every opening
is recorded in the workspace's access log with the reviewer's name."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget
from sqlalchemy.exc import DatabaseError

from app.db.county_models import WorkspaceError, open_workspace, shown_address
from app.paths import data_dir
from app.services import county
from app.ui import county_words as words
from app.ui.county_window import CountyWindow

log = logging.getLogger(__name__)
REVIEWER_KEY = "county/reviewer"
LAST_KEY = "county/last_workspace"

# The county windows open now: a window opened from a dialog has no other owner.
_windows: set[CountyWindow] = set()


def ask_workspace_path(parent: QWidget | None) -> Path | None:
    last = QSettings().value(LAST_KEY)
    start = str(last) if last else str(data_dir() / "county-workspace.db")
    name, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("CountyOpen", "Open or create a county workspace"),
        start,
        QCoreApplication.translate("CountyOpen", "County workspace (*.db)"),
        options=QFileDialog.Option.DontConfirmOverwrite,
    )
    return Path(name) if name else None


def ask_reviewer(parent: QWidget | None) -> str | None:
    """The reviewer's name, recorded with everything done in the workspace."""
    suggested = str(QSettings().value(REVIEWER_KEY) or "")
    while True:
        name, ok = QInputDialog.getText(
            parent,
            QCoreApplication.translate("CountyOpen", "Who is reviewing?"),
            QCoreApplication.translate(
                "CountyOpen",
                "The workspace holds many sites' data. Your name is recorded in its access log "
                "with what you do.\nYour name:",
            ),
            QLineEdit.EchoMode.Normal,
            suggested,
        )
        if not ok:
            return None
        if name.strip():
            QSettings().setValue(REVIEWER_KEY, name.strip())
            return name.strip()


def open_workspace_window(
    parent: QWidget | None,
    path: Path | str,
    reviewer: str,
    today: Callable[[], dt.date] = dt.date.today,
) -> CountyWindow | None:
    title = QCoreApplication.translate("CountyOpen", "County workspace")
    try:
        workspace = open_workspace(path)
    except WorkspaceError as error:
        QMessageBox.warning(
            parent,
            title,
            words.t(words.WORKSPACE_ERRORS[error.reason])
            .replace("%1", str(error.path))
            .replace("%2", error.detail),
        )
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
    county.log_access(workspace, reviewer, "open", workspace.location)
    log.info("county workspace %s opened by %s", workspace.location, reviewer)
    if workspace.path is not None:
        QSettings().setValue(LAST_KEY, str(workspace.path))
    window = CountyWindow(workspace, reviewer, today)
    _windows.add(window)
    window.closed.connect(lambda: _windows.discard(window))
    window.resize(1280, 800)
    window.show()
    return window


def start_workspace(
    parent: QWidget | None, path: Path | str | None = None, reviewer: str | None = None
) -> CountyWindow | None:
    """Ask what is missing (file, reviewer) and open the county window; None if cancelled.
    `path` is a workspace file or a shared workspace's `postgresql://` address."""
    path = path or ask_workspace_path(parent)
    if path is None:
        return None
    reviewer = reviewer or ask_reviewer(parent)
    if reviewer is None:
        return None
    return open_workspace_window(parent, path, reviewer)
