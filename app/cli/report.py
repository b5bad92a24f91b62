"""healthroom report KIND ... : every printout from the command line.

Each kind is a report of the catalogue (app/catalogue/reports.py) with a command; its
module `app/cli/report_<kind>.py` (with `configure(parser)`) is imported only when it is
chosen. The handler writes the file(s) atomically and prints where they went.
"""

from __future__ import annotations

from app.catalogue.reports import REPORTS as REPORTS_DECLARED
from app.cli.table import Command

REPORTS: tuple[Command, ...] = tuple(
    Command(spec.command, spec.cli_help, spec.cli_module) for spec in REPORTS_DECLARED.values()
    if spec.command
)  # fmt: skip
