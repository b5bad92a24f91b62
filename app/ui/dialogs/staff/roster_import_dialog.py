"""Import the staff roster: choose the file, check it (preview), then import; the template HR
can fill in. The flow is the one every spreadsheet import shares (sheet_import_dialog)."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.catalogue.import_preview import RowAction as Action
from app.exchange import roster_import
from app.exchange.roster_rows import ROSTER_FIELDS, PlannedRow, RosterPreview
from app.exchange.roster_template import write_roster_template
from app.exchange.sheet_rows import ParsedSheet
from app.ui.context import AppContext
from app.ui.dialogs.staff.sheet_import_dialog import FINDINGS_TAB, PLAN_TAB, SheetImportDialog
from app.ui.file_dialogs import FolderKind, ask_save_file
from app.ui.i18n import QT_TRANSLATE_NOOP, field_name, listed, word
from app.ui.models.row_table_model import Column
from app.ui.tasks import Progress

CONTEXT = "RosterImportDialog"

STAGES = {
    "reading": QT_TRANSLATE_NOOP("RosterImportDialog", "Reading the file…"),
    "checking": QT_TRANSLATE_NOOP("RosterImportDialog", "Checking every row…"),
    "writing": QT_TRANSLATE_NOOP("RosterImportDialog", "Saving to the roster…"),
    "done": QT_TRANSLATE_NOOP("RosterImportDialog", "Done"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


RENUMBERED = QT_TRANSLATE_NOOP("RosterImportDialog", "%1 (was %2)")


def _changes(planned: PlannedRow) -> str:
    words = [field_name(f) for f in planned.changes]
    if planned.previous_employee_no:
        was = _tr(RENUMBERED).replace("%1", field_name("employee_no"))
        words[0] = was.replace("%2", planned.previous_employee_no)
    return listed(words)


PLAN_COLUMNS: list[Column[PlannedRow]] = [
    Column(QT_TRANSLATE_NOOP("RosterImportDialog", "Row"), lambda p: p.row, align_right=True),
    Column(QT_TRANSLATE_NOOP("RosterImportDialog", "Employee no."), lambda p: p.employee_no),
    Column(QT_TRANSLATE_NOOP("RosterImportDialog", "Name"), lambda p: p.name),
    Column(QT_TRANSLATE_NOOP("RosterImportDialog", "Department"), lambda p: p.department),
    Column(QT_TRANSLATE_NOOP("RosterImportDialog", "Action"), lambda p: word(p.action)),
    Column(QT_TRANSLATE_NOOP("RosterImportDialog", "Changes"), lambda p: _changes(p)),
]


class RosterImportDialog(SheetImportDialog[RosterPreview, PlannedRow]):
    spec = ROSTER_FIELDS
    context_name = CONTEXT
    stages = STAGES

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, PLAN_COLUMNS, parent)
        self.setWindowTitle(self.tr("Import the staff roster"))
        self.ui.introLabel.setText(
            self.tr(
                "Choose the roster from HR (Excel, WPS, LibreOffice or a .csv/.txt file). It is "
                "checked first and nothing is written until you press Import. An employee no. "
                "already on the roster updates that person; blank cells keep what is stored."
            )
        )
        self.ui.fileEdit.setPlaceholderText(self.tr("Roster file (.xlsx .xls .et .ods .csv .txt)"))
        self.ui.tabs.removeTab(FINDINGS_TAB)
        self.ui.tabs.setTabText(PLAN_TAB, self.tr("Changes"))
        self.ui.templateButton.clicked.connect(self.save_template)

    # --- what this import says ----------------------------------------------------------

    def field_name(self, field: str) -> str:
        return field_name(field)

    def mapping_help(self) -> str:
        return self.tr(
            "Which column holds what? The guess is filled in; change any column with its "
            "drop-down. Employee no., name and department are needed, the rest is optional. "
            "The mapping you import with is remembered for files with the same headings."
        )

    def choose_title(self) -> str:
        return self.tr("Choose the roster file")

    def work_titles(self) -> tuple[str, str]:
        return self.tr("Checking the roster"), self.tr("Importing the roster")

    def preview_of(self, parsed: ParsedSheet, progress: Progress) -> RosterPreview:
        db, actor, today = self.context.db, self.context.actor, self.context.today()
        return roster_import.preview_roster(db, actor, parsed, today, progress)

    def import_of(self, parsed: ParsedSheet, progress: Progress) -> RosterPreview:
        db, actor, today = self.context.db, self.context.actor, self.context.today()
        return roster_import.import_roster(db, actor, parsed, today, progress)

    def imported_text(self, preview: RosterPreview) -> str:
        done = self.tr("Imported: %1 new, %2 updated.")
        return done.replace("%1", str(preview.new)).replace("%2", str(preview.updated))

    def show_tables(self, preview: RosterPreview) -> int:
        self.plan_model.set_rows([p for p in preview.planned if p.action is not Action.UNCHANGED])
        changes = preview.new + preview.updated
        self.ui.tabs.setTabText(PLAN_TAB, self.tr("Changes (%1)").replace("%1", str(changes)))
        return changes

    def counts_text(self, preview: RosterPreview) -> str:
        counts = (
            self.tr("%1 new, %2 updated, %3 unchanged.")
            .replace("%1", str(preview.new))
            .replace("%2", str(preview.updated))
            .replace("%3", str(preview.unchanged))
        )
        if preview.new_departments:
            counts += " " + self.tr("New departments: %1.").replace(
                "%1", listed(preview.new_departments)
            )
        return counts

    def notes(self, preview: RosterPreview) -> list[str]:
        if not preview.not_in_file:
            return []
        return [
            self.tr(
                "%1 people on the roster are not in this file; they stay as they are "
                "(record departures on the Staff page)."
            ).replace("%1", str(preview.not_in_file))
        ]

    def ready_text(self, preview: RosterPreview) -> str:
        if preview.warnings:
            return self.tr(
                "%1 warning(s): please look at them. Press Import to save the changes."
            ).replace("%1", str(len(preview.warnings)))
        return self.tr("No errors. Press Import to save the changes.")

    def nothing_text(self) -> str:
        return self.tr("The roster is already up to date: nothing to import.")

    # --- the template -------------------------------------------------------------------

    def save_template(self) -> None:
        target = ask_save_file(
            self,
            FolderKind.SPREADSHEET,
            self.tr("Save the roster template"),
            self.tr("roster template.xlsx"),
            self.tr("Excel workbook (*.xlsx)"),
            suffix=".xlsx",
        )
        if target is not None:
            self.write_template(target)

    def write_template(self, target: Path) -> None:
        def job(progress: Progress) -> Path:
            progress(0, "writing")
            return write_roster_template(target)

        def done(result: object) -> None:
            self.ui.summaryLabel.setText(
                html.escape(self.tr("Template saved: %1").replace("%1", str(result)))
            )

        self._run(self.tr("Saving the template"), job, done)
