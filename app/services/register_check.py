"""Before a register is opened: is it one of ours, and is it whole.

Every opening passes here — the window's, every command's (`app.services.login.open_checked`)
and a reading command's without the ORM (`app.cli.reading`) — so they refuse the same files
with the same words. Kept free of SQLAlchemy for that last one.
"""

from __future__ import annotations

import logging
from pathlib import Path

from app.db.backup import integrity_ok
from app.db.checked_bytes import checked, stamp_before_check
from app.db.clean_close import LaterCheck, note_checked, take_clean_close, unchanged_since_checked
from app.db.file_kind import file_is_workspace, has_backups, refuse_unless_register

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
    stamp = stamp_before_check(path)
    ok, message = integrity_ok(path, key, quick=True)
    if not ok:
        raise DamagedDatabase(path, message, key)
    checked(path, stamp)  # what an import's copy need not check again
    if reading:  # for the next reader; the other openings always check, and write no note
        note_checked(path)
    return None
