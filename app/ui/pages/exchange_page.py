"""数据交换: export the county-review package (to a USB stick or a folder) and the list of past
imports and exports, from the audit trail."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QPushButton, QWidget

from app.domain.codes import AuditAction
from app.exchange.export_package import ExportRefused, ExportResult, export_package
from app.exchange.package_format import PackageRejected
from app.reports.atomic import OutputError
from app.services import audit_log
from app.services.actor import PermissionDenied
from app.services.audit_log import AuditRow
from app.ui.context import AppContext
from app.ui.dialogs.export_dialog import ExportChoice, ExportDialog
from app.ui.error_dialog import show_unexpected
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.labels import label
from app.ui.models.row_table_model import Column, RowTableModel
from app.ui.pages.list_page import ListPage
from app.ui.tasks import Progress, Task, run_with_progress

COLUMNS: list[Column[AuditRow]] = [
    Column(QT_TRANSLATE_NOOP("ExchangePage", "Time"), lambda r: r.at),
    Column(QT_TRANSLATE_NOOP("ExchangePage", "Action"), lambda r: label(r.action)),
    Column(QT_TRANSLATE_NOOP("ExchangePage", "What"), lambda r: r.entity),
    Column(QT_TRANSLATE_NOOP("ExchangePage", "User"), lambda r: r.username),
]

EXCHANGES = (AuditAction.IMPORT, AuditAction.EXPORT, AuditAction.GENERATE)
STAGES = {
    "data": QT_TRANSLATE_NOOP("ExchangePage", "Collecting the period's records…"),
    "reports": QT_TRANSLATE_NOOP("ExchangePage", "Printing the report…"),
    "writing": QT_TRANSLATE_NOOP("ExchangePage", "Writing to the drive…"),
    "verifying": QT_TRANSLATE_NOOP("ExchangePage", "Reading it back and checking…"),
    "done": QT_TRANSLATE_NOOP("ExchangePage", "Done."),
}
PROBLEMS = {
    "no_space": QT_TRANSLATE_NOOP("ExchangePage", "The drive is full."),
    "not_writable": QT_TRANSLATE_NOOP("ExchangePage", "The drive or folder is not writable."),
    "folder_missing": QT_TRANSLATE_NOOP(
        "ExchangePage", "The drive or folder is gone (was the USB stick pulled out?)."
    ),
    "io_error": QT_TRANSLATE_NOOP("ExchangePage", "The package could not be written."),
    "approval_needed": QT_TRANSLATE_NOOP("ExchangePage", "The union chair's password is wrong."),
    "no_profile": QT_TRANSLATE_NOOP("ExchangePage", "Fill in the site profile first."),
}


class ExchangePage(ListPage):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model: RowTableModel[AuditRow] = RowTableModel(COLUMNS, "ExchangePage")
        self.ui.tableView.setModel(self.model)
        self.ui.searchEdit.hide()
        self.ui.filterCombo.hide()
        self.task: Task | None = None
        self.last_result: ExportResult | None = None
        tools = QWidget(self)
        row = QHBoxLayout(tools)
        row.setContentsMargins(0, 0, 0, 0)
        self.export_button = QPushButton(tools)
        self.export_button.clicked.connect(self.export)
        row.addWidget(self.export_button)
        row.addStretch(1)
        self.ui.pageLayout.insertWidget(2, tools)

    def page_title(self) -> str:
        return self.tr("Data exchange")

    def retranslate(self) -> None:
        super().retranslate()
        self.export_button.setText(self.tr("Export for county review…"))
        self.model.retranslate()

    def reload(self) -> None:
        rows = audit_log.list_entries(self.context.db, self.context.actor, EXCHANGES)
        self.model.set_rows(rows)
        self.show_count(len(rows))
        self.fit_columns()

    def export(self) -> None:
        dialog = ExportDialog(self.context, self)
        if dialog.exec() and dialog.choice is not None:
            self.start_export(dialog.choice)

    def start_export(self, choice: ExportChoice) -> None:
        context = self.context

        def job(progress: Progress) -> ExportResult:
            return export_package(
                context.db, context.actor, choice.period, choice.folder, choice.named,
                choice.chair_password, as_of=context.today(), progress=progress,
            )  # fmt: skip

        self.task = run_with_progress(
            self, self.tr("Export for county review"), job, self.exported, self.failed,
            lambda stage: self.tr(STAGES.get(stage, stage)),
        )  # fmt: skip

    def exported(self, result: object) -> None:
        assert isinstance(result, ExportResult)
        self.last_result = result
        self.reload()
        QMessageBox.information(
            self,
            self.tr("Export for county review"),
            self.tr("The package was written and checked:\n%1").replace("%1", str(result.path)),
        )

    def failed(self, error: BaseException) -> None:
        if isinstance(error, OutputError | ExportRefused):
            text = self.tr(PROBLEMS.get(error.reason, PROBLEMS["io_error"]))
            text += "\n" + self.tr("No file was left under the package's name.")
        elif isinstance(error, PackageRejected):
            text = self.tr(PROBLEMS["io_error"])
        elif isinstance(error, PermissionDenied):
            text = self.tr("Your account may not export.")
        else:
            show_unexpected(error)
            return
        QMessageBox.warning(self, self.tr("Export for county review"), text)
