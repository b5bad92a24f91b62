"""Print the usage register for a period (PDF, optionally .xlsx), or blank register forms.

Printed through the report registry like every printout (app.reports.request.write_report),
in the background with a progress dialog and cancel (a year of visits is many pages); the
files are written atomically by the reports layer.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QWidget

from app.catalogue.reports import ReportKey, report
from app.reports.atomic import OutputError
from app.reports.request import ReportRequest, write_report
from app.services.actor import PermissionDenied
from app.services.usage_log import VisitFilter, count_visits
from app.ui.context import AppContext
from app.ui.error_dialog import show_unexpected
from app.ui.file_dialogs import FolderKind, ask_save_file, start_folder
from app.ui.forms.ui_register_print_dialog import Ui_RegisterPrintDialog
from app.ui.i18n import catalogue_language, output_problem
from app.ui.qt_dates import qdate
from app.ui.tasks import Progress, Task, run_with_progress


@dataclass(frozen=True)
class Printed:
    files: tuple[Path, ...]
    visits: int  # 0 for blank forms


class RegisterPrintDialog(QDialog):
    def __init__(
        self,
        context: AppContext,
        start: dt.date | None,
        end: dt.date | None,
        parent: QWidget | None = None,
        blank: bool = False,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.blank = blank
        self.ui = Ui_RegisterPrintDialog()
        self.ui.setupUi(self)
        self.task: Task | None = None
        self.written: list[Path] = []
        today = context.today()
        self.ui.fromEdit.setDate(qdate(start or today.replace(day=1)))
        self.ui.toEdit.setDate(qdate(end or today))
        for widget in (self.ui.fromLabel, self.ui.fromEdit, self.ui.toLabel, self.ui.toEdit):
            widget.setVisible(not blank)
        self.ui.xlsxCheck.setVisible(not blank)
        self.ui.pagesLabel.setVisible(blank)
        self.ui.pagesSpin.setVisible(blank)
        if blank:
            self.setWindowTitle(self.tr("Blank register forms"))
            self.ui.introLabel.setText(
                self.tr(
                    "Empty usage register sheets in the same layout, for writing on during a "
                    "power cut or a computer failure. Enter the lines later with their real "
                    "date and time (tick “From paper”)."
                )
            )
        else:
            self.ui.introLabel.setText(
                self.tr(
                    "The usage register in the paper form's layout: date, time, name, "
                    "department, items, results and a signature column. It contains names "
                    "and health data: printing it is recorded in the audit trail."
                )
            )
        self.ui.pathEdit.setText(str(self.default_path()))
        self.ui.fromEdit.dateChanged.connect(lambda _d: self._suggest_name())
        self.ui.toEdit.dateChanged.connect(lambda _d: self._suggest_name())
        self.ui.browseButton.clicked.connect(self.browse)
        self.ui.buttonBox.accepted.connect(self.start)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.open_button: QPushButton = self.ui.buttonBox.addButton(
            self.tr("Open the file"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self.open_file)

    def period(self) -> tuple[dt.date, dt.date]:
        start, end = self.ui.fromEdit.date().toPython(), self.ui.toEdit.date().toPython()
        assert isinstance(start, dt.date) and isinstance(end, dt.date)
        return start, end

    def default_path(self) -> Path:
        folder = Path(self.ui.pathEdit.text()).parent if self.ui.pathEdit.text() else None
        if folder is None or not folder.is_dir():
            folder = start_folder(FolderKind.REPORT)
        # Named as the other printouts are: the catalogue's name (使用登记表), then the dates.
        name = report(ReportKey.USAGE_REGISTER).file_name
        if self.blank:
            return folder / f"{name}_空白.pdf"
        start, end = self.period()
        return folder / f"{name}_{start.isoformat()}_{end.isoformat()}.pdf"

    def _suggest_name(self) -> None:
        self.ui.pathEdit.setText(str(self.default_path()))

    def browse(self) -> None:
        path = ask_save_file(
            self,
            FolderKind.REPORT,
            self.windowTitle(),
            Path(self.ui.pathEdit.text()).name,
            self.tr("PDF files (*.pdf)"),
            suffix=".pdf",
        )
        if path is not None:
            self.ui.pathEdit.setText(str(path))

    def start(self) -> None:
        text = self.ui.pathEdit.text().strip()
        if not text:
            self._message(self.tr("Choose where to save the PDF file."), error=True)
            return
        pdf = Path(text)
        if pdf.suffix.lower() != ".pdf":
            pdf = pdf.with_suffix(".pdf")
        db, actor = self.context.db, self.context.actor
        language = catalogue_language()  # printed in the language the window speaks
        if self.blank:
            request = ReportRequest(
                pdf, language=language, options={"blank_pages": self.ui.pagesSpin.value()}
            )
        else:
            start, end = self.period()
            if start > end:
                self._message(self.tr("The first day must not be after the last day."), True)
                return
            xlsx = pdf.with_suffix(".xlsx") if self.ui.xlsxCheck.isChecked() else None
            request = ReportRequest(pdf, xlsx, date_from=start, date_to=end, language=language)

        def job(progress: Progress) -> Printed:
            written = write_report(ReportKey.USAGE_REGISTER, db, actor, request, progress)
            files = (written,) if request.xlsx is None else (written, request.xlsx)
            if request.date_from is None:  # blank forms
                return Printed(files, 0)
            # The register prints one line per visit of the period: say how many.
            visits = VisitFilter(date_from=request.date_from, date_to=request.date_to)
            return Printed(files, count_visits(db, actor, visits))

        self.ui.buttonBox.setEnabled(False)
        self.task = run_with_progress(
            self, self.windowTitle(), job, self._done, self._failed, lambda _stage: ""
        )

    def _done(self, result: object) -> None:
        self.ui.buttonBox.setEnabled(True)
        assert isinstance(result, Printed)
        self.written = list(result.files)
        files = "\n".join(str(f) for f in result.files)
        if self.blank:
            text = self.tr("Saved:\n%1").replace("%1", files)
        else:
            text = self.tr("%n visit(s) printed. Saved:\n%1", "", result.visits)
            text = text.replace("%1", files)
        self._message(text)
        self.open_button.setEnabled(True)

    def _failed(self, error: BaseException) -> None:
        self.ui.buttonBox.setEnabled(True)
        if isinstance(error, OutputError):
            where = self.tr("Not saved to %1. Choose another folder.")
            text = where.replace("%1", str(error.path)) + "\n" + output_problem(error.reason)
            self._message(text, error=True)
        elif isinstance(error, PermissionDenied):
            self._message(error.said(catalogue_language()), True)
        else:
            show_unexpected(error)

    def _message(self, text: str, error: bool = False) -> None:
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.setStyleSheet("color: #c62828;" if error else "color: #1b5e20;")

    def open_file(self) -> None:
        if self.written:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.written[0])))
