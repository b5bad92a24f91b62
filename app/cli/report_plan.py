"""healthroom report plan --year 2026 -o FILE.pdf [--with-actual]: the year's health
promotion plan (年度健康促进计划; needs --user)."""

from __future__ import annotations

import argparse

from app.cli.common import CliContext
from app.cli.report_output import add_output_options, written
from app.reports.language import ReportLanguage


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--year", required=True, type=int, help="the plan's year, e.g. 2026")
    parser.add_argument("--with-actual", action="store_true", help="beside what was held")
    add_output_options(parser, run)


def run(args: argparse.Namespace, context: CliContext) -> int:
    from app.reports.promotion_plan import write_promotion_plan

    actor = context.require_actor()  # the plan is the chair's and the administrator's
    language = ReportLanguage(args.lang)
    return written(
        lambda: [
            write_promotion_plan(
                context.db, actor, args.year, args.output, args.with_actual, language
            )
        ]
    )
