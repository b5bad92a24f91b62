"""Which kind of register file is it — read with sqlite3 and pathlib only.

The sign-in window is shown before the database layer is imported (a second or more), so what
it needs to know about the file (new, encrypted or plain; a plain one with accounts) is read
here without SQLAlchemy. `app.services.login` re-exports `FileKind` and `file_kind`.
"""

from __future__ import annotations

import sqlite3
from enum import Enum
from pathlib import Path
from urllib.parse import quote

KEY_FILE_SUFFIX = ".keys"
WORKSPACE_TABLES = frozenset({"county_meta", "county_site"})  # a county workspace has one


class FileKind(Enum):
    NEW = "new"  # no database yet: first run
    ENCRYPTED = "encrypted"  # a key file beside it
    PLAIN = "plain"


def key_file_path(database: Path) -> Path:
    return database.with_name(database.name + KEY_FILE_SUFFIX)


def file_kind(path: Path) -> FileKind:
    if key_file_path(path).exists():
        return FileKind.ENCRYPTED
    if path.exists() and path.stat().st_size > 0:
        return FileKind.PLAIN
    return FileKind.NEW


SQLITE_HEADER = b"SQLite format 3\x00"


def is_sqlite_file(path: Path) -> bool:
    """A plain SQLite file by its first 16 bytes (an encrypted register has a key file)."""
    try:
        with Path(path).open("rb") as file:
            return file.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def sqlite_uri(path: Path, read_only: bool = False) -> str:
    """The `file:` URI of a database, quoted: a folder named "健康#1" or "50% done" must not
    end the path early or be read as an escape."""
    return f"file:{quote(Path(path).resolve().as_posix())}" + ("?mode=ro" if read_only else "")


def _tables_in(connection: sqlite3.Connection) -> set[str]:
    rows = connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
    return {str(name) for (name,) in rows}


def table_names(path: Path) -> set[str]:
    """The file's table names, read-only and without SQLAlchemy (sqlite3.Error when the file
    is encrypted, damaged or not SQLite)."""
    connection = sqlite3.connect(sqlite_uri(path, read_only=True), uri=True)
    try:
        return _tables_in(connection)
    finally:
        connection.close()


def plainly_has_accounts(path: Path) -> bool:
    """True when a quick read-only look shows a plain site's register with accounts: the
    sign-in window can come at once. False when it cannot tell (no accounts yet, a county
    workspace, not SQLite, damaged, an old schema): the caller checks the file properly."""
    try:
        connection = sqlite3.connect(sqlite_uri(path, read_only=True), uri=True)
        try:
            tables = _tables_in(connection)
            if tables & WORKSPACE_TABLES or "app_user" not in tables:
                return False
            (count,) = connection.execute("SELECT count(*) FROM app_user").fetchone()
        finally:
            connection.close()
    except sqlite3.Error:
        return False
    return bool(count)
