"""Printing one person's health record (个人健康记录) from the window: where to save it, then
written in the background. A named printout: the service checks the role and audits it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from app.catalogue.reports import ReportKey, report
from app.reports.request import ReportRequest, write_report
from app.services.actor import PermissionDenied
from app.ui.activity_messages import output_error
from app.ui.context import AppContext
from app.ui.dialogs.common.report_export import write_in_background
from app.ui.file_dialogs import FolderKind, ask_save_file
from app.ui.i18n import catalogue_language


class PersonalRecordPrint(QObject):
    def __init__(self, parent: QWidget, context: AppContext, staff_id: int, name: str) -> None:
        super().__init__(parent)
        self.parent_widget, self.context = parent, context
        self.staff_id, self.name = staff_id, name
        self.written: Path | None = None

    def ask_and_write(self) -> None:
        title = self.tr("Personal health record")
        suggested = f"{report(ReportKey.PERSONAL_RECORD).file_name}_{self.name}.pdf"
        path = ask_save_file(
            self.parent_widget,
            FolderKind.REPORT,
            title,
            suggested,
            self.tr("PDF (*.pdf)"),
            suffix=".pdf",
        )
        if path is not None:
            self.write(path)

    def write(self, path: Path) -> None:
        context, parent = self.context, self.parent_widget
        language = catalogue_language()
        title = self.tr("Personal health record")
        request = ReportRequest(
            path, language=language, as_of=context.today(),
            options={"staff": self.staff_id},
        )  # fmt: skip

        def saved(written: Path) -> None:
            self.written = written
            QMessageBox.information(parent, title, self.tr("Saved: %1").replace("%1", str(written)))

        def failed(error: BaseException) -> None:
            text = (
                error.said(catalogue_language())
                if isinstance(error, PermissionDenied)
                else output_error(error)
            )
            QMessageBox.warning(parent, title, text)

        write_in_background(
            parent,
            self.tr("Writing the personal health record…"),
            lambda: write_report(ReportKey.PERSONAL_RECORD, context.db, context.actor, request),
            saved,
            failed,
        )
