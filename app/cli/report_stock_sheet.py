"""healthroom report stock-sheet -o FILE.pdf: the consumables stock sheet (日常消耗品库存表)."""

from __future__ import annotations

import argparse
import datetime as dt

from app.cli.common import CliContext
from app.cli.report_output import READER, add_output_options, written
from app.reports.language import ReportLanguage


def configure(parser: argparse.ArgumentParser) -> None:
    add_output_options(parser, run)


def run(args: argparse.Namespace, context: CliContext) -> int:
    from app.reports import consumables_stock

    data = consumables_stock.stock_sheet_data(context.db, context.actor or READER, dt.date.today())
    return written(
        lambda: [consumables_stock.write_pdf(args.output, data, ReportLanguage(args.lang))]
    )
