"""Preview of a sign-in spreadsheet, then apply: every problem with row, column, value, reason.

Both steps run in a worker. Nothing is written until "Record these sign-ins", which stays
disabled while an error remains; applying re-reads and re-checks the file in one transaction.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from app.catalogue.import_preview import Severity
from app.exchange.column_mapping import ColumnMapping
from app.exchange.sign_in_import import (
    SIGN_IN_FIELDS,
    Problem,
    ProblemCode,
    SignInImportRejected,
    SignInImportResult,
    SignInPreview,
    apply_sign_in,
    preview_sign_in,
)
from app.ui.activity_messages import problem_text
from app.ui.context import AppContext
from app.ui.error_dialog import show_unexpected
from app.ui.forms.ui_sign_in_import_dialog import Ui_SignInImportDialog
from app.ui.i18n import QT_TRANSLATE_NOOP, field_name
from app.ui.models.row_table_model import Column, RowTableModel
from app.ui.screen_fit import fit_to_screen
from app.ui.tasks import Progress, Task, run_with_progress
from app.ui.widgets.column_mapping_view import ColumnMappingView

COLUMNS: list[Column[Problem]] = [
    Column(QT_TRANSLATE_NOOP("SignInImportDialog", "Row"), lambda p: p.row or "", align_right=True),
    Column(QT_TRANSLATE_NOOP("SignInImportDialog", "Column"), lambda p: p.column),
    Column(QT_TRANSLATE_NOOP("SignInImportDialog", "Field"), lambda p: field_name(p.field)),
    Column(QT_TRANSLATE_NOOP("SignInImportDialog", "Value"), lambda p: p.value),
    Column(
        QT_TRANSLATE_NOOP("SignInImportDialog", "Problem"),
        problem_text,
        alert=lambda p: p.severity is Severity.ERROR,
    ),
]


class SignInImportDialog(QDialog):
    def __init__(
        self, context: AppContext, activity_id: int, path: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.activity_id = activity_id
        self.path = Path(path)
        self.preview: SignInPreview | None = None
        self.mapping: ColumnMapping | None = None  # None: as proposed (or remembered)
        self.import_result: SignInImportResult | None = None
        self.task: Task | None = None
        self.ui = Ui_SignInImportDialog()
        self.ui.setupUi(self)
        fit_to_screen(self, QSize(900, 520))
        self.model: RowTableModel[Problem] = RowTableModel(COLUMNS, "SignInImportDialog")
        self.ui.problemView.setModel(self.model)
        header = self.ui.problemView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.ui.problemView.setWordWrap(True)
        self.mapping_view = ColumnMappingView(
            SIGN_IN_FIELDS.fields,
            field_name,
            self.tr(
                "Which column holds what? The guess is filled in; change any column with its "
                "drop-down. An employee no. or a name column is needed; with a signature "
                "column, unsigned rows are skipped. The mapping you record with is remembered."
            ),
        )
        self.ui.columnsLayout.addWidget(self.mapping_view)
        self.mapping_view.mappingChanged.connect(self.remap)
        self.ui.fileLabel.setText(self.tr("File: %1").replace("%1", str(self.path)))
        self.ui.summaryLabel.setText(self.tr("Reading the file…"))
        self.ui.applyButton.setEnabled(False)
        self.ui.applyButton.clicked.connect(self.apply)
        self.ui.cancelButton.clicked.connect(self.reject)
        self.start_preview()

    def remap(self, mapping: ColumnMapping) -> None:
        self.mapping = mapping
        self.ui.applyButton.setEnabled(False)
        self.start_preview()

    def start_preview(self) -> None:
        context, activity_id, path, mapping = (
            self.context,
            self.activity_id,
            self.path,
            self.mapping,
        )

        def job(progress: Progress) -> SignInPreview:
            progress(10, "")
            return preview_sign_in(context.db, context.actor, activity_id, path, mapping)

        self.task = run_with_progress(
            self, self.tr("Checking the sign-in sheet…"), job, self._previewed, self._failed
        )

    def _previewed(self, preview: object) -> None:
        assert isinstance(preview, SignInPreview)
        self.show_preview(preview)

    def show_preview(self, preview: SignInPreview) -> None:
        self.preview = preview
        self.mapping_view.set_mapping(preview.mapping)
        columns = len(preview.mapping.fields) if preview.mapping is not None else 0
        self.ui.tabs.setTabText(
            0, self.tr("Problems (%1)").replace("%1", str(len(preview.problems)))
        )
        self.ui.tabs.setTabText(1, self.tr("Columns (%1)").replace("%1", str(columns)))
        no_header = any(p.code is ProblemCode.NO_HEADER for p in preview.problems)
        if no_header and preview.mapping is not None and preview.mapping.columns:
            self.ui.tabs.setCurrentIndex(1)
        self.model.set_rows(preview.problems)
        self.ui.problemView.resizeRowsToContents()
        counts = (
            self.tr("%1 new sign-in(s), %2 new guest(s), %3 already signed in")
            .replace("%1", str(preview.new))
            .replace("%2", str(preview.new_guests))
            .replace("%3", str(preview.unchanged))
        )
        if preview.unsigned:
            counts += self.tr("; %1 listed but unsigned row(s) skipped").replace(
                "%1", str(preview.unsigned)
            )
        if preview.errors:
            text = self.tr(
                "%1 error(s) must be corrected in the file before anything is recorded. "
                "Nothing has been written. (%2)"
            )
            text = text.replace("%1", str(len(preview.errors))).replace("%2", counts)
            self.ui.summaryLabel.setStyleSheet("font-size: 12pt; color: #c62828;")
        else:
            text = self.tr("Ready: %1.").replace("%1", counts)
            self.ui.summaryLabel.setStyleSheet("font-size: 12pt; color: #2e7d32;")
        self.ui.summaryLabel.setText(text)
        self.ui.applyButton.setEnabled(preview.can_apply and bool(preview.entries))

    def apply(self) -> None:
        context, activity_id, path = self.context, self.activity_id, self.path
        mapping = self.preview.mapping if self.preview is not None else self.mapping
        self.ui.applyButton.setEnabled(False)

        def job(progress: Progress) -> SignInImportResult:
            progress(10, "")
            return apply_sign_in(context.db, context.actor, activity_id, path, mapping)

        self.task = run_with_progress(
            self, self.tr("Recording the sign-ins…"), job, self._applied, self._failed
        )

    def _applied(self, result: object) -> None:
        assert isinstance(result, SignInImportResult)
        self.import_result = result
        self.accept()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, SignInImportRejected):  # the file changed since the preview
            self.show_preview(error.preview)
            return
        show_unexpected(error)
