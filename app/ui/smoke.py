"""Smoke runs: open the window, say so, and quit by itself (bundle test, start-up benchmark).

Set `HEALTHROOM_EXIT_AFTER_MS=N` in the environment: the program logs "main window shown"
(also to stderr) once the window is on screen and the event loop runs, then quits N ms later
with exit code 0. With `HEALTHROOM_SMOKE_SCREENSHOT=FILE.png` it also saves a picture of the
window at that moment. Nothing else changes, so a smoke run starts exactly like a real one.
"""

from __future__ import annotations

import logging
import os
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

EXIT_AFTER_ENV = "HEALTHROOM_EXIT_AFTER_MS"
SCREENSHOT_ENV = "HEALTHROOM_SMOKE_SCREENSHOT"
SHOWN_MESSAGE = "main window shown"

log = logging.getLogger(__name__)


def exit_after_ms() -> int | None:
    value = os.environ.get(EXIT_AFTER_ENV, "").strip()
    if not value:
        return None
    try:
        return max(0, int(value))
    except ValueError:
        log.warning("ignoring %s=%r: not a number of milliseconds", EXIT_AFTER_ENV, value)
        return None


def _shown(window: QWidget) -> None:
    log.info(SHOWN_MESSAGE)
    picture = os.environ.get(SCREENSHOT_ENV)
    if picture and not window.grab().save(picture):
        log.error("could not save the smoke screenshot to %s", picture)


def arm(app: QApplication, window: QWidget) -> None:
    """Call right after the main window's show(); does nothing unless the variable is set."""
    delay = exit_after_ms()
    if delay is None:
        return
    if sys.stderr is not None:  # a windowed Windows program has no stderr
        stream = logging.StreamHandler(sys.stderr)
        stream.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        logging.getLogger().addHandler(stream)
    # A zero timer runs once the pending show and paint events have been handled.
    QTimer.singleShot(0, window, lambda: _shown(window))
    # exit() (not quit()) also ends a modal dialog's loop, e.g. the first-run question on an
    # empty database; the timer repeats so the main loop that follows ends too.
    timer = QTimer(window)
    timer.setInterval(max(delay, 1))
    timer.timeout.connect(lambda: app.exit(0))
    timer.start()
