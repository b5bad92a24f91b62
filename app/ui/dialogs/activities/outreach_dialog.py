"""Outreach: staff who attended none of the year's lectures, by department — print or export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDialog, QWidget

from app.catalogue.reports import ReportKey
from app.domain.periods import Period
from app.reports.outreach import write_outreach_xlsx
from app.reports.request import ReportRequest, write_report
from app.services import outreach
from app.services.outreach import OutreachPerson
from app.ui import column_fit
from app.ui.activity_messages import output_error
from app.ui.context import AppContext
from app.ui.dialogs.common.report_export import write_in_background
from app.ui.file_dialogs import FolderKind, ask_save_file
from app.ui.forms.ui_outreach_dialog import Ui_OutreachDialog
from app.ui.i18n import QT_TRANSLATE_NOOP, catalogue_language, listed
from app.ui.models.row_table_model import Column, RowTableModel
from app.ui.screen_fit import fit_to_screen

COLUMNS: list[Column[OutreachPerson]] = [
    Column(QT_TRANSLATE_NOOP("OutreachDialog", "Department"), lambda r: r.department),
    Column(QT_TRANSLATE_NOOP("OutreachDialog", "Employee no."), lambda r: r.employee_no),
    Column(QT_TRANSLATE_NOOP("OutreachDialog", "Name"), lambda r: r.name),
    Column(QT_TRANSLATE_NOOP("OutreachDialog", "Job"), lambda r: r.job_title),
    Column(
        QT_TRANSLATE_NOOP("OutreachDialog", "Lectures offered to them"),
        lambda r: r.offered,
        alert=lambda r: r.offered == 0,
        align_right=True,
    ),
]


class OutreachDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_OutreachDialog()
        self.ui.setupUi(self)
        fit_to_screen(self, QSize(900, 620))
        self.model: RowTableModel[OutreachPerson] = RowTableModel(COLUMNS, "OutreachDialog")
        self.ui.tableView.setModel(self.model)
        column_fit.keep_fitted(self.ui.tableView)  # the one rule of every list's columns
        year = context.today().year
        for y in range(year, year - 5, -1):
            self.ui.yearCombo.addItem(str(y), y)
        self.ui.yearCombo.currentIndexChanged.connect(lambda _i: self.reload())
        self.ui.pdfButton.clicked.connect(self.choose_pdf)
        self.ui.xlsxButton.clicked.connect(self.choose_xlsx)
        self.ui.closeButton.clicked.connect(self.accept)
        self.reload()

    def year(self) -> int:
        return int(self.ui.yearCombo.currentData())

    def reload(self) -> None:
        data = outreach.non_attendees(
            self.context.db, self.context.actor, self.year(), self.context.today()
        )
        self.model.set_rows(data.people)
        column_fit.fit_columns(self.ui.tableView)
        by_department = listed(f"{d.name} {len(d.people)}" for d in data.departments)
        text = (
            self.tr(
                "As of %1: %2 of %3 staff on the roster attended none of the %4 health "
                "lecture(s) held this year."
            )
            .replace("%1", data.as_of.isoformat())
            .replace("%2", str(len(data.people)))
            .replace("%3", str(data.active))
            .replace("%4", str(data.lectures_held))
        )
        if by_department:
            text += "\n" + self.tr("By department: %1").replace("%1", by_department)
        self.ui.summaryLabel.setText(text)

    def choose_pdf(self) -> None:
        name = self.tr("Outreach list %1.pdf").replace("%1", str(self.year()))
        path = ask_save_file(
            self,
            FolderKind.REPORT,
            self.tr("Save the outreach list"),
            name,
            self.tr("PDF (*.pdf)"),
            suffix=".pdf",
        )
        if path is not None:
            self.save(path)

    def choose_xlsx(self) -> None:
        name = self.tr("Outreach list %1.xlsx").replace("%1", str(self.year()))
        path = ask_save_file(
            self,
            FolderKind.REPORT,
            self.tr("Export the outreach list"),
            name,
            self.tr("Excel workbook (*.xlsx)"),
            suffix=".xlsx",
        )
        if path is not None:
            self.save(path)

    def save(self, path: Path) -> None:
        context, year = self.context, self.year()

        def write() -> Path:
            if path.suffix.lower() == ".xlsx":  # the list alone, to pass on
                return write_outreach_xlsx(context.db, context.actor, year, context.today(), path)
            request = ReportRequest(
                path,
                period=Period.of_year(year),
                as_of=context.today(),
                language=catalogue_language(),
            )
            return write_report(ReportKey.OUTREACH, context.db, context.actor, request)

        write_in_background(
            self,
            self.tr("Writing the outreach list…"),
            write,
            lambda saved: self.ui.messageLabel.setText(
                self.tr("Saved: %1").replace("%1", str(saved))
            ),
            lambda error: self.ui.messageLabel.setText(output_error(error)),
        )
