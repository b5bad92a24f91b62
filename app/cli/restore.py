"""healthroom restore FILE [--yes]: replace the database by a backup, after a safety backup.

Shows what the backup holds (site, date, counts) and asks to confirm (or --yes). A backup of
another encrypted database opens with the --user password when its key file lies beside it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.catalogue.codes import BackupCount
from app.catalogue.language import listed
from app.catalogue.problems import backup_refusal
from app.cli.common import OK, CliContext, Rejected
from app.cli.speech import language, say, spoken, technical
from app.db.backup import BackupError
from app.services import backups
from app.services.actor import PermissionDenied
from app.services.backups import BackupPreview, CannotOpenBackup


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path)
    parser.add_argument(
        "--yes", action="store_true", help=say("不再询问，直接恢复", "do not ask for confirmation")
    )
    parser.set_defaults(handler=run)


def describe(shown: BackupPreview) -> list[str]:
    facts = shown.facts
    site, code = facts.site_name or "-", facts.site_code or "-"
    last, when = facts.last_change or "-", shown.file_time
    counts = listed(
        (
            f"{spoken(BackupCount(table))} {count}"
            for table, count in facts.counts.items()
            if table in BackupCount.__members__.values()
        ),
        language(),
    )
    return say(
        f"备份：　　{shown.path}\n单位：　　{site}（{code}）\n"
        f"最后修改：{last}　文件时间：{when}\n记录：　　{counts}",
        f"backup:      {shown.path}\nsite:        {site} ({code})\n"
        f"last change: {last}   file time: {when}\nrecords:     {counts}",
    ).splitlines()


def refused(path: Path, error: CannotOpenBackup) -> Rejected:
    """Which file, then the catalogue's sentence saying why and what to do."""
    return Rejected(f"{path}{say('：', ': ')}{spoken(backup_refusal(error.reason))}")


def run(args: argparse.Namespace, context: CliContext) -> int:
    actor = context.require_actor()
    try:
        shown = backups.preview(context.db, args.file, actor.username, context.password)
    except CannotOpenBackup as error:
        raise refused(args.file, error) from error
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
        raise refused(args.file, error) from error
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
