"""What every command shares: the context it runs in, rejection, the acting user."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.cli.opening import OK as OK
from app.cli.opening import OUTPUT_PROBLEMS as OUTPUT_PROBLEMS
from app.cli.opening import PASSWORD_ENV as PASSWORD_ENV
from app.cli.opening import REJECTED as REJECTED
from app.cli.opening import USAGE as USAGE
from app.cli.opening import Rejected as Rejected
from app.cli.opening import check_place, damaged, needs_user, register_refusal
from app.cli.opening import output_refusal as output_refusal
from app.cli.opening import read_password as read_password
from app.cli.opening import sign_in_refusal as sign_in_refusal
from app.cli.opening import written_line as written_line
from app.cli.speech import language, say, technical
from app.db.keyfile import KeyFileError
from app.db.migrate import Database
from app.domain.permissions import Action
from app.services import accounts, login
from app.services.accounts import SignInError
from app.services.actor import Actor, PermissionDenied
from app.services.login import DamagedDatabase, FileKind


@dataclass(frozen=True)
class CliContext:
    db: Database
    actor: Actor | None  # None when no --user was given
    password: str | None = None  # the --user password (opens backups of another database)

    def require_actor(self) -> Actor:
        if self.actor is None:
            raise needs_user()
        return self.actor

    def require(self, action: Action) -> Actor:
        """The acting user, when the role table lets that role do `action` (as the window)."""
        actor = self.require_actor()
        if not actor.can(action):
            raise refused(PermissionDenied(actor, action))
        return actor


def refused(denied: PermissionDenied) -> Rejected:
    """A role refusal in words: who, in which role, and what was refused (the catalogue's)."""
    return Rejected(denied.said(language()))


Handler = Callable[[argparse.Namespace, CliContext], int]


def input_file(path: Path) -> Path:
    """A file to read: refused in words when a folder, or a pipe or device (which would block
    or never end); a missing file is left to the reader's own words."""
    if path.is_dir():
        raise Rejected(
            say(f"{path}: 这是文件夹，请选择文件", f"{path}: this is a folder: give a file")
        )
    if path.exists() and not path.is_file():
        raise Rejected(
            say(f"{path}: 不是普通文件", f"{path}: not a regular file (a pipe or a device)")
        )
    return path


def open_context(database: Path, username: str | None, create: bool = False) -> CliContext:
    """Open the database as `username` (password from the environment or a prompt).

    Only `create` (the demo) makes a new register; every other command refuses a path where
    there is none, and anything that is not a register of ours, before touching it.
    """
    check_place(database, create)
    kind = login.file_kind(database)
    if kind is FileKind.ENCRYPTED:
        if not username:
            raise Rejected(
                say(
                    "数据库已加密，请用 --user 指定用户",
                    "the database is encrypted: give --user NAME",
                )
            )
        password = read_password(username)
        try:
            session = login.open_encrypted(database, username, password)
        except SignInError as error:
            raise sign_in_refusal(error, username) from error
        except DamagedDatabase as error:
            raise damaged(error) from error
        except KeyFileError as error:
            raise Rejected(
                say("密钥文件有问题", "key file problem:") + technical(str(error))
            ) from error
        return CliContext(session.db, session.actor, password)
    try:
        db = login.open_checked(database)
    except DamagedDatabase as error:
        raise damaged(error) from error
    except login.RegisterRefused as error:
        raise register_refusal(error) from error
    except Exception as error:
        raise Rejected(
            say(f"无法打开数据库 {database}", f"cannot open the database {database}:")
            + technical(str(error))
        ) from error
    if not username:
        return CliContext(db, None)
    password = read_password(username)
    try:
        actor = accounts.login(db, username, password)
    except SignInError as error:
        db.close()
        raise sign_in_refusal(error, username) from error
    return CliContext(db, actor, password)


def resolve_actor(db: Database, username: str | None) -> Actor | None:
    """The acting user of an open database, after the password (kept for older callers)."""
    if username is None:
        return None
    try:
        return accounts.login(db, username, read_password(username))
    except SignInError as error:
        raise sign_in_refusal(error, username) from error
