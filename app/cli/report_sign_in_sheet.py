"""healthroom report sign-in-sheet --activity ID -o FILE.pdf: an activity's sign-in sheet
(活动签到表; needs --user: it names the staff invited)."""

from __future__ import annotations

import argparse

from app.catalogue.reports import ReportKey
from app.cli.common import CliContext, Rejected
from app.cli.report_output import add_output_options, written
from app.cli.speech import say
from app.reports.language import ReportLanguage
from app.reports.request import ReportRequest, write_report


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--activity", required=True, type=int, help=say("活动的编号", "the activity's number")
    )
    parser.add_argument(
        "--barcodes", action="store_true", help=say("每个姓名旁印条码", "a code beside each name")
    )
    add_output_options(parser, run)


def run(args: argparse.Namespace, context: CliContext) -> int:
    from app.services.activities import ActivityError

    actor = context.require_actor()
    request = ReportRequest(
        args.output,
        language=ReportLanguage(args.lang),
        options={"activity": args.activity, "barcodes": args.barcodes},
    )
    try:
        return written(lambda: [write_report(ReportKey.SIGN_IN_SHEET, context.db, actor, request)])
    except (ActivityError, LookupError) as error:
        raise Rejected(
            say(f"没有编号为 {args.activity} 的活动", f"no activity {args.activity}")
        ) from error
