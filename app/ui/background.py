"""Answers computed in the thread pool for a widget: a page's count, its indicators.

`in_background(job, deliver)` runs `job()` in the pool and calls `deliver(answer)` on the UI thread
(`None` when the job failed; the log says why). `deliver` is a method of the widget that
asked: when that widget is deleted meanwhile (its page closed), Qt drops the call; when the
whole application ended first, the answer is dropped too — never emitted into a deleted object.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class _Answer(QObject):
    ready = Signal(object)


class Fetch(QRunnable):
    def __init__(self, job: Callable[[], Any]) -> None:
        super().__init__()
        self.job = job
        self.answer = _Answer()
        self.setAutoDelete(False)  # held in _pending until its answer has been delivered

    def run(self) -> None:
        try:
            result = self.job()
        except Exception:
            log.exception("background work for a page failed")
            result = None
        # An application that ended while the job ran has deleted its objects, this one's
        # signal source with them: nobody is left to tell.
        with contextlib.suppress(RuntimeError):
            self.answer.ready.emit(result)


# Jobs under way, each until its answer has reached the UI thread (the page that asked may be
# gone by then: it does not hold them).
_pending: set[Fetch] = set()


def in_background(job: Callable[[], Any], deliver: Callable[[Any], None]) -> Fetch:
    """Run `job` in the pool; `deliver(answer)` on the UI thread unless its widget is gone."""
    work = Fetch(job)
    work.answer.ready.connect(deliver)  # queued to the UI thread; dropped with its receiver
    work.answer.ready.connect(lambda _answer: _pending.discard(work))
    _pending.add(work)
    QThreadPool.globalInstance().start(work)
    return work
