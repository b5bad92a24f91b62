"""What every command shares: the context it runs in, rejection, the acting user."""

from __future__ import annotations

import argparse
import getpass
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.catalogue import Language, word
from app.catalogue.problems import OutputProblem
from app.db.file_kind import refuse_unless_register
from app.db.keyfile import KeyFileError
from app.db.migrate import Database
from app.db.network_location import NetworkLocation, refuse_network_location
from app.domain.permissions import Action
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

    def require(self, action: Action) -> Actor:
        """The acting user, when the role table lets that role do `action` (as the window)."""
        actor = self.require_actor()
        if not actor.can(action):
            raise refused(actor)
        return actor


def refused(actor: Actor) -> Rejected:
    """A role refusal in words: who, in which role, and who may."""
    return Rejected(
        f"用户 {actor.username}（{word(actor.role, Language.ZH)}）无权进行此操作 / "
        f"{actor.username} ({word(actor.role, Language.EN)}) may not do this"
    )


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


def input_file(path: Path) -> Path:
    """A file to read: refused in words when a folder, or a pipe or device (which would block
    or never end); a missing file is left to the reader's own words."""
    if path.is_dir():
        raise Rejected(f"{path}: 这是文件夹，请选择文件 / this is a folder: give a file")
    if path.exists() and not path.is_file():
        raise Rejected(f"{path}: 不是普通文件 / not a regular file (a pipe or a device)")
    return path


def sign_in_refusal(error: SignInError, username: str) -> Rejected:
    if isinstance(error, AccountLocked):
        return Rejected(
            f"账户已锁定，请在 {error.until:%H:%M} 之后再试 / "
            f"account {username} is locked until {error.until:%H:%M} after 5 wrong passwords"
        )
    if isinstance(error, AccountDisabled):
        return Rejected(f"账户已停用 / account {username} is disabled")
    assert isinstance(error, BadCredentials)
    # One answer whether the name exists or not: no attempts-left count that would tell.
    return Rejected(
        f"用户名或密码错误，连续输错 5 次账户锁定 10 分钟 / no such user or wrong password "
        f"(5 wrong in a row lock an account for 10 minutes): {username}"
    )


def damaged(error: DamagedDatabase) -> Rejected:
    return Rejected(
        f"数据库文件已损坏，不能打开 / cannot open the database {error.path}: it is damaged "
        f"({error.message}). 请打开程序窗口恢复最近的完好备份，或用 healthroom restore FILE "
        f"/ open the program window to restore the newest good backup."
    )


REGISTER_PROBLEMS = {
    "folder": "这是文件夹，不是台账文件 / this is a folder, not a register file",
    "folder_missing": "所在文件夹不存在 / its folder does not exist",
    "not_a_file": "不是普通文件 / not a regular file",
    "not_sqlite": "不是本程序的台账文件 / not a register of this program",
    "foreign": "这是其他程序的数据库，不是本程序的台账 / "
    "another program's database, not a register",
    "read_only": "台账在只读的磁盘或文件夹中，请复制到可写的位置再打开 / the register is on a "
    "read-only disk or folder: copy it to a writable place first",
}


# Why a file could not be written, in both languages (the catalogue's words).
OUTPUT_PROBLEMS = {
    problem.value: f"{word(problem, Language.ZH)} / {word(problem, Language.EN)}"
    for problem in OutputProblem
}


def output_refusal(error: OSError) -> Rejected:
    """A file that could not be written, in words; nothing is left under its name."""
    reason = getattr(error, "reason", "io_error")
    words = OUTPUT_PROBLEMS.get(reason, reason)
    return Rejected(f"{getattr(error, 'path', '')}: {words}；未写入文件 / nothing was written")


def register_refusal(error: login.RegisterRefused) -> Rejected:
    words = REGISTER_PROBLEMS.get(error.reason, error.reason)
    return Rejected(f"{error.path}: {words}；未做任何改动 / nothing was changed")


def open_context(database: Path, username: str | None, create: bool = False) -> CliContext:
    """Open the database as `username` (password from the environment or a prompt).

    Only `create` (the demo) makes a new register; every other command refuses a path where
    there is none, and anything that is not a register of ours, before touching it.
    """
    try:
        refuse_network_location(database)
    except NetworkLocation as error:
        raise Rejected(str(error)) from error
    try:
        refuse_unless_register(database)
    except login.RegisterRefused as error:
        raise register_refusal(error) from error
    if not create and not database.exists():
        raise Rejected(
            f"{database}: 没有这个台账文件 / no register at this path (check --db); "
            "nothing was created"
        )
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
    except login.RegisterRefused as error:
        raise register_refusal(error) from error
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
