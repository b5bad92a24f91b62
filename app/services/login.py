"""Opening the register as a person: first run, sign-in, damage check, recovery key.

The order at start is: which kind of file is it (new, encrypted, plain) → who signs in → the
file is checked (`quick_check`) before anything else reads it → it is migrated and opened.
An encrypted file cannot be read before a password unwraps its key, so its sign-in lockout and
its failed sign-ins are kept in the key file until the database can record them.

Plain files stay possible for the tests, the demo command and the county workspace
(de-identified packages); the window makes every new site database encrypted.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from pathlib import Path

from app.catalogue.problems.accounts import AccountProblem
from app.db.backup import BackupFile, list_backups, newest_good, quarantine
from app.db.backup import replace_database as put_in_place
from app.db.file_kind import FileKind as FileKind  # also imported from here
from app.db.file_kind import RegisterRefused as RegisterRefused
from app.db.file_kind import file_kind as file_kind
from app.db.integrity import companion_files, integrity_ok
from app.db.keyfile import (
    KeyFile,
    KeyFileError,
    WrongPassword,
    format_recovery_key,
    key_file_path,
    new_database_key,
    parse_recovery_key,
)
from app.db.migrate import Database, open_database
from app.db.network_location import NetworkLocation as NetworkLocation  # for the window
from app.db.network_location import refuse_network_location
from app.db.transfer import copy_database
from app.domain.lockout import after_failure
from app.domain.passwords import username_problem
from app.services import accounts
from app.services.accounts import AccountLocked, BadCredentials, Clock, system_now
from app.services.actor import Actor
from app.services.register_check import CountyWorkspaceFile as CountyWorkspaceFile  # its old home
from app.services.register_check import DamagedDatabase as DamagedDatabase  # also from here
from app.services.register_check import check_register

log = logging.getLogger(__name__)


@dataclass
class Session:
    """A signed-in person and the database they opened."""

    db: Database
    actor: Actor


def backup_folder_for(path: Path) -> Path:
    return path.parent / "backups"


def open_checked(path: Path, key: bytes | None = None, defer_check: bool = False) -> Database:
    """`quick_check` first; a damaged (or vanished) file raises `DamagedDatabase`; a county
    workspace raises `CountyWorkspaceFile` and anything not a register of ours (a folder, a
    foreign file, a read-only place) `RegisterRefused`, before anything is changed in it.

    `defer_check` (the window): a file unchanged since the program closed it cleanly is
    checked in the background instead; the check is `db.later_check`."""
    later = check_register(path, key, defer_check)
    db = open_database(path, backup_folder_for(path), key)
    db.later_check = later
    return db


def create_encrypted(
    path: Path, username: str, password: str, display_name: str = "", now: Clock = system_now
) -> tuple[Session, str]:
    """First run: the union chair's account, and the database encrypted with a new key.

    A plain database that has no account yet (made before encryption existed, or by a tool)
    is encrypted in place: copied under the new key, checked, then swapped for the plain file.
    Returns the session and the recovery key, to be shown once.
    """
    refuse_network_location(path)  # before the key file is written beside it
    kind = file_kind(path)
    if kind is FileKind.ENCRYPTED:
        raise accounts.AccountError(AccountProblem.ACCOUNTS_EXIST)
    accounts.check_new_password(password)
    problem = username_problem(username.strip())
    if problem:
        raise accounts.AccountError(problem, "username")
    key = new_database_key()
    keys = KeyFile.for_key(key)
    path.parent.mkdir(parents=True, exist_ok=True)
    if kind is FileKind.PLAIN:
        plain = open_checked(path)  # checked and migrated like any other start
        try:
            if accounts.has_accounts(plain):
                raise accounts.AccountError(AccountProblem.ACCOUNTS_EXIST)
        finally:
            plain.close()
        temp = path.with_name(f".{path.name}.encrypt.tmp")
        copy_database(path, None, temp, key)
        keys.save(key_file_path(path))  # the key is kept before the plain file goes
        put_in_place(path, temp)
        log.info("plain database %s encrypted in place", path)
    else:
        keys.save(key_file_path(path))
    db = open_database(path, backup_folder_for(path), key)
    try:
        actor = accounts.create_first_chair(db, username, password, display_name)
    except BaseException:
        db.close()
        if kind is FileKind.NEW:  # leave nothing behind: the next start is a first run again
            for file in (path, *companion_files(path), key_file_path(path)):
                file.unlink(missing_ok=True)
        raise
    accounts.record_sign_in(db, actor.username, [], now())
    return Session(db, actor), format_recovery_key(key)


def open_encrypted(
    path: Path, username: str, password: str, now: Clock = system_now, defer_check: bool = False
) -> Session:
    at = now()
    keys_path = key_file_path(path)
    keys = KeyFile.load(keys_path)
    state = keys.lock_state(username)
    if state.is_locked(at):
        assert state.locked_until is not None
        keys.pending_failures.append((username, at))
        keys.save(keys_path)
        raise AccountLocked(state.locked_until)
    try:
        key = keys.unwrap(username, password)
    except WrongPassword:
        keys.pending_failures.append((username, at))
        # A name with no account locks like one with: the lock must not tell which exist.
        state = after_failure(state, at)
        keys.lockout[username] = state
        keys.save(keys_path)
        if state.locked_until is not None and state.is_locked(at):
            raise AccountLocked(state.locked_until) from None
        raise BadCredentials(
            state.remaining_attempts() if username in keys.wraps else None
        ) from None
    db = open_checked(path, key, defer_check)
    try:
        pending = list(keys.pending_failures)
        actor = accounts.record_sign_in(db, username, pending, at)
    except BaseException:
        db.close()
        raise
    keys = KeyFile.load(keys_path)  # re-read: the sign-in may have touched it
    keys.pending_failures = [p for p in keys.pending_failures if p not in pending]
    keys.lockout.pop(username, None)
    if keys.rewrap_if_legacy(username, password, key):
        log.info("the key wrap of %s was renewed with AES key wrap", username)
    keys.save(keys_path)
    return Session(db, actor)


def open_plain(
    path: Path, username: str, password: str, now: Clock = system_now, defer_check: bool = False
) -> Session:
    db = open_checked(path, defer_check=defer_check)
    try:
        return Session(db, accounts.login(db, username, password, now))
    except BaseException:
        db.close()
        raise


def open_as(
    path: Path, username: str, password: str, now: Clock = system_now, defer_check: bool = False
) -> Session:
    if file_kind(path) is FileKind.ENCRYPTED:
        return open_encrypted(path, username, password, now, defer_check)
    return open_plain(path, username, password, now, defer_check)


def open_with_recovery_key(
    path: Path, recovery_key: str, username: str, new_password: str, now: Clock = system_now
) -> Session:
    """A forgotten password: the recovery key opens the file and sets a new password.

    The key file is rebuilt from the recovery key when it was lost.
    """
    key = parse_recovery_key(recovery_key)
    keys_path = key_file_path(path)
    try:
        keys = KeyFile.load(keys_path)
    except KeyFileError:
        keys = KeyFile.for_key(key)
    if not keys.fits(key):
        raise WrongPassword
    ok, message = integrity_ok(path, key, quick=True)
    if not ok:
        if "not a database" in message:
            raise WrongPassword
        raise DamagedDatabase(path, message, key)
    keys.save(keys_path)
    db = open_checked(path, key)
    try:
        user = accounts.get_user(db, username)
        if user is None:
            raise accounts.AccountError(AccountProblem.NO_SUCH_USER, "username")
        accounts.reset_with_recovery_key(db, username, new_password)
        actor = accounts.record_sign_in(db, username, [], now())
    except BaseException:
        db.close()
        raise
    return Session(db, actor)


# --- damage at start -----------------------------------------------------------------------


def quarantine_damaged(path: Path, now: dt.datetime | None = None) -> Path:
    moved = quarantine(path, now)
    log.error("damaged database %s moved to %s", path, moved)
    return moved


def newest_good_backup(path: Path, key: bytes | None) -> BackupFile | None:
    return newest_good(list_backups(backup_folder_for(path), path.stem), key)


def restore_newest(path: Path, backup: BackupFile, key: bytes | None) -> None:
    """Put a verified backup where the quarantined file was (the file is closed)."""
    temp = path.with_name(f".{path.name}.restore.tmp")
    copy_database(backup.path, key, temp, key)
    put_in_place(path, temp)
    if key is not None:  # the backup's audit chain is the one in force now
        keys = KeyFile.load(key_file_path(path))
        keys.audit = None
        keys.save(key_file_path(path))
    log.warning("database %s restored from %s", path, backup.path)
