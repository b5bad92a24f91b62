"""The command line (DESIGN §6): a thin layer over the services, like the window.

The commands are a table (COMMANDS) of names, help texts and modules; a command's module,
with `configure(parser)`, is imported only when that command is chosen. Its handler receives
the parsed arguments and a `CliContext` (open database, actor). Exit codes: 0 success,
1 rejected input (the message says why), 2 usage error, 3 unexpected failure (one sentence and
the log's path, from the safety net; the traceback goes to the log only).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from app import __version__
from app.catalogue.language import Language, Wording
from app.cli import speech
from app.cli.argparse_words import Parser
from app.cli.report import REPORTS
from app.cli.speech import say
from app.cli.table import Command, add_commands, chosen_command
from app.domain.workspace_address import workspace_place
from app.safety_net import guarded

W = Wording
COMMANDS: tuple[Command, ...] = (
    Command(
        "demo",
        W("用逼真的演示数据填充一个新数据库", "fill a new database with realistic demo data"),
        "app.cli.demo",
    ),
    Command(
        "check",
        W(
            "检查数据库的完整性、结构版本和审计记录",
            "verify the database's integrity and schema version",
        ),
        "app.cli.check",
    ),
    Command(
        "backup",
        W("写入经过校验的数据库备份", "write a verified copy of the database"),
        "app.cli.backup",
    ),
    Command(
        "restore",
        W(
            "用备份替换数据库（先保存一份安全备份）",
            "replace the database by a backup (safety copy first)",
        ),
        "app.cli.restore",
    ),
    Command(
        "report",
        W(
            "打印报表：PDF（表格类另有 .xlsx）",
            "write a report as PDF (and .xlsx where tables matter)",
        ),
        kinds=REPORTS,
    ),
    Command(
        "import",
        W("导入名册、体检结果、县级反馈", "import roster, check-ups, review results"),
        kinds=(
            Command(
                "staff",
                W(
                    "从 .xlsx .xls .et .ods .csv .txt 导入职工名册（预览：--dry-run；"
                    '列：--map "表头=字段,..."）',
                    "import the staff roster from .xlsx .xls .et .ods .csv .txt (preview: "
                    '--dry-run; columns: --map "HEADER=field,...")',
                ),
                "app.cli.import_staff",
                checks_early=True,
            ),
            Command(
                "checkups",
                W(
                    "把合作医院的体检结果导入健康档案"
                    '（预览：--dry-run；列：--map "表头=字段,..."）',
                    "import the partner hospital's check-up results into the health files "
                    '(preview: --dry-run; columns: --map "HEADER=field,...")',
                ),
                "app.cli.import_checkups",
                checks_early=True,
            ),
            Command(
                "review-result",
                W(
                    "县级签名的反馈文件：把其中的巡检和整改事项导入台账（预览：--dry-run）",
                    "the county's signed return file: its inspections and rectification items "
                    "into the register (preview: --dry-run)",
                ),
                "app.cli.import_review",
            ),
        ),
    ),
    Command(
        "indicators",
        W("某一期间的建设标准指标", "the indicators of the founding rules for a period"),
        "app.cli.indicators",
    ),
    Command(
        "export",
        W("某一期间的县级审核数据包（zip）", "the county-review package (zip) of a period"),
        "app.cli.export",
    ),
    Command(
        "county",
        W("县级工作区：导入数据包、汇总报表", "the county workspace: import packages, report"),
        "app.cli.county",
    ),
)


def _global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        type=Path,
        metavar="FILE",
        help=say(
            "数据库文件（默认：用户数据文件夹中的）",
            "database file (default: the user data folder)",
        ),
    )
    parser.add_argument(
        "--lang",
        dest="cli_language",
        choices=[language.value for language in Language],
        help=say(
            "提示信息的语言，也是报表的默认语言（默认：系统的语言；无法判断时为中文）",
            "the language of the messages and, unless a report says otherwise, of printouts "
            "(default: the system's; Chinese when it cannot be told)",
        ),
    )
    parser.add_argument(
        "--user",
        help=say(
            "以此用户身份操作；密码在提示时输入，或从 HEALTHROOM_PASSWORD 读取",
            "act as this user; the password is asked, or read from HEALTHROOM_PASSWORD",
        ),
    )
    parser.add_argument(
        "--workspace",
        type=workspace_place,
        dest="window_workspace",
        metavar="WORKSPACE",
        help=say(
            "在此县级工作区上打开窗口（县级审核人员的窗口）：一个文件，或共享工作区的 "
            "postgresql://user@server/database 地址",
            "open the window on this county workspace (the county reviewer's window): a file, "
            "or a shared workspace's postgresql://user@server/database address",
        ),
    )


def _leading(argv: Sequence[str]) -> argparse.Namespace | None:
    """The options before the command's name, and the command line from it on (`words`), or
    None when they cannot be told without the full parser."""
    parser = argparse.ArgumentParser(add_help=False, exit_on_error=False)
    _global_options(parser)
    parser.add_argument("words", nargs=argparse.REMAINDER)
    try:
        args, _unknown = parser.parse_known_args(list(argv))
    except (argparse.ArgumentError, SystemExit):
        return None
    return args


def command_words(argv: Sequence[str]) -> list[str] | None:
    """The command line from the command's name on (`report quarterly --quarter …`), or None
    when it cannot be told without the full parser."""
    args = _leading(argv)
    return None if args is None else list(args.words)


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The whole command line; given `argv`, only the command it names is configured in full
    (and its module imported), the others are listed by name and help text."""
    parser = Parser(prog="healthroom", description=say("健康小屋台账", "HealthRoom Ledger"))
    parser.add_argument(
        "--version",
        action="version",
        version=f"%(prog)s {__version__}",
        help=say("显示程序版本并退出", "show the program's version and exit"),
    )
    _global_options(parser)
    sub = parser.add_subparsers(dest="command")
    add_commands(sub, COMMANDS, None if argv is None else command_words(argv))
    return parser


def output_files(args: argparse.Namespace) -> list[Path]:
    """The files a printout will write: each is checked before any work starts, so a bad
    second target (--xlsx) cannot leave the first one written."""
    if args.command != "report" and getattr(args, "county_command", None) != "report":
        return []
    return [path for path in (getattr(args, "output", None), getattr(args, "xlsx", None)) if path]


def main(argv: Sequence[str] | None = None) -> int:
    return guarded(lambda: _run(argv), language=speech.language)


def _speak(arguments: Sequence[str]) -> None:
    """Choose the run's language before the parser is built (its help texts are chosen then):
    `--lang` before the command's name, else the system's."""
    args = _leading(arguments)
    speech.choose(None if args is None else args.cli_language)


def _check_early(arguments: Sequence[str]) -> None:
    """A command that opens the register to write has its quick check started now, in a
    thread, while the command's modules load (`register_check.check_early`)."""
    args = _leading(arguments)
    command = None if args is None else chosen_command(COMMANDS, args.words)
    if args is None or command is None or not command.checks_early:
        return
    from app.paths import default_database
    from app.services.register_check import check_early

    check_early(args.db or default_database())


def _run(argv: Sequence[str] | None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if command_words(arguments):  # a command: its start-up is quiet (`app.memory`)
        from app.memory import quiet_start_up

        with quiet_start_up():
            return _run_command(arguments)
    return _run_command(arguments)


def _run_command(arguments: list[str]) -> int:
    _speak(arguments)
    _check_early(arguments)
    parser = build_parser(arguments)
    args = parser.parse_args(arguments)
    for option in ("lang", "language"):  # a printout's language: the run's unless given
        if getattr(args, option, "") is None:
            setattr(args, option, speech.language().value)
    if args.command is None and args.window_workspace is not None:
        from app.ui.splash import run_workspace_window

        return run_workspace_window(args.window_workspace)
    if args.command is None:
        from app.paths import default_database
        from app.ui.splash import run_window

        return run_window(args.db or default_database())
    validate = getattr(args, "validate", None)
    if validate is not None:
        problem = validate(args)
        if problem:
            parser.error(problem)
    targets = output_files(args)
    if targets:
        from app.cli.opening import REJECTED, output_refusal
        from app.reports.atomic import OutputError, check_target

        for target in targets:
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
    return run_in_context(args)


def run_in_context(args: argparse.Namespace) -> int:
    """Open the database as the --user and run the chosen command's handler in it. A command
    that reads (a `reader`) reads a plain, current register without the ORM, its --user (if
    any) signed in on the same connection."""
    from app.cli.opening import REJECTED, Rejected, open_for_reading, signed_in
    from app.db.rows import close_rows
    from app.memory import freeze_start_up
    from app.paths import default_database

    freeze_start_up()  # the command's modules are imported: no collector pass walks them again
    database = args.db or default_database()
    reader: Callable[..., int] | None = getattr(args, "reader", None)
    try:
        writes = args.user is not None or getattr(args, "reader_writes", False)
        rows = open_for_reading(database, writes) if reader else None
        if reader is not None and rows is not None:
            try:
                actor = signed_in(rows, args.user) if args.user else None
                return _answer(reader, args, rows, actor)
            finally:
                close_rows(rows)
        from app.cli.common import open_context

        prepare: Callable[[argparse.Namespace], None] | None = getattr(args, "prepare", None)
        if prepare is not None:  # work needing no register (reading the file) starts first
            prepare(args)
        context = open_context(database, args.user, create=args.command == "demo")
    except Rejected as error:
        print(str(error), file=sys.stderr)
        return REJECTED
    try:
        return _answer(args.handler, args, context)
    finally:
        context.db.close()


def _answer(handler: Callable[..., int], *arguments: object) -> int:
    """The handler's exit code; a refusal in words instead of a traceback."""
    from app.cli.opening import REJECTED, Rejected
    from app.services.actor import PermissionDenied

    try:
        return handler(*arguments)
    except Rejected as error:
        print(str(error), file=sys.stderr)
        return REJECTED
    except PermissionDenied as error:  # a service's own check, past the command's
        from app.cli.common import refused

        print(str(refused(error)), file=sys.stderr)
        return REJECTED
    except BrokenPipeError:  # the output piped into a reader that stopped (`| head`): not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
