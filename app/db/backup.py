"""Consistent copies of the live database: SQLite backup API, integrity check, atomic rename."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path


class BackupError(RuntimeError):
    """The copy could not be made or failed its integrity check; nothing was left behind."""


def integrity_ok(path: Path) -> tuple[bool, str]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        result = con.execute("PRAGMA integrity_check").fetchone()
    except sqlite3.DatabaseError as exc:
        return False, str(exc)
    finally:
        con.close()
    message = str(result[0]) if result else "no answer"
    return message == "ok", message


def backup_database(source: Path, target: Path) -> Path:
    """Copy `source` to `target` safely: temp file, integrity check, fsync, rename."""
    target.parent.mkdir(parents=True, exist_ok=True)
    temp = target.with_name(f".{target.name}.tmp")
    with contextlib.suppress(FileNotFoundError):
        temp.unlink()
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        dst = sqlite3.connect(temp)
        try:
            src.backup(dst)
            # The copy is a plain single file: no WAL beside it on a USB stick.
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
            src.close()
        ok, message = integrity_ok(temp)
        if not ok:
            raise BackupError(f"integrity check failed on the copy: {message}")
        with open(temp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
        raise
    return target
