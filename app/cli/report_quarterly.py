"""healthroom report quarterly --quarter 2026Q3 -o FILE.pdf [--xlsx FILE.xlsx] [--names]"""

from __future__ import annotations

import argparse

from app.cli.report_period import configure_period
from app.reports.period_kinds import QUARTERLY_INFO


def configure(parser: argparse.ArgumentParser) -> None:
    configure_period(parser, QUARTERLY_INFO, "--quarter")
    parser.add_argument(
        "--names",
        action="store_true",
        help="list the staff who took part in nothing by name (needs --user: chair or admin)",
    )
