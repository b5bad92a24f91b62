"""Import the partner hospital's check-up results: choose the file, check it (preview with the
column mapping, the problems and the check-ups to store), then import; afterwards the abnormal
findings by item and by department.

Checking and importing run in a worker with progress and cancel; nothing is written until
Import is pressed, and Import stays disabled while the preview shows an error.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QHeaderView, QMessageBox, QWidget

from app.catalogue.checkups import field_words
from app.catalogue.import_preview import CheckupAction
from app.exchange import checkup_import
from app.exchange.checkup_rows import CHECKUP_SPEC, CheckupPreview, PlannedCheckup
from app.exchange.column_mapping import ColumnMapping
from app.exchange.roster_rows import ImportProblem, ParsedRoster
from app.exchange.spreadsheet import FILE_PATTERNS
from app.services.import_mappings import remembered_mappings
from app.ui import column_fit
from app.ui.context import AppContext
from app.ui.dialogs.staff.roster_import_dialog import OUTPUT_REASONS, PROBLEM_COLUMNS
from app.ui.error_dialog import show_unexpected
from app.ui.file_dialogs import FolderKind, ask_open_file
from app.ui.forms.ui_checkup_import_dialog import Ui_CheckupImportDialog
from app.ui.i18n import QT_TRANSLATE_NOOP, catalogue_language, listed, word, words
from app.ui.i18n import problem as reason
from app.ui.models.row_table_model import Column, RowTableModel
from app.ui.tasks import Progress, run_with_progress
from app.ui.widgets.column_mapping_view import ColumnMappingView

CONTEXT = "CheckupImportDialog"

STAGES = {
    "reading": QT_TRANSLATE_NOOP("CheckupImportDialog", "Reading the file…"),
    "checking": QT_TRANSLATE_NOOP("CheckupImportDialog", "Matching people and grading results…"),
    "writing": QT_TRANSLATE_NOOP("CheckupImportDialog", "Saving to the health files…"),
    "done": QT_TRANSLATE_NOOP("CheckupImportDialog", "Done"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def field_name(field: str) -> str:
    """A column of the check-up sheet in the UI language (the catalogue's words)."""
    words = field_words().get(field)
    return words.in_(catalogue_language()) if words is not None else field


def _abnormal(planned: PlannedCheckup) -> str:
    return words(planned.abnormal)


PLAN_COLUMNS: list[Column[PlannedCheckup]] = [
    Column(QT_TRANSLATE_NOOP("CheckupImportDialog", "Row"), lambda p: p.row, align_right=True),
    Column(QT_TRANSLATE_NOOP("CheckupImportDialog", "Employee no."), lambda p: p.employee_no),
    Column(QT_TRANSLATE_NOOP("CheckupImportDialog", "Name"), lambda p: p.name),
    Column(QT_TRANSLATE_NOOP("CheckupImportDialog", "Department"), lambda p: p.department),
    Column(
        QT_TRANSLATE_NOOP("CheckupImportDialog", "Check-up date"),
        lambda p: p.checkup_date.isoformat(),
    ),
    Column(
        QT_TRANSLATE_NOOP("CheckupImportDialog", "Found by"),
        lambda p: word(p.matched_by),
    ),
    Column(
        QT_TRANSLATE_NOOP("CheckupImportDialog", "Action"), lambda p: word(CheckupAction(p.action))
    ),
    Column(
        QT_TRANSLATE_NOOP("CheckupImportDialog", "Abnormal results"),
        _abnormal,
        alert=lambda p: bool(p.abnormal),
    ),
]
FINDING_COLUMNS: list[Column[tuple[str, str, int]]] = [
    Column(QT_TRANSLATE_NOOP("CheckupImportDialog", "Counted by"), lambda f: f[0]),
    Column(QT_TRANSLATE_NOOP("CheckupImportDialog", "Item or department"), lambda f: f[1]),
    Column(QT_TRANSLATE_NOOP("CheckupImportDialog", "Count"), lambda f: f[2], align_right=True),
]


class CheckupImportDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_CheckupImportDialog()
        self.ui.setupUi(self)
        self.parsed: ParsedRoster | None = None
        self.preview: CheckupPreview | None = None
        self.imported = False
        self.problem_model: RowTableModel[ImportProblem] = RowTableModel(
            PROBLEM_COLUMNS, "RosterImportDialog", row_id=lambda p: p.row
        )
        self.plan_model: RowTableModel[PlannedCheckup] = RowTableModel(
            PLAN_COLUMNS, CONTEXT, row_id=lambda p: p.row
        )
        self.findings_model: RowTableModel[tuple[str, str, int]] = RowTableModel(
            FINDING_COLUMNS, CONTEXT
        )
        self.mapping_view = ColumnMappingView(
            CHECKUP_SPEC.fields,
            field_name,
            self.tr(
                "Which column holds what? The guess is filled in; change any column with its "
                "drop-down. Name and check-up date are needed, and one of ID number, employee "
                "no. or birth date to find the person. The mapping you import with is "
                "remembered for files with the same headings."
            ),
        )
        self.ui.columnsLayout.addWidget(self.mapping_view)
        self.mapping_view.mappingChanged.connect(self.remap)
        self.ui.problemTable.setModel(self.problem_model)
        self.ui.planTable.setModel(self.plan_model)
        self.ui.findingsTable.setModel(self.findings_model)
        self.ui.problemTable.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Interactive
        )
        self.ui.browseButton.clicked.connect(self.browse)
        self.ui.checkButton.clicked.connect(self.check)
        self.ui.importButton.clicked.connect(self.apply)
        self.ui.closeButton.clicked.connect(self.accept)
        self.ui.fileEdit.returnPressed.connect(self.check)
        self.ui.fileEdit.textChanged.connect(lambda _text: self.ui.importButton.setEnabled(False))
        self.task: Any = None

    # --- choosing and checking -----------------------------------------------------

    def browse(self) -> None:
        path = ask_open_file(
            self,
            FolderKind.SPREADSHEET,
            self.tr("Choose the check-up results file"),
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
        # The columns as the person set them hold for the file checked again after a fix.
        chosen = self.parsed.mapping if self.parsed is not None else None

        def job(progress: Progress) -> tuple[ParsedRoster, CheckupPreview]:
            progress(0, "reading")
            remembered = remembered_mappings(db, CHECKUP_SPEC.kind)
            if chosen is not None and chosen.signature:
                remembered[chosen.signature] = chosen.as_stored()
            parsed = checkup_import.parse_checkups(path, remembered=remembered)
            progress(10, "checking")
            return parsed, checkup_import.preview_checkups(db, actor, parsed, today, progress)

        self._run(self.tr("Checking the check-up results"), job, self.show_checked)

    def remap(self, mapping: ColumnMapping) -> None:
        """Check the file again with the columns as the person set them."""
        parsed = self.parsed
        if parsed is None:
            return
        db, actor, today = self.context.db, self.context.actor, self.context.today()
        self.ui.importButton.setEnabled(False)

        def job(progress: Progress) -> tuple[ParsedRoster, CheckupPreview]:
            progress(10, "checking")
            again = checkup_import.remap_checkups(parsed, mapping)
            return again, checkup_import.preview_checkups(db, actor, again, today, progress)

        self._run(self.tr("Checking the check-up results"), job, self.show_checked)

    def show_checked(self, result: object) -> None:
        assert isinstance(result, tuple)
        parsed, preview = result
        assert isinstance(parsed, ParsedRoster) and isinstance(preview, CheckupPreview)
        self.parsed = parsed
        self.mapping_view.set_mapping(parsed.mapping)
        self.show_preview(preview)

    # --- importing -------------------------------------------------------------------

    def apply(self) -> None:
        parsed = self.parsed
        if parsed is None:
            return
        db, actor, today = self.context.db, self.context.actor, self.context.today()

        def job(progress: Progress) -> CheckupPreview:
            return checkup_import.import_checkups(db, actor, parsed, today, progress)

        self.ui.importButton.setEnabled(False)
        self._run(self.tr("Importing the check-up results"), job, self.show_imported)

    def show_imported(self, result: object) -> None:
        assert isinstance(result, CheckupPreview)
        self.show_preview(result)
        if result.applied:
            self.imported = True
            done = self.tr("Imported: the check-up results of %1 people. %2 row(s) left out.")
            done = done.replace("%1", str(result.people)).replace("%2", str(len(result.skipped)))
            self.ui.summaryLabel.setText(
                f'<span style="color:#2e7d32; font-weight:bold">{html.escape(done)}</span>'
            )
            self.ui.importButton.setEnabled(False)
            self.ui.tabs.setCurrentIndex(3)

    # --- showing ---------------------------------------------------------------------

    def show_preview(self, preview: CheckupPreview) -> None:
        self.preview = preview
        self.problem_model.set_rows(list(preview.problems))
        self.plan_model.set_rows(list(preview.planned))
        findings = [
            (self.tr("Item"), word(item), count)
            for item, count in preview.abnormal_by_item().items()
        ] + [
            (self.tr("Department"), department, count)
            for department, count in preview.abnormal_by_department().items()
        ]
        self.findings_model.set_rows(findings)
        for table in (self.ui.problemTable, self.ui.planTable, self.ui.findingsTable):
            column_fit.fit_columns(table)
            for column in range(table.model().columnCount()):
                table.setColumnWidth(column, min(table.columnWidth(column), 320))
        mapping = self.parsed.mapping if self.parsed is not None else None
        columns = len(mapping.fields) if mapping is not None else 0
        tabs = self.ui.tabs
        tabs.setTabText(0, self.tr("Columns (%1)").replace("%1", str(columns)))
        tabs.setTabText(1, self.tr("Problems (%1)").replace("%1", str(len(preview.problems))))
        tabs.setTabText(2, self.tr("Check-ups (%1)").replace("%1", str(len(preview.planned))))
        people = sum(1 for p in preview.planned if p.abnormal)
        tabs.setTabText(3, self.tr("Findings (%1)").replace("%1", str(people)))
        missing = any(p.code == "missing_column" for p in preview.problems)
        if missing and mapping is not None and mapping.columns:
            tabs.setCurrentIndex(0)
        else:
            tabs.setCurrentIndex(1 if preview.problems or not preview.planned else 2)
        self.ui.summaryLabel.setText(self.summary(preview))
        self.ui.importButton.setEnabled(preview.can_apply)

    def summary(self, preview: CheckupPreview) -> str:
        lines = []
        head = html.escape(preview.file_name)
        if preview.header_row is not None:
            head += html.escape(
                self.tr(" (header on row %1)").replace("%1", str(preview.header_row))
            )
        lines.append(f"<b>{head}</b>")
        if preview.header_row is not None:
            counts = self.tr(
                "%1 new check-up(s), %2 replaced, %3 already imported; %4 row(s) left out."
            )
            counts = (
                counts.replace("%1", str(preview.new))
                .replace("%2", str(preview.updated))
                .replace("%3", str(preview.unchanged))
                .replace("%4", str(len(preview.skipped)))
            )
            lines.append(html.escape(counts))
        if preview.ignored_columns:
            lines.append(
                html.escape(
                    self.tr("Columns not used: %1.").replace("%1", listed(preview.ignored_columns))
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
            verdict = self.tr("No errors. Press Import to save the results to the health files.")
            if preview.skipped:
                verdict = self.tr(
                    "The rows left out are listed under Problems: correct them in the file and "
                    "check again, or press Import to save the others."
                )
            lines.append(f"<b>{html.escape(verdict)}</b>")
        else:
            lines.append(
                html.escape(self.tr("These results are already imported: nothing to import."))
            )
        return "<br>".join(lines)

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
        show_unexpected(error)
