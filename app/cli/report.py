"""healthroom report KIND ... : every printout of the site's register from the command line
(the county summary is `healthroom county report`).

Each kind is a report of the catalogue (app/catalogue/reports.py): its options are built
from its spec (app/cli/report_kind.py), or, for the few with options of their own
(`own_cli`), by `app/cli/report_<kind>.py`, imported only when it is chosen. The handler
writes the file(s) atomically and prints where they went.
"""

from __future__ import annotations

from app.catalogue.reports import SITE_REPORTS
from app.cli.table import Command

REPORTS: tuple[Command, ...] = tuple(
    Command(spec.command, spec.title, spec.cli_module, report="" if spec.own_cli else spec.key)
    for spec in SITE_REPORTS
)  # fmt: skip
