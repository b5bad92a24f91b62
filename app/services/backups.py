"""Backups and restore: automatic copies with rotation, copies to a chosen folder, restore.

Automatic backups go to `backups/` beside the database: on close, daily while the program is
open, before an import, a migration (`open_database`) or a restore. They are rotated (the last
10 plus 7 daily, 4 weekly and 12 monthly). A restore first shows what the backup holds, then
makes a safety backup of the current state, and only then replaces the file.

The roster and check-up imports take their copy while they check the file
(`app.services.import_backup`); the sign-in import calls `automatic_backup(db, "before-import",
quick=True)` before it writes.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
from dataclasses import dataclass
from pathlib import Path

from app.catalogue.codes import AuditAction
from app.db import backup as files
from app.db.backup import BackupError, BackupFacts, BackupFile
from app.db.connection import DatabaseErrors
from app.db.integrity import integrity_ok
from app.db.keyfile import KeyFile, KeyFileError, WrongPassword, key_file_path
from app.db.migrate import Database, open_database
from app.db.transfer import copy_database
from app.domain.permissions import Action
from app.services import audit, audit_head
from app.services.actor import Actor
from app.services.unit_of_work import unit_of_work

log = logging.getLogger(__name__)

__all__ = [
    "BackupError",
    "BackupFile",
    "BackupPreview",
    "CannotOpenBackup",
    "Restored",
    "automatic_backup",
    "backup_folder",
    "backup_to",
    "daily_backup_due",
    "list_automatic_backups",
    "preview",
    "restore",
]


class CannotOpenBackup(Exception):
    """The file is not a readable backup, or not with any key we have."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason  # "not_a_backup", "needs_password", "damaged", "no_accounts"


@dataclass(frozen=True)
class BackupPreview:
    path: Path
    facts: BackupFacts
    file_time: dt.datetime
    encrypted: bool


@dataclass
class Restored:
    database: Database  # the restored database, open; the old object is closed
    safety_backup: Path
    preview: BackupPreview


def backup_folder(db: Database) -> Path:
    return db.path.parent / "backups"


def list_automatic_backups(db: Database) -> list[BackupFile]:
    return files.list_backups(backup_folder(db), db.path.stem)


def list_backups_of(database: Path) -> list[BackupFile]:
    """The automatic backups of a database file, newest first (it need not be open)."""
    return files.list_backups(database.parent / "backups", database.stem)


def automatic_backup(
    db: Database, reason: str, now: dt.datetime | None = None, quick: bool = False
) -> Path:
    """A verified copy into the backup folder, then rotation of that folder.

    `quick`: the copy passes SQLite's quick check before it is kept, its full integrity check
    runs in the background (an import need not wait for it)."""
    target = files.backup_name(db.path, backup_folder(db), reason, now)
    mark = db.changes.before_copy()
    files.backup_database(db.path, target, db.key, quick=quick)
    db.changes.copied(mark)
    if quick:
        files.check_later(target, db.key)
    deleted = files.rotate(backup_folder(db), db.path.stem)
    log.info("backup %s written (%s), %d old backups rotated out", target, reason, len(deleted))
    return target


def daily_backup_due(db: Database, now: dt.datetime) -> bool:
    """True when no automatic backup was made yet today."""
    newest = next(iter(list_automatic_backups(db)), None)
    return newest is None or newest.made_at.date() < now.date()


def backup_to(db: Database, actor: Actor, target: Path, now: dt.datetime | None = None) -> Path:
    """A copy to a chosen folder or file (a USB stick); audited as an export."""
    actor.require(Action.BACKUP)
    target = Path(target)
    if target.is_dir():
        target = files.backup_name(db.path, target, "copy", now)
    elif target.suffix.lower() != ".db":
        target = target.with_name(target.name + ".db")
    if not target.parent.is_dir():  # a pulled stick or a typo: never a folder made up
        raise BackupError(f"{target.parent}: no such folder", "folder_missing")
    if _same_file(target, db.path):
        raise BackupError(f"{target} is the register itself", "same_file")
    with unit_of_work(db) as session:  # recorded first, so the copy holds its own entry
        audit.record(
            session,
            actor,
            AuditAction.EXPORT,
            "database_backup",
            "",
            after={"file": target.name, "encrypted": db.encrypted},
        )
    return files.backup_database(db.path, target, db.key)


def _same_file(target: Path, register: Path) -> bool:
    """The register, or one of the files SQLite and the key keep beside it."""
    live = [register, *(Path(f"{register}{end}") for end in ("-wal", "-shm", "-journal"))]
    live.append(key_file_path(register))
    try:
        resolved = target.resolve()
        return any(resolved == path.resolve() for path in live)
    except OSError:
        return False


def _keys_for(
    db: Database, path: Path, username: str | None, password: str | None
) -> list[bytes | None]:
    keys: list[bytes | None] = [db.key] if db.key is not None else []
    keys.append(None)  # a plain backup
    beside = key_file_path(path)
    if username and password and beside.exists():
        with contextlib.suppress(KeyFileError, WrongPassword):
            keys.append(KeyFile.load(beside).unwrap(username, password))
    return keys


def _open_key(
    db: Database, path: Path, username: str | None, password: str | None
) -> tuple[bytes | None, BackupFacts]:
    if not Path(path).is_file():
        raise CannotOpenBackup(path, "not_a_backup")
    for key in _keys_for(db, path, username, password):
        try:
            facts = files.describe(path, key)
        except DatabaseErrors:
            continue
        if facts.schema_revision is None:
            raise CannotOpenBackup(path, "not_a_backup")
        return key, facts
    needs = key_file_path(path).exists() or db.key is not None
    raise CannotOpenBackup(path, "needs_password" if needs else "not_a_backup")


def preview(
    db: Database, path: Path, username: str | None = None, password: str | None = None
) -> BackupPreview:
    """What a backup holds (site, date, counts), read without changing anything.

    A backup of this database opens with its key; a backup of another encrypted database
    needs the password of an account in the key file beside it.
    """
    key, facts = _open_key(db, path, username, password)
    stat = Path(path).stat()
    return BackupPreview(
        Path(path),
        facts,
        dt.datetime.fromtimestamp(stat.st_mtime).replace(microsecond=0),
        key is not None,
    )


def restore(
    db: Database,
    actor: Actor,
    path: Path,
    password: str | None = None,
    now: dt.datetime | None = None,
) -> Restored:
    """Replace the database by a backup: check it, safety backup, swap, reopen, audit.

    The restored file is re-encrypted with this database's key when it came with another
    (or none), so the key file and the passwords of today keep opening it.
    """
    actor.require(Action.RESTORE)
    path = Path(path)
    key, _facts = _open_key(db, path, actor.username, password)
    ok, message = integrity_ok(path, key)
    if not ok:
        raise CannotOpenBackup(path, "damaged")
    shown = preview(db, path, actor.username, password)
    if db.key is not None:
        # Restored, the file opens with today's key file: someone in it must be able to sign in.
        wrapped = set(KeyFile.load(key_file_path(db.path)).wraps)
        if not wrapped & set(shown.facts.active_users):
            raise CannotOpenBackup(path, "no_accounts")
    safety = automatic_backup(db, "before-restore", now)
    temp = db.path.with_name(f".{db.path.name}.restore.tmp")
    copy_database(path, key, temp, db.key)
    db.close()
    files.replace_database(db.path, temp)
    restored = open_database(db.path, backup_folder(db), db.key)
    audit_head.reset(restored)  # the restored chain is the one in force from now on
    with unit_of_work(restored) as session:
        audit.record(
            session,
            actor,
            AuditAction.IMPORT,
            "database_backup",
            "",
            after={
                "file": path.name,
                "safety_backup": safety.name,
                "last_change": shown.facts.last_change,
                **shown.facts.counts,
            },
        )
    log.info("restored %s from %s (safety backup %s; %s)", db.path, path, safety, message)
    return Restored(restored, safety, shown)
