"""The county reviewer's window over a county workspace: import the sites' USB packages, the
sites × indicators table of a period, the inspections of each site, the county summary.

A window of its own beside (or instead of) the site's register: it never opens a site's
database, only the workspace file of verified, de-identified packages.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QHeaderView,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTableView,
    QWidget,
)

from app.catalogue.codes import RectificationStatus
from app.catalogue.county import AccessChannel, AccessEvent, InspectionSource
from app.catalogue.problems import PackageProblem
from app.catalogue.reports import ReportKey, report
from app.db.county_models import Workspace
from app.domain.county_roles import CountyAction
from app.domain.key_fingerprint import fingerprint
from app.domain.periods import Period
from app.exchange.county_import import ImportOutcome, import_package
from app.exchange.county_return import ReturnWritten
from app.exchange.removable import RemovableDrive, removable_drives
from app.reports.atomic import OutputError
from app.reports.request import ReportRequest
from app.services import county
from app.services.county import AccessRow, InspectionRow, SiteInspections, SiteRow
from app.services.county_accounts import CountyPermissionDenied, CountyReviewer
from app.ui import county_messages as words
from app.ui.county_summary_panel import CountySummaryPanel
from app.ui.dialogs.common.pdf_preview_dialog import preview_pdf
from app.ui.dialogs.county.county_accounts_dialog import CountyAccountsDialog, CountyPasswordDialog
from app.ui.dialogs.county.county_inspection_dialog import CountyInspectionDialog
from app.ui.error_dialog import show_unexpected
from app.ui.file_dialogs import FolderKind, ask_folder, ask_open_files, ask_save_file
from app.ui.forms.ui_county_window import Ui_CountyWindow
from app.ui.i18n import (
    QT_TRANSLATE_NOOP,
    Language,
    Translations,
    joined,
    listed,
    saved_language,
    word,
    word_of,
)
from app.ui.indicator_text import period_name
from app.ui.models.county_figures_model import CountyFiguresModel
from app.ui.models.row_table_model import Column, RowTableModel
from app.ui.tasks import Progress, Task, run_with_progress
from app.ui.widgets.indicator_card import COLOURS
from app.ui.widgets.table_fit import fit_columns

log = logging.getLogger(__name__)
CONTEXT = "CountyWindow"


def problem_text(reason: str) -> str:
    """Why a file could not be written, in words (the export's, on the Exchange page)."""
    from app.ui.pages.exchange_page import PROBLEMS

    return QCoreApplication.translate("ExchangePage", PROBLEMS.get(reason, PROBLEMS["io_error"]))


def _items_text(row: InspectionRow) -> str:
    return joined(
        f"{i.description} ({i.deadline.isoformat() if i.deadline else '—'}, "
        f"{word_of(RectificationStatus, i.status)}"
        f"{' ' + i.done_on.isoformat() if i.done_on else ''})"
        for i in row.items
    )


TOO_FEW = QT_TRANSLATE_NOOP("County", "fewer than 2 inspections — flagged")
ENOUGH = QT_TRANSLATE_NOOP("County", "at least 2 inspections")


SITE_COLUMNS: list[Column[SiteRow]] = [
    Column(QT_TRANSLATE_NOOP("CountyWindow", "Code"), lambda r: r.code),
    Column(QT_TRANSLATE_NOOP("CountyWindow", "Site"), lambda r: r.name),
    Column(QT_TRANSLATE_NOOP("CountyWindow", "County"), lambda r: r.county),
    Column(QT_TRANSLATE_NOOP("CountyWindow", "Key fingerprint"), lambda r: r.fingerprint),
    Column(QT_TRANSLATE_NOOP("CountyWindow", "Key pinned"), lambda r: r.pinned_at),
    Column(QT_TRANSLATE_NOOP("CountyWindow", "Packages"), lambda r: r.packages, align_right=True),
    Column(QT_TRANSLATE_NOOP("CountyWindow", "Latest period"), lambda r: r.last_period),
]
INSPECTED_COLUMNS: list[Column[SiteInspections]] = [
    Column(QT_TRANSLATE_NOOP("CountyWindow", "Site"), lambda r: f"{r.name} ({r.code})"),
    Column(
        QT_TRANSLATE_NOOP("CountyWindow", "Inspections this year"),
        lambda r: len(r.inspections),
        alert=lambda r: r.too_few,
        align_right=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("CountyWindow", "State"),
        lambda r: words.t(TOO_FEW) if r.too_few else words.t(ENOUGH),
        alert=lambda r: r.too_few,
    ),
]
INSPECTION_COLUMNS: list[Column[InspectionRow]] = [
    Column(QT_TRANSLATE_NOOP("CountyWindow", "Date"), lambda r: r.inspected_on),
    Column(
        QT_TRANSLATE_NOOP("CountyWindow", "Source"),
        lambda r: word_of(InspectionSource, r.source),
    ),
    Column(QT_TRANSLATE_NOOP("CountyWindow", "Inspectors"), lambda r: r.inspectors),
    Column(QT_TRANSLATE_NOOP("CountyWindow", "Score"), lambda r: r.score, align_right=True),
    Column(QT_TRANSLATE_NOOP("CountyWindow", "Findings"), lambda r: r.findings),
    Column(QT_TRANSLATE_NOOP("CountyWindow", "Rectification items (deadline, state)"), _items_text),
]
ACCESS_COLUMNS: list[Column[AccessRow]] = [
    Column(QT_TRANSLATE_NOOP("CountyWindow", "Time"), lambda r: r.at),
    Column(QT_TRANSLATE_NOOP("CountyWindow", "Reviewer"), lambda r: r.reviewer),
    Column(
        QT_TRANSLATE_NOOP("CountyWindow", "Action"),
        lambda r: word_of(AccessEvent, r.action),
    ),
    Column(QT_TRANSLATE_NOOP("CountyWindow", "Detail"), lambda r: r.detail),
    Column(
        QT_TRANSLATE_NOOP("CountyWindow", "Through"),
        lambda r: word_of(AccessChannel, r.channel),
    ),
]
STAGES = {
    "report": QT_TRANSLATE_NOOP("CountyWindow", "Writing the county summary…"),
}


def outcome_text(outcome: ImportOutcome) -> str:
    text = _outcome_text(outcome)
    if outcome.warning:
        text += " " + words.t(words.WARNINGS[outcome.warning])
    return text


def _outcome_text(outcome: ImportOutcome) -> str:
    template = words.t(words.OUTCOMES[outcome.status])
    if outcome.status == "rejected":
        reason = word_of(PackageProblem, outcome.reason)
        return template.replace("%1", outcome.file.name).replace("%2", reason)
    period = period_name(Period.parse(outcome.period)) if outcome.period else ""
    return (
        template.replace("%1", outcome.file.name)
        .replace("%2", f"{outcome.site_code} {period}")
        .replace("%3", str(outcome.sequence))
        .replace("%4", outcome.reason)
    )


def packages_on(drive: Path) -> list[Path]:
    """The .zip files at the top of the drive and one folder down (where sticks keep them)."""
    found = sorted(drive.glob("*.zip")) + sorted(drive.glob("*/*.zip"))
    return [p for p in found if p.is_file()]


class CountyWindow(QMainWindow):
    closed = Signal()

    def __init__(
        self,
        workspace: Workspace,
        reviewer: CountyReviewer,
        today: Callable[[], dt.date] = dt.date.today,
        drives: Callable[[], list[RemovableDrive]] = removable_drives,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace, self.reviewer, self.today, self.drives = workspace, reviewer, today, drives
        self.ui = Ui_CountyWindow()
        self.ui.setupUi(self)
        self.task: Task | None = None
        self.last_outcomes: list[ImportOutcome] = []
        self.last_summary = ""
        # Replaced by the tests; the window asks through these.
        self.choose_packages: Callable[[], list[Path]] = self.ask_packages
        self.choose_file: Callable[[str], Path | None] = self.ask_file
        self.ask_year: Callable[[], int | None] = self.ask_report_year
        self.open_pdf: Callable[[Path], None] = lambda path: preview_pdf(self, path)
        self.figures = CountyFiguresModel()
        self.inspected: RowTableModel[SiteInspections] = RowTableModel(
            INSPECTED_COLUMNS, CONTEXT, lambda r: r.code
        )
        self.inspections: RowTableModel[InspectionRow] = RowTableModel(
            INSPECTION_COLUMNS, CONTEXT, lambda r: r.review_id
        )
        self.sites: RowTableModel[SiteRow] = RowTableModel(SITE_COLUMNS, CONTEXT, lambda r: r.code)
        self.access: RowTableModel[AccessRow] = RowTableModel(ACCESS_COLUMNS, CONTEXT)
        ui = self.ui
        for view, model in (
            (ui.figuresTable, self.figures),
            (ui.inspectionSitesTable, self.inspected),
            (ui.inspectionsTable, self.inspections),
            (ui.sitesTable, self.sites),
            (ui.accessTable, self.access),
        ):
            view.setModel(model)
            view.verticalHeader().hide()
            view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        ui.inspectionsTable.horizontalHeader().setStretchLastSection(True)
        ui.accessTable.horizontalHeader().setStretchLastSection(True)
        ui.importButton.clicked.connect(lambda: self.import_files(self.choose_packages()))
        ui.actionImport.triggered.connect(lambda: self.import_files(self.choose_packages()))
        ui.usbButton.clicked.connect(self.import_from_drive)
        ui.reportButton.clicked.connect(self.report)
        ui.actionClose.triggered.connect(self.close)
        ui.actionAccounts.triggered.connect(self.manage_accounts)
        ui.actionAccounts.setVisible(reviewer.may(CountyAction.MANAGE_ACCOUNTS))
        ui.actionChangePassword.triggered.connect(self.change_password)
        ui.actionOpenWorkspace.triggered.connect(self.open_another)
        ui.actionOpenServer.triggered.connect(self.open_server)
        ui.periodCombo.currentIndexChanged.connect(lambda _i: self.show_figures())
        ui.yearSpin.setValue(today().year)
        ui.yearSpin.valueChanged.connect(lambda _v: self.show_inspections())
        ui.inspectionSitesTable.selectionModel().currentRowChanged.connect(
            lambda _c, _p: self.show_site_inspections()
        )
        ui.inspectionsTable.doubleClicked.connect(lambda _i: self.edit_inspection())
        ui.addInspectionButton.clicked.connect(self.add_inspection)
        ui.editInspectionButton.clicked.connect(self.edit_inspection)
        ui.deleteInspectionButton.clicked.connect(self.delete_inspection)
        ui.returnButton.clicked.connect(self.write_return)
        ui.returnButton.setVisible(reviewer.may(CountyAction.EXPORT_RETURN))
        ui.commentButton.clicked.connect(self.comment_package)
        self.choose_folder: Callable[[], Path | None] = self.ask_folder
        self.ask_comment: Callable[[str, str], str | None] = self.ask_comment_text
        ui.actionChinese.triggered.connect(lambda: self.set_language(Language.CHINESE))
        ui.actionEnglish.triggered.connect(lambda: self.set_language(Language.ENGLISH))
        self.summary = CountySummaryPanel(workspace, today, self)
        ui.tabs.insertTab(1, self.summary, "")
        ui.tabs.currentChanged.connect(lambda _i: self.show_summary_if_chosen())
        self.path_label = QLabel()
        self.reviewer_label = QLabel()
        ui.statusBar.addWidget(self.path_label)
        ui.statusBar.addPermanentWidget(self.reviewer_label)
        self.retranslate()
        self.reload()

    # --- showing ---------------------------------------------------------------------------

    def set_language(self, language: Language) -> None:
        app = QCoreApplication.instance()
        assert app is not None
        Translations(app).apply(language)  # LanguageChange reaches every window

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        language = saved_language()
        self.ui.actionChinese.setChecked(language is Language.CHINESE)
        self.ui.actionEnglish.setChecked(language is Language.ENGLISH)
        self.setWindowTitle(self.tr("County workspace — %1").replace("%1", self.workspace.name))
        legend = [
            (COLOURS["met"], self.tr("met")),
            (COLOURS["not_met"], self.tr("not met")),
            (COLOURS["open"], self.tr("not yet met, period running")),
            (COLOURS["na"], self.tr("not applicable")),
        ]
        self.ui.legendLabel.setText(
            "&nbsp;&nbsp;".join(
                f'<span style="color:{border}; font-size:14pt">■</span> {text}'
                for (_fill, border), text in legend
            )
        )
        self.path_label.setText(self.tr("Workspace: %1").replace("%1", self.workspace.location))
        self.reviewer_label.setText(
            self.tr("Signed in: %1 (%2)")
            .replace("%1", self.reviewer.display_name)
            .replace("%2", word(self.reviewer.role))
        )
        for model in (self.inspected, self.inspections, self.sites, self.access):
            model.retranslate()
        self.ui.tabs.setTabText(self.ui.tabs.indexOf(self.summary), self.tr("Summary"))
        self.summary.retranslate()
        for view in (self.ui.inspectionSitesTable, self.ui.inspectionsTable, self.ui.sitesTable):
            fit_columns(view)  # the headers' words changed width
        self.figures.retranslate()
        for index in range(self.ui.periodCombo.count()):
            code = self.ui.periodCombo.itemData(index)
            self.ui.periodCombo.setItemText(index, period_name(Period.parse(code)))
        self.show_figures_note()

    def reload(self) -> None:
        combo = self.ui.periodCombo
        current = combo.currentData()
        found = county.periods(self.workspace)
        combo.blockSignals(True)
        combo.clear()
        for code in found:
            combo.addItem(period_name(Period.parse(code)), code)
        if found:
            combo.setCurrentIndex(found.index(current) if current in found else len(found) - 1)
        combo.blockSignals(False)
        if found and current is None:  # the first time: the year of the newest package
            self.ui.yearSpin.blockSignals(True)
            self.ui.yearSpin.setValue(Period.parse(found[-1]).year)
            self.ui.yearSpin.blockSignals(False)
            self.summary.set_year(Period.parse(found[-1]).year)
        self.summary.stale = True  # packages or inspections may have changed
        self.show_summary_if_chosen()
        self.show_figures()
        self.show_inspections()
        self.sites.set_rows(county.site_list(self.workspace))
        self.access.set_rows(county.access_log(self.workspace, self.reviewer))
        self.show_county_key()
        for view in (self.ui.sitesTable, self.ui.accessTable):
            view.resizeColumnsToContents()

    def show_county_key(self) -> None:
        from app.exchange.county_return import key_fingerprint

        found = key_fingerprint(self.workspace)
        self.ui.countyKeyLabel.setText(
            self.tr("The county's own key, which signs the review results sent to the sites: "
                    "%1. Read it to a site's administrator on the phone before their first "
                    "import.").replace("%1", found)
            if found
            else self.tr("The county's own key is made with the first review result for a site.")
        )  # fmt: skip

    def show_summary_if_chosen(self) -> None:
        if self.ui.tabs.currentWidget() is self.summary:
            self.summary.show_if_stale()

    def period(self) -> str | None:
        code = self.ui.periodCombo.currentData()
        return str(code) if code else None

    def show_figures(self) -> None:
        period = self.period()
        self.figures.set_rows(county.site_figures(self.workspace, period) if period else [])
        view = self.ui.figuresTable
        view.resizeColumnsToContents()
        view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.show_figures_note()

    def show_figures_note(self) -> None:
        rows = self.figures.rows
        if not rows:
            self.ui.figuresNoteLabel.setText(
                self.tr("No packages yet: import the packages the sites sent.")
            )
            self.ui.figuresNoteLabel.setStyleSheet("")
            return
        missing = [r.name for r in rows if r.missing]
        notes = []
        if missing:
            notes.append(
                self.tr("%1 of %2 sites sent no package for this period: %3.")
                .replace("%1", str(len(missing)))
                .replace("%2", str(len(rows)))
                .replace("%3", listed(missing))
            )
        for r in rows:
            if r.note.startswith("replaced:"):
                notes.append(
                    self.tr("%1: package no. %2 replaced the older no. %3.")
                    .replace("%1", r.name)
                    .replace("%2", str(r.sequence))
                    .replace("%3", r.note.split(":", 1)[1])
                )
        if not notes:
            notes.append(self.tr("Every site sent its package for this period."))
        self.ui.figuresNoteLabel.setText("\n".join(notes))
        self.ui.figuresNoteLabel.setStyleSheet("color: #c62828;" if missing else "")

    def show_inspections(self) -> None:
        code = self.selected_site()
        rows = county.site_inspections(self.workspace, self.ui.yearSpin.value())
        self.inspected.set_rows(rows)
        view = self.ui.inspectionSitesTable
        view.resizeColumnsToContents()
        codes = [r.code for r in rows]
        if rows:
            view.selectRow(codes.index(code) if code in codes else 0)
        self.show_site_inspections()

    def selected_site(self) -> str | None:
        index = self.ui.inspectionSitesTable.currentIndex()
        if not index.isValid():
            return None
        return self.inspected.row_at(index.row()).code

    def show_site_inspections(self) -> None:
        index = self.ui.inspectionSitesTable.currentIndex()
        rows = self.inspected.row_at(index.row()).inspections if index.isValid() else ()
        self.inspections.set_rows(list(rows))
        self.ui.inspectionsTable.resizeColumnsToContents()
        self.ui.inspectionsTable.resizeRowsToContents()

    # --- importing --------------------------------------------------------------------------

    def ask_packages(self) -> list[Path]:
        return ask_open_files(
            self, FolderKind.PACKAGE, self.tr("Import packages"), self.tr("Packages (*.zip)")
        )

    def import_from_drive(self) -> None:
        drives = self.drives()
        if not drives:
            QMessageBox.information(
                self,
                self.tr("Import from a USB drive"),
                self.tr(
                    "No USB drive was found. Insert the stick and try again, or choose the "
                    "files with Import packages…."
                ),
            )
            return
        drive = drives[0]
        if len(drives) > 1:
            names = [f"{d.label}  {d.path}" for d in drives]
            name, ok = QInputDialog.getItem(
                self, self.tr("Import from a USB drive"), self.tr("Drive"), names, 0, False
            )
            if not ok:
                return
            drive = drives[names.index(name)]
        found = packages_on(drive.path)
        if not found:
            QMessageBox.information(
                self,
                self.tr("Import from a USB drive"),
                self.tr("There are no packages (.zip files) on %1.").replace("%1", str(drive.path)),
            )
            return
        self.import_files(found)

    def import_files(
        self,
        paths: list[Path],
        accept_new_key: bool = False,
        earlier: tuple[ImportOutcome, ...] = (),
    ) -> Task | None:
        """Verify and import in a worker; `earlier`: outcomes of the round before a key change."""
        if not paths:
            return None
        workspace, reviewer = self.workspace, self.reviewer

        def job(progress: Progress) -> list[ImportOutcome]:
            outcomes = []
            for n, path in enumerate(paths):
                progress(100 * n // len(paths), path.name)  # Cancel stops here, between files
                outcomes.append(import_package(workspace, path, accept_new_key, reviewer))
            progress(100, "")
            return outcomes

        def describe(name: str) -> str:
            return self.tr("Checking and importing %1…").replace("%1", name) if name else ""

        def done(result: object) -> None:
            assert isinstance(result, list)
            self.imported(result, earlier, accept_new_key)

        self.task = run_with_progress(
            self, self.tr("Import packages"), job, done, self.failed, describe
        )
        return self.task

    def imported(
        self, outcomes: list[ImportOutcome], earlier: tuple[ImportOutcome, ...], confirmed: bool
    ) -> None:
        if not confirmed:
            answers: dict[tuple[str, str], bool] = {}  # one question per site and key
            for o in outcomes:
                if o.status in ("new_key", "key_changed"):
                    pair = (o.site_code, o.public_key)
                    if pair not in answers:
                        answers[pair] = self.confirm_new_key(o)
            accepted = [
                o
                for o in outcomes
                if o.status in ("new_key", "key_changed") and answers[(o.site_code, o.public_key)]
            ]
            if accepted:  # import those again, accepting the new key; then report them all
                kept = tuple(o for o in outcomes if o not in accepted)
                self.import_files([o.file for o in accepted], True, kept)
                return
        self.report_imports([*earlier, *outcomes])

    def confirm_new_key(self, outcome: ImportOutcome) -> bool:
        new = fingerprint(outcome.public_key) if outcome.public_key else "—"
        if outcome.status == "new_key":
            return self.confirm_first_key(outcome, new)
        pinned = county.pinned_fingerprint(self.workspace, outcome.site_code) or "—"
        if not self.reviewer.may(CountyAction.ACCEPT_NEW_KEY):
            QMessageBox.information(
                self,
                self.tr("The site's key has changed"),
                self.tr("The package %1 of site %2 is signed by another key than the one pinned "
                        "on the site's first import (pinned %3, this package %4). Only a county "
                        "administrator may accept a site's new key: ask them to import it.")
                .replace("%1", outcome.file.name).replace("%2", outcome.site_code)
                .replace("%3", pinned).replace("%4", new),
            )  # fmt: skip
            return False
        answer = QMessageBox.question(
            self,
            self.tr("The site's key has changed"),
            self.tr(
                "The package %1 of site %2 is signed by another key than the one pinned on the "
                "site's first import.\n\nPinned key:  %3\nThis package:  %4\n\nAccept the new "
                "key only if the site's technician has read you this new fingerprint on the "
                "phone (a new computer, or a site set up again). Otherwise the package may not "
                "come from the site. Accept the new key and import the package?"
            )
            .replace("%1", outcome.file.name)
            .replace("%2", outcome.site_code)
            .replace("%3", pinned)
            .replace("%4", new),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        log.warning("%s accepted a new key for site %s", self.reviewer.username, outcome.site_code)
        return True

    def confirm_first_key(self, outcome: ImportOutcome, new: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("A new site's key"),
            self.tr(
                "The package %1 is the first from site %2. Its signing key has the "
                "fingerprint:\n\n%3\n\nAsk the site's technician to read you the fingerprint "
                "shown on its Data exchange page. Trust this key (and import the package) only if "
                "the two are the same."
            )
            .replace("%1", outcome.file.name)
            .replace("%2", outcome.site_code)
            .replace("%3", new),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        log.info(
            "%s trusted the first key of site %s (%s)",
            self.reviewer.username,
            outcome.site_code,
            new,
        )
        return True

    def report_imports(self, outcomes: list[ImportOutcome]) -> None:
        self.last_outcomes = outcomes
        self.reload()
        self.last_summary = "\n".join(outcome_text(o) for o in outcomes)
        title = self.tr("Import packages")
        if any(o.status in ("rejected", "new_key", "key_changed") or o.warning for o in outcomes):
            QMessageBox.warning(self, title, self.last_summary)
        else:
            QMessageBox.information(self, title, self.last_summary)

    def failed(self, error: BaseException) -> None:
        if isinstance(error, OutputError):
            QMessageBox.warning(
                self,
                self.tr("County report"),
                self.tr("The report could not be written to %1 (%2). Nothing was left under "
                        "its name.").replace("%1", str(error.path))
                .replace("%2", problem_text(error.reason)),
            )  # fmt: skip
            return
        show_unexpected(error)

    # --- inspections -----------------------------------------------------------------------

    def add_inspection(self) -> CountyInspectionDialog | None:
        return self.inspection_dialog(None)

    def edit_inspection(self) -> CountyInspectionDialog | None:
        row = self.chosen_inspection(self.tr("Edit inspection"))
        return None if row is None else self.inspection_dialog(row.review_id)

    def delete_inspection(self) -> bool:
        """Remove a mistaken county record after asking; True when it was removed."""
        row = self.chosen_inspection(self.tr("Delete inspection"))
        if row is None or row.review_id is None:
            return False
        answer = QMessageBox.question(
            self,
            self.tr("Delete inspection"),
            self.tr("Delete the county's inspection of %1 on %2, with its rectification items? "
                    "This is recorded in the access log.")
            .replace("%1", self.site_name()).replace("%2", row.inspected_on.isoformat()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return False
        county.delete_inspection(self.workspace, self.reviewer, row.review_id)
        self.reload()
        return True

    def site_name(self) -> str:
        index = self.ui.inspectionSitesTable.currentIndex()
        return self.inspected.row_at(index.row()).name if index.isValid() else ""

    def chosen_inspection(self, title: str) -> InspectionRow | None:
        """The county's own inspection chosen in the list, or None after saying why not."""
        index = self.ui.inspectionsTable.currentIndex()
        if not index.isValid():
            QMessageBox.information(self, title, self.tr("Choose one of the county's inspections."))
            return None
        row = self.inspections.row_at(index.row())
        if row.review_id is None:
            QMessageBox.information(
                self,
                title,
                self.tr(
                    "This inspection was reported by the site in its package; it can be changed "
                    "only there. Add the county's own record instead."
                ),
            )
            return None
        return row

    def inspection_dialog(self, review_id: int | None) -> CountyInspectionDialog | None:
        index = self.ui.inspectionSitesTable.currentIndex()
        if not index.isValid():
            QMessageBox.information(
                self,
                self.tr("Add inspection"),
                self.tr("Import a site's package first, then choose the site."),
            )
            return None
        site = self.inspected.row_at(index.row())
        dialog = CountyInspectionDialog(
            self.workspace, self.reviewer, site.code, site.name, self.today(), review_id, self
        )
        dialog.accepted.connect(self.reload)
        dialog.open()
        return dialog

    # --- back to the site: the review result and comments ----------------------------------

    def ask_folder(self) -> Path | None:
        return ask_folder(
            self, FolderKind.PACKAGE, self.tr("Where to write the review result (the USB stick)")
        )

    def write_return(self) -> Task | None:
        """Write the chosen site's signed review result into a folder (the USB stick)."""
        index = self.ui.inspectionSitesTable.currentIndex()
        if not index.isValid():
            QMessageBox.information(
                self, self.tr("Review result"), self.tr("Choose a site in the list first.")
            )
            return None
        code = self.inspected.row_at(index.row()).code
        folder = self.choose_folder()
        if folder is None:
            return None
        workspace, reviewer, year = self.workspace, self.reviewer, self.ui.yearSpin.value()
        now = dt.datetime.combine(self.today(), dt.datetime.now().time())  # the window's day

        def job(progress: Progress) -> ReturnWritten:
            from app.exchange.county_return import write_return_file

            progress(10, "return")
            return write_return_file(workspace, reviewer, code, folder, year, now)

        self.task = run_with_progress(
            self, self.tr("Review result"), job, self.return_written, self.return_failed
        )
        return self.task

    def return_written(self, result: object) -> None:
        assert isinstance(result, ReturnWritten)
        self.reload()
        QMessageBox.information(
            self, self.tr("Review result"),
            self.tr("Review result no. %1 was written and checked:\n%2\n\n%3 inspection(s), "
                    "%4 rectification item(s), %5 still open.\n\nThe county's key fingerprint, "
                    "for the site's first import: %6")
            .replace("%1", str(result.sequence)).replace("%2", str(result.path))
            .replace("%3", str(result.inspections)).replace("%4", str(result.items))
            .replace("%5", str(result.open_items)).replace("%6", result.fingerprint),
        )  # fmt: skip

    def return_failed(self, error: BaseException) -> None:
        from app.exchange.county_return import ReturnRefused

        if isinstance(error, OutputError):
            text = self.tr("The review result could not be written to %1: %2").replace(
                "%1", str(error.path)).replace("%2", problem_text(error.reason))  # fmt: skip
            text += "\n" + self.tr("Nothing was left under its name.")
        elif isinstance(error, ReturnRefused):
            text = self.tr("The site is not in this workspace.")
        elif isinstance(error, CountyPermissionDenied):
            text = self.tr("Your account may not write review results.")
        else:
            show_unexpected(error)
            return
        QMessageBox.warning(self, self.tr("Review result"), text)

    def ask_comment_text(self, title: str, current: str) -> str | None:
        text, ok = QInputDialog.getMultiLineText(
            self, title, self.tr("Comment (sent to the site with its next review result):"),
            current,
        )  # fmt: skip
        return text if ok else None

    def comment_package(self) -> bool:
        """Comment on the chosen site's package of the shown period; True when saved."""
        period, index = self.period(), self.ui.figuresTable.currentIndex()
        if period is None or not index.isValid() or self.figures.rows[index.row()].missing:
            QMessageBox.information(
                self, self.tr("Comment on the package"),
                self.tr("Choose a site whose package of this period was imported."),
            )  # fmt: skip
            return False
        site = self.figures.rows[index.row()]
        title = self.tr("%1 — %2").replace("%1", site.name).replace("%2", period_name(
            Period.parse(period)))  # fmt: skip
        text = self.ask_comment(title, county.package_comment(self.workspace, site.code, period))
        if text is None:
            return False
        county.set_comment(self.workspace, self.reviewer, site.code, period, text)
        self.reload()
        return True

    # --- the county summary ----------------------------------------------------------------

    def ask_report_year(self) -> int | None:
        year, ok = QInputDialog.getInt(
            self, self.tr("County report"), self.tr("Year"), self.ui.yearSpin.value(), 2000, 2100
        )
        return year if ok else None

    def ask_file(self, suggested: str) -> Path | None:
        return ask_save_file(
            self,
            FolderKind.REPORT,
            self.tr("Save the county report"),
            suggested,
            self.tr("PDF (*.pdf)"),
            suffix=".pdf",
        )

    def report(self) -> Task | None:
        year = self.ask_year()
        if year is None:
            return None
        name = report(ReportKey.COUNTY_SUMMARY).file_name.replace("{period}", str(year))
        pdf = self.choose_file(f"{name}.pdf")
        if pdf is None:
            return None
        return self.start_report(year, pdf)

    def start_report(self, year: int, pdf: Path) -> Task:
        """The county summary through the report registry, in the background."""
        workspace, reviewer = self.workspace, self.reviewer
        request = ReportRequest(
            pdf, pdf.with_suffix(".xlsx"), period=Period.of_year(year), as_of=self.today()
        )

        def job(progress: Progress) -> Path:
            from app.reports.request import write_workspace_report

            key = ReportKey.COUNTY_SUMMARY
            return write_workspace_report(key, workspace, reviewer, request, progress)

        def done(result: object) -> None:
            assert isinstance(result, Path)
            self.reload()
            self.ui.statusBar.showMessage(
                self.tr("Saved %1 and %2").replace("%1", str(result))
                .replace("%2", result.with_suffix(".xlsx").name), 15_000
            )  # fmt: skip
            self.open_pdf(result)

        self.task = run_with_progress(
            self, self.tr("County report"), job, done, self.failed,
            lambda stage: self.tr(STAGES.get(stage, stage)),
        )  # fmt: skip
        return self.task

    # --- accounts --------------------------------------------------------------------------

    def manage_accounts(self) -> CountyAccountsDialog:
        dialog = CountyAccountsDialog(self.workspace, self.reviewer, self)
        dialog.finished.connect(lambda _r: self.reload())
        dialog.open()
        return dialog

    def change_password(self) -> CountyPasswordDialog:
        dialog = CountyPasswordDialog(self.workspace, self.reviewer, self)
        dialog.finished.connect(lambda _r: self.reload())
        dialog.open()
        return dialog

    # --- the window ------------------------------------------------------------------------

    def open_another(self) -> None:
        from app.ui.county_open import start_workspace

        if start_workspace(self.parentWidget()) is not None:
            self.close()

    def open_server(self) -> None:
        """A shared workspace on the union's server, by its address (not only --workspace)."""
        from app.ui.county_open import ask_server_address, start_workspace

        address = ask_server_address(self)
        if address is not None and start_workspace(self.parentWidget(), address) is not None:
            self.close()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.workspace.close()
        self.closed.emit()
        super().closeEvent(event)
