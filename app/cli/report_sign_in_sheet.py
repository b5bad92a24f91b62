"""healthroom report sign-in-sheet --activity ID -o FILE.pdf: an activity's sign-in sheet
(活动签到表; needs --user: it names the staff invited)."""

from __future__ import annotations

import argparse

from app.cli.common import CliContext, Rejected
from app.cli.report_output import add_output_options, written
from app.cli.speech import say
from app.reports.language import ReportLanguage


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--activity", required=True, type=int, help="the activity's number")
    parser.add_argument("--barcodes", action="store_true", help="a code beside each name")
    add_output_options(parser, run)


def run(args: argparse.Namespace, context: CliContext) -> int:
    from app.reports.sign_in_sheet import write_sign_in_sheet
    from app.services.activities import ActivityError

    actor, language = context.require_actor(), ReportLanguage(args.lang)
    try:
        return written(
            lambda: [
                write_sign_in_sheet(
                    context.db, actor, args.activity, args.output, args.barcodes, language
                )
            ]
        )
    except (ActivityError, LookupError) as error:
        raise Rejected(
            say(f"没有编号为 {args.activity} 的活动", f"no activity {args.activity}")
        ) from error
