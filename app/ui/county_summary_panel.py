"""The county window's summary tab (汇总): the year's totals per indicator over every site, the
sites ranked on the indicator chosen, the commendation shortlist with the reasons a site was
left off, and the sites still due an inspection — what the county report prints, on screen.

Computed off the window's thread (a city has thousands of sites), when the tab is first shown
and again when the year changes or packages were imported.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTableView, QWidget

from app.catalogue.county import commendation_reasons
from app.catalogue.indicators import INDICATORS, IndicatorKey, TargetKind
from app.db.county_models import Workspace
from app.services.county_dataset import Ranked, Total, YearSummary, year_summary
from app.services.county_summary import Commendation
from app.ui import column_fit, indicator_text
from app.ui.error_dialog import show_unexpected
from app.ui.forms.ui_county_summary_panel import Ui_CountySummaryPanel
from app.ui.i18n import QT_TRANSLATE_NOOP, catalogue_language, listed
from app.ui.models.row_table_model import Column, RowTableModel
from app.ui.tasks import Progress, Task, run_with_progress

CONTEXT = "CountySummary"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def value_text(key: IndicatorKey, value: float | None) -> str:
    if value is None:
        return QCoreApplication.translate("Indicators", "n/a")
    if INDICATORS[key].kind is TargetKind.RATE:
        return indicator_text.percent(value)
    return f"{value:.1f}".rstrip("0").rstrip(".")


MET = QT_TRANSLATE_NOOP("CountySummary", "met")
NOT_MET = QT_TRANSLATE_NOOP("CountySummary", "not met")
SHORTLISTED = QT_TRANSLATE_NOOP("CountySummary", "shortlisted")
LEFT_OFF = QT_TRANSLATE_NOOP("CountySummary", "not shortlisted")
TITLE = QT_TRANSLATE_NOOP("CountySummary", "Summary")
WORKING = QT_TRANSLATE_NOOP("CountySummary", "Totals, ranking and shortlist…")
NO_PACKAGE = QT_TRANSLATE_NOOP("CountySummary", "No site sent a package for this year yet.")
PERIOD_NOTE = QT_TRANSLATE_NOOP(
    "CountySummary", "Totals and ranking of %1 (the year's latest period with packages)."
)
RANKING = QT_TRANSLATE_NOOP("CountySummary", "Ranking: %1")
SHORTLIST_COUNT = QT_TRANSLATE_NOOP("CountySummary", "Commendation shortlist: %1 of %2 sites")
DUE = QT_TRANSLATE_NOOP(
    "CountySummary", "Still due an inspection this year (inspections so far): %1"
)
NONE_DUE = QT_TRANSLATE_NOOP("CountySummary", "Every site had its inspections this year.")


def _met(value: bool | None) -> str:
    return "" if value is None else _tr(MET if value else NOT_MET)


def reasons_text(row: Commendation) -> str:
    return commendation_reasons(row.reasons, catalogue_language())


TOTAL_COLUMNS: list[Column[Total]] = [
    Column(QT_TRANSLATE_NOOP("CountySummary", "Indicator"),
           lambda r: indicator_text.short_name(r.key)),
    Column(QT_TRANSLATE_NOOP("CountySummary", "County"),
           lambda r: value_text(r.key, r.county_value), align_right=True),
    Column(QT_TRANSLATE_NOOP("CountySummary", "Sites"), lambda r: r.applicable,
           align_right=True),
    Column(QT_TRANSLATE_NOOP("CountySummary", "Met"), lambda r: r.met, align_right=True),
    Column(QT_TRANSLATE_NOOP("CountySummary", "Met share"),
           lambda r: indicator_text.percent(r.met_share), align_right=True,
           alert=lambda r: r.met_share is not None and r.met_share < 1),
    Column(QT_TRANSLATE_NOOP("CountySummary", "Not applicable"), lambda r: r.not_applicable,
           align_right=True),
]  # fmt: skip


def ranking_columns(key: IndicatorKey) -> list[Column[Ranked]]:
    return [
        Column(QT_TRANSLATE_NOOP("CountySummary", "Rank"), lambda r: r.rank, align_right=True),
        Column(QT_TRANSLATE_NOOP("CountySummary", "Site"), lambda r: f"{r.name} ({r.code})"),
        Column(QT_TRANSLATE_NOOP("CountySummary", "Value"), lambda r: value_text(key, r.value),
               align_right=True),
        Column(QT_TRANSLATE_NOOP("CountySummary", "Target met"), lambda r: _met(r.met),
               alert=lambda r: r.met is False),
    ]  # fmt: skip


COMMENDATION_COLUMNS: list[Column[Commendation]] = [
    Column(QT_TRANSLATE_NOOP("CountySummary", "Site"), lambda r: f"{r.name} ({r.code})"),
    Column(QT_TRANSLATE_NOOP("CountySummary", "Shortlist"),
           lambda r: _tr(SHORTLISTED if r.shortlisted else LEFT_OFF),
           alert=lambda r: not r.shortlisted),
    Column(QT_TRANSLATE_NOOP("CountySummary", "Why not"), reasons_text),
]  # fmt: skip


class CountySummaryPanel(QWidget):
    def __init__(
        self, workspace: Workspace, today: Callable[[], dt.date], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace, self.today = workspace, today
        self.ui = Ui_CountySummaryPanel()
        self.ui.setupUi(self)
        self.summary: YearSummary | None = None
        self.task: Task | None = None
        self.stale = True  # computed again when next shown
        self.totals: RowTableModel[Total] = RowTableModel(TOTAL_COLUMNS, CONTEXT)
        self.key = IndicatorKey.USAGE_RATE
        self.ranked: RowTableModel[Ranked] = RowTableModel(ranking_columns(self.key), CONTEXT)
        self.commended: RowTableModel[Commendation] = RowTableModel(
            COMMENDATION_COLUMNS, CONTEXT, lambda r: r.code
        )
        for view, model in (
            (self.ui.totalsTable, self.totals),
            (self.ui.rankingTable, self.ranked),
            (self.ui.commendationsTable, self.commended),
        ):
            view.setModel(model)
            view.verticalHeader().hide()
            view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
            column_fit.keep_fitted(view)  # the one rule of every list's columns
        self.ui.totalsTable.selectionModel().currentRowChanged.connect(
            lambda current, _p: self.choose(current.row())
        )
        self.ui.summaryYearSpin.setValue(today().year)
        self.ui.summaryYearSpin.valueChanged.connect(lambda _v: self.refresh())
        self.ui.figuresSplitter.setSizes([560, 440])

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        for model in (self.totals, self.ranked, self.commended):
            model.retranslate()
        self.show_notes()
        for view in (self.ui.totalsTable, self.ui.rankingTable, self.ui.commendationsTable):
            column_fit.fit_columns(view)  # the headers' words changed width

    def set_year(self, year: int) -> None:
        self.ui.summaryYearSpin.blockSignals(True)
        self.ui.summaryYearSpin.setValue(year)
        self.ui.summaryYearSpin.blockSignals(False)
        self.stale = True

    def show_if_stale(self) -> Task | None:
        return self.refresh() if self.stale else None

    def refresh(self) -> Task:
        workspace, year, today = self.workspace, self.ui.summaryYearSpin.value(), self.today()

        def job(progress: Progress) -> YearSummary:
            progress(10, "")
            return year_summary(workspace, year, today)

        self.stale = False
        self.task = run_with_progress(
            self, _tr(TITLE), job, self.show_summary, self.failed,
            lambda _stage: _tr(WORKING),
        )  # fmt: skip
        return self.task

    def failed(self, error: BaseException) -> None:
        self.stale = True
        show_unexpected(error)

    def show_summary(self, summary: object) -> None:
        assert isinstance(summary, YearSummary)
        self.summary = summary
        found = summary.dataset
        self.totals.set_rows(list(found.totals) or [Total.nothing(key) for key in IndicatorKey])
        self.commended.set_rows(
            sorted(found.commendations, key=lambda c: (not c.shortlisted, c.code))
        )
        self.choose(list(IndicatorKey).index(self.key))
        self.ui.totalsTable.selectRow(list(IndicatorKey).index(self.key))
        self.show_notes()
        for view in (self.ui.totalsTable, self.ui.commendationsTable):
            column_fit.fit_columns(view)

    def choose(self, row: int) -> None:
        """Rank the sites on the indicator of the totals' row `row`."""
        if not 0 <= row < len(IndicatorKey) or self.summary is None:
            return
        self.key = list(IndicatorKey)[row]
        self.ranked = RowTableModel(ranking_columns(self.key), CONTEXT, lambda r: r.code)
        self.ui.rankingTable.setModel(self.ranked)
        self.ranked.set_rows(list(self.summary.rankings.get(self.key, ())))
        column_fit.fit_columns(self.ui.rankingTable)
        self.show_notes()

    def show_notes(self) -> None:
        summary = self.summary
        if summary is None:
            self.ui.periodNoteLabel.clear()
            self.ui.rankingLabel.clear()
            self.ui.dueLabel.clear()
            return
        period, commendations = summary.dataset.period, summary.dataset.commendations
        if period is None:
            self.ui.periodNoteLabel.setText(_tr(NO_PACKAGE))
        else:
            self.ui.periodNoteLabel.setText(
                _tr(PERIOD_NOTE).replace("%1", indicator_text.period_name(period))
            )
        self.ui.rankingLabel.setText(_tr(RANKING).replace("%1", indicator_text.name(self.key)))
        shortlisted = sum(1 for c in commendations if c.shortlisted)
        self.ui.commendationsLabel.setText(
            _tr(SHORTLIST_COUNT)
            .replace("%1", str(shortlisted))
            .replace("%2", str(len(commendations)))
        )
        due = listed(f"{d.name} ({d.done})" for d in summary.due)
        self.ui.dueLabel.setText(_tr(DUE).replace("%1", due) if due else _tr(NONE_DUE))
