"""healthroom report cleaning-log --month 2026-10 -o FILE.pdf [--blank]: the month's
cleaning and disinfection log (清洁消毒登记表), as recorded or blank to fill in by hand."""

from __future__ import annotations

import argparse
import datetime as dt

from app.cli.common import CliContext, Rejected
from app.cli.report_output import READER, add_output_options, written
from app.cli.speech import say
from app.domain.periods import Period, PeriodError, PeriodKind
from app.reports.language import ReportLanguage


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--month", required=True, help="the month, e.g. 2026-10")
    parser.add_argument("--blank", action="store_true", help="only the dates, to fill in by hand")
    add_output_options(parser, run)


def run(args: argparse.Namespace, context: CliContext) -> int:
    from app.reports.cleaning_log import cleaning_log_data, write_cleaning_log

    try:
        month = Period.parse(args.month)
    except PeriodError as error:
        raise Rejected(
            say("月份格式应为 2026-10", f"--month must look like 2026-10: {error}")
        ) from error
    if month.kind is not PeriodKind.MONTH:
        raise Rejected(say("月份格式应为 2026-10", "--month must be a month like 2026-10"))
    data = cleaning_log_data(
        context.db, context.actor or READER, month.year, month.number, dt.date.today()
    )
    language = ReportLanguage(args.lang)
    return written(lambda: [write_cleaning_log(args.output, data, args.blank, language)])
