"""报表: choose a printout and its period, edit its text, generate it in the background, save.

The kinds come from `app.ui.report_kinds.REPORT_KINDS`: every report of the catalogue. One
printed from another page (where the devices, the activity or the person are chosen) says so
and leads there. A report's switches (its catalogue options) are check boxes. The text
sections are drafted from the indicators when a report or period is chosen (without
overwriting what the user typed); generation runs in a worker with progress and cancel,
writes the file atomically, then shows it in the print preview (`open_pdf`), where it can
be printed or saved elsewhere.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QMessageBox, QPlainTextEdit, QWidget

from app.catalogue.language import Wording
from app.catalogue.reports import PeriodChoice
from app.domain.periods import Period, PeriodKind
from app.reports.atomic import OutputError
from app.reports.language import ReportLanguage
from app.services.actor import PermissionDenied
from app.ui.context import AppContext
from app.ui.error_dialog import show_unexpected
from app.ui.file_dialogs import FolderKind, ask_save_file
from app.ui.forms.ui_report_panel import Ui_ReportPanel
from app.ui.i18n import QT_TRANSLATE_NOOP, catalogue_language, output_problem
from app.ui.models.row_table_model import Column, RowTableModel
from app.ui.pages.list_page import ListPage
from app.ui.qt_dates import qdate
from app.ui.report_kinds import (
    REPORT_KINDS,
    ReportEntry,
    ReportRequest,
    default_period,
)
from app.ui.screen_fit import scroll_when_tall
from app.ui.tasks import Progress, Task, run_with_progress

log = logging.getLogger(__name__)

STAGES = {
    "roster": QT_TRANSLATE_NOOP("ReportsPage", "Reading the roster…"),
    "open_hours": QT_TRANSLATE_NOOP("ReportsPage", "Counting the open days…"),
    "visits": QT_TRANSLATE_NOOP("ReportsPage", "Counting the visits…"),
    "readings": QT_TRANSLATE_NOOP("ReportsPage", "Summing up the readings…"),
    "activities": QT_TRANSLATE_NOOP("ReportsPage", "Counting participation…"),
    "departments": QT_TRANSLATE_NOOP("ReportsPage", "Department by department…"),
    "equipment": QT_TRANSLATE_NOOP("ReportsPage", "Equipment and consumables…"),
    "indicators": QT_TRANSLATE_NOOP("ReportsPage", "Computing the indicators…"),
    "trend": QT_TRANSLATE_NOOP("ReportsPage", "Earlier periods for the trend…"),
    "layout": QT_TRANSLATE_NOOP("ReportsPage", "Laying out the pages…"),
    "pdf": QT_TRANSLATE_NOOP("ReportsPage", "Writing the PDF…"),
    "xlsx": QT_TRANSLATE_NOOP("ReportsPage", "Writing the spreadsheet…"),
    "done": QT_TRANSLATE_NOOP("ReportsPage", "Done"),
}


def _said(wording: Wording) -> str:
    """The catalogue's words in the UI language."""
    return wording.in_(catalogue_language())


def _t(text: str) -> str:
    """Translate a string marked with QT_TRANSLATE_NOOP("ReportsPage", …)."""
    return QCoreApplication.translate("ReportsPage", text)


COLUMNS: list[Column[ReportEntry]] = [
    Column(QT_TRANSLATE_NOOP("ReportsPage", "Report"), lambda r: _said(r.spec.title)),
    Column(QT_TRANSLATE_NOOP("ReportsPage", "For"), lambda r: _said(r.spec.audience)),
    Column(QT_TRANSLATE_NOOP("ReportsPage", "Contents"), lambda r: _said(r.spec.contents)),
]


class ReportsPage(ListPage):
    page_requested = Signal(str)  # the key of the page a report is printed from

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model: RowTableModel[ReportEntry] = RowTableModel(
            COLUMNS, "ReportsPage", row_id=lambda r: r.id
        )
        self.ui.tableView.setModel(self.model)
        self.ui.tableView.setMinimumHeight(250)  # about eight rows; the panel needs the rest
        self.ui.tableView.setMaximumHeight(290)
        self.ui.searchEdit.hide()
        self.ui.filterCombo.hide()
        self.panel = QWidget(self)
        self.panel_ui = Ui_ReportPanel()
        self.panel_ui.setupUi(self.panel)
        self.ui.pageLayout.addWidget(self.panel, 1)
        scroll_when_tall(self.panel)  # a report with many options scrolls on a small screen
        # The text sections take the height; without them the controls stay together on top.
        self.panel_ui.panelLayout.setStretchFactor(self.panel_ui.sectionTabs, 1)
        self.panel_ui.panelLayout.addStretch()
        self.entry: ReportEntry | None = None
        self.editors: dict[str, QPlainTextEdit] = {}
        self.switches: dict[str, QCheckBox] = {}
        self.edited: set[str] = set()
        self.tasks: list[Task] = []
        self.drafts: list[Task] = []
        self._draft_context: tuple[object, ReportEntry | None, bool] = (None, None, False)
        self.last_output: Path | None = None
        # Hooks the tests replace: where to save, and how to show the result.
        self.choose_file = self.ask_file
        # Preview with Print and Save-as (replaceable in tests, which cannot answer a dialog).
        self.open_pdf: Callable[[Path], None] = self.preview
        p = self.panel_ui
        self._draft_timer = QTimer(self, singleShot=True, interval=400)
        self._draft_timer.timeout.connect(lambda: self.draft(keep_edits=True))
        for quarter in range(1, 5):
            p.quarterCombo.addItem("", quarter)
        for month in range(1, 13):
            p.monthCombo.addItem("", month)
        p.languageCombo.addItem("中文", ReportLanguage.ZH.value)
        p.languageCombo.addItem("English", ReportLanguage.EN.value)
        # Printed in the language the window speaks unless the person chooses the other one.
        p.languageCombo.setCurrentIndex(p.languageCombo.findData(catalogue_language().value))
        p.yearSpin.valueChanged.connect(self.period_changed)
        p.quarterCombo.currentIndexChanged.connect(self.period_changed)
        p.monthCombo.currentIndexChanged.connect(self.period_changed)
        p.fromDate.dateChanged.connect(self.period_changed)
        p.toDate.dateChanged.connect(self.period_changed)
        p.languageCombo.currentIndexChanged.connect(self.period_changed)
        p.draftButton.clicked.connect(lambda: self.draft(keep_edits=False))
        p.generateButton.clicked.connect(self.generate)
        p.goToPageButton.clicked.connect(self.go_to_page)
        self.ui.tableView.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.select(current.row())
        )

    def preview(self, path: Path) -> None:
        from app.ui.dialogs.common.pdf_preview_dialog import preview_pdf  # pdfium, printing: now

        preview_pdf(self, path)

    def page_title(self) -> str:
        return self.tr("Reports")

    def retranslate(self) -> None:
        super().retranslate()
        self.model.retranslate()
        self.panel_ui.retranslateUi(self.panel)
        p = self.panel_ui
        for index in range(4):
            p.quarterCombo.setItemText(index, self.tr("Quarter %1").replace("%1", str(index + 1)))
        for index in range(12):
            p.monthCombo.setItemText(index, self.tr("Month %1").replace("%1", str(index + 1)))
        if self.entry is not None:
            self.show_entry(self.entry, keep_period=True)

    def reload(self) -> None:
        self.model.set_rows(REPORT_KINDS)
        self.show_count(len(REPORT_KINDS))
        self.fit_columns()
        if self.entry is None and REPORT_KINDS:
            self.ui.tableView.selectRow(0)

    # --- choosing a report and its period ------------------------------------------------

    def select(self, row: int) -> None:
        if 0 <= row < len(REPORT_KINDS):
            self.show_entry(REPORT_KINDS[row])
            self.draft(keep_edits=False)

    def show_entry(self, entry: ReportEntry, keep_period: bool = False) -> None:
        changed = entry is not self.entry
        self.entry = entry
        p = self.panel_ui
        spec = entry.spec
        if changed:
            p.statusLabel.setText("")  # said of the report chosen before
        p.reportLabel.setText(_said(spec.title))
        elsewhere = spec.printed_from
        p.printedFromLabel.setText(_said(elsewhere.where) if elsewhere else "")
        p.printedFromLabel.setVisible(elsewhere is not None)
        p.goToPageButton.setVisible(elsewhere is not None)
        p.generateButton.setVisible(elsewhere is None)
        p.languageLabel.setVisible(elsewhere is None)
        p.languageCombo.setVisible(elsewhere is None)
        choice = entry.period if elsewhere is None else PeriodChoice.NONE
        for widget, shown in (
            (p.yearSpin, choice in (PeriodChoice.MONTH, PeriodChoice.QUARTER, PeriodChoice.YEAR)),
            (p.quarterCombo, choice is PeriodChoice.QUARTER),
            (p.monthCombo, choice is PeriodChoice.MONTH),
            (p.fromDate, choice is PeriodChoice.RANGE),
            (p.toLabel, choice is PeriodChoice.RANGE),
            (p.toDate, choice is PeriodChoice.RANGE),
        ):
            widget.setVisible(shown)
        p.periodLabel.setVisible(choice is not PeriodChoice.NONE)
        p.periodRangeLabel.setVisible(choice is not PeriodChoice.NONE)
        p.xlsxCheck.setVisible(spec.xlsx and elsewhere is None)
        p.namesCheck.setVisible(spec.names_option)
        if changed or not keep_period:
            self.set_default_period(entry)
        if changed:
            self.build_sections(entry)
            self.build_switches(entry)
        else:
            for index, (_code, label) in enumerate(spec.sections):
                p.sectionTabs.setTabText(index, _said(label))
        for option in spec.options:
            if option.name in self.switches:
                self.switches[option.name].setText(_said(option.words))
        p.sectionsLabel.setVisible(bool(spec.sections))
        p.sectionTabs.setVisible(bool(spec.sections))
        p.draftButton.setVisible(entry.drafts)
        self.show_period_range()

    def build_switches(self, entry: ReportEntry) -> None:
        """A check box per switch of the report (none for one printed from another page)."""
        for box in self.switches.values():
            box.deleteLater()
        self.switches = {}
        if entry.spec.printed_from is not None:
            return
        layout = self.panel_ui.optionLayout
        for option in entry.spec.options:
            box = QCheckBox(_said(option.words), self.panel)
            box.setObjectName(f"option_{option.name}")
            layout.insertWidget(layout.count() - 1, box)  # before the spacer
            self.switches[option.name] = box

    def go_to_page(self) -> None:
        if self.entry is not None and self.entry.spec.printed_from is not None:
            self.page_requested.emit(self.entry.spec.printed_from.page)

    def set_default_period(self, entry: ReportEntry) -> None:
        p = self.panel_ui
        today = self.context.today()
        for widget in (p.yearSpin, p.quarterCombo, p.monthCombo, p.fromDate, p.toDate):
            widget.blockSignals(True)
        period = default_period(entry.period, today)
        if period is not None:
            p.yearSpin.setValue(period.year)
            if period.kind is PeriodKind.QUARTER:
                p.quarterCombo.setCurrentIndex(period.number - 1)
            elif period.kind is PeriodKind.MONTH:
                p.monthCombo.setCurrentIndex(period.number - 1)
        first = today.replace(day=1)
        last_month_end = first - dt.timedelta(days=1)
        p.fromDate.setDate(QDate(last_month_end.year, last_month_end.month, 1))
        p.toDate.setDate(qdate(last_month_end))
        for widget in (p.yearSpin, p.quarterCombo, p.monthCombo, p.fromDate, p.toDate):
            widget.blockSignals(False)

    def build_sections(self, entry: ReportEntry) -> None:
        tabs = self.panel_ui.sectionTabs
        while tabs.count():
            widget = tabs.widget(0)
            tabs.removeTab(0)
            widget.deleteLater()
        self.editors = {}
        self.edited = set()
        for code, label in entry.spec.sections:
            editor = QPlainTextEdit(tabs)
            editor.setObjectName(f"section_{code}")
            editor.textChanged.connect(lambda code=code: self.edited.add(code))
            tabs.addTab(editor, _said(label))
            self.editors[code] = editor

    def period(self) -> Period | None:
        entry = self.entry
        if entry is None:
            return None
        p = self.panel_ui
        year = p.yearSpin.value()
        if entry.period is PeriodChoice.YEAR:
            return Period.of_year(year)
        if entry.period is PeriodChoice.QUARTER:
            return Period.of_quarter(year, int(p.quarterCombo.currentData()))
        if entry.period is PeriodChoice.MONTH:
            return Period.of_month(year, int(p.monthCombo.currentData()))
        return None

    def show_period_range(self) -> None:
        period = self.period()
        label = self.panel_ui.periodRangeLabel
        if period is not None:
            label.setText(f"{period.first_day.isoformat()} – {period.last_day.isoformat()}")
        else:
            label.setText("")

    def period_changed(self) -> None:
        self.show_period_range()
        self.panel_ui.statusLabel.setText("")
        if self.entry is not None and self.entry.drafts:
            self._draft_timer.start()

    def request(self, pdf: Path, xlsx: Path | None = None) -> ReportRequest:
        p = self.panel_ui
        return ReportRequest(
            pdf=pdf,
            xlsx=xlsx,
            period=self.period(),
            date_from=p.fromDate.date().toPython(),
            date_to=p.toDate.date().toPython(),
            texts={code: editor.toPlainText() for code, editor in self.editors.items()},
            names=p.namesCheck.isVisible() and p.namesCheck.isChecked(),
            language=ReportLanguage(p.languageCombo.currentData()),
            as_of=self.context.today(),
            options={name: box.isChecked() for name, box in self.switches.items()},
        )

    # --- drafting the text ---------------------------------------------------------------

    def draft(self, keep_edits: bool) -> Task | None:
        """Draft the text sections in the background, without a modal dialog: it runs each time
        a report or period is chosen. A newer draft cancels an older one still running."""
        entry = self.entry
        if entry is None or not entry.drafts:
            return None
        draft = entry.draft
        request = self.request(Path())
        db, actor = self.context.db, self.context.actor

        def job(progress: Progress) -> dict[str, str]:
            return draft(db, actor, request, progress)

        for running in self.drafts:
            running.cancel()
        task = Task(job)
        # Bound methods of the page: Qt drops the connection if the page goes first.
        task.signals.finished.connect(self._drafted)
        task.signals.failed.connect(self._draft_failed)
        self.drafts = [*self.drafts[-4:], task]
        self._draft_context = (task.signals, entry, keep_edits)
        self.panel_ui.statusLabel.setText(self.tr("Drafting the text…"))
        QThreadPool.globalInstance().start(task)
        return task

    def _drafted(self, texts: object) -> None:
        signals, entry, keep_edits = self._draft_context
        if self.sender() is not signals or self.entry is not entry or not isinstance(texts, dict):
            return  # an older draft, or another report chosen meanwhile
        kept = []
        for code, editor in self.editors.items():
            if keep_edits and code in self.edited:
                kept.append(code)
                continue
            editor.blockSignals(True)
            editor.setPlainText(str(texts.get(code, "")))
            editor.blockSignals(False)
            self.edited.discard(code)
        self.panel_ui.statusLabel.setText(
            self.tr("Your edited text was kept; press “Draft again” to replace it.") if kept else ""
        )

    def _draft_failed(self, error: BaseException) -> None:
        log.warning("drafting the report text failed: %s", error)
        if self.sender() is self._draft_context[0]:
            self.panel_ui.statusLabel.setText(
                self.tr("The text could not be drafted; you can write it yourself.")
            )

    # --- generating ----------------------------------------------------------------------

    def suggested_name(self) -> str:
        entry = self.entry
        assert entry is not None
        period = self.period()
        stem = (entry.spec.file_name or entry.id).replace("{period}", period.code if period else "")
        return f"{stem}.pdf"

    def ask_file(self, suggested: str) -> Path | None:
        return ask_save_file(
            self,
            FolderKind.REPORT,
            self.tr("Save the report as"),
            suggested,
            self.tr("PDF (*.pdf)"),
            suffix=".pdf",
        )

    def generate(self) -> Task | None:
        entry = self.entry
        if entry is None or entry.spec.printed_from is not None:
            return None
        pdf = self.choose_file(self.suggested_name())
        if pdf is None:
            return None
        xlsx = (
            pdf.with_suffix(".xlsx")
            if entry.spec.xlsx and self.panel_ui.xlsxCheck.isChecked()
            else None
        )
        request = self.request(pdf, xlsx)
        db, actor = self.context.db, self.context.actor
        write = entry.write

        def job(progress: Progress) -> Path:
            return write(db, actor, request, progress)

        def done(result: object) -> None:
            path = Path(str(result))
            self.last_output = path
            saved = [str(path)] + ([str(xlsx)] if xlsx is not None else [])
            self.panel_ui.statusLabel.setText(self.tr("Saved: %1").replace("%1", "  ".join(saved)))
            self.open_pdf(path)

        self.panel_ui.statusLabel.setText("")
        task = run_with_progress(
            self, self.tr("Generating the report…"), job, done, self.failed, describe=_stage
        )
        self.tasks = [*self.tasks[-4:], task]
        return task

    def failed(self, error: BaseException) -> None:
        if isinstance(error, OutputError):
            message = output_problem(error.reason)
            text = self.tr("The report was not saved to %1. %2 Choose another folder.")
            text = text.replace("%1", str(error.path)).replace("%2", message)
        elif isinstance(error, PermissionDenied):
            text = error.said(catalogue_language())
        else:
            show_unexpected(error)
            return
        self.panel_ui.statusLabel.setText(text)
        QMessageBox.warning(self, self.tr("Report not saved"), text)


def _stage(code: str) -> str:
    return _t(STAGES[code]) if code in STAGES else code
