"""The start-up check of a register that was closed cleanly runs in the background while the
person works (`app.db.clean_close`); its answer reaches the window only when it found damage."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from app.db.clean_close import LaterCheck
from app.ui.background import in_background


class StartCheckNotice(QObject):
    """Waits (in the pool) for the check, then warns the person if the file is damaged."""

    def __init__(self, window: QWidget, path: str, check: LaterCheck) -> None:
        super().__init__(window)
        self.window = window
        self.path = path
        in_background(check.wait, self._answered)  # dropped if the window is gone first

    def _answered(self, problem: str | None) -> None:
        if not problem:
            return
        QMessageBox.warning(
            self.window,
            self.tr("Damage found in the register"),
            self.tr(
                "The check of %1 found damage: %2\n\nSave only what you must, then close the "
                "program: at its next start it checks the file first and offers the newest "
                "good backup."
            )
            .replace("%1", self.path)
            .replace("%2", problem),
        )
