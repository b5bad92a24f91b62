"""healthroom report usage-register --from D --to D -o FILE.pdf [--xlsx FILE.xlsx]
healthroom report usage-register --blank PAGES -o FILE.pdf   (empty sheets for the paper fallback)
"""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.common import OK, OUTPUT_PROBLEMS, CliContext, Rejected
from app.cli.report_output import add_language_option, add_pdf_option, iso_date
from app.cli.speech import say
from app.domain.permissions import Action
from app.reports.atomic import OutputError
from app.reports.language import ReportLanguage
from app.reports.usage_register import export_blank_register, export_usage_register
from app.services.actor import PermissionDenied

MAX_BLANK_PAGES = 200


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--from", dest="date_from", type=iso_date, metavar="YYYY-MM-DD",
        help=say("第一天", "the first day"),
    )  # fmt: skip
    parser.add_argument(
        "--to",
        dest="date_to",
        type=iso_date,
        metavar="YYYY-MM-DD",
        help=say("最后一天", "the last day"),
    )
    add_pdf_option(parser)
    parser.add_argument(
        "--xlsx", type=Path, metavar="FILE.xlsx",
        help=say("同时写入 .xlsx 表格", "also write the register as .xlsx"),
    )  # fmt: skip
    parser.add_argument(
        "--blank", type=int, metavar="PAGES",
        help=say("打印空白登记表（页数）", "blank register sheets (pages)"),
    )  # fmt: skip
    add_language_option(parser)
    parser.set_defaults(handler=run, validate=validate)


def validate(args: argparse.Namespace) -> str | None:
    if args.blank is not None:
        if not 1 <= args.blank <= MAX_BLANK_PAGES:
            return say(
                f"--blank 应在 1 到 {MAX_BLANK_PAGES} 页之间",
                f"--blank must be between 1 and {MAX_BLANK_PAGES} pages",
            )
        if args.date_from or args.date_to or args.xlsx:
            return say(
                "--blank 打印空白表，请不要同时给出 --from、--to 和 --xlsx",
                "--blank prints empty sheets: leave out --from, --to and --xlsx",
            )
        return None
    if args.date_from is None or args.date_to is None:
        return say(
            "请给出 --from 和 --to（空白表用 --blank 页数）",
            "give --from and --to (or --blank PAGES for empty sheets)",
        )
    if args.date_from > args.date_to:
        return say("--from 不能晚于 --to", "--from must not be after --to")
    return None


def run(args: argparse.Namespace, context: CliContext) -> int:
    language = ReportLanguage(args.lang)
    actor = context.require(Action.PRINT_REPORTS)
    try:
        if args.blank is not None:
            path = export_blank_register(context.db, args.output, args.blank, language)
            print(
                say(
                    f"空白登记表（{args.blank} 页）已写入 {path}",
                    f"blank register ({args.blank} pages) written to {path}",
                )
            )
            return OK
        result = export_usage_register(
            context.db,
            actor,
            args.date_from,
            args.date_to,
            args.output,
            args.xlsx,
            language,
        )
    except OutputError as error:
        raise Rejected(
            f"{OUTPUT_PROBLEMS.get(error.reason, error.reason)}: {error.path}"
        ) from error
    except PermissionDenied as error:
        raise Rejected(
            say(
                f"用户 {error.actor.username} 无权打印使用登记表",
                f"{error.actor.username} may not print the usage register",
            )
        ) from error
    first, last = args.date_from, args.date_to
    print(
        say(
            f"使用登记表 {first} 至 {last}：{result.lines} 人次",
            f"usage register {first} to {last}: {result.lines} visits",
        )
    )
    for path in result.files:
        print(say(f"  已写入 {path}", f"  written to {path}"))
    return OK
