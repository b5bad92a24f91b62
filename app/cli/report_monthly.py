"""healthroom report monthly --month 2026-10 -o FILE.pdf"""

from __future__ import annotations

from app.cli.common import Subparsers
from app.cli.report_period import add_parser
from app.reports.period_kinds import MONTHLY_INFO


def register(kinds: Subparsers) -> None:
    add_parser(kinds, MONTHLY_INFO, "--month", "the monthly report (月报) for the union chair")
