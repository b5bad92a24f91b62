"""A register the program closed cleanly leaves a note beside it (`<file>.closed`): its size,
modification time and first page's header. At the next start a file that still matches its
note was not touched since, so the whole-file check need not stand between the password and
the window: it runs in the background instead (`LaterCheck`) and speaks only if it finds
damage. After a crash (no note) or any change to the file (the note no longer matches) the
check runs first, as always. Opening consumes the note: a session that crashes leaves none.

A file that passed its check is noted the same way (`<file>.checked`): a command that only
reads (`indicators`) need not check it again while it matches, since nothing has written to it.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import threading
from pathlib import Path

from app.db.integrity import companion_files, integrity_ok

log = logging.getLogger(__name__)
HEADER_BYTES = 100  # SQLite's database header: page size, change counter, schema cookie …


def note_path(database: Path) -> Path:
    return database.with_name(database.name + ".closed")


def _fingerprint(database: Path) -> dict[str, object]:
    stat = database.stat()
    with open(database, "rb") as handle:
        header = handle.read(HEADER_BYTES)
    return {
        "size": stat.st_size,
        "mtime_ns": stat.st_mtime_ns,
        "header": hashlib.sha256(header).hexdigest(),
    }


def note_clean_close(database: Path) -> None:
    """After the last connection closed: say the file is whole as it stands (nothing is
    noted while a WAL with content remains, e.g. another program still has it open)."""
    wal = companion_files(database)[0]
    if wal.exists() and wal.stat().st_size > 0:
        return
    note = note_path(database)
    temp = note.with_name(f".{note.name}.tmp")
    try:
        temp.write_text(json.dumps(_fingerprint(database)), encoding="utf-8")
        os.replace(temp, note)
    except OSError:  # only a shortcut lost: the next start checks first
        log.warning("could not note the clean close of %s", database, exc_info=True)
        with contextlib.suppress(OSError):
            temp.unlink()


def take_clean_close(database: Path) -> bool:
    """True when the file matches the note of its last clean close; the note is removed."""
    note = note_path(database)
    try:
        noted = json.loads(note.read_text(encoding="utf-8"))
        note.unlink()
        return bool(noted == _fingerprint(database))
    except (OSError, ValueError):
        return False


class LaterCheck:
    """SQLite's quick check of the file in a thread of its own, started now."""

    def __init__(self, path: Path, key: bytes | None) -> None:
        self.problem: str | None = None
        self._thread = threading.Thread(
            target=self._run, args=(path, key), name=f"check {path.name}", daemon=True
        )
        self._thread.start()

    def _run(self, path: Path, key: bytes | None) -> None:
        ok, message = integrity_ok(path, key, quick=True)
        if not ok:
            log.error("the start-up check found damage in %s: %s", path, message)
            self.problem = message

    def wait(self, timeout: float | None = None) -> str | None:
        """None when the file is whole (or the check is still running after `timeout`)."""
        self._thread.join(timeout)
        return self.problem


# --- a file checked whole and not changed since ---------------------------------------------


def checked_note_path(database: Path) -> Path:
    return database.with_name(database.name + ".checked")


def _wal_is_empty(database: Path) -> bool:
    wal = companion_files(database)[0]
    return not wal.exists() or wal.stat().st_size == 0


def note_checked(database: Path) -> None:
    """After the file passed its check: note it as it stands (nothing is noted while a WAL with
    content holds part of it). Any later write changes its size, time or header."""
    if not _wal_is_empty(database):
        return
    note = checked_note_path(database)
    temp = note.with_name(f".{note.name}.tmp")
    try:
        temp.write_text(json.dumps(_fingerprint(database)), encoding="utf-8")
        os.replace(temp, note)
    except OSError:  # only a shortcut lost: the next reader checks again
        log.warning("could not note the check of %s", database, exc_info=True)
        with contextlib.suppress(OSError):
            temp.unlink()


def unchanged_since_checked(database: Path) -> bool:
    """True when the file still matches the note of its last passed check and no WAL holds
    anything newer: checking it again would read the very same pages."""
    try:
        noted = json.loads(checked_note_path(database).read_text(encoding="utf-8"))
        return bool(noted == _fingerprint(database)) and _wal_is_empty(database)
    except (OSError, ValueError):
        return False
