"""Smoke runs: open the window, say so, and quit by itself (bundle test, start-up benchmark).

Set `HEALTHROOM_EXIT_AFTER_MS=N` in the environment: the program logs "first window shown"
when its start-up window is on screen, "main window shown" once the main window is painted
(the event loop runs) and "first page filled" once its first page shows its data (all also to
stderr), then quits N ms later with exit code 0. Without a user to sign in as (below) the
sign-in window is shown, "sign-in window shown" logged, and the run ends N ms later with it
still open. With `HEALTHROOM_SMOKE_SCREENSHOT=FILE.png`
it also saves a picture of the main window with its first page filled. With `HEALTHROOM_USER`
and `HEALTHROOM_PASSWORD` it signs in as that user without the sign-in dialog (only in a smoke
run), logging "password given" where a person would press OK. Each of these lines ends with
the CPU time the process and its UI thread have spent so far, "(cpu 1.234 s, ui 0.987 s)",
for the benchmarks. Nothing else
changes: it starts like a real run.
"""

from __future__ import annotations

import logging
import os
import sys
import time

from PySide6.QtCore import QDeadlineTimer, QTimer, SignalInstance
from PySide6.QtWidgets import QApplication, QWidget

EXIT_AFTER_ENV = "HEALTHROOM_EXIT_AFTER_MS"
SCREENSHOT_ENV = "HEALTHROOM_SMOKE_SCREENSHOT"
USER_ENV = "HEALTHROOM_USER"
PASSWORD_ENV = "HEALTHROOM_PASSWORD"
FIRST_MESSAGE = "first window shown"
SHOWN_MESSAGE = "main window shown"
FILLED_MESSAGE = "first page filled"
SIGN_IN_MESSAGE = "sign-in window shown"
PASSWORD_MESSAGE = "password given"
EXPOSE_WAIT_MS = 300  # at most, for the window system to map the sign-in window
FILL_WAIT_MS = 60_000  # at most, for the main window's first page to fill

log = logging.getLogger(__name__)
_stream: list[logging.Handler] = []  # the stderr handler, added once
_exit_timer: list[QTimer] = []  # the timer that ends a smoke run, once armed
_sign_in_logged: list[bool] = []  # "sign-in window shown" is said once


def exit_after_ms() -> int | None:
    value = os.environ.get(EXIT_AFTER_ENV, "").strip()
    if not value:
        return None
    try:
        return max(0, int(value))
    except ValueError:
        log.warning("ignoring %s=%r: not a number of milliseconds", EXIT_AFTER_ENV, value)
        return None


def credentials() -> tuple[str, str] | None:
    """The user a smoke run signs in as (no dialog can be answered there); None otherwise."""
    if exit_after_ms() is None:
        return None
    user, password = os.environ.get(USER_ENV, ""), os.environ.get(PASSWORD_ENV, "")
    return (user, password) if user and password else None


def begin() -> None:
    """In a smoke run, copy the log to stderr (from the very start)."""
    if exit_after_ms() is None or _stream or sys.stderr is None:  # windowed Windows: no stderr
        return
    stream = logging.StreamHandler(sys.stderr)
    stream.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(stream)
    root.setLevel(min(root.level, logging.INFO) if root.level else logging.INFO)
    _stream.append(stream)


def _say(moment: str) -> None:
    """Log a moment of the run with the CPU time the process (all threads) and its UI thread
    have spent so far: the benchmarks take differences of these, which a busy machine changes
    less than time. (Said on the UI thread, as every moment here is.)"""
    log.info("%s (cpu %.3f s, ui %.3f s)", moment, time.process_time(), time.thread_time())


def password_given() -> None:
    """A smoke run signs in now: where a person would have pressed OK."""
    if exit_after_ms() is not None:
        _say(PASSWORD_MESSAGE)


def first_window_shown() -> None:
    if exit_after_ms() is not None:
        _say(FIRST_MESSAGE)


def sign_in_window_shown(dialog: QWidget) -> None:
    """Call right before a sign-in (or first account) dialog's exec(): once it is on screen,
    a smoke run logs "sign-in window shown"."""
    if exit_after_ms() is None or _sign_in_logged:
        return
    deadline = QDeadlineTimer(EXPOSE_WAIT_MS)

    def check() -> None:
        handle = dialog.windowHandle()
        exposed = handle is not None and handle.isExposed()
        if not (exposed or deadline.hasExpired()):
            QTimer.singleShot(10, dialog, check)
            return
        if not _sign_in_logged:
            dialog.repaint()
            _sign_in_logged.append(True)
            _say(SIGN_IN_MESSAGE)

    QTimer.singleShot(0, dialog, check)  # in the dialog's own loop, once exec() showed it


def _shown() -> None:
    _say(SHOWN_MESSAGE)


def _filled(window: QWidget) -> None:
    _say(FILLED_MESSAGE)
    picture = os.environ.get(SCREENSHOT_ENV)
    if picture and not window.grab().save(picture):
        log.error("could not save the smoke screenshot to %s", picture)


def arm_exit(app: QApplication) -> None:
    """Quit N ms from now whatever is on screen (a sign-in or first-run dialog included)."""
    delay = exit_after_ms()
    if delay is None or app.property("healthroom_smoke_armed"):
        return
    begin()
    # exit() (not quit()) also ends a modal dialog's loop; the timer repeats so the loop that
    # follows (the main loop after a dialog) ends too.
    timer = QTimer(app)
    timer.setInterval(max(delay, 1))
    timer.timeout.connect(lambda: app.exit(0))
    timer.start()
    _exit_timer.append(timer)
    app.setProperty("healthroom_smoke_armed", True)


def arm(
    app: QApplication,
    window: QWidget,
    painted: SignalInstance | None = None,
    filled: SignalInstance | None = None,
) -> None:
    """Call right after a window's show(); does nothing unless the variable is set.

    With the main window's `painted` and `first_page_filled` signals, "main window shown" and
    "first page filled" are logged when they fire; a window without them (the county window)
    logs both once the event loop has handled its show, on a zero timer.
    """
    delay = exit_after_ms()
    if delay is None:
        return
    arm_exit(app)
    if painted is None or filled is None:
        for timer in _exit_timer:
            timer.start()  # N ms counted from here

        def shown_and_filled() -> None:
            _shown()
            _filled(window)

        QTimer.singleShot(0, window, shown_and_filled)
        return

    def filled_now() -> None:
        _filled(window)
        for timer in _exit_timer:
            timer.start(max(delay, 1))  # N ms counted from the first page filled

    for timer in _exit_timer:  # the first page fills from a worker: wait for it, not forever
        timer.start(max(delay, FILL_WAIT_MS))
    painted.connect(_shown)
    filled.connect(filled_now)
