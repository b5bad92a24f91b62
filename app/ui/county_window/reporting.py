"""The county window's report: the year asked, the PDF (and the workbook beside it) written
off the window's thread, logged, and shown in the print preview."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QInputDialog,
)

from app.catalogue.reports import ReportKey, report
from app.domain.periods import Period
from app.reports.request import ReportRequest
from app.ui.county_window.base import CountyWindowBase
from app.ui.file_dialogs import FolderKind, ask_save_file
from app.ui.i18n import QT_TRANSLATE_NOOP, catalogue_language
from app.ui.tasks import Progress, Task, run_with_progress

STAGES = {
    "report": QT_TRANSLATE_NOOP("CountyWindow", "Writing the county summary…"),
    "workbook": QT_TRANSLATE_NOOP("CountyWindow", "Writing the county workbook…"),
}


class CountyReporting(CountyWindowBase):
    def ask_report_year(self) -> int | None:
        year, ok = QInputDialog.getInt(
            self,
            QCoreApplication.translate("CountyWindow", "County report"),
            QCoreApplication.translate("CountyWindow", "Year"),
            self.ui.yearSpin.value(),
            2000,
            2100,
        )
        return year if ok else None

    def ask_file(self, suggested: str) -> Path | None:
        return ask_save_file(
            self,
            FolderKind.REPORT,
            QCoreApplication.translate("CountyWindow", "Save the county report"),
            suggested,
            QCoreApplication.translate("CountyWindow", "PDF (*.pdf)"),
            suffix=".pdf",
        )

    def report(self) -> Task | None:
        year = self.ask_year()
        if year is None:
            return None
        name = report(ReportKey.COUNTY_SUMMARY).file_name.replace("{period}", str(year))
        pdf = self.choose_file(f"{name}.pdf")
        if pdf is None:
            return None
        return self.start_report(year, pdf)

    def start_report(self, year: int, pdf: Path) -> Task:
        """The county summary through the report registry, in the background."""
        workspace, reviewer = self.workspace, self.reviewer
        # In the window's language: a reviewer who reads English gets the summary in English.
        request = ReportRequest(
            pdf, pdf.with_suffix(".xlsx"), period=Period.of_year(year),
            language=catalogue_language(), as_of=self.today(),
        )  # fmt: skip

        def job(progress: Progress) -> Path:
            from app.reports.request import write_workspace_report

            key = ReportKey.COUNTY_SUMMARY
            return write_workspace_report(key, workspace, reviewer, request, progress)

        def done(result: object) -> None:
            assert isinstance(result, Path)
            self.reload()
            self.ui.statusBar.showMessage(
                QCoreApplication.translate("CountyWindow", "Saved %1 and %2")
                .replace("%1", str(result))
                .replace("%2", result.with_suffix(".xlsx").name),
                15_000,
            )
            self.open_pdf(result)

        self.task = run_with_progress(
            self,
            QCoreApplication.translate("CountyWindow", "County report"),
            job,
            done,
            self.failed,
            lambda stage: QCoreApplication.translate("CountyWindow", STAGES.get(stage, stage)),
        )
        return self.task
