"""Background work with a progress dialog and cancel; workers never touch widgets.

A job is a plain function `job(progress)` where `progress(percent, message)` reports and raises
`Cancelled` once the user pressed Cancel, so the job stops at its next report and its
transaction rolls back.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger(__name__)
Progress = Callable[[int, str], None]


class Cancelled(Exception):
    """The user cancelled the job."""


class TaskSignals(QObject):
    progress = Signal(int, str)
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()


class Task(QRunnable):
    def __init__(self, job: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.job = job
        self.signals = TaskSignals()
        self._cancel = threading.Event()
        self.setAutoDelete(False)  # the dialog keeps it alive until its signals have arrived

    def cancel(self) -> None:
        self._cancel.set()

    def _report(self, percent: int, message: str) -> None:
        if self._cancel.is_set():
            raise Cancelled
        self.signals.progress.emit(percent, message)

    def run(self) -> None:
        try:
            result = self.job(self._report)
        except Cancelled:
            self.signals.cancelled.emit()
        except Exception as exc:  # reported to the UI thread, which shows and logs it
            log.exception("background task failed")
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)


# Tasks under way, held here until they end: otherwise the task, its dialog and their slots form
# a cycle nothing else refers to, and the garbage collector may delete the runnable while a
# pool thread is still running it (a crash seen in the test run).
_running: set[Task] = set()


def run_with_progress(
    parent: QWidget | None,
    title: str,
    job: Callable[[Progress], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    describe: Callable[[str], str] = lambda message: message,
) -> Task:
    """Run `job` in the thread pool behind a modal progress dialog with a Cancel button."""
    dialog = QProgressDialog(title, QCoreApplication.translate("Tasks", "Cancel"), 0, 100, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(200)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    task = Task(job)
    _running.add(task)
    dialog.canceled.connect(task.cancel)

    def progress(percent: int, message: str) -> None:
        dialog.setValue(percent)
        dialog.setLabelText(describe(message))

    def finish(result: object) -> None:
        _running.discard(task)
        dialog.close()
        on_done(result)

    def fail(exc: BaseException) -> None:
        _running.discard(task)
        dialog.close()
        on_error(exc)

    def cancelled() -> None:
        _running.discard(task)
        dialog.close()

    task.signals.progress.connect(progress)
    task.signals.finished.connect(finish)
    task.signals.failed.connect(fail)
    task.signals.cancelled.connect(cancelled)
    QThreadPool.globalInstance().start(task)
    return task
