"""healthroom restore FILE [--yes]: replace the database by a backup, after a safety backup.

Shows what the backup holds (site, date, counts) and asks to confirm (or --yes). A backup of
another encrypted database opens with the --user password when its key file lies beside it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.catalogue.language import listed
from app.cli.common import OK, CliContext, Rejected
from app.cli.speech import Spoken, language, say, technical
from app.db.backup import BackupError
from app.services import backups
from app.services.actor import PermissionDenied
from app.services.backups import BackupPreview, CannotOpenBackup

REASONS = Spoken(
    {
        "not_a_backup": ("这不是本程序的备份", "not a HealthRoom backup"),
        "needs_password": (
            "无法解密：需要该备份所属数据库的用户密码",
            "cannot decrypt: it needs the password of an account of the database it came from "
            "(its .keys file beside it)",
        ),
        "damaged": ("备份文件已损坏", "the backup is damaged"),
        "no_accounts": (
            "备份中没有能登录的账户，恢复后将无法打开",
            "no account of this database exists in the backup: "
            "nobody could sign in after the restore",
        ),
    }
)


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path)
    parser.add_argument(
        "--yes", action="store_true", help=say("不再询问，直接恢复", "do not ask for confirmation")
    )
    parser.set_defaults(handler=run)


COUNTED = Spoken(
    {
        "staff": ("职工", "staff"),
        "usage_visit": ("使用登记", "visits"),
        "measurement": ("测量值", "readings"),
        "device": ("设备", "devices"),
        "activity": ("活动", "activities"),
        "app_user": ("账户", "accounts"),
    }
)


def describe(shown: BackupPreview) -> list[str]:
    facts = shown.facts
    site, code = facts.site_name or "-", facts.site_code or "-"
    last, when = facts.last_change or "-", shown.file_time
    counts = listed(
        (f"{COUNTED[table]} {count}" for table, count in facts.counts.items() if table in COUNTED),
        language(),
    )
    return say(
        f"备份：　　{shown.path}\n单位：　　{site}（{code}）\n"
        f"最后修改：{last}　文件时间：{when}\n记录：　　{counts}",
        f"backup:      {shown.path}\nsite:        {site} ({code})\n"
        f"last change: {last}   file time: {when}\nrecords:     {counts}",
    ).splitlines()


def run(args: argparse.Namespace, context: CliContext) -> int:
    actor = context.require_actor()
    try:
        shown = backups.preview(context.db, args.file, actor.username, context.password)
    except CannotOpenBackup as error:
        raise Rejected(f"{REASONS[error.reason]}{say('：', ': ')}{args.file}") from error
    for line in describe(shown):
        print(line)
    if not args.yes:
        if not sys.stdin.isatty():
            raise Rejected(say("请加 --yes 确认恢复", "add --yes to confirm the restore"))
        answer = input(say("恢复这个备份？输入 yes 确认：", "restore this backup? type yes: "))
        if answer.strip().lower() != "yes":
            raise Rejected(say("未恢复", "not restored"))
    try:
        restored = backups.restore(context.db, actor, args.file, context.password)
    except PermissionDenied as error:
        raise Rejected(
            say(f"用户 {actor.username} 没有恢复权限", f"{actor.username} may not restore backups")
        ) from error
    except CannotOpenBackup as error:
        raise Rejected(f"{REASONS[error.reason]}{say('：', ': ')}{args.file}") from error
    except (OSError, BackupError) as error:
        raise Rejected(say("恢复失败", "restore failed:") + technical(str(error))) from error
    restored.database.close()
    saved = restored.safety_backup
    print(
        say(
            f"已恢复；恢复前的状态已先保存到 {saved}",
            f"restored; the previous state was saved first to {saved}",
        )
    )
    return OK
