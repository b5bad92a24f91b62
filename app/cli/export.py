"""`healthroom export --period 2026Q3 -o DIR`: the county-review package (zip) into DIR."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from app.catalogue.problems import ExportProblem
from app.cli.common import OK, OUTPUT_PROBLEMS, CliContext, Rejected
from app.cli.report_output import add_as_of_option
from app.cli.speech import say, spoken
from app.domain.periods import Period, PeriodError

CHAIR_PASSWORD_ENV = "HEALTHROOM_CHAIR_PASSWORD"
PERIOD_HELP_ZH, PERIOD_HELP_EN = "年、季度或月：2026、2026Q3 或 2026-10", "2026, 2026Q3 or 2026-10"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--period", required=True, help=say(PERIOD_HELP_ZH, PERIOD_HELP_EN))
    parser.add_argument(
        "-o", "--output", type=Path, required=True, metavar="DIR",
        help=say("写入的文件夹", "the folder to write to"),
    )  # fmt: skip
    parser.add_argument(
        "--named",
        action="store_true",
        help=say(
            f"实名导出（需要工会主席的密码：从 {CHAIR_PASSWORD_ENV} 读取或提示输入）",
            f"with names (needs the union chair's password, from {CHAIR_PASSWORD_ENV} or asked)",
        ),
    )
    add_as_of_option(parser)

    def validate(args: argparse.Namespace) -> str | None:
        try:
            Period.parse(args.period)
        except PeriodError:
            return say(
                f"--period “{args.period}”：格式应为 2026、2026Q3 或 2026-10",
                f"--period {args.period!r}: write it like 2026, 2026Q3 or 2026-10",
            )
        return None

    parser.set_defaults(handler=run, validate=validate)


def _chair_password() -> str:
    import getpass

    from_env = os.environ.get(CHAIR_PASSWORD_ENV)
    if from_env is not None:
        return from_env
    try:
        return getpass.getpass(
            say(
                "工会主席的密码（批准实名导出）：",
                "the union chair's password (approves a named export): ",
            )
        )
    except (EOFError, KeyboardInterrupt, OSError) as error:
        raise Rejected(
            say("实名导出需要工会主席的密码", "a named export needs the chair's password")
        ) from error


def run(args: argparse.Namespace, context: CliContext) -> int:
    from app.exchange.export_package import ExportRefused, export_package
    from app.reports.atomic import OutputError
    from app.services.actor import PermissionDenied

    actor = context.require_actor()
    password = _chair_password() if args.named else None
    try:
        result = export_package(
            context.db, actor, Period.parse(args.period), args.output, args.named, password,
            as_of=args.as_of,
        )  # fmt: skip
    except ExportRefused as error:
        problem = spoken(ExportProblem(error.reason))
        where = f"{args.period}{say('：', ': ')}" if error.reason == "future_period" else ""
        raise Rejected(f"{where}{problem}") from error
    except PermissionDenied as error:
        raise Rejected(
            say(f"用户 {actor.username} 无权导出", f"{actor.username} may not export")
        ) from error
    except OutputError as error:
        problem = OUTPUT_PROBLEMS.get(error.reason, error.reason)
        raise Rejected(
            say(
                f"{error.path}: {problem}；未留下文件",
                f"{error.path}: {problem}; nothing was left under the package's name",
            )
        ) from error
    kind = say("去标识化", "de-identified") if result.deidentified else say("实名", "named")
    print(
        say(
            f"已写入 {result.path}（{kind}，{result.size} 字节）",
            f"written: {result.path} ({kind}, {result.size} bytes)",
        )
    )
    from app.services.export_records import key_fingerprint

    key = key_fingerprint(context.db, actor)
    print(
        say(
            f"签名密钥指纹：{key}（县级首次导入时核对）",
            f"key fingerprint: {key} (read it to the county on its first import)",
        )
    )
    return OK
