"""healthroom report outreach --year 2026 -o FILE.pdf [--xlsx FILE]: staff who came to none
of the year's lectures (needs --user: it names them)."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from app.cli.common import CliContext
from app.cli.report_output import add_output_options, written
from app.reports.language import ReportLanguage


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--year", required=True, type=int, help="the year, e.g. 2026")
    parser.add_argument("--xlsx", type=Path, help="also write the list as a workbook")
    add_output_options(parser, run)


def run(args: argparse.Namespace, context: CliContext) -> int:
    from app.reports.outreach import write_outreach_pdf, write_outreach_xlsx

    actor, today, language = context.require_actor(), dt.date.today(), ReportLanguage(args.lang)

    def write() -> list[Path]:
        paths = [write_outreach_pdf(context.db, actor, args.year, today, args.output, language)]
        if args.xlsx is not None:
            paths.append(
                write_outreach_xlsx(context.db, actor, args.year, today, args.xlsx, language)
            )
        return paths

    return written(write)
