"""Every file and folder the program asks for goes through here.

A dialog starts in the folder last used for that kind of file (remembered in QSettings), or in
Documents the first time — never in the program's working folder. A suggested name is made
safe for Windows. On Windows the system's own dialog is used; elsewhere Qt's, translated by
the Qt translations loaded with the UI language (app/ui/i18n.py).
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from app.domain.file_names import safe_file_name


class FolderKind(StrEnum):
    """Kinds of file with a folder of their own: a report saved does not move the backups."""

    REPORT = "report"  # printouts and workbooks the program writes
    SPREADSHEET = "spreadsheet"  # rosters and sign-in lists read in, and their templates
    BACKUP = "backup"
    PACKAGE = "package"  # the county-review package and the county's return files
    REGISTER = "register"  # another site's register (a database file)
    WORKSPACE = "workspace"  # the county's workspace file


def _key(kind: FolderKind) -> str:
    return f"files/last_folder/{kind.value}"


def documents_folder() -> Path:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def start_folder(kind: FolderKind, first: Path | None = None) -> Path:
    """The folder last used for `kind` while it still exists, else `first` or Documents."""
    last = QSettings().value(_key(kind))
    if last and Path(str(last)).is_dir():
        return Path(str(last))
    if first is not None and first.is_dir():
        return first
    return documents_folder()


def remember_folder(kind: FolderKind, folder: Path) -> None:
    QSettings().setValue(_key(kind), str(folder))


def _with_suffix(path: Path, suffix: str | None) -> Path:
    if suffix is None or path.suffix.lower() == suffix.lower():
        return path
    return path.with_name(path.name + suffix)


def ask_save_file(
    parent: QWidget | None,
    kind: FolderKind,
    title: str,
    suggested: str,
    file_filter: str,
    *,
    suffix: str | None = None,
    confirm_overwrite: bool = True,
    first: Path | None = None,
) -> Path | None:
    """Where to save a file named `suggested` by default; None when the person cancels.

    `suffix` (".pdf") is added when the typed name lacks it. The dialog starts where the last
    file of `kind` went, else in `first` or Documents.
    """
    start = start_folder(kind, first) / safe_file_name(suggested)
    if confirm_overwrite:
        chosen, _filter = QFileDialog.getSaveFileName(parent, title, str(start), file_filter)
    else:  # an existing file is opened, not replaced (a workspace)
        chosen, _filter = QFileDialog.getSaveFileName(
            parent,
            title,
            str(start),
            file_filter,
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
    if not chosen:
        return None
    path = _with_suffix(Path(chosen), suffix)
    remember_folder(kind, path.parent)
    return path


def ask_open_file(
    parent: QWidget | None,
    kind: FolderKind,
    title: str,
    file_filter: str,
    *,
    first: Path | None = None,
) -> Path | None:
    """A file to read; the dialog starts where the last one of `kind` was, else in `first`."""
    chosen, _filter = QFileDialog.getOpenFileName(
        parent, title, str(start_folder(kind, first)), file_filter
    )
    if not chosen:
        return None
    remember_folder(kind, Path(chosen).parent)
    return Path(chosen)


def ask_open_files(
    parent: QWidget | None, kind: FolderKind, title: str, file_filter: str
) -> list[Path]:
    chosen, _filter = QFileDialog.getOpenFileNames(
        parent, title, str(start_folder(kind)), file_filter
    )
    paths = [Path(name) for name in chosen]
    if paths:
        remember_folder(kind, paths[0].parent)
    return paths


def ask_folder(parent: QWidget | None, kind: FolderKind, title: str) -> Path | None:
    chosen = QFileDialog.getExistingDirectory(parent, title, str(start_folder(kind)))
    if not chosen:
        return None
    remember_folder(kind, Path(chosen))
    return Path(chosen)
