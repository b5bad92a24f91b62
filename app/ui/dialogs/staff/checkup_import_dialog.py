"""Import the partner hospital's check-up results: choose the file, check it (preview with the
column mapping, the problems and the check-ups to store), then import; afterwards the abnormal
findings by item and by department. The flow is the one every spreadsheet import shares
(sheet_import_dialog)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTableView, QWidget

from app.catalogue.checkups import field_words
from app.catalogue.import_preview import CheckupAction
from app.exchange import checkup_import
from app.exchange.checkup_rows import CHECKUP_SPEC, CheckupPreview, PlannedCheckup
from app.exchange.sheet_rows import ParsedSheet
from app.ui.context import AppContext
from app.ui.dialogs.staff.sheet_import_dialog import FINDINGS_TAB, PLAN_TAB, SheetImportDialog
from app.ui.i18n import QT_TRANSLATE_NOOP, catalogue_language, word, words
from app.ui.models.row_table_model import Column, RowTableModel
from app.ui.tasks import Progress

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


class CheckupImportDialog(SheetImportDialog[CheckupPreview, PlannedCheckup]):
    spec = CHECKUP_SPEC
    context_name = CONTEXT
    stages = STAGES

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, PLAN_COLUMNS, parent)
        self.setWindowTitle(self.tr("Import check-up results"))
        self.ui.introLabel.setText(
            self.tr(
                "Choose the check-up results the partner hospital sent (Excel, WPS, LibreOffice "
                "or a .csv/.txt file, one row per person). It is checked first and nothing is "
                "written until you press Import. People are found by ID number, then employee "
                "no., then name and birth date; rows that match nobody or several people are "
                "listed and left out."
            )
        )
        self.ui.fileEdit.setPlaceholderText(
            self.tr("Check-up results file (.xlsx .xls .et .ods .csv .txt)")
        )
        self.ui.tabs.setTabText(PLAN_TAB, self.tr("Check-ups"))
        self.ui.templateButton.hide()  # the hospital's own sheet: no template to hand out
        self.findings_model: RowTableModel[tuple[str, str, int]] = RowTableModel(
            FINDING_COLUMNS, CONTEXT
        )
        self.ui.findingsTable.setModel(self.findings_model)

    # --- what this import says ----------------------------------------------------------

    def field_name(self, field: str) -> str:
        return field_name(field)

    def mapping_help(self) -> str:
        return self.tr(
            "Which column holds what? The guess is filled in; change any column with its "
            "drop-down. Name and check-up date are needed, and one of ID number, employee "
            "no. or birth date to find the person. The mapping you import with is "
            "remembered for files with the same headings."
        )

    def choose_title(self) -> str:
        return self.tr("Choose the check-up results file")

    def work_titles(self) -> tuple[str, str]:
        return self.tr("Checking the check-up results"), self.tr("Importing the check-up results")

    def preview_of(self, parsed: ParsedSheet, progress: Progress) -> CheckupPreview:
        db, actor, today = self.context.db, self.context.actor, self.context.today()
        return checkup_import.preview_checkups(db, actor, parsed, today, progress)

    def import_of(self, parsed: ParsedSheet, progress: Progress) -> CheckupPreview:
        db, actor, today = self.context.db, self.context.actor, self.context.today()
        return checkup_import.import_checkups(db, actor, parsed, today, progress)

    def show_imported(self, result: object) -> None:
        super().show_imported(result)
        if self.imported:
            self.ui.tabs.setCurrentIndex(FINDINGS_TAB)

    def imported_text(self, preview: CheckupPreview) -> str:
        done = self.tr("Imported: the check-up results of %1 people. %2 row(s) left out.")
        return done.replace("%1", str(preview.people)).replace("%2", str(len(preview.skipped)))

    def tables(self) -> list[QTableView]:
        return [*super().tables(), self.ui.findingsTable]

    def show_tables(self, preview: CheckupPreview) -> int:
        self.plan_model.set_rows(list(preview.planned))
        findings = [
            (self.tr("Item"), word(item), count)
            for item, count in preview.abnormal_by_item().items()
        ] + [
            (self.tr("Department"), department, count)
            for department, count in preview.abnormal_by_department().items()
        ]
        self.findings_model.set_rows(findings)
        tabs = self.ui.tabs
        tabs.setTabText(
            PLAN_TAB, self.tr("Check-ups (%1)").replace("%1", str(len(preview.planned)))
        )
        people = sum(1 for p in preview.planned if p.abnormal)
        tabs.setTabText(FINDINGS_TAB, self.tr("Findings (%1)").replace("%1", str(people)))
        return len(preview.planned)

    def counts_text(self, preview: CheckupPreview) -> str:
        return (
            self.tr("%1 new check-up(s), %2 replaced, %3 already imported; %4 row(s) left out.")
            .replace("%1", str(preview.new))
            .replace("%2", str(preview.updated))
            .replace("%3", str(preview.unchanged))
            .replace("%4", str(len(preview.skipped)))
        )

    def ready_text(self, preview: CheckupPreview) -> str:
        if preview.skipped:
            return self.tr(
                "The rows left out are listed under Problems: correct them in the file and "
                "check again, or press Import to save the others."
            )
        return self.tr("No errors. Press Import to save the results to the health files.")

    def nothing_text(self) -> str:
        return self.tr("These results are already imported: nothing to import.")
