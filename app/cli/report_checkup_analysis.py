"""healthroom report checkup-analysis --year 2026 -o FILE.pdf: the group analysis of the
year's check-ups (体检结果群体分析; counts and rates, no names; needs --user)."""

from __future__ import annotations

import argparse

from app.cli.common import CliContext
from app.cli.report_output import add_output_options, written
from app.domain.permissions import Action
from app.reports.language import ReportLanguage


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--year", required=True, type=int, help="the check-ups' year, e.g. 2026")
    add_output_options(parser, run)


def run(args: argparse.Namespace, context: CliContext) -> int:
    from app.reports.checkup_analysis import write_checkup_analysis

    actor = context.require(Action.READ_HEALTH_DATA)
    language = ReportLanguage(args.lang)
    return written(
        lambda: [write_checkup_analysis(context.db, actor, args.year, args.output, language)]
    )
