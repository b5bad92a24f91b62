"""Copy a database into a new file, changing its key on the way when needed.

Same key (or both plain): the SQLite backup API. Different keys — a plain file becoming
encrypted, or a backup of another database restored here — `sqlcipher_export`, which writes
every table, index and row into a database attached with the new key. Either way the copy is
a temp file, checked, then renamed; on failure nothing is left under the target name.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from app.db.backup import BackupError, backup_database
from app.db.connection import apply_key
from app.db.file_kind import sqlite_uri
from app.db.integrity import integrity_ok


def _attach_key(key: bytes | None) -> str:
    return f"x'{key.hex()}'" if key is not None else ""


def copy_database(
    source: Path, source_key: bytes | None, target: Path, target_key: bytes | None
) -> Path:
    target = Path(target)
    if source_key == target_key:
        return backup_database(source, target, source_key, with_key_file=False)
    temp = target.with_name(f".{target.name}.tmp")
    with contextlib.suppress(FileNotFoundError):
        temp.unlink()
    try:
        con = sqlcipher.connect(sqlite_uri(source, read_only=True), uri=True)
        try:
            apply_key(con, source_key)
            con.execute(
                f'ATTACH DATABASE ? AS target KEY "{_attach_key(target_key)}"', (str(temp),)
            )
            con.execute("SELECT sqlcipher_export('target')")
            con.execute("DETACH DATABASE target")
        finally:
            con.close()
        ok, message = integrity_ok(temp, target_key)
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
