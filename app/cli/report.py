"""healthroom report KIND ... : every printout from the command line.

Each kind is a name, a help text and its module `app/cli/report_<kind>.py` (with
`configure(parser)`); the module is imported only when its kind is chosen. The handler
writes the file(s) atomically and prints where they went.
"""

from __future__ import annotations

from app.cli.table import Command

REPORTS: tuple[Command, ...] = (
    Command(
        "wall-schedule",
        "the open-hours table for the door (开放时间表), one page",
        "app.cli.report_wall_schedule",
    ),
    Command("monthly", "the monthly report (月报) for the union chair", "app.cli.report_monthly"),
    Command(
        "quarterly",
        "the quarterly participation report (季度参与报告)",
        "app.cli.report_quarterly",
    ),
    Command("annual", "the annual summary (年度总结)", "app.cli.report_annual"),
    Command(
        "equipment", "the equipment ledger (设备台账) as PDF and .xlsx", "app.cli.report_equipment"
    ),
    Command(
        "asset-labels",
        "QR asset labels (设备资产标签) for A4 label paper",
        "app.cli.report_asset_labels",
    ),
    Command(
        "usage-register",
        "the usage register (使用登记表) for a date range, or blank forms",
        "app.cli.report_usage_register",
    ),
)
