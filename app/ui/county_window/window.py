"""The county reviewer's window over a county workspace: import the sites' USB packages, the
sites × indicators table of a period, the inspections of each site, the county summary.

A window of its own beside (or instead of) the site's register: it never opens a site's
database, only the workspace file of verified, de-identified packages.

This module holds the window itself, the figures tab and the accounts; the imports
(`importing`), the inspections tab with the review result (`inspections`) and the county
report (`reporting`) are parts of their own, sharing `base.CountyWindowBase`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (
    QInputDialog,
    QLabel,
    QMessageBox,
    QTableView,
    QWidget,
)

from app.db.county_models import Workspace
from app.domain.county_roles import CountyAction
from app.domain.periods import Period
from app.exchange.county_import import ImportOutcome
from app.exchange.removable import RemovableDrive, removable_drives
from app.paths import log_dir
from app.services import county
from app.services.county import AccessRow, InspectionRow, SiteInspections, SiteRow
from app.services.county_accounts import CountyReviewer
from app.ui import column_fit
from app.ui.county_summary_panel import CountySummaryPanel
from app.ui.county_window.columns import (
    ACCESS_COLUMNS,
    CONTEXT,
    INSPECTED_COLUMNS,
    INSPECTION_COLUMNS,
    SITE_COLUMNS,
)
from app.ui.county_window.county_key import CountyKeys
from app.ui.county_window.importing import PackageImports
from app.ui.county_window.inspections import InspectionRecords
from app.ui.county_window.reporting import CountyReporting
from app.ui.dialogs.common.about_dialog import AboutDialog
from app.ui.dialogs.common.pdf_preview_dialog import preview_pdf
from app.ui.dialogs.county.county_accounts_dialog import CountyAccountsDialog, CountyPasswordDialog
from app.ui.forms.ui_county_window import Ui_CountyWindow
from app.ui.guide import county_guide_html
from app.ui.i18n import (
    Language,
    Translations,
    listed,
    saved_language,
    word,
)
from app.ui.indicator_text import period_name
from app.ui.models.county_figures_model import CountyFiguresModel
from app.ui.models.row_table_model import RowTableModel
from app.ui.tasks import Task
from app.ui.widgets.indicator_card import COLOURS

if TYPE_CHECKING:
    from app.ui.dialogs.common.guide_dialog import GuideDialog


class CountyWindow(PackageImports, InspectionRecords, CountyReporting, CountyKeys):
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
            column_fit.keep_fitted(view)  # the one rule of every list's columns
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
        ui.newKeyButton.clicked.connect(self.make_new_key)
        ui.newKeyButton.setVisible(reviewer.may(CountyAction.MAKE_KEY))
        self.choose_folder: Callable[[], Path | None] = self.ask_folder
        self.ask_comment: Callable[[str, str], str | None] = self.ask_comment_text
        self.guide: GuideDialog | None = None  # made when first asked for
        ui.actionGuide.triggered.connect(lambda: self.show_guide())
        ui.actionShowLog.triggered.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_dir())))
        )
        ui.actionAbout.triggered.connect(self.show_about)
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
        for view in self.tables():
            column_fit.fit_columns(view)  # the headers' words changed width
        self.figures.retranslate()
        for index in range(self.ui.periodCombo.count()):
            code = self.ui.periodCombo.itemData(index)
            self.ui.periodCombo.setItemText(index, period_name(Period.parse(code)))
        self.show_figures_note()
        self.show_county_key()  # its sentence is the window's, not the form's

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
            column_fit.fit_columns(view)

    def tables(self) -> tuple[QTableView, ...]:
        ui = self.ui
        return (ui.figuresTable, ui.inspectionSitesTable, ui.inspectionsTable, ui.sitesTable,
                ui.accessTable)  # fmt: skip

    def show_summary_if_chosen(self) -> None:
        if self.ui.tabs.currentWidget() is self.summary:
            self.summary.show_if_stale()

    def period(self) -> str | None:
        code = self.ui.periodCombo.currentData()
        return str(code) if code else None

    def show_figures(self) -> None:
        period = self.period()
        self.figures.set_rows(county.site_figures(self.workspace, period) if period else [])
        column_fit.fit_columns(self.ui.figuresTable)
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

    def show_guide(self, section: str = "contents") -> GuideDialog:
        """The reviewers' guide beside the window (F1), at `section`."""
        from app.ui.dialogs.common.guide_dialog import GuideDialog

        if self.guide is None:
            self.guide = GuideDialog(self, county_guide_html)
        self.guide.present(section)
        return self.guide

    def show_about(self) -> None:
        AboutDialog(self.workspace.location, self).exec()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.workspace.close()
        self.closed.emit()
        super().closeEvent(event)
