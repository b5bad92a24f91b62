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

from app.catalogue.problems.places import RegisterProblem

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
    uri = sqlite_uri(path, read_only=True)
    if not Path(f"{path}-wal").exists():
        # Nothing beside it to read: look without the -wal and -shm files a WAL database's
        # reader would otherwise leave behind (a look must leave no trace).
        uri += "&immutable=1"
    connection = sqlite3.connect(uri, uri=True)
    try:
        return _tables_in(connection)
    finally:
        connection.close()


def file_is_workspace(path: Path) -> bool:
    """True for an existing county workspace file (the site's start-up refuses to open it)."""
    path = Path(path)
    if not path.is_file() or path.stat().st_size == 0:
        return False
    try:
        return bool(table_names(path) & WORKSPACE_TABLES)
    except sqlite3.DatabaseError:  # encrypted, or not SQLite at all
        return False


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


# --- is it ours at all ----------------------------------------------------------------------

SQLITE_HEADER = b"SQLite format 3\x00"
# Tables every site register has had since its first revision: one of them makes it ours.
REGISTER_TABLES = frozenset({"alembic_version", "app_user", "site", "staff"})
BACKUP_FOLDER = "backups"  # beside the register (app.services.login.backup_folder_for)


class RegisterRefused(Exception):
    """The path is not a register the program may open, check, repair, migrate or move.

    `reason`: a RegisterProblem (the catalogue words it).
    """

    def __init__(self, path: Path, reason: RegisterProblem) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = Path(path)
        self.reason = reason


def has_backups(path: Path) -> bool:
    """Backups of this register are kept beside it (so an empty or mangled file was ours)."""
    folder = Path(path).parent / BACKUP_FOLDER
    return folder.is_dir() and any(folder.glob(f"{Path(path).stem}-*.db"))


def read_only_place(path: Path) -> bool:
    """The register (or its folder, where SQLite keeps -wal and -shm) cannot be written."""
    import os

    folder = Path(path).parent
    if not os.access(folder, os.W_OK) or (Path(path).exists() and not os.access(path, os.W_OK)):
        return True
    try:  # root may write anywhere by os.access, but not onto a read-only mount
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):  # no statvfs on Windows: os.access told already
        return False


def register_problem(path: Path) -> RegisterProblem | None:
    """Why `path` must be left alone, or None when it is a register,
    a new or empty file, or a damaged file of ours (the damage check and recovery handle it)."""
    path = Path(path)
    if path.is_dir():
        return RegisterProblem.FOLDER
    if not path.parent.is_dir():
        return RegisterProblem.FOLDER_MISSING
    if not path.exists():
        return RegisterProblem.READ_ONLY if read_only_place(path) else None
    if not path.is_file():
        return RegisterProblem.NOT_A_FILE
    if path.stat().st_size > 0 and not key_file_path(path).exists():
        with open(path, "rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
        if header != SQLITE_HEADER:
            return None if has_backups(path) else RegisterProblem.NOT_SQLITE
        try:
            tables = table_names(path)
        except sqlite3.Error:
            tables = set()  # damaged: the check that follows says so
        if tables and not tables & (REGISTER_TABLES | WORKSPACE_TABLES):
            return RegisterProblem.FOREIGN
    return RegisterProblem.READ_ONLY if read_only_place(path) else None


def refuse_unless_register(path: Path) -> None:
    problem = register_problem(path)
    if problem is not None:
        raise RegisterRefused(path, problem)
