"""healthroom backup [-o FILE|FOLDER]: a verified copy of the database.

Without -o the copy goes to the automatic backup folder beside the database (rotated);
with -o to the file or folder given (a USB stick). Needs --user (a role that may back up).
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from app.catalogue.problems import backup_failure
from app.cli.common import OK, OUTPUT_PROBLEMS, CliContext, Rejected
from app.cli.speech import language, say
from app.db.backup import BackupError
from app.domain.permissions import Action
from app.services import backups
from app.services.actor import PermissionDenied


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "-o", "--output", metavar="FILE",
        help=say("文件或文件夹（默认：备份文件夹）", "file or folder (default: the backup folder)"),
    )  # fmt: skip
    parser.set_defaults(handler=run)


def missing_folder(output: str) -> Path | None:
    """`-o DIR/` names a folder (the trailing separator says so): None when it exists."""
    folder = Path(output)
    if output.endswith(("/", os.sep)) and not folder.is_dir():
        return folder
    return None


def run(args: argparse.Namespace, context: CliContext) -> int:
    if args.output is not None and (folder := missing_folder(args.output)) is not None:
        raise Rejected(
            say(
                f"文件夹不存在：{folder}。请先创建该文件夹（或插入U盘），"
                "或给出以 .db 结尾的文件名。",
                f"The folder {folder} does not exist: create it (or plug in the USB stick) first, "
                "or give a file name ending in .db.",
            )
        )
    actor = context.require_actor()
    try:
        if args.output is None:
            actor.require(Action.BACKUP)
            target = backups.automatic_backup(context.db, "manual")
        else:
            target = backups.backup_to(context.db, actor, Path(args.output))
    except PermissionDenied as error:
        raise Rejected(
            say(f"用户 {actor.username} 没有备份权限", f"{actor.username} may not make backups")
        ) from error
    except BackupError as error:
        problem = backup_failure(error.reason, language())
        raise Rejected(say(f"备份失败：{problem}", f"backup failed: {problem}")) from error
    except OSError as error:
        problem = OUTPUT_PROBLEMS.get(getattr(error, "reason", "io_error"), "io_error")
        where = error.filename or args.output or ""
        raise Rejected(
            say(f"备份失败：{where}：{problem}", f"backup failed: {where}: {problem}")
        ) from error
    print(say(f"备份已写入 {target}", f"backup written to {target}"))
    if context.db.encrypted:
        print(
            say(
                f"  已加密；密钥文件：{target.name}.keys（两者请放在一起）",
                f"  encrypted; its key file: {target.name}.keys (keep both together)",
            )
        )
    return OK
