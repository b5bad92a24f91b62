"""What the parts of the county window share: the workspace, the signed-in reviewer, the
window's day, its tables' models and the replaceable questions the tests answer — and the
message for a task that failed. Each tab's work is a part of its own (importing, inspections,
the county report); `CountyWindow` puts them together.

The parts' texts are in the window's translation context ("CountyWindow"), as they were when
the window was one class: a part is never a window of its own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QMainWindow,
    QMessageBox,
)

from app.db.county_models import Workspace
from app.exchange.county_import import ImportOutcome
from app.exchange.removable import RemovableDrive
from app.reports.atomic import OutputError
from app.services.county import AccessRow, InspectionRow, SiteInspections, SiteRow
from app.services.county_accounts import CountyReviewer
from app.ui.county_summary_panel import CountySummaryPanel
from app.ui.error_dialog import show_unexpected
from app.ui.forms.ui_county_window import Ui_CountyWindow
from app.ui.i18n import output_problem
from app.ui.models.county_figures_model import CountyFiguresModel
from app.ui.models.row_table_model import RowTableModel
from app.ui.tasks import Task


class CountyWindowBase(QMainWindow):
    workspace: Workspace
    reviewer: CountyReviewer
    today: Callable[[], dt.date]
    drives: Callable[[], list[RemovableDrive]]
    ui: Ui_CountyWindow
    task: Task | None
    last_outcomes: list[ImportOutcome]
    last_summary: str
    choose_packages: Callable[[], list[Path]]
    choose_file: Callable[[str], Path | None]
    ask_year: Callable[[], int | None]
    open_pdf: Callable[[Path], None]
    choose_folder: Callable[[], Path | None]
    ask_comment: Callable[[str, str], str | None]
    figures: CountyFiguresModel
    inspected: RowTableModel[SiteInspections]
    inspections: RowTableModel[InspectionRow]
    sites: RowTableModel[SiteRow]
    access: RowTableModel[AccessRow]
    summary: CountySummaryPanel

    def reload(self) -> None:
        raise NotImplementedError  # CountyWindow shows the workspace again

    def failed(self, error: BaseException) -> None:
        if isinstance(error, OutputError):
            QMessageBox.warning(
                self,
                QCoreApplication.translate("CountyWindow", "County report"),
                QCoreApplication.translate(
                    "CountyWindow",
                    "The report could not be written to %1 (%2). Nothing was left under its name.",
                )
                .replace("%1", str(error.path))
                .replace("%2", output_problem(error.reason)),
            )
            return
        show_unexpected(error)
