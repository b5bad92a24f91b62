"""healthroom report monthly --month 2026-10 -o FILE.pdf"""

from __future__ import annotations

from app.cli.common import Subparsers
from app.cli.report_period import add_parser
from app.reports.monthly_report import MONTHLY


def register(kinds: Subparsers) -> None:
    add_parser(kinds, MONTHLY, "--month", "the monthly report (月报) for the union chair")
