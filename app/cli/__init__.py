"""The command line (DESIGN §6): a thin layer over the services, like the window.

Each command lives in its own module with `register(subparsers)`; the handler receives the
parsed arguments and a `Session` (open database, actor). Exit codes: 0 success, 1 rejected
input (the message says why), 2 usage error, 3 unexpected failure (one sentence and the log's
path, from the safety net; the traceback goes to the log only).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from app import __version__
from app.cli import backup, check, county, demo, export, import_staff, indicators, report, restore
from app.cli.common import REJECTED, Handler, Rejected, open_context, output_refusal, refused
from app.paths import default_database
from app.reports.atomic import OutputError, check_target
from app.safety_net import guarded
from app.services.actor import PermissionDenied

COMMANDS = (demo, check, backup, restore, report, import_staff, indicators, export, county)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="healthroom", description="健康小屋台账 HealthRoom Ledger"
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--db", type=Path, help="database file (default: the user data folder)")
    parser.add_argument(
        "--user",
        help="act as this user; the password is asked, or read from HEALTHROOM_PASSWORD",
    )
    parser.add_argument(
        "--workspace",
        type=Path,
        dest="window_workspace",
        help="open the window on this county workspace (the county reviewer's window)",
    )
    sub = parser.add_subparsers(dest="command")
    for command in COMMANDS:
        command.register(sub)
    return parser


def output_files(args: argparse.Namespace) -> list[Path]:
    """The files a printout will write: each is checked before any work starts, so a bad
    second target (--xlsx) cannot leave the first one written."""
    if args.command != "report" and getattr(args, "county_command", None) != "report":
        return []
    return [path for path in (getattr(args, "output", None), getattr(args, "xlsx", None)) if path]


def main(argv: Sequence[str] | None = None) -> int:
    return guarded(lambda: _run(argv))


def _run(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    database = args.db or default_database()
    if args.command is None and args.window_workspace is not None:
        from app.ui.splash import run_workspace_window

        return run_workspace_window(args.window_workspace)
    if args.command is None:
        from app.ui.splash import run_window

        return run_window(database)
    validate = getattr(args, "validate", None)
    if validate is not None:
        problem = validate(args)
        if problem:
            parser.error(problem)
    for target in output_files(args):
        try:
            check_target(target)
        except OutputError as error:
            print(str(output_refusal(error)), file=sys.stderr)
            return REJECTED
    from app.logging_setup import setup_logging

    setup_logging()
    standalone = getattr(args, "standalone", None)
    if standalone is not None:  # the county workspace: the site's database stays closed
        code: int = standalone(args)
        return code
    handler: Handler = args.handler
    try:
        context = open_context(database, args.user, create=args.command == "demo")
    except Rejected as error:
        print(str(error), file=sys.stderr)
        return REJECTED
    try:
        return handler(args, context)
    except Rejected as error:
        print(str(error), file=sys.stderr)
        return REJECTED
    except PermissionDenied as error:  # a service's own check, past the command's
        print(str(refused(error.actor)), file=sys.stderr)
        return REJECTED
    except BrokenPipeError:  # the output piped into a reader that stopped (`| head`): not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    finally:
        context.db.close()
