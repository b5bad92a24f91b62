"""healthroom report quarterly --quarter 2026Q3 -o FILE.pdf [--xlsx FILE.xlsx] [--names]"""

from __future__ import annotations

from app.cli.common import Subparsers
from app.cli.report_period import add_parser
from app.reports.period_kinds import QUARTERLY_INFO


def register(kinds: Subparsers) -> None:
    parser = add_parser(
        kinds, QUARTERLY_INFO, "--quarter", "the quarterly participation report (季度参与报告)"
    )
    parser.add_argument(
        "--names",
        action="store_true",
        help="list the staff who took part in nothing by name (needs --user: chair or admin)",
    )
