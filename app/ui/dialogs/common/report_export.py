"""Write a report the person asked for in a worker (where to: app/ui/file_dialogs.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

from app.ui.tasks import Progress, Task, run_with_progress


def write_in_background(
    parent: QWidget,
    title: str,
    write: Callable[[], Path],
    on_saved: Callable[[Path], None],
    on_failed: Callable[[BaseException], None],
) -> Task:
    """Run `write` (it opens its own sessions) behind a progress dialog."""

    def job(progress: Progress) -> Path:
        progress(5, title)
        path = write()
        progress(100, title)
        return path

    def done(result: object) -> None:
        assert isinstance(result, Path)
        on_saved(result)

    return run_with_progress(parent, title, job, done, on_failed)
