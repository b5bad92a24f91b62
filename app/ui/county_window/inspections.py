"""The county window's inspections tab: each site's inspections of the year (the site's and
the county's own), the county's records added, edited and deleted, and the signed review
result written for the site."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QMessageBox,
)

from app.exchange.county_return import ReturnWritten
from app.reports.atomic import OutputError
from app.services import county
from app.services.county import InspectionRow
from app.services.county_accounts import CountyPermissionDenied
from app.ui import column_fit
from app.ui.county_window.base import CountyWindowBase
from app.ui.dialogs.county.county_inspection_dialog import CountyInspectionDialog
from app.ui.error_dialog import show_unexpected
from app.ui.file_dialogs import FolderKind, ask_folder
from app.ui.i18n import catalogue_language, output_problem
from app.ui.tasks import Progress, Task, run_with_progress


class InspectionRecords(CountyWindowBase):
    def show_inspections(self) -> None:
        code = self.selected_site()
        rows = county.site_inspections(self.workspace, self.ui.yearSpin.value())
        self.inspected.set_rows(rows)
        view = self.ui.inspectionSitesTable
        column_fit.fit_columns(view)
        codes = [r.code for r in rows]
        if rows:
            view.selectRow(codes.index(code) if code in codes else 0)
        self.show_site_inspections()

    def selected_site(self) -> str | None:
        index = self.ui.inspectionSitesTable.currentIndex()
        if not index.isValid():
            return None
        return self.inspected.row_at(index.row()).code

    def show_site_inspections(self) -> None:
        index = self.ui.inspectionSitesTable.currentIndex()
        rows = self.inspected.row_at(index.row()).inspections if index.isValid() else ()
        self.inspections.set_rows(list(rows))
        column_fit.fit_columns(self.ui.inspectionsTable)
        self.ui.inspectionsTable.resizeRowsToContents()

    def add_inspection(self) -> CountyInspectionDialog | None:
        return self.inspection_dialog(None)

    def edit_inspection(self) -> CountyInspectionDialog | None:
        row = self.chosen_inspection(QCoreApplication.translate("CountyWindow", "Edit inspection"))
        return None if row is None else self.inspection_dialog(row.review_id)

    def delete_inspection(self) -> bool:
        """Remove a mistaken county record after asking; True when it was removed."""
        row = self.chosen_inspection(
            QCoreApplication.translate("CountyWindow", "Delete inspection")
        )
        if row is None or row.review_id is None:
            return False
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("CountyWindow", "Delete inspection"),
            QCoreApplication.translate(
                "CountyWindow",
                "Delete the county's inspection of %1 on %2, with its rectification items? "
                "This is recorded in the access log.",
            )
            .replace("%1", self.site_name())
            .replace("%2", row.inspected_on.isoformat()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        county.delete_inspection(self.workspace, self.reviewer, row.review_id)
        self.reload()
        return True

    def site_name(self) -> str:
        index = self.ui.inspectionSitesTable.currentIndex()
        return self.inspected.row_at(index.row()).name if index.isValid() else ""

    def chosen_inspection(self, title: str) -> InspectionRow | None:
        """The county's own inspection chosen in the list, or None after saying why not."""
        index = self.ui.inspectionsTable.currentIndex()
        if not index.isValid():
            QMessageBox.information(
                self,
                title,
                QCoreApplication.translate(
                    "CountyWindow", "Choose one of the county's inspections."
                ),
            )
            return None
        row = self.inspections.row_at(index.row())
        if row.review_id is None:
            QMessageBox.information(
                self,
                title,
                QCoreApplication.translate(
                    "CountyWindow",
                    "This inspection was reported by the site in its package; it can be changed "
                    "only there. Add the county's own record instead.",
                ),
            )
            return None
        return row

    def inspection_dialog(self, review_id: int | None) -> CountyInspectionDialog | None:
        index = self.ui.inspectionSitesTable.currentIndex()
        if not index.isValid():
            QMessageBox.information(
                self,
                QCoreApplication.translate("CountyWindow", "Add inspection"),
                QCoreApplication.translate(
                    "CountyWindow", "Import a site's package first, then choose the site."
                ),
            )
            return None
        site = self.inspected.row_at(index.row())
        dialog = CountyInspectionDialog(
            self.workspace, self.reviewer, site.code, site.name, self.today(), review_id, self
        )
        dialog.accepted.connect(self.reload)
        dialog.open()
        return dialog

    def ask_folder(self) -> Path | None:
        return ask_folder(
            self,
            FolderKind.PACKAGE,
            QCoreApplication.translate(
                "CountyWindow", "Where to write the review result (the USB stick)"
            ),
        )

    def write_return(self) -> Task | None:
        """Write the chosen site's signed review result into a folder (the USB stick)."""
        index = self.ui.inspectionSitesTable.currentIndex()
        if not index.isValid():
            QMessageBox.information(
                self,
                QCoreApplication.translate("CountyWindow", "Review result"),
                QCoreApplication.translate("CountyWindow", "Choose a site in the list first."),
            )
            return None
        code = self.inspected.row_at(index.row()).code
        folder = self.choose_folder()
        if folder is None:
            return None
        workspace, reviewer, year = self.workspace, self.reviewer, self.ui.yearSpin.value()
        now = dt.datetime.combine(self.today(), dt.datetime.now().time())  # the window's day

        def job(progress: Progress) -> ReturnWritten:
            from app.exchange.county_return import write_return_file

            progress(10, "return")
            return write_return_file(workspace, reviewer, code, folder, year, now)

        self.task = run_with_progress(
            self,
            QCoreApplication.translate("CountyWindow", "Review result"),
            job,
            self.return_written,
            self.return_failed,
        )
        return self.task

    def return_written(self, result: object) -> None:
        assert isinstance(result, ReturnWritten)
        self.reload()
        QMessageBox.information(
            self,
            QCoreApplication.translate("CountyWindow", "Review result"),
            QCoreApplication.translate(
                "CountyWindow",
                "Review result no. %1 was written and checked:\n%2\n\n%3 inspection(s), "
                "%4 rectification item(s), %5 still open.\n\nThe county's key fingerprint, "
                "for the site's first import: %6",
            )
            .replace("%1", str(result.sequence))
            .replace("%2", str(result.path))
            .replace("%3", str(result.inspections))
            .replace("%4", str(result.items))
            .replace("%5", str(result.open_items))
            .replace("%6", result.fingerprint),
        )

    def return_failed(self, error: BaseException) -> None:
        from app.exchange.county_return import ReturnRefused

        if isinstance(error, OutputError):
            text = (
                QCoreApplication.translate(
                    "CountyWindow", "The review result could not be written to %1: %2"
                )
                .replace("%1", str(error.path))
                .replace("%2", output_problem(error.reason))
            )
            text += "\n" + QCoreApplication.translate(
                "CountyWindow", "Nothing was left under its name."
            )
        elif isinstance(error, ReturnRefused):
            text = QCoreApplication.translate("CountyWindow", "The site is not in this workspace.")
        elif isinstance(error, CountyPermissionDenied):
            text = error.said(catalogue_language())
        else:
            show_unexpected(error)
            return
        QMessageBox.warning(self, QCoreApplication.translate("CountyWindow", "Review result"), text)
