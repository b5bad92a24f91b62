"""Unexpected errors: logged with their traceback, shown as a dialog that points to the log."""

from __future__ import annotations

import logging
import sys
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from app.paths import log_dir

log = logging.getLogger("app.unexpected")


def show_unexpected(error: BaseException) -> None:
    # Imported here: this module is on the sign-in window's path, before the services load.
    from app.services.actor import PermissionDenied
    from app.ui.i18n import catalogue_language

    if isinstance(error, PermissionDenied):  # a refusal no page foresaw: said, not a fault
        title = QCoreApplication.translate("ErrorDialog", "Not allowed")
        QMessageBox.warning(None, title, error.said(catalogue_language()))
        return
    title = QCoreApplication.translate("ErrorDialog", "Something went wrong")
    text = QCoreApplication.translate(
        "ErrorDialog",
        "The program met an unexpected problem and did not finish the last action. "
        "Nothing already saved was lost.\n\nDetails are in the log folder:\n%1",
    ).replace("%1", str(log_dir()))
    box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok)
    box.setDetailedText(f"{type(error).__name__}: {error}")
    box.exec()


def show_in_window(error: BaseException) -> None:
    """The dialog, when the window's application is up (a failure may come before it)."""
    if QApplication.instance() is not None:
        show_unexpected(error)


def excepthook(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> None:
    log.error("unexpected error", exc_info=(kind, error, trace))
    show_in_window(error)


def install_excepthook() -> None:
    sys.excepthook = excepthook
