"""数据交换: export the county-review package (to a USB stick or a folder), the site's key
fingerprint (read to the county on the phone), import the county's review result (verify,
preview, apply), what the county said last, the packages written (from their own record) and
the other exchanges (imports) from the audit trail."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from app.catalogue.codes import AuditAction
from app.catalogue.county import commendation_verdict, package_comments, review_changes
from app.catalogue.problems import ExportProblem, review_refusal
from app.domain.permissions import Action
from app.exchange import county_keys, review_import
from app.exchange.package_format import PackageRejected
from app.exchange.review_import import ReviewOutcome
from app.reports.atomic import OutputError
from app.services import audit_log, export_records
from app.services.actor import PermissionDenied
from app.services.audit_log import AuditRow
from app.services.export_records import ExportRow
from app.ui import column_fit
from app.ui.audit_text import entity_name, record_text, user_text
from app.ui.context import AppContext
from app.ui.dialogs.exchange.export_dialog import ExportChoice, ExportDialog
from app.ui.dialogs.exchange.review_result_dialog import ReviewResultDialog
from app.ui.error_dialog import show_unexpected
from app.ui.file_dialogs import FolderKind, ask_open_file
from app.ui.forms.ui_exchange_history import Ui_ExchangeHistory
from app.ui.forms.ui_exchange_tools import Ui_ExchangeTools
from app.ui.i18n import QT_TRANSLATE_NOOP, catalogue_language, joined, output_problem, word
from app.ui.indicator_text import period_code_name
from app.ui.models.row_table_model import Column, RowTableModel
from app.ui.pages.list_page import ListPage
from app.ui.screen_fit import lay_out_now
from app.ui.tasks import Progress, Task, run_with_progress

if TYPE_CHECKING:
    from app.exchange.export_package import ExportResult


COLUMNS: list[Column[AuditRow]] = [
    Column(QT_TRANSLATE_NOOP("ExchangePage", "Time"), lambda r: r.at),
    Column(QT_TRANSLATE_NOOP("ExchangePage", "Action"), lambda r: word(r.action)),
    Column(QT_TRANSLATE_NOOP("ExchangePage", "What"), lambda r: entity_name(r.entity)),
    Column(
        QT_TRANSLATE_NOOP("ExchangePage", "Which"),
        lambda r: record_text(r.entity, r.entity_id, r.record),
    ),
    Column(QT_TRANSLATE_NOOP("ExchangePage", "User"), lambda r: user_text(r.username)),
]

EXPORT_COLUMNS: list[Column[ExportRow]] = [
    Column(QT_TRANSLATE_NOOP("ExchangePage", "Created"), lambda r: r.created_at),
    Column(QT_TRANSLATE_NOOP("ExchangePage", "Site code"), lambda r: r.site_code),
    Column(QT_TRANSLATE_NOOP("ExchangePage", "Period"), lambda r: period_code_name(r.period)),
    Column(QT_TRANSLATE_NOOP("ExchangePage", "No."), lambda r: r.sequence, align_right=True),
    Column(
        QT_TRANSLATE_NOOP("ExchangePage", "People"),
        lambda r: QCoreApplication.translate(
            "ExchangePage", "de-identified" if r.deidentified else "named"
        ),
        alert=lambda r: not r.deidentified,
    ),
    Column(QT_TRANSLATE_NOOP("ExchangePage", "By"), lambda r: r.username),
    Column(QT_TRANSLATE_NOOP("ExchangePage", "File"), lambda r: r.file_name),
    Column(QT_TRANSLATE_NOOP("ExchangePage", "SHA-256 of the zip"), lambda r: r.sha256),
]
PEOPLE = (
    QT_TRANSLATE_NOOP("ExchangePage", "de-identified"),
    QT_TRANSLATE_NOOP("ExchangePage", "named"),
)
EXCHANGES = (AuditAction.IMPORT, AuditAction.EXPORT, AuditAction.GENERATE)
STAGES = {
    "data": QT_TRANSLATE_NOOP("ExchangePage", "Collecting the period's records…"),
    "reports": QT_TRANSLATE_NOOP("ExchangePage", "Printing the report…"),
    "writing": QT_TRANSLATE_NOOP("ExchangePage", "Writing to the drive…"),
    "verifying": QT_TRANSLATE_NOOP("ExchangePage", "Reading it back and checking…"),
    "done": QT_TRANSLATE_NOOP("ExchangePage", "Done."),
}


class ExchangePage(ListPage):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model: RowTableModel[ExportRow] = RowTableModel(EXPORT_COLUMNS, "ExchangePage")
        self.ui.tableView.setModel(self.model)
        self.ui.searchEdit.hide()
        self.ui.filterCombo.hide()
        self.task: Task | None = None
        self.last_result: ExportResult | None = None
        self.fingerprint: str | None = None
        self.review_dialog: ReviewResultDialog | None = None
        tools = QWidget(self)
        self.tools = Ui_ExchangeTools()
        self.tools.setupUi(tools)
        self.tools.exportButton.clicked.connect(self.export)
        self.tools.reviewButton.clicked.connect(self.import_review)
        self.tools.retireKeyButton.clicked.connect(self.retire_key)
        self.export_button = self.tools.exportButton
        self.ui.pageLayout.insertWidget(2, tools)
        history = QWidget(self)
        self.history = Ui_ExchangeHistory()
        self.history.setupUi(history)
        self.history_model: RowTableModel[AuditRow] = RowTableModel(COLUMNS, "ExchangePage")
        self.history.historyTable.setModel(self.history_model)
        self.ui.pageLayout.addWidget(history)

    def page_title(self) -> str:
        return self.tr("Data exchange")

    def retranslate(self) -> None:
        super().retranslate()
        self.tools.retranslateUi(self.tools.exportButton.parentWidget())
        self.history.retranslateUi(self.history.historyTable.parentWidget())
        self.model.retranslate()
        self.history_model.retranslate()
        column_fit.fit_columns(self.history.historyTable)  # the other language's widths
        self.show_fingerprint()
        self.show_county_feedback()

    def show_fingerprint(self) -> None:
        if self.fingerprint:
            self.tools.fingerprintLabel.setText(self.fingerprint)
        else:
            self.tools.fingerprintLabel.setText(
                self.tr("No key yet: it is made with the first export.")
            )

    def reload(self) -> None:
        context = self.context
        rows = export_records.list_exports(context.db, context.actor)
        self.model.set_rows(rows)
        self.show_count(len(rows))
        self.fit_columns()
        self.fingerprint = export_records.key_fingerprint(context.db, context.actor)
        self.show_fingerprint()
        self.show_county_feedback()
        self.history_model.set_rows(audit_log.list_entries(context.db, context.actor, EXCHANGES))
        column_fit.fit_columns(self.history.historyTable)

    def show_county_feedback(self) -> None:
        context = self.context
        may = context.actor.can(Action.EDIT_INSPECTIONS)
        self.tools.reviewButton.setVisible(may)
        self.tools.retireKeyButton.setVisible(may)
        self.tools.countyBox.setVisible(may)
        if not may:
            return
        keys = county_keys.county_keys(context.db)
        self.tools.retireKeyButton.setEnabled(any(k.trusted for k in keys))
        self.tools.countyKeyLabel.setText(
            self.tr("The county's keys: %1").replace("%1", self.keys_text(keys))
            if keys
            else self.tr("No review result from the county yet.")
        )
        last = review_import.last_feedback(context.db, context.actor)
        if last is None:
            self.tools.feedbackLabel.clear()
            lay_out_now(self.tools.feedbackLabel)
            return
        language = catalogue_language()
        lines = [
            self.tr("Review result no. %1, applied %2.")
            .replace("%1", str(last.sequence))
            .replace("%2", last.applied_at.replace("T", " ")[:16]),
            package_comments([(period_code_name(p), t) for p, t in last.comments], language),
            commendation_verdict(last.commendation_year, last.commendation_reasons, language),
        ]
        self.tools.feedbackLabel.setText("\n".join(line for line in lines if line))
        lay_out_now(self.tools.feedbackLabel)  # the box grows before it is drawn again

    def keys_text(self, keys: list[county_keys.CountyKey]) -> str:
        return joined(
            (
                self.tr("%1 (retired %2)").replace("%2", k.retired_on)
                if k.retired_on
                else self.tr("%1 (trusted since %2)").replace("%2", k.added_on or "—")
            ).replace("%1", k.fingerprint)
            for k in keys
        )

    def retire_key(self) -> bool:
        """Stop trusting one of the county's keys (the county said it no longer uses it)."""
        context = self.context
        trusted = [k.fingerprint for k in county_keys.county_keys(context.db) if k.trusted]
        title = self.tr("Retire a county key")
        chosen, ok = QInputDialog.getItem(
            self, title, self.tr("The county key to retire (its files will be refused):"),
            trusted, 0, False,
        )  # fmt: skip
        if not ok or chosen not in trusted:
            return False
        asked = QMessageBox.question(
            self, title,
            self.tr("Retire the county key %1? Review results signed with it will be refused "
                    "from now on. Do this only when the county union has told you they no "
                    "longer use it.").replace("%1", chosen),
        )  # fmt: skip
        if asked != QMessageBox.StandardButton.Yes:
            return False
        county_keys.retire_key(context.db, context.actor, chosen, context.today())
        self.reload()
        return True

    def import_review(self) -> None:
        path = ask_open_file(
            self, FolderKind.PACKAGE, self.tr("The county's review result"),
            self.tr("Review results (*.hrr);;All files (*)"),
        )  # fmt: skip
        if path is not None:
            self.check_review_file(path)

    def check_review_file(self, path: Path) -> Task:
        """Verify the file and preview what it changes (off the window's thread)."""
        context = self.context

        def job(_progress: Progress) -> ReviewOutcome:
            result = review_import.read_review_file(path)
            return review_import.check_review(context.db, context.actor, result,
                                              today=context.today())  # fmt: skip

        self.task = run_with_progress(
            self, self.tr("The county's review result"), job, self.preview_review,
            self.review_failed,
        )  # fmt: skip
        return self.task

    def preview_review(self, outcome: object) -> None:
        assert isinstance(outcome, ReviewOutcome)
        dialog = ReviewResultDialog(outcome, self)
        self.review_dialog = dialog
        dialog.accepted.connect(lambda: self.apply_review_file(outcome, dialog.key_confirmed))
        dialog.open()

    def apply_review_file(self, preview: ReviewOutcome, key_confirmed: bool) -> Task:
        context = self.context

        def job(_progress: Progress) -> ReviewOutcome:
            return review_import.apply_review(context.db, context.actor, preview.result,
                                              key_confirmed, context.today())  # fmt: skip

        self.task = run_with_progress(
            self, self.tr("The county's review result"), job, self.review_applied,
            self.review_failed,
        )  # fmt: skip
        return self.task

    def review_applied(self, outcome: object) -> None:
        assert isinstance(outcome, ReviewOutcome)
        self.reload()
        if outcome.status != review_import.APPLIED:  # changed meanwhile (another user)
            QMessageBox.warning(
                self, self.tr("The county's review result"),
                self.tr("The review result was not applied: the register changed meanwhile. "
                        "Import it again."),
            )  # fmt: skip
            return
        QMessageBox.information(
            self, self.tr("The county's review result"),
            self.tr("The review result was applied to the inspections register.") + "\n"
            + review_changes(catalogue_language(), vars(outcome.changes)),
        )  # fmt: skip

    def review_failed(self, error: BaseException) -> None:
        if isinstance(error, PackageRejected):
            text = self.tr("This file cannot be applied: %1.").replace(
                "%1", review_refusal(error.reason, catalogue_language())
            )
            text += "\n" + self.tr("Nothing was changed. Ask the county for the file again.")
        elif isinstance(error, PermissionDenied):
            text = error.said(catalogue_language())
        else:
            show_unexpected(error)
            return
        QMessageBox.warning(self, self.tr("The county's review result"), text)

    def export(self) -> None:
        dialog = ExportDialog(self.context, self)
        if dialog.exec() and dialog.choice is not None:
            self.start_export(dialog.choice)

    def start_export(self, choice: ExportChoice) -> None:
        context = self.context
        language = catalogue_language()  # the workbook's words: the window's language

        def job(progress: Progress) -> ExportResult:
            from app.exchange.export_package import export_package  # only when exporting

            return export_package(
                context.db, context.actor, choice.period, choice.folder, choice.named,
                choice.chair_password, as_of=context.today(), progress=progress,
                language=language,
            )  # fmt: skip

        self.task = run_with_progress(
            self, self.tr("Export for county review"), job, self.exported, self.failed,
            lambda stage: self.tr(STAGES.get(stage, stage)),
        )  # fmt: skip

    def exported(self, result: object) -> None:
        from app.exchange.export_package import ExportResult

        assert isinstance(result, ExportResult)
        self.last_result = result
        self.reload()
        QMessageBox.information(
            self,
            self.tr("Export for county review"),
            self.tr("The package was written and checked:\n%1").replace("%1", str(result.path)),
        )

    def failed(self, error: BaseException) -> None:
        from app.exchange.export_package import ExportRefused

        if isinstance(error, OutputError | ExportRefused):
            text = (
                word(ExportProblem(error.reason))
                if isinstance(error, ExportRefused)
                else output_problem(error.reason)
            )
            text += "\n" + self.tr("No file was left under the package's name.")
        elif isinstance(error, PackageRejected):
            text = output_problem("io_error")
        elif isinstance(error, PermissionDenied):
            text = error.said(catalogue_language())
        else:
            show_unexpected(error)
            return
        QMessageBox.warning(self, self.tr("Export for county review"), text)
