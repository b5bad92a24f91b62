"""Opening the register for a command: the refusals every command says in the same words, and
the reading path — a command that only reads (`indicators` without --user) reads a plain
register at the current schema through SQL text (`app.db.rows`), without loading SQLAlchemy
and the models. It passes the very checks of every opening (`app.services.register_check`).
"""

from __future__ import annotations

from pathlib import Path

from app.catalogue.problems import places
from app.cli.speech import language, say, technical
from app.db.file_kind import FileKind, RegisterRefused, file_kind, refuse_unless_register
from app.db.network_location import NetworkLocation, refuse_network_location
from app.db.revision import plain_head, revision_in
from app.db.rows import Rows, close_rows, open_rows
from app.services.register_check import DamagedDatabase, check_register

OK, REJECTED, USAGE = 0, 1, 2


class Rejected(Exception):
    """Input the command refuses; the message is shown and the exit code is 1."""


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


def open_for_reading(database: Path) -> Rows | None:
    """Rows over the plain register at `database`, checked as every opening checks it; None
    when it needs the full opening: encrypted (a password first) or at another schema
    revision (migrated after a backup)."""
    check_place(database)
    if file_kind(database) is not FileKind.PLAIN:
        return None
    try:
        check_register(database, reading=True)
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
