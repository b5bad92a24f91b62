"""Before a register is opened: is it one of ours, and is it whole.

Every opening passes here — the window's, every command's (`app.services.login.open_checked`)
and a reading command's without the ORM (`app.cli.reading`) — so they refuse the same files
with the same words. Kept free of SQLAlchemy for that last one.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from app.db.checked_bytes import checked, stamp_before_check
from app.db.clean_close import LaterCheck, note_checked, take_clean_close, unchanged_since_checked
from app.db.file_kind import (
    FileKind,
    RegisterRefused,
    file_is_workspace,
    file_kind,
    has_backups,
    is_sqlite_file,
    refuse_unless_register,
)
from app.db.integrity import integrity_ok
from app.db.network_location import NetworkLocation, refuse_network_location

log = logging.getLogger(__name__)


class DamagedDatabase(Exception):
    """The file fails its check; it must not be opened. `key` lets a backup be checked."""

    def __init__(self, path: Path, message: str, key: bytes | None) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.message = message
        self.key = key


class CountyWorkspaceFile(Exception):
    """The file is a county workspace: opening it as a register would migrate it into one."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"{path}: 这是县级工作区，不是单位台账 / a county workspace, not a site's register "
            "(open it with --workspace)"
        )
        self.path = path


def _quick_check(path: Path, key: bytes | None) -> tuple[object, bool, str]:
    """(the stamp taken just before it, passed, SQLite's words)."""
    stamp = stamp_before_check(path)
    ok, message = integrity_ok(path, key, quick=True)
    return stamp, ok, message


class _EarlyCheck:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._answer: tuple[object, bool, str] = (None, False, "not checked")
        # A daemon: a command that ends first (a refused option, --help) does not wait for it.
        self._thread = threading.Thread(target=self._run, name="quick check", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._answer = _quick_check(self.path, None)
        except Exception as error:  # said as a damaged file, as the check itself says it
            self._answer = (None, False, str(error))

    def result(self) -> tuple[object, bool, str]:
        self._thread.join()
        return self._answer


_early: dict[Path, _EarlyCheck] = {}


def check_early(path: Path) -> None:
    """Start the quick check `check_register` will make of a plain register, in a thread:
    SQLite leaves the interpreter free, so a command's modules load meanwhile. Nothing starts
    for anything that is not a plain register file of ours in a local place (the opening then
    refuses it in words); `check_register` still waits for the answer before anything reads."""
    try:
        refuse_network_location(path)
        refuse_unless_register(path)
        plain = path.is_file() and file_kind(path) is FileKind.PLAIN and is_sqlite_file(path)
        if not plain or file_is_workspace(path):
            return
        _early[path.resolve()] = _EarlyCheck(path)
    except (NetworkLocation, RegisterRefused, OSError):
        return


def check_register(
    path: Path, key: bytes | None = None, defer_check: bool = False, reading: bool = False
) -> LaterCheck | None:
    """`quick_check` first; a damaged (or vanished) file raises `DamagedDatabase`; a county
    workspace raises `CountyWorkspaceFile` and anything not a register of ours (a folder, a
    foreign file, a read-only place) `RegisterRefused`, before anything is changed in it.

    `defer_check` (the window): a file unchanged since the program closed it cleanly is
    checked in the background instead; that check is returned. `reading` (a command that
    writes nothing): a file unchanged since a reader's check passed is not checked again."""
    refuse_unless_register(path)
    if key is None and file_is_workspace(path):
        raise CountyWorkspaceFile(path)
    missing = not path.exists() or path.stat().st_size == 0
    if missing and key is not None:
        raise DamagedDatabase(path, "the database file is missing or empty", key)
    if missing and path.exists() and has_backups(path):  # emptied, not new: offer a backup
        raise DamagedDatabase(path, "the database file is empty", key)
    if missing:
        return None
    if defer_check and take_clean_close(path):
        log.info("%s was closed cleanly and not changed since: checked in the background", path)
        return LaterCheck(path, key)
    if reading and unchanged_since_checked(path):
        log.info("%s passed its check and was not changed since: read without a new one", path)
        return None
    log.info("%s checked before the sign-in", path)
    early = _early.pop(path.resolve(), None) if key is None else None
    stamp, ok, message = early.result() if early is not None else _quick_check(path, key)
    if not ok:
        raise DamagedDatabase(path, message, key)
    checked(path, stamp)  # what an import's copy need not check again
    if reading:  # for the next reader; the other openings always check, and write no note
        note_checked(path)
    return None
