"""Consistent copies of the live database: SQLite backup API, integrity check, atomic rename.

A backup of an encrypted database is encrypted with the same key (the backup API copies the
encrypted pages through a keyed connection on both sides); its key file is copied beside it,
so the copy can be opened with the passwords of that day, or with the recovery key.
"""

from __future__ import annotations

import atexit
import contextlib
import datetime as dt
import logging
import os
import re
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from app.db.connection import DatabaseErrors, connect
from app.db.direct_copy import copy_past_cache
from app.db.file_kind import key_file_path
from app.db.integrity import companion_files, integrity_ok
from app.db.renaming import replace_file
from app.domain.retention import to_keep
from app.process_kind import a_command, full_check_command

STAMP_FORMAT = "%Y%m%d-%H%M%S"
WRITE_FAILURES: tuple[type[Exception], ...] = (OSError, *DatabaseErrors)
log = logging.getLogger(__name__)
_NAME = re.compile(r"^(?P<head>.+)-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?\.db$")


class BackupError(RuntimeError):
    """The copy could not be made or failed its integrity check; nothing was left behind.

    `reason`: no_space, not_writable, folder_missing, io_error, integrity, same_file.
    """

    def __init__(self, message: str, reason: str = "integrity") -> None:
        super().__init__(message)
        self.reason = reason


def write_problem(folder: Path, error: BaseException) -> str:
    """Why a file could not be written into `folder`: a full disk, read-only, gone, or other."""
    import errno

    number = getattr(error, "errno", None)
    text = str(error).lower()
    if number in (errno.ENOSPC, errno.EDQUOT) or "full" in text:
        return "no_space"
    if not Path(folder).is_dir():
        return "folder_missing"
    if number in (errno.EACCES, errno.EPERM, errno.EROFS) or not os.access(folder, os.W_OK):
        return "not_writable"
    try:
        if os.statvfs(folder).f_flag & os.ST_RDONLY:
            return "not_writable"
    except (OSError, AttributeError):
        pass
    return "io_error"


def _remove_leftovers(path: Path) -> None:
    """The temporary copy and any journal SQLite left beside it."""
    for leftover in (
        path,
        *(path.with_name(path.name + end) for end in ("-journal", "-wal", "-shm")),
    ):
        with contextlib.suppress(OSError):
            leftover.unlink()


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def copy_file_atomically(source: Path, target: Path) -> None:
    temp = target.with_name(f".{target.name}.tmp")
    try:
        shutil.copyfile(source, temp)
        _fsync_file(temp)
        replace_file(temp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
        raise


def _copy_page_by_page(source: Path, temp: Path, key: bytes | None) -> None:
    """SQLite's backup API: a consistent copy while others go on writing."""
    src = connect(source, key, read_only=True)
    try:
        dst = connect(temp, key)
        try:
            src.backup(dst)
            # The copy is a plain single file: no WAL beside it on a USB stick.
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()


def _copy_as_stored(source: Path, temp: Path, key: bytes | None) -> bool:
    """The file and its WAL copied byte for byte while the write lock keeps every writer out,
    then the copy's WAL folded into it: the same register, for a fraction of the work of
    copying it page by page through SQLite (a 360 MB register: 0.15 s against 0.6 s of CPU).
    An encrypted file is copied as it is stored, still encrypted. False when another program
    holds the write lock for longer than a moment (then the copy is made page by page)."""
    lock = connect(source, key)
    try:
        try:
            lock.execute("PRAGMA busy_timeout=2000")
            lock.execute("BEGIN IMMEDIATE")
        except DatabaseErrors:
            return False
        try:
            _copy_bytes(source, temp)
        finally:
            lock.rollback()
    finally:
        lock.close()
    _fold(temp, key)
    return True


def _copy_bytes(source: Path, temp: Path, read_back: bool = True) -> None:
    """The file and its WAL as they stand; the caller holds the write lock. A copy that is
    not `read_back` (checked) at once is written past the page cache where the system can.

    A checkpoint by another reader meanwhile only moves pages the WAL also holds, and the
    copy's WAL puts them back as they were; nothing can append to the WAL under the lock."""
    wal, temp_wal = companion_files(source)[0], companion_files(temp)[0]
    if read_back or not copy_past_cache(source, temp):
        shutil.copyfile(source, temp)
    if wal.exists() and wal.stat().st_size > 0:
        shutil.copyfile(wal, temp_wal)


def _fold(temp: Path, key: bytes | None) -> None:
    dst = connect(temp, key)
    try:
        dst.execute("PRAGMA journal_mode=DELETE")  # one file again, the WAL's pages in it
    finally:
        dst.close()


def copy_checked(source: Path, temp: Path, key: bytes | None, check: bool = True) -> None:
    """`source` copied as it stands to `temp` and quick-checked there, for a caller whose own
    transaction holds the register's write lock (`ImportBackup`). Raises BackupError, leaving
    nothing at `temp`, when the copy cannot be written or fails its check. `check` False: the
    bytes were checked already (`app.db.checked_bytes`), the copy is only folded."""
    try:
        temp.parent.mkdir(parents=True, exist_ok=True)
        _remove_leftovers(temp)
        _copy_bytes(source, temp, read_back=check)
        _fold(temp, key)
        ok, message = integrity_ok(temp, key, quick=True) if check else (True, "")
        if not ok:
            raise BackupError(f"integrity check failed on the copy: {message}")
        _fsync_file(temp)
    except WRITE_FAILURES as error:
        _remove_leftovers(temp)
        raise BackupError(f"{temp}: {error}", write_problem(temp.parent, error)) from error
    except BaseException:
        _remove_leftovers(temp)
        raise


def drop_copy(temp: Path) -> None:
    """A copy made by `copy_checked` that is not wanted after all."""
    _remove_leftovers(temp)


def keep_checked(source: Path, temp: Path, target: Path, key: bytes | None) -> Path:
    """A copy made by `copy_checked` put in place as `target`, with the key file beside it."""
    try:
        keys = key_file_path(Path(source))
        if key is not None and keys.exists():
            copy_file_atomically(keys, key_file_path(target))
        replace_file(temp, target)
    except WRITE_FAILURES as error:
        _remove_leftovers(temp)
        raise BackupError(f"{target}: {error}", write_problem(target.parent, error)) from error
    return target


def backup_database(
    source: Path,
    target: Path,
    key: bytes | None = None,
    with_key_file: bool = True,
    quick: bool = False,
) -> Path:
    """Copy `source` to `target` safely: temp file, integrity check, fsync, rename.

    The key file of an encrypted source is copied beside the target (`with_key_file`).
    `quick`: SQLite's `quick_check` of the copy instead of the full `integrity_check` (which
    also compares every index with its table and grows faster than the file); the caller
    runs the full check later (`check_later`). A quick copy is taken as the file stands
    (`_copy_as_stored`) when the register's write lock is free.
    """
    target = Path(target)
    temp = target.with_name(f".{target.name}.tmp")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        _remove_leftovers(temp)
        if not (quick and _copy_as_stored(Path(source), temp, key)):
            _copy_page_by_page(Path(source), temp, key)
        ok, message = integrity_ok(temp, key, quick)
        if not ok:
            raise BackupError(f"integrity check failed on the copy: {message}")
        _fsync_file(temp)
        keys = key_file_path(Path(source))
        if with_key_file and key is not None and keys.exists():
            copy_file_atomically(keys, key_file_path(target))
        replace_file(temp, target)
    except WRITE_FAILURES as error:  # a full, read-only or vanished target
        _remove_leftovers(temp)
        raise BackupError(f"{target}: {error}", write_problem(target.parent, error)) from error
    except BaseException:
        _remove_leftovers(temp)
        raise
    return target


class Pending(Protocol):
    """A full check under way (`join` waits for its end)."""

    def join(self, timeout: float | None = None) -> None: ...


def check_later(path: Path, key: bytes | None) -> Pending:
    """The full `integrity_check` of a quickly checked copy, away from the work that waits for
    the copy. A copy that fails is renamed `….db.damaged`, so no restore offers it; the log
    says why. In the window: a thread of its own (the program waits for it before it exits).
    In a command: a process of its own (`app.db.full_check`)."""
    if a_command():
        try:
            return _Apart(path, key)
        except OSError:
            log.warning("could not start the full check of %s apart", path, exc_info=True)
    thread = threading.Thread(target=full_check, args=(path, key), name=f"check {path.name}")
    thread.start()
    return thread


def check_when_done(path: Path, key: bytes | None) -> None:
    """`check_later`, but in a command only as it ends: its process would otherwise take the
    core the command's own threads use while it works (the window starts its thread now)."""
    if a_command():
        atexit.register(check_later, path, key)
    else:
        check_later(path, key)


def full_check(path: Path, key: bytes | None) -> None:
    """`integrity_check` of a backup; one that fails is put aside as `….db.damaged`."""
    if not Path(path).exists():  # rotated away (or removed) meanwhile: nothing to vouch for
        return
    ok, message = integrity_ok(path, key)
    if ok:
        return
    log.error("backup %s failed its full integrity check: %s", path, message)
    with contextlib.suppress(OSError):
        os.replace(path, path.with_name(path.name + ".damaged"))


class _Apart:
    """The full check's process, started detached; the key (hex) goes through its standard
    input, never its command line."""

    def __init__(self, path: Path, key: bytes | None) -> None:
        detached: dict[str, Any] = {"start_new_session": True}
        if sys.platform == "win32":
            detached = {
                "creationflags": subprocess.DETACHED_PROCESS
                | subprocess.CREATE_NEW_PROCESS_GROUP
                | subprocess.CREATE_NO_WINDOW
            }
        self.process = subprocess.Popen(
            full_check_command(path),
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            close_fds=True,
            **detached,
        )
        assert self.process.stdin is not None
        with contextlib.suppress(OSError):
            self.process.stdin.write((key.hex() if key else "").encode("ascii") + b"\n")
        with contextlib.suppress(OSError):
            self.process.stdin.close()

    def join(self, timeout: float | None = None) -> None:
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.process.wait(timeout)


def backup_name(database: Path, folder: Path, reason: str, now: dt.datetime | None = None) -> Path:
    """`<stem>-<reason>-<YYYYmmdd-HHMMSS>.db` in `folder`, never an existing name."""
    stamp = (now or dt.datetime.now()).strftime(STAMP_FORMAT)
    candidate = Path(folder) / f"{database.stem}-{reason}-{stamp}.db"
    number = 1
    while candidate.exists():
        number += 1
        candidate = Path(folder) / f"{database.stem}-{reason}-{stamp}-{number}.db"
    return candidate


@dataclass(frozen=True)
class BackupFile:
    path: Path
    made_at: dt.datetime
    reason: str
    size: int


def list_backups(folder: Path, stem: str) -> list[BackupFile]:
    """The backups of the database named `stem` in `folder`, newest first."""
    found = []
    if not Path(folder).is_dir():
        return []
    for path in Path(folder).glob(f"{stem}-*.db"):
        match = _NAME.match(path.name)
        if not match or not match["head"].startswith(f"{stem}-"):
            continue
        try:
            made_at = dt.datetime.strptime(match["stamp"], STAMP_FORMAT)
        except ValueError:
            continue
        reason = match["head"][len(stem) + 1 :]
        found.append(BackupFile(path, made_at, reason, path.stat().st_size))
    return sorted(found, key=lambda b: (b.made_at, b.path.name), reverse=True)


def delete_backup(path: Path) -> None:
    for file in (path, key_file_path(path)):
        with contextlib.suppress(FileNotFoundError):
            file.unlink()


def rotate(folder: Path, stem: str) -> list[Path]:
    """Delete the backups the retention rules do not keep; returns what was deleted."""
    backups = list_backups(folder, stem)
    keep = to_keep(b.made_at for b in backups)
    deleted = []
    for backup in backups:  # backups made in the same second share the fate of their stamp
        if backup.made_at not in keep:
            delete_backup(backup.path)
            deleted.append(backup.path)
    return deleted


@dataclass(frozen=True)
class BackupFacts:
    """What a backup holds, read without changing it (the restore preview)."""

    site_name: str | None
    site_code: str | None
    last_change: dt.datetime | None  # the newest audit entry
    counts: dict[str, int]
    schema_revision: str | None
    active_users: tuple[str, ...] = ()


PREVIEW_TABLES = ("staff", "usage_visit", "measurement", "device", "activity", "app_user")


def describe(path: Path, key: bytes | None = None) -> BackupFacts:
    """Read the preview facts; raises DatabaseErrors when the file cannot be read."""
    con = connect(path, key, read_only=True)
    try:
        tables = {row[0] for row in con.execute("SELECT name FROM sqlite_master")}
        site = (
            con.execute("SELECT name, code FROM site ORDER BY id LIMIT 1").fetchone()
            if "site" in tables
            else None
        )
        counts = {
            table: int(con.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
            for table in PREVIEW_TABLES
            if table in tables
        }
        last = (
            con.execute("SELECT max(at) FROM audit_entry").fetchone()[0]
            if "audit_entry" in tables
            else None
        )
        users = (
            tuple(r[0] for r in con.execute("SELECT username FROM app_user WHERE active = 1"))
            if "app_user" in tables
            else ()
        )
        revision = (
            con.execute("SELECT version_num FROM alembic_version").fetchone()
            if "alembic_version" in tables
            else None
        )
    finally:
        con.close()
    return BackupFacts(
        site_name=site[0] if site else None,
        site_code=site[1] if site else None,
        last_change=dt.datetime.fromisoformat(str(last)) if last else None,
        counts=counts,
        schema_revision=revision[0] if revision else None,
        active_users=users,
    )


def quarantine(database: Path, now: dt.datetime | None = None) -> Path:
    """Move a damaged database (and its WAL) aside into `quarantine/`; nothing is deleted."""
    stamp = (now or dt.datetime.now()).strftime(STAMP_FORMAT)
    folder = database.parent / "quarantine" / f"{database.stem}-{stamp}"
    folder.mkdir(parents=True, exist_ok=True)
    for file in (database, *companion_files(database)):
        if file.exists():
            replace_file(file, folder / file.name)
    return folder / database.name


def newest_good(backups: Iterable[BackupFile], key: bytes | None) -> BackupFile | None:
    """The newest backup that opens with `key` and passes the integrity check."""
    for backup in backups:
        if integrity_ok(backup.path, key)[0]:
            return backup
    return None


def replace_database(database: Path, verified_copy: Path) -> None:
    """Put `verified_copy` in place of the (closed) live database.

    The old WAL must go first: SQLite would otherwise replay its frames over the new file.
    """
    for file in companion_files(database):
        with contextlib.suppress(FileNotFoundError):
            file.unlink()
    replace_file(verified_copy, database)
