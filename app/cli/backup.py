"""healthroom backup -o FILE: a verified copy of the database."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.common import OK, CliContext, Rejected, Subparsers
from app.db.backup import BackupError, backup_database


def register(sub: Subparsers) -> None:
    parser = sub.add_parser("backup", help="write a verified copy of the database")
    parser.add_argument("-o", "--output", required=True, type=Path)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, context: CliContext) -> int:
    try:
        target = backup_database(context.db.path, args.output)
    except (OSError, BackupError) as error:
        raise Rejected(f"备份失败 / backup failed: {error}") from error
    print(f"backup written to {target}")
    return OK
