"""Save a report chosen by the user: ask where, write it in a worker, say where it went."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from app.domain.file_names import safe_file_name
from app.ui.tasks import Progress, Task, run_with_progress


def ask_save_path(parent: QWidget, title: str, suggested: str, file_filter: str) -> Path | None:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    chosen, _ = QFileDialog.getSaveFileName(
        parent, title, str(Path(folder) / safe_file_name(suggested)), file_filter
    )
    return Path(chosen) if chosen else None


def ask_open_path(parent: QWidget, title: str, file_filter: str) -> Path | None:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    chosen, _ = QFileDialog.getOpenFileName(parent, title, folder, file_filter)
    return Path(chosen) if chosen else None


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
