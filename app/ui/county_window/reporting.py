"""The county window's report: the year asked, the PDF (and the workbook beside it) written
off the window's thread, logged, and shown in the print preview."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QInputDialog,
)

from app.services import county
from app.ui.county_window.base import CountyWindowBase
from app.ui.file_dialogs import FolderKind, ask_save_file
from app.ui.i18n import (
    QT_TRANSLATE_NOOP,
)
from app.ui.tasks import Progress, Task, run_with_progress

STAGES = {
    "report": QT_TRANSLATE_NOOP("CountyWindow", "Writing the county summary…"),
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
        pdf = self.choose_file(
            QCoreApplication.translate("CountyWindow", "County summary %1.pdf").replace(
                "%1", str(year)
            )
        )
        if pdf is None:
            return None
        return self.start_report(year, pdf)

    def start_report(self, year: int, pdf: Path) -> Task:
        workspace, today = self.workspace, self.today()

        def job(progress: Progress) -> Path:
            from app.reports.county_report import write_county_report

            progress(10, "report")
            return write_county_report(workspace, year, pdf, pdf.with_suffix(".xlsx"), today)

        def done(result: object) -> None:
            assert isinstance(result, Path)
            county.log_access(self.workspace, self.reviewer, "report", f"{year}: {result.name}")
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
