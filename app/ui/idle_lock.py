"""Idle auto-lock: after ten minutes without keyboard or mouse the register locks itself.

`IdleWatcher` notes the time of every input event the application receives and checks now and
then whether the timeout has passed; its clock and check interval are injectable, so a test
drives it with a fake clock instead of waiting ten minutes. `SessionLock` hides the window and
shows the lock screen (the sign-in dialog, fixed to the signed-in user) until the password is
given again; Quit there closes the program, which makes its backup on close as usual.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QProgressDialog, QWidget
from shiboken6 import isValid

from app.services import accounts
from app.services.accounts import Clock, system_now
from app.ui.context import AppContext
from app.ui.dialogs.accounts.login_dialog import LoginDialog

IDLE_MINUTES_KEY = "security/idle_minutes"
DEFAULT_IDLE_MINUTES = 10

INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


def idle_timeout_seconds() -> float:
    try:
        minutes = float(str(QSettings().value(IDLE_MINUTES_KEY, DEFAULT_IDLE_MINUTES)))
    except (TypeError, ValueError):
        minutes = DEFAULT_IDLE_MINUTES
    return max(1.0, minutes) * 60


class IdleWatcher(QObject):
    idle = Signal()

    def __init__(
        self,
        timeout_seconds: float | None = None,
        clock: Callable[[], float] = time.monotonic,
        check_interval_ms: int = 5000,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.timeout = timeout_seconds if timeout_seconds is not None else idle_timeout_seconds()
        self.clock = clock
        self.last_input = clock()
        self.paused = False
        self.timer = QTimer(self)
        self.timer.setInterval(check_interval_ms)
        self.timer.timeout.connect(self.check)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def start(self) -> None:
        self.reset()
        self.timer.start()

    def reset(self) -> None:
        self.last_input = self.clock()
        self.paused = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS and not self.paused:
            self.last_input = self.clock()
        return False

    def check(self) -> None:
        if not self.paused and self.clock() - self.last_input >= self.timeout:
            self.paused = True  # until the lock screen is passed
            self.idle.emit()


class SessionLock(QObject):
    """Locks `window` when its watcher says so, and unlocks it with the password."""

    def __init__(
        self,
        window: QMainWindow,
        context_of: Callable[[], AppContext],
        watcher: IdleWatcher,
        now: Clock = system_now,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.context_of = context_of
        self.watcher = watcher
        self.now = now
        self.screen: LoginDialog | None = None
        self.hidden: list[QWidget] = []
        watcher.idle.connect(self.lock)

    @property
    def locked(self) -> bool:
        return self.screen is not None

    def lock(self) -> None:
        if self.screen is not None:
            return
        self.watcher.paused = True
        context = self.context_of()

        def authenticate(username: str, password: str) -> Any:
            return accounts.login(context.db, username, password, self.now)

        self.screen = LoginDialog(authenticate, None, context.actor.username, locked=True)
        self.screen.setWindowModality(Qt.WindowModality.ApplicationModal)  # above any dialog
        self.screen.accepted.connect(self.unlocked)
        self.screen.rejected.connect(self.quit)
        # Nothing of the register stays on screen: an open dialog is cancelled (nothing is
        # half-saved: dialogs save only on OK), the window and other windows are hidden.
        visible = [
            widget
            for widget in QApplication.topLevelWidgets()
            if widget.isVisible() and widget is not self.screen
        ]
        for widget in visible:
            # A modal dialog is cancelled; a progress dialog is only hidden: its work goes on.
            if (
                isinstance(widget, QDialog)
                and widget.isModal()
                and not isinstance(widget, QProgressDialog)
            ):
                widget.reject()
            else:
                self.hidden.append(widget)
                widget.hide()
        self.screen.show()

    def unlocked(self) -> None:
        self._drop_screen()
        for widget in self.hidden:
            if isValid(widget):
                widget.show()
        self.hidden = []
        self.window.show()
        self.watcher.reset()

    def quit(self) -> None:
        self._drop_screen()
        self.window.close()

    def _drop_screen(self) -> None:
        if self.screen is not None:
            self.screen.deleteLater()
            self.screen = None
