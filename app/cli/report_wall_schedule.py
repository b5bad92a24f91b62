"""healthroom report wall-schedule -o FILE.pdf [--a3]: the open-hours poster for the door."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from app.cli.common import OK, OUTPUT_PROBLEMS, CliContext, Rejected
from app.cli.speech import say
from app.domain.permissions import Action
from app.reports.atomic import OutputError
from app.reports.language import ReportLanguage
from app.reports.wall_schedule import write_wall_schedule
from app.reports.wall_schedule_content import DEFAULT_WEEKS


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text}") from error


def _weeks(text: str) -> int:
    weeks = int(text) if text.isdigit() else 0
    if not 1 <= weeks <= 26:
        raise argparse.ArgumentTypeError(f"weeks must be 1 to 26: {text}")
    return weeks


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-o", "--output", required=True, type=Path, help="the PDF to write")
    parser.add_argument("--a3", action="store_true", help="A3 paper instead of A4")
    parser.add_argument(
        "--weeks",
        type=_weeks,
        default=DEFAULT_WEEKS,
        help=f"closures shown for this many weeks ahead (default {DEFAULT_WEEKS})",
    )
    parser.add_argument("--date", type=_date, help="print as of this date (default today)")
    parser.add_argument(
        "--language",
        "--lang",
        dest="language",
        choices=[x.value for x in ReportLanguage],
        default=ReportLanguage.ZH.value,
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, context: CliContext) -> int:
    # Every printout acts as a user, as in the window (the open hours page).
    actor = context.require(Action.READ_OPEN_HOURS)
    try:
        path = write_wall_schedule(
            context.db,
            actor,
            args.output,
            today=args.date or dt.date.today(),
            paper="A3" if args.a3 else "A4",
            weeks=args.weeks,
            language=ReportLanguage(args.language),
        )
    except OutputError as error:
        reason = OUTPUT_PROBLEMS.get(error.reason, error.reason)
        raise Rejected(say("无法写入", f"cannot write {error.path}: {reason}")) from error
    print(say(f"开放时间表已写入 {path}", f"wall schedule written to {path}"))
    return OK
