"""Full garbage-collector passes at the window's idle time, not while a page opens.

A full pass walks every object the collector tracks and has not frozen; with a large register
open that took 60–190 ms, in whichever page was being opened or filled when enough objects
had piled up (`app.memory`), on the window's thread or on a worker's (which holds the
interpreter's lock meanwhile). While the window is open full passes wait
(`defer_full_passes`) and run here once nobody has pressed a key or moved the mouse for
`IDLE_SECONDS` and no background work runs: a pass then delays nobody. The first one, once the
first page is filled, also freezes what start-up loaded (`freeze_start_up`), so no later pass
walks it again. The time of the last input is the idle lock's.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QThreadPool, QTimer

from app.memory import collect_when_due, defer_full_passes, freeze_start_up, resume_full_passes
from app.ui.idle_lock import IdleWatcher

IDLE_SECONDS = 2.0  # without input before a full pass may run
CHECK_MS = 1000


class IdleCollection(QObject):
    """Defers full passes from `start` to `stop` and runs them when `watcher` has seen no
    input for `IDLE_SECONDS` (its clock: a test drives it with a fake one) and the thread
    pool is quiet."""

    def __init__(
        self,
        watcher: IdleWatcher,
        check_interval_ms: int = CHECK_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.watcher = watcher
        self.passes = 0  # full passes run here (tests look)
        self.timer = QTimer(self)
        self.timer.setInterval(check_interval_ms)
        self.timer.timeout.connect(self.check)
        self._deferring = False
        self._freeze_due = False

    def start(self) -> None:
        if not self._deferring:
            defer_full_passes()
            self._deferring = True
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        if self._deferring:
            resume_full_passes()
            self._deferring = False

    def start_up_done(self) -> None:
        """What start-up loads is loaded (the first page is filled): frozen at the next idle
        time."""
        self._freeze_due = True

    def check(self) -> None:
        if self.watcher.clock() - self.watcher.last_input < IDLE_SECONDS:
            return
        if QThreadPool.globalInstance().activeThreadCount():
            return  # a page filling, a file written: the pass would hold it up
        if self._freeze_due:
            self._freeze_due = False
            freeze_start_up()
            self.passes += 1
        elif collect_when_due():
            self.passes += 1
