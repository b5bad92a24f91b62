"""Import the staff roster: choose the file, check it (preview), then import.

Checking and importing run in a worker with progress and cancel; nothing is written until
Import is pressed, and Import stays disabled while the preview shows an error.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QHeaderView, QMessageBox, QWidget

from app.catalogue.import_preview import RowAction, Severity
from app.exchange import roster_import
from app.exchange.column_mapping import ColumnMapping
from app.exchange.roster_rows import (
    ROSTER_FIELDS,
    ImportProblem,
    ParsedRoster,
    PlannedRow,
    RosterPreview,
)
from app.exchange.roster_template import write_roster_template
from app.exchange.spreadsheet import FILE_PATTERNS
from app.reports.atomic import OutputError
from app.services.import_mappings import remembered_mappings
from app.ui import column_fit
from app.ui.context import AppContext
from app.ui.error_dialog import show_unexpected
from app.ui.file_dialogs import FolderKind, ask_open_file, ask_save_file
from app.ui.forms.ui_roster_import_dialog import Ui_RosterImportDialog
from app.ui.i18n import QT_TRANSLATE_NOOP, field_name, listed, word
from app.ui.i18n import problem as reason
from app.ui.models.row_table_model import Column, RowTableModel
from app.ui.tasks import Progress, run_with_progress
from app.ui.widgets.column_mapping_view import ColumnMappingView

CONTEXT = "RosterImportDialog"
OUTPUT_REASONS = frozenset({"no_space", "not_writable", "folder_missing", "io_error"})

STAGES = {
    "reading": QT_TRANSLATE_NOOP("RosterImportDialog", "Reading the file…"),
    "checking": QT_TRANSLATE_NOOP("RosterImportDialog", "Checking every row…"),
    "writing": QT_TRANSLATE_NOOP("RosterImportDialog", "Saving to the roster…"),
    "done": QT_TRANSLATE_NOOP("RosterImportDialog", "Done"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def problem_reason(problem: ImportProblem) -> str:
    if problem.code == "missing_column":
        return reason(problem.code, (problem.header, *problem.args))
    return reason(problem.code, problem.args)


def _column(problem: ImportProblem) -> str:
    if not problem.column:
        return ""
    return f"{problem.column}  {problem.header}"


PROBLEM_COLUMNS: list[Column[ImportProblem]] = [
    Column(QT_TRANSLATE_NOOP("RosterImportDialog", "Row"), lambda p: p.row, align_right=True),
    Column(QT_TRANSLATE_NOOP("RosterImportDialog", "Column"), _column),
    Column(QT_TRANSLATE_NOOP("RosterImportDialog", "Value"), lambda p: p.value),
    Column(
        QT_TRANSLATE_NOOP("RosterImportDialog", "Kind"),
        lambda p: word(p.severity),
        alert=lambda p: p.severity is Severity.ERROR,
    ),
    Column(QT_TRANSLATE_NOOP("RosterImportDialog", "Problem"), problem_reason),
]


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


class RosterImportDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_RosterImportDialog()
        self.ui.setupUi(self)
        self.parsed: ParsedRoster | None = None
        self.preview: RosterPreview | None = None
        self.imported = False
        self.problem_model: RowTableModel[ImportProblem] = RowTableModel(
            PROBLEM_COLUMNS, CONTEXT, row_id=lambda p: p.row
        )
        self.plan_model: RowTableModel[PlannedRow] = RowTableModel(
            PLAN_COLUMNS, CONTEXT, row_id=lambda p: p.row
        )
        self.mapping_view = ColumnMappingView(
            ROSTER_FIELDS.fields,
            field_name,
            self.tr(
                "Which column holds what? The guess is filled in; change any column with its "
                "drop-down. Employee no., name and department are needed, the rest is optional. "
                "The mapping you import with is remembered for files with the same headings."
            ),
        )
        self.ui.columnsLayout.addWidget(self.mapping_view)
        self.mapping_view.mappingChanged.connect(self.remap)
        self.ui.problemTable.setModel(self.problem_model)
        self.ui.planTable.setModel(self.plan_model)
        self.ui.problemTable.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Interactive
        )
        self.ui.browseButton.clicked.connect(self.browse)
        self.ui.checkButton.clicked.connect(self.check)
        self.ui.importButton.clicked.connect(self.apply)
        self.ui.templateButton.clicked.connect(self.save_template)
        self.ui.closeButton.clicked.connect(self.accept)
        self.ui.fileEdit.returnPressed.connect(self.check)
        self.ui.fileEdit.textChanged.connect(lambda _text: self.ui.importButton.setEnabled(False))
        self.task: Any = None

    # --- choosing and checking -----------------------------------------------------

    def browse(self) -> None:
        path = ask_open_file(
            self,
            FolderKind.SPREADSHEET,
            self.tr("Choose the roster file"),
            self.tr("Spreadsheets (%1);;All files (*)").replace("%1", FILE_PATTERNS),
        )
        if path is not None:
            self.ui.fileEdit.setText(str(path))
            self.check()

    def path(self) -> Path | None:
        text = self.ui.fileEdit.text().strip().strip('"')
        return Path(text) if text else None

    def check(self) -> None:
        path = self.path()
        if path is None:
            self.ui.summaryLabel.setText(html.escape(self.tr("Choose a file first.")))
            return
        db, actor, today = self.context.db, self.context.actor, self.context.today()

        def job(progress: Progress) -> tuple[ParsedRoster, RosterPreview]:
            progress(0, "reading")
            parsed = roster_import.parse_roster(path, remembered=remembered_mappings(db, "roster"))
            progress(10, "checking")
            return parsed, roster_import.preview_roster(db, actor, parsed, today, progress)

        self._run(self.tr("Checking the roster"), job, self.show_checked)

    def remap(self, mapping: ColumnMapping) -> None:
        """Check the file again with the columns as the person set them."""
        parsed = self.parsed
        if parsed is None:
            return
        db, actor, today = self.context.db, self.context.actor, self.context.today()
        self.ui.importButton.setEnabled(False)

        def job(progress: Progress) -> tuple[ParsedRoster, RosterPreview]:
            progress(10, "checking")
            again = roster_import.remap_roster(parsed, mapping)
            return again, roster_import.preview_roster(db, actor, again, today, progress)

        self._run(self.tr("Checking the roster"), job, self.show_checked)

    def show_checked(self, result: object) -> None:
        assert isinstance(result, tuple)
        parsed, preview = result
        assert isinstance(parsed, ParsedRoster) and isinstance(preview, RosterPreview)
        self.parsed = parsed
        self.mapping_view.set_mapping(parsed.mapping)
        self.show_preview(preview)

    # --- importing -------------------------------------------------------------------

    def apply(self) -> None:
        parsed = self.parsed
        if parsed is None:
            return
        db, actor, today = self.context.db, self.context.actor, self.context.today()

        def job(progress: Progress) -> RosterPreview:
            return roster_import.import_roster(db, actor, parsed, today, progress)

        self.ui.importButton.setEnabled(False)
        self._run(self.tr("Importing the roster"), job, self.show_imported)

    def show_imported(self, result: object) -> None:
        assert isinstance(result, RosterPreview)
        self.show_preview(result)
        if result.applied:
            self.imported = True
            done = self.tr("Imported: %1 new, %2 updated.")
            done = done.replace("%1", str(result.new)).replace("%2", str(result.updated))
            self.ui.summaryLabel.setText(
                f'<span style="color:#2e7d32; font-weight:bold">{html.escape(done)}</span>'
            )
            self.ui.importButton.setEnabled(False)

    # --- showing ---------------------------------------------------------------------

    def show_preview(self, preview: RosterPreview) -> None:
        self.preview = preview
        self.problem_model.set_rows(list(preview.problems))
        planned = [p for p in preview.planned if p.action is not RowAction.UNCHANGED]
        self.plan_model.set_rows(planned)
        for table in (self.ui.problemTable, self.ui.planTable):
            column_fit.fit_columns(table)
            for column in range(table.model().columnCount()):
                table.setColumnWidth(column, min(table.columnWidth(column), 320))
        mapping = self.parsed.mapping if self.parsed is not None else None
        columns = len(mapping.fields) if mapping is not None else 0
        self.ui.tabs.setTabText(0, self.tr("Columns (%1)").replace("%1", str(columns)))
        self.ui.tabs.setTabText(
            1, self.tr("Problems (%1)").replace("%1", str(len(preview.problems)))
        )
        changes = preview.new + preview.updated
        self.ui.tabs.setTabText(2, self.tr("Changes (%1)").replace("%1", str(changes)))
        missing = any(p.code == "missing_column" for p in preview.problems)
        if missing and mapping is not None and mapping.columns:
            self.ui.tabs.setCurrentIndex(0)
        else:
            self.ui.tabs.setCurrentIndex(1 if preview.problems or not changes else 2)
        self.ui.summaryLabel.setText(self.summary(preview))
        self.ui.importButton.setEnabled(preview.can_apply)

    def summary(self, preview: RosterPreview) -> str:
        lines = []
        head = html.escape(preview.file_name)
        if preview.header_row is not None:
            head += html.escape(
                self.tr(" (header on row %1)").replace("%1", str(preview.header_row))
            )
        lines.append(f"<b>{head}</b>")
        if preview.header_row is not None:
            counts = self.tr("%1 new, %2 updated, %3 unchanged.")
            counts = (
                counts.replace("%1", str(preview.new))
                .replace("%2", str(preview.updated))
                .replace("%3", str(preview.unchanged))
            )
            if preview.new_departments:
                counts += " " + self.tr("New departments: %1.").replace(
                    "%1", listed(preview.new_departments)
                )
            lines.append(html.escape(counts))
        if preview.ignored_columns:
            lines.append(
                html.escape(
                    self.tr("Columns not used: %1.").replace("%1", listed(preview.ignored_columns))
                )
            )
        if preview.not_in_file:
            lines.append(
                html.escape(
                    self.tr(
                        "%1 people on the roster are not in this file; they stay as they are "
                        "(record departures on the Staff page)."
                    ).replace("%1", str(preview.not_in_file))
                )
            )
        if preview.errors:
            verdict = self.tr(
                "%1 error(s), %2 warning(s). Nothing will be imported while an error remains: "
                "correct the file and check it again."
            )
            verdict = verdict.replace("%1", str(len(preview.errors))).replace(
                "%2", str(len(preview.warnings))
            )
            lines.append(f'<span style="color:#c62828">{html.escape(verdict)}</span>')
        elif preview.can_apply:
            verdict = self.tr("No errors. Press Import to save the changes.")
            if preview.warnings:
                verdict = self.tr(
                    "%1 warning(s): please look at them. Press Import to save the changes."
                ).replace("%1", str(len(preview.warnings)))
            lines.append(f"<b>{html.escape(verdict)}</b>")
        else:
            lines.append(
                html.escape(self.tr("The roster is already up to date: nothing to import."))
            )
        return "<br>".join(lines)

    # --- the template ----------------------------------------------------------------

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

    # --- background work -------------------------------------------------------------

    def _run(self, title: str, job: Any, on_done: Any) -> None:
        self.task = run_with_progress(
            self,
            title,
            job,
            on_done,
            self.failed,
            describe=lambda stage: _tr(STAGES.get(stage, stage)),
        )

    def failed(self, error: BaseException) -> None:
        from app.db.backup import BackupError

        if isinstance(error, BackupError):  # the copy made before writing: nothing imported
            why = reason(error.reason) if error.reason in OUTPUT_REASONS else str(error)
            QMessageBox.warning(
                self,
                self.tr("Not imported"),
                self.tr(
                    "The backup made before every import could not be written (%1). Nothing "
                    "was imported. Free some space on the disk, then import again."
                ).replace("%1", why),
            )
            return
        if isinstance(error, OutputError):
            QMessageBox.warning(
                self,
                self.tr("Not saved"),
                f"{reason(error.reason)}\n{error.path}",
            )
            return
        show_unexpected(error)
