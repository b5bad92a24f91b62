"""healthroom report annual --year 2026 -o FILE.pdf [--xlsx FILE.xlsx]"""

from __future__ import annotations

from app.cli.common import Subparsers
from app.cli.report_period import add_parser
from app.reports.period_kinds import ANNUAL_INFO


def register(kinds: Subparsers) -> None:
    add_parser(kinds, ANNUAL_INFO, "--year", "the annual summary (年度总结)")
