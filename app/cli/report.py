"""healthroom report KIND ... : every printout from the command line.

Each report kind is a module `app/cli/report_<kind>.py` with `register(kinds)`, listed in
KINDS below; its handler writes the file(s) atomically and prints where they went.
"""

from __future__ import annotations

from types import ModuleType

from app.cli import (
    report_annual,
    report_asset_labels,
    report_equipment,
    report_monthly,
    report_quarterly,
    report_usage_register,
    report_wall_schedule,
)
from app.cli.common import Subparsers

KINDS: tuple[ModuleType, ...] = (
    report_wall_schedule,
    report_monthly,
    report_quarterly,
    report_annual,
    report_equipment,
    report_asset_labels,
    report_usage_register,
)


def register(sub: Subparsers) -> None:
    parser = sub.add_parser("report", help="write a report as PDF (and .xlsx where tables matter)")
    kinds = parser.add_subparsers(dest="report_kind", required=True, metavar="KIND")
    for kind in KINDS:
        kind.register(kinds)
