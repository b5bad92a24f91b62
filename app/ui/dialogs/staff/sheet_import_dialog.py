"""What the roster and the check-up import dialogs share: choose the file, check it (the
column mapping, the problems and the rows planned), map a column again, import, and say so.

Checking and importing run in a worker with progress and cancel; nothing is written until
Import is pressed, and Import stays disabled while the preview shows an error. A subclass names
its import (the functions that preview and apply it, its columns and its words); the form
(forms/sheet_import_dialog.ui) is the same for both.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QHeaderView, QMessageBox, QTableView, QWidget

from app.catalogue.import_preview import Severity
from app.exchange.column_mapping import ColumnMapping, FieldSpec
from app.exchange.sheet_reading import parse_sheet, remap_sheet
from app.exchange.sheet_rows import ImportPreview, ImportProblem, ParsedSheet, Planned
from app.exchange.spreadsheet import FILE_PATTERNS
from app.reports.atomic import OutputError
from app.services.import_mappings import remembered_mappings
from app.ui import column_fit
from app.ui.context import AppContext
from app.ui.error_dialog import show_unexpected
from app.ui.file_dialogs import FolderKind, ask_open_file
from app.ui.forms.ui_sheet_import_dialog import Ui_SheetImportDialog
from app.ui.i18n import QT_TRANSLATE_NOOP, listed, word
from app.ui.i18n import problem as reason
from app.ui.models.row_table_model import Column, RowTableModel
from app.ui.tasks import Progress, run_with_progress
from app.ui.widgets.column_mapping_view import ColumnMappingView

CONTEXT = "SheetImportDialog"
OUTPUT_REASONS = frozenset({"no_space", "not_writable", "folder_missing", "io_error"})
COLUMNS_TAB, PROBLEMS_TAB, PLAN_TAB, FINDINGS_TAB = range(4)
WIDEST_COLUMN = 320


def problem_reason(problem: ImportProblem) -> str:
    if problem.code == "missing_column":
        return reason(problem.code, (problem.header, *problem.args))
    return reason(problem.code, problem.args)


def _column(problem: ImportProblem) -> str:
    if not problem.column:
        return ""
    return f"{problem.column}  {problem.header}"


PROBLEM_COLUMNS: list[Column[ImportProblem]] = [
    Column(QT_TRANSLATE_NOOP("SheetImportDialog", "Row"), lambda p: p.row, align_right=True),
    Column(QT_TRANSLATE_NOOP("SheetImportDialog", "Column"), _column),
    Column(QT_TRANSLATE_NOOP("SheetImportDialog", "Value"), lambda p: p.value),
    Column(
        QT_TRANSLATE_NOOP("SheetImportDialog", "Kind"),
        lambda p: word(p.severity),
        alert=lambda p: p.severity is Severity.ERROR,
    ),
    Column(QT_TRANSLATE_NOOP("SheetImportDialog", "Problem"), problem_reason),
]

Preview = TypeVar("Preview", bound=ImportPreview[Any])
Row = TypeVar("Row", bound=Planned)


class SheetImportDialog(QDialog, Generic[Preview, Row]):
    """The flow; a subclass fills in what differs (see the abstract methods below)."""

    spec: FieldSpec
    context_name: str  # the subclass's translation context (its columns and stages)
    stages: dict[str, str]

    def __init__(
        self,
        context: AppContext,
        plan_columns: list[Column[Row]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_SheetImportDialog()
        self.ui.setupUi(self)
        self.parsed: ParsedSheet | None = None
        self.preview: Preview | None = None
        self.imported = False
        self.problem_model: RowTableModel[ImportProblem] = RowTableModel(
            PROBLEM_COLUMNS, CONTEXT, row_id=lambda p: p.row
        )
        self.plan_model: RowTableModel[Row] = RowTableModel(
            plan_columns, self.context_name, row_id=lambda p: p.row
        )
        self.mapping_view = ColumnMappingView(
            self.spec.fields, self.field_name, self.mapping_help()
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
        self.ui.closeButton.clicked.connect(self.accept)
        self.ui.fileEdit.returnPressed.connect(self.check)
        self.ui.fileEdit.textChanged.connect(lambda _text: self.ui.importButton.setEnabled(False))
        self.task: Any = None

    # --- what a subclass says -----------------------------------------------------------

    def field_name(self, field: str) -> str:
        raise NotImplementedError

    def mapping_help(self) -> str:
        """Above the column mapping: which fields are needed."""
        raise NotImplementedError

    def choose_title(self) -> str:
        """The file dialog's title."""
        raise NotImplementedError

    def work_titles(self) -> tuple[str, str]:
        """The progress dialog's titles: (checking, importing)."""
        raise NotImplementedError

    def preview_of(self, parsed: ParsedSheet, progress: Progress) -> Preview:
        """What importing would do (in the worker)."""
        raise NotImplementedError

    def import_of(self, parsed: ParsedSheet, progress: Progress) -> Preview:
        """Import it (in the worker)."""
        raise NotImplementedError

    def imported_text(self, preview: Preview) -> str:
        raise NotImplementedError

    def counts_text(self, preview: Preview) -> str:
        """What the import would do, in one sentence."""
        raise NotImplementedError

    def notes(self, preview: Preview) -> list[str]:
        """Lines the summary adds below the columns not used."""
        return []

    def ready_text(self, preview: Preview) -> str:
        """The verdict when Import can be pressed."""
        raise NotImplementedError

    def nothing_text(self) -> str:
        """The verdict when the register already holds what the file says."""
        raise NotImplementedError

    def tables(self) -> list[QTableView]:
        """The tables a preview fills, their columns fitted to their contents."""
        return [self.ui.problemTable, self.ui.planTable]

    def show_tables(self, preview: Preview) -> int:
        """Fill the plan (and any other) table, name their tabs; the rows planned."""
        raise NotImplementedError

    # --- choosing and checking ----------------------------------------------------------

    def browse(self) -> None:
        path = ask_open_file(
            self,
            FolderKind.SPREADSHEET,
            self.choose_title(),
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
        db, spec = self.context.db, self.spec
        # The columns as the person set them hold for the file checked again after a fix.
        chosen = self.parsed.mapping if self.parsed is not None else None

        def job(progress: Progress) -> tuple[ParsedSheet, Preview]:
            progress(0, "reading")
            remembered = remembered_mappings(db, spec.kind)
            if chosen is not None and chosen.signature:
                remembered[chosen.signature] = chosen.as_stored()
            parsed = parse_sheet(path, spec, remembered=remembered)
            progress(10, "checking")
            return parsed, self.preview_of(parsed, progress)

        self._run(self.work_titles()[0], job, self.show_checked)

    def remap(self, mapping: ColumnMapping) -> None:
        """Check the file again with the columns as the person set them."""
        parsed, spec = self.parsed, self.spec
        if parsed is None:
            return
        self.ui.importButton.setEnabled(False)

        def job(progress: Progress) -> tuple[ParsedSheet, Preview]:
            progress(10, "checking")
            again = remap_sheet(parsed, mapping, spec)
            return again, self.preview_of(again, progress)

        self._run(self.work_titles()[0], job, self.show_checked)

    def show_checked(self, result: object) -> None:
        assert isinstance(result, tuple)
        parsed, preview = result
        assert isinstance(parsed, ParsedSheet) and isinstance(preview, ImportPreview)
        self.parsed = parsed
        self.mapping_view.set_mapping(parsed.mapping)
        self.show_preview(preview)  # type: ignore[arg-type]

    # --- importing ----------------------------------------------------------------------

    def apply(self) -> None:
        parsed = self.parsed
        if parsed is None:
            return

        def job(progress: Progress) -> Preview:
            return self.import_of(parsed, progress)

        self.ui.importButton.setEnabled(False)
        self._run(self.work_titles()[1], job, self.show_imported)

    def show_imported(self, result: object) -> None:
        assert isinstance(result, ImportPreview)
        preview: Preview = result  # type: ignore[assignment]
        self.show_preview(preview)
        if preview.applied:
            self.imported = True
            done = self.imported_text(preview)
            self.ui.summaryLabel.setText(
                f'<span style="color:#2e7d32; font-weight:bold">{html.escape(done)}</span>'
            )
            self.ui.importButton.setEnabled(False)

    # --- showing ------------------------------------------------------------------------

    def show_preview(self, preview: Preview) -> None:
        self.preview = preview
        self.problem_model.set_rows(list(preview.problems))
        planned = self.show_tables(preview)
        tabs = self.ui.tabs
        for table in self.tables():
            column_fit.fit_columns(table)
            for column in range(table.model().columnCount()):
                table.setColumnWidth(column, min(table.columnWidth(column), WIDEST_COLUMN))
        mapping = self.parsed.mapping if self.parsed is not None else None
        columns = len(mapping.fields) if mapping is not None else 0
        tabs.setTabText(COLUMNS_TAB, self.tr("Columns (%1)").replace("%1", str(columns)))
        tabs.setTabText(
            PROBLEMS_TAB, self.tr("Problems (%1)").replace("%1", str(len(preview.problems)))
        )
        missing = any(p.code == "missing_column" for p in preview.problems)
        if missing and mapping is not None and mapping.columns:
            tabs.setCurrentIndex(COLUMNS_TAB)
        else:
            tabs.setCurrentIndex(PROBLEMS_TAB if preview.problems or not planned else PLAN_TAB)
        self.ui.summaryLabel.setText(self.summary(preview))
        self.ui.importButton.setEnabled(preview.can_apply)

    def summary(self, preview: Preview) -> str:
        head = html.escape(preview.file_name)
        if preview.header_row is not None:
            head += html.escape(
                self.tr(" (header on row %1)").replace("%1", str(preview.header_row))
            )
        lines = [f"<b>{head}</b>"]
        if preview.header_row is not None:
            lines.append(html.escape(self.counts_text(preview)))
        if preview.ignored_columns:
            ignored = listed(preview.ignored_columns)
            lines.append(html.escape(self.tr("Columns not used: %1.").replace("%1", ignored)))
        lines += [html.escape(line) for line in self.notes(preview)]
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
            lines.append(f"<b>{html.escape(self.ready_text(preview))}</b>")
        else:
            lines.append(html.escape(self.nothing_text()))
        return "<br>".join(lines)

    # --- background work ----------------------------------------------------------------

    def _run(self, title: str, job: Any, on_done: Any) -> None:
        context, stages = self.context_name, self.stages
        self.task = run_with_progress(
            self,
            title,
            job,
            on_done,
            self.failed,
            describe=lambda stage: QCoreApplication.translate(context, stages.get(stage, stage)),
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
            QMessageBox.warning(self, self.tr("Not saved"), f"{reason(error.reason)}\n{error.path}")
            return
        show_unexpected(error)
