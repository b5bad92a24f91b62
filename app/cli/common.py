"""What every command shares: the context it runs in, rejection, the acting user."""

from __future__ import annotations

import argparse
import getpass
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.db.keyfile import KeyFileError
from app.db.migrate import Database
from app.db.network_location import NetworkLocation, refuse_network_location
from app.services import accounts, login
from app.services.accounts import AccountDisabled, AccountLocked, BadCredentials, SignInError
from app.services.actor import Actor
from app.services.login import DamagedDatabase, FileKind

OK, REJECTED, USAGE = 0, 1, 2
PASSWORD_ENV = "HEALTHROOM_PASSWORD"


class Rejected(Exception):
    """Input the command refuses; the message is shown and the exit code is 1."""


@dataclass(frozen=True)
class CliContext:
    db: Database
    actor: Actor | None  # None when no --user was given
    password: str | None = None  # the --user password (opens backups of another database)

    def require_actor(self) -> Actor:
        if self.actor is None:
            raise Rejected("请用 --user 指定用户 / this command needs --user NAME")
        return self.actor


Handler = Callable[[argparse.Namespace, CliContext], int]


def read_password(username: str) -> str:
    """From HEALTHROOM_PASSWORD when set (scripts), else asked without echo."""
    from_env = os.environ.get(PASSWORD_ENV)
    if from_env is not None:
        return from_env
    try:
        return getpass.getpass(f"{username} 的密码 / password: ")
    except (EOFError, KeyboardInterrupt, OSError) as error:
        raise Rejected(
            f"没有输入密码 / no password given (type it, or set {PASSWORD_ENV})"
        ) from error


def sign_in_refusal(error: SignInError, username: str) -> Rejected:
    if isinstance(error, AccountLocked):
        return Rejected(
            f"账户已锁定，请在 {error.until:%H:%M} 之后再试 / "
            f"account {username} is locked until {error.until:%H:%M} after 5 wrong passwords"
        )
    if isinstance(error, AccountDisabled):
        return Rejected(f"账户已停用 / account {username} is disabled")
    assert isinstance(error, BadCredentials)
    left = (
        f"（还可尝试 {error.remaining} 次 / {error.remaining} attempts left）"
        if error.remaining
        else ""
    )
    return Rejected(f"没有这个用户或密码错误 / no such user or wrong password: {username}{left}")


def damaged(error: DamagedDatabase) -> Rejected:
    return Rejected(
        f"数据库文件已损坏，不能打开 / cannot open the database {error.path}: it is damaged "
        f"({error.message}). 请打开程序窗口恢复最近的完好备份，或用 healthroom restore FILE "
        f"/ open the program window to restore the newest good backup."
    )


def open_context(database: Path, username: str | None) -> CliContext:
    """Open the database as `username` (password from the environment or a prompt)."""
    try:
        refuse_network_location(database)
    except NetworkLocation as error:
        raise Rejected(str(error)) from error
    kind = login.file_kind(database)
    if kind is FileKind.ENCRYPTED:
        if not username:
            raise Rejected(
                "数据库已加密，请用 --user 指定用户 / the database is encrypted: give --user NAME"
            )
        password = read_password(username)
        try:
            session = login.open_encrypted(database, username, password)
        except SignInError as error:
            raise sign_in_refusal(error, username) from error
        except DamagedDatabase as error:
            raise damaged(error) from error
        except KeyFileError as error:
            raise Rejected(f"密钥文件有问题 / key file problem: {error}") from error
        return CliContext(session.db, session.actor, password)
    try:
        db = login.open_checked(database)
    except DamagedDatabase as error:
        raise damaged(error) from error
    except Exception as error:
        raise Rejected(f"无法打开数据库 / cannot open the database {database}: {error}") from error
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
