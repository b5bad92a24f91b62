"""healthroom report annual --year 2026 -o FILE.pdf [--xlsx FILE.xlsx]"""

from __future__ import annotations

import argparse

from app.cli.report_period import configure_period
from app.reports.period_kinds import ANNUAL_INFO


def configure(parser: argparse.ArgumentParser) -> None:
    configure_period(parser, ANNUAL_INFO, "--year")
