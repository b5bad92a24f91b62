"""The Equipment page's printouts: the equipment ledger (设备台账, PDF or .xlsx) and the asset
label sheet; the consumables stock sheet goes through the same runner.

Each is written in the background with progress (app.ui.tasks), then opened; a file that
cannot be written is said in the user's words, with what to do.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices

from app.catalogue.reports import ReportKey, report
from app.reports.atomic import OutputError
from app.reports.equipment_dataset import label_data
from app.reports.language import ReportLanguage
from app.reports.request import ReportRequest, write_report
from app.ui.error_dialog import show_unexpected
from app.ui.file_dialogs import FolderKind, ask_save_file
from app.ui.i18n import catalogue_language, output_problem
from app.ui.pages.equipment_messages import RED
from app.ui.tasks import Progress, run_with_progress

if TYPE_CHECKING:
    from app.ui.dialogs.equipment.asset_labels_dialog import LabelChoice
    from app.ui.pages.equipment_page import EquipmentPage


def open_with_system(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class EquipmentPrintouts(QObject):
    def __init__(self, page: EquipmentPage) -> None:
        super().__init__(page)
        self.page = page
        self.open_file: Callable[[Path], None] = open_with_system
        self.last_report: Path | None = None
        page.panel.ledgerButton.clicked.connect(self.print_ledger)
        page.panel.labelsButton.clicked.connect(self.print_labels)

    def ask_save_path(self, title: str, name: str, filters: str) -> Path | None:
        return ask_save_file(self.page, FolderKind.REPORT, title, name, filters)

    def language(self) -> ReportLanguage:
        return catalogue_language()

    # --- the equipment ledger ----------------------------------------------------------------

    def print_ledger(self) -> None:
        filters = self.tr("PDF (*.pdf);;Excel workbook (*.xlsx)")
        path = self.ask_save_path(
            self.tr("Save the equipment ledger"),
            f"{report(ReportKey.EQUIPMENT).file_name}.pdf",
            filters,
        )
        if path is not None:
            self.generate_ledger(path)

    def generate_ledger(self, path: Path) -> None:
        """The ledger as the file chosen: a PDF, or the workbook alone (an .xlsx)."""
        context = self.page.context
        request = ReportRequest(path, language=self.language(), as_of=context.today())
        self.run_report(self.tr("Equipment ledger"), self.job(ReportKey.EQUIPMENT, request))

    # --- the asset labels --------------------------------------------------------------------

    def print_labels(self) -> None:
        """Choose the devices, the paper and the first free label, then where to save."""
        from app.ui.dialogs.equipment.asset_labels_dialog import (
            AssetLabelsDialog,  # draws with reportlab's sizes
        )

        page = self.page
        in_room = len(label_data(page.context.db, page.context.actor)[1])
        dialog = AssetLabelsDialog(page.selected_device_ids(), in_room, page)
        page.dialog = dialog

        def accepted() -> None:
            assert dialog.choice is not None
            path = self.ask_save_path(
                self.tr("Save the asset labels"),
                f"{report(ReportKey.ASSET_LABELS).file_name}.pdf",
                self.tr("PDF (*.pdf)"),
            )
            if path is not None:
                self.generate_labels(path, dialog.choice)

        dialog.accepted.connect(accepted)
        dialog.finished.connect(lambda _r: setattr(page, "dialog", None))
        dialog.open()

    def generate_labels(self, path: Path, choice: LabelChoice | None = None) -> None:
        from app.ui.dialogs.equipment.asset_labels_dialog import remember

        options: dict[str, object] = {}
        if choice is not None:
            options = {"paper": choice.paper, "start": choice.skip + 1}
            if choice.device_ids is not None:
                options["devices"] = list(choice.device_ids)
        request = ReportRequest(path, language=self.language(), options=options)
        self.run_report(
            self.tr("Asset labels"),
            self.job(ReportKey.ASSET_LABELS, request),
            (lambda: remember(choice)) if choice else None,
        )

    def job(self, key: ReportKey, request: ReportRequest) -> Callable[[Progress], Path]:
        """Print `key` through the report registry, as the Reports page does."""
        db, actor = self.page.context.db, self.page.context.actor

        def write(progress: Progress) -> Path:
            return write_report(key, db, actor, request, progress)

        return write

    # --- the runner --------------------------------------------------------------------------

    def run_report(
        self, title: str, job: Callable[[Progress], Path], then: Callable[[], None] | None = None
    ) -> None:
        page = self.page

        def done(result: object) -> None:
            assert isinstance(result, Path)
            self.last_report = result
            if then is not None:
                then()
            page.say(self.tr("Saved %1").replace("%1", str(result)))
            self.open_file(result)

        def failed(error: BaseException) -> None:
            if isinstance(error, OutputError):
                where = self.tr("Could not save %1. Choose another place.")
                page.say(
                    where.replace("%1", str(error.path)) + " " + output_problem(error.reason), RED
                )
            else:
                show_unexpected(error)

        run_with_progress(page, title, job, done, failed, describe=lambda _m: title)
