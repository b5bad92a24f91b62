"""healthroom report wall-schedule -o FILE.pdf [--a3]: the open-hours poster for the door."""

from __future__ import annotations

import argparse
import datetime as dt

from app.catalogue.reports import ReportKey
from app.cli.common import OK, CliContext, output_refusal
from app.cli.report_output import add_language_option, add_pdf_option, iso_date
from app.cli.speech import say
from app.domain.permissions import Action
from app.reports.atomic import OutputError
from app.reports.language import ReportLanguage
from app.reports.request import ReportRequest, write_report
from app.reports.wall_schedule_content import DEFAULT_WEEKS


def _weeks(text: str) -> int:
    weeks = int(text) if text.isdigit() else 0
    if not 1 <= weeks <= 26:
        raise argparse.ArgumentTypeError(
            say(f"周数应为 1 到 26：{text}", f"weeks must be 1 to 26: {text}")
        )
    return weeks


def configure(parser: argparse.ArgumentParser) -> None:
    add_pdf_option(parser)
    parser.add_argument(
        "--a3", action="store_true", help=say("用 A3 纸（默认 A4）", "A3 paper instead of A4")
    )
    parser.add_argument(
        "--weeks",
        type=_weeks,
        default=DEFAULT_WEEKS,
        help=say(
            f"列出今后多少周内的闭馆安排（默认 {DEFAULT_WEEKS}）",
            f"closures shown for this many weeks ahead (default {DEFAULT_WEEKS})",
        ),
    )
    parser.add_argument(
        "--date", type=iso_date, metavar="YYYY-MM-DD",
        help=say("按此日期打印（默认今天）", "print as of this date (default today)"),
    )  # fmt: skip
    add_language_option(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, context: CliContext) -> int:
    # Every printout acts as a user, as in the window (the open hours page).
    actor = context.require(Action.READ_OPEN_HOURS)
    try:
        request = ReportRequest(
            args.output,
            language=ReportLanguage(args.lang),
            as_of=args.date or dt.date.today(),
            options={"a3": args.a3, "weeks": args.weeks},
        )
        path = write_report(ReportKey.WALL_SCHEDULE, context.db, actor, request)
    except OutputError as error:
        raise output_refusal(error) from error
    print(say(f"开放时间表已写入 {path}", f"wall schedule written to {path}"))
    return OK
