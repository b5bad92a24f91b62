"""healthroom report monthly --month 2026-10 -o FILE.pdf"""

from __future__ import annotations

import argparse

from app.cli.report_period import configure_period
from app.reports.period_kinds import MONTHLY_INFO


def configure(parser: argparse.ArgumentParser) -> None:
    configure_period(parser, MONTHLY_INFO, "--month")
