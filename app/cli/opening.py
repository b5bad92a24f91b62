"""Opening the register for a command: the refusals every command says in the same words, and
the reading path — a command that reads (`indicators`) reads a plain register at the current
schema through SQL text (`app.db.rows`), without loading SQLAlchemy and the models, its --user
signed in on that connection by the rules of every sign-in (`app.services.command_sign_in`).
It passes the very checks of every opening (`app.services.register_check`).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from app.catalogue import wording
from app.catalogue.problems import OutputProblem, places
from app.cli.speech import Spoken, language, say, technical
from app.db.file_kind import FileKind, RegisterRefused, file_kind, refuse_unless_register
from app.db.network_location import NetworkLocation, refuse_network_location
from app.db.revision import plain_head, revision_in
from app.db.rows import Rows, close_rows, open_rows
from app.services.register_check import DamagedDatabase, check_register

if TYPE_CHECKING:  # Argon2 is loaded when a user signs in, not by every reader
    from app.services.actor import Actor
    from app.services.credentials import SignInError

OK, REJECTED, USAGE = 0, 1, 2
PASSWORD_ENV = "HEALTHROOM_PASSWORD"


class Rejected(Exception):
    """Input the command refuses; the message is shown and the exit code is 1."""


def needs_user() -> Rejected:
    return Rejected(say("请用 --user 指定用户", "this command needs --user NAME"))


# Why a file could not be written (the catalogue's words).
OUTPUT_PROBLEMS = Spoken({problem.value: wording(problem) for problem in OutputProblem})


def output_refusal(error: OSError) -> Rejected:
    """A file that could not be written, in words; nothing is left under its name."""
    reason = getattr(error, "reason", "io_error")
    words = OUTPUT_PROBLEMS.get(reason, reason)
    return Rejected(
        say(
            f"{getattr(error, 'path', '')}: {words}；未写入文件",
            f"{getattr(error, 'path', '')}: {words}; nothing was written",
        )
    )


def written_line(path: Path | str) -> str:
    """The line that says where a file went."""
    return say(f"已写入：{path}", f"written: {path}")


def damaged(error: DamagedDatabase) -> Rejected:
    return Rejected(
        say(
            f"数据库文件已损坏，不能打开：{error.path}。"
            "请打开程序窗口恢复最近的完好备份，或用 healthroom restore FILE。",
            f"cannot open the database {error.path}: it is damaged ({error.message}). Open the "
            "program window to restore the newest good backup, or use healthroom restore FILE.",
        )
    )


def register_refusal(error: RegisterRefused) -> Rejected:
    return Rejected(places.register_refusal(error.reason, error.path, language()))


def check_place(database: Path, create: bool = False) -> None:
    """Refuse a network place, anything that is not a register of ours and — unless `create`
    (the demo) — a path where there is none, before touching it."""
    try:
        refuse_network_location(database)
    except NetworkLocation as error:
        raise Rejected(str(error)) from error
    try:
        refuse_unless_register(database)
    except RegisterRefused as error:
        raise register_refusal(error) from error
    if not create and not database.exists():
        raise Rejected(
            say(
                f"{database}：没有这个台账文件（请检查 --db），未创建任何文件",
                f"{database}: no register at this path (check --db); nothing was created",
            )
        )


def open_for_reading(database: Path, writes: bool = False) -> Rows | None:
    """Rows over the plain register at `database`, checked as every opening checks it; None
    when it needs the full opening: encrypted (a password first) or at another schema
    revision (migrated after a backup). A file unchanged since a reader's check passed is
    not checked again unless the command `writes` (a sign-in, a printed report: each writes
    an audit entry); a command that writes leaves no note of its check."""
    check_place(database)
    if file_kind(database) is not FileKind.PLAIN:
        return None
    # Why a printed report is checked every time, unlike `indicators` without --user: it is
    # not read-only. Its --user's sign-in and the report itself each append an audit entry, and
    # nothing is written into a file whose pages were not checked since they last changed.
    # Skipping would not even pay: those entries change the file, so the `<register>.checked`
    # note of the last check no longer matches it, and the next command checks it anyway.
    try:
        check_register(database, reading=not writes)
    except DamagedDatabase as error:
        raise damaged(error) from error
    except RegisterRefused as error:
        raise register_refusal(error) from error
    except Exception as error:
        raise Rejected(
            say(f"无法打开数据库 {database}", f"cannot open the database {database}:")
            + technical(str(error))
        ) from error
    rows = open_rows(database)
    head = plain_head()
    if head is None or revision_in(rows.connection) != head:
        close_rows(rows)
        return None
    return rows


def read_password(username: str) -> str:
    """From HEALTHROOM_PASSWORD when set (scripts), else asked without echo."""
    from_env = os.environ.get(PASSWORD_ENV)
    if from_env is not None:
        return from_env
    import getpass  # a person at a terminal: asked without echo

    try:
        return getpass.getpass(say(f"{username} 的密码：", f"{username}'s password: "))
    except (EOFError, KeyboardInterrupt, OSError) as error:
        raise Rejected(
            say(
                f"没有输入密码（请输入，或设置 {PASSWORD_ENV}）",
                f"no password given (type it, or set {PASSWORD_ENV})",
            )
        ) from error


def sign_in_refusal(error: SignInError, username: str) -> Rejected:
    from app.services.credentials import AccountDisabled, AccountLocked, BadCredentials

    if isinstance(error, AccountLocked):
        return Rejected(
            say(
                f"账户 {username} 连续输错 5 次密码，已锁定，请在 {error.until:%H:%M} 之后再试",
                f"account {username} is locked until {error.until:%H:%M} after 5 wrong passwords",
            )
        )
    if isinstance(error, AccountDisabled):
        return Rejected(say(f"账户 {username} 已停用", f"account {username} is disabled"))
    assert isinstance(error, BadCredentials)
    # One answer whether the name exists or not: no attempts-left count that would tell.
    return Rejected(
        say(
            f"用户名或密码错误（连续输错 5 次账户锁定 10 分钟）：{username}",
            f"no such user or wrong password (5 wrong in a row lock an account for 10 minutes): "
            f"{username}",
        )
    )


def signed_in(rows: Rows, username: str) -> Actor:
    """--user signed in on the reading connection (password from the environment or asked)."""
    from app.services.command_sign_in import sign_in
    from app.services.credentials import SignInError

    try:
        return sign_in(rows, username, read_password(username))
    except SignInError as error:
        raise sign_in_refusal(error, username) from error
