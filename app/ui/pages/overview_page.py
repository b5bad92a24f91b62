"""首页: the indicators of this quarter and year against their targets, the room now, and what
needs attention (follow-ups due, overdue upkeep, low or expiring stock, coming activities).

A card's quarter or year half opens the list behind that figure; in the list of a lecture
indicator, double-clicking a lecture lists who of its target group did not come.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QModelIndex, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from app.catalogue.follow_up_reasons import follow_up_reason
from app.domain.indicators import ColumnKind as C
from app.domain.indicators import DrillColumn, DrillDown, IndicatorResult
from app.domain.periods import Period, PeriodKind
from app.domain.permissions import Action
from app.domain.readings import ReadingType
from app.domain.targets import IndicatorKey
from app.services import getting_started, overview
from app.services.getting_started import StepState
from app.services.indicators import IndicatorSet, compute_periods, lecture_absentees
from app.services.overview import AttentionItem, AttentionKind, RoomStatus
from app.ui import column_fit
from app.ui import indicator_text as words
from app.ui.background import in_background
from app.ui.context import AppContext
from app.ui.dialogs.overview.indicator_detail_dialog import IndicatorDetailDialog, result_summary
from app.ui.dialogs.overview.targets_dialog import TargetsDialog
from app.ui.forms.ui_overview_panel import Ui_OverviewPanel
from app.ui.i18n import QT_TRANSLATE_NOOP, catalogue_language, listed, word
from app.ui.labels import weekday
from app.ui.models.row_table_model import Column, RowTableModel
from app.ui.pages.list_page import ListPage
from app.ui.screen_fit import scroll_when_tall
from app.ui.widgets.indicator_card import IndicatorCard
from app.ui.widgets.start_checklist import StartChecklist, step_name

log = logging.getLogger(__name__)
CARD_COLUMNS = 4

URGENT = {
    AttentionKind.URGENT_VALUE,
    AttentionKind.MAINTENANCE_OVERDUE,
    AttentionKind.CALIBRATION_OVERDUE,
    AttentionKind.LOW_STOCK,
    AttentionKind.EXPIRED,
    AttentionKind.RECTIFICATION_OVERDUE,
    AttentionKind.DISINFECTION_OVERDUE,
}


def _t(text: str) -> str:
    """Translate a string marked with QT_TRANSLATE_NOOP("OverviewPage", …)."""
    return QCoreApplication.translate("OverviewPage", text)


def when(item: AttentionItem) -> str:
    if item.on_date is None:
        return ""
    text = f"{item.on_date.isoformat()} {weekday(item.on_date.weekday())}"
    return f"{text} {item.at_time:%H:%M}" if item.at_time else text


def subject(item: AttentionItem) -> str:
    if item.kind is AttentionKind.DISINFECTION_OVERDUE:
        return QCoreApplication.translate("OverviewPage", "The room")
    return item.subject


def detail(item: AttentionItem) -> str:
    if item.kind is AttentionKind.DISINFECTION_OVERDUE:
        every = QCoreApplication.translate(
            "OverviewPage", "every %n open day(s)", "", item.amount or 1
        )
        last = (
            QCoreApplication.translate("OverviewPage", "last on %1").replace("%1", item.detail)
            if item.detail
            else QCoreApplication.translate("OverviewPage", "none recorded yet")
        )
        return f"{every} · {last}"
    if item.kind is AttentionKind.URGENT_VALUE:  # the reading types that were urgent
        return listed(word(ReadingType(t)) for t in item.detail.split(",") if t)
    if item.kind is AttentionKind.LOW_STOCK:
        return (
            QCoreApplication.translate("OverviewPage", "%1 %2 left")
            .replace("%1", str(item.amount))
            .replace("%2", item.unit)
        )
    if item.kind in (AttentionKind.EXPIRING, AttentionKind.EXPIRED):
        text = f"{item.amount} {item.unit}"
        if not item.detail:
            return text
        lot = QCoreApplication.translate("OverviewPage", "lot %1").replace("%1", item.detail)
        return f"{text} · {lot}"
    if item.kind is AttentionKind.FOLLOW_UP_DUE:  # the reason, in the window's language
        return follow_up_reason(item.detail, item.codes, catalogue_language())
    return item.detail


COLUMNS: list[Column[AttentionItem]] = [
    Column(
        QT_TRANSLATE_NOOP("OverviewPage", "What"),
        lambda r: word(r.kind),
        alert=lambda r: r.kind in URGENT,
    ),
    Column(QT_TRANSLATE_NOOP("OverviewPage", "Item"), lambda r: subject(r)),
    Column(QT_TRANSLATE_NOOP("OverviewPage", "When"), when),
    Column(QT_TRANSLATE_NOOP("OverviewPage", "Detail"), detail),
]


@dataclass(frozen=True)
class OverviewData:
    """What a worker loaded for the page."""

    generation: int
    key: object  # the register's data stamp, the day and the reader the indicators hold for
    sets: list[IndicatorSet]
    room: RoomStatus
    figures: dict[str, int]
    items: list[AttentionItem]
    steps: tuple[StepState, ...]  # the getting-started checklist
    started: float  # perf_counter() when the reload began


class OverviewPage(ListPage):
    urgent_requested = Signal(int)  # visit id: record the action of its urgent value
    step_requested = Signal(str)  # a getting-started step: where it is done

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.panel = QWidget(self)
        self.panel_ui = Ui_OverviewPanel()
        self.panel_ui.setupUi(self.panel)
        self.ui.pageLayout.insertWidget(1, self.panel)
        # The cards and the checklist scroll on a small screen rather than squeeze their text.
        scroll_when_tall(self.panel)
        self.ui.searchEdit.hide()
        self.ui.filterCombo.hide()
        self.ui.toolLayout.insertWidget(0, self.panel_ui.attentionLabel)
        self.checklist = StartChecklist(self.panel)
        self.panel_ui.panelLayout.insertWidget(1, self.checklist)
        self.checklist.step_chosen.connect(self.step_requested.emit)
        self.cards: dict[IndicatorKey, IndicatorCard] = {}
        for index, key in enumerate(IndicatorKey):
            card = IndicatorCard(key, self.panel_ui.cardArea)
            card.opened.connect(self.open_detail)
            self.panel_ui.cardLayout.addWidget(card, index // CARD_COLUMNS, index % CARD_COLUMNS)
            self.cards[key] = card
        self.model: RowTableModel[AttentionItem] = RowTableModel(
            COLUMNS, "OverviewPage", row_id=lambda r: r.ref_id
        )
        self.ui.tableView.setModel(self.model)
        self.ui.tableView.doubleClicked.connect(self._open_item)
        self.panel_ui.refreshButton.clicked.connect(self.reload)
        self.panel_ui.targetsButton.clicked.connect(self.edit_targets)
        self.sets: list[IndicatorSet] = []
        self.room: RoomStatus | None = None
        self.figures: dict[str, int] = {}
        self.load_ms = 0.0
        self._generation = 0  # of the newest reload: older answers are dropped
        self._cache: tuple[object, list[IndicatorSet]] | None = None  # (data key, indicators)

    def page_title(self) -> str:
        return self.tr("Overview")

    def _open_item(self, index: QModelIndex) -> None:
        item = self.model.row_at(index.row())
        if item.kind is AttentionKind.URGENT_VALUE:
            self.urgent_requested.emit(item.ref_id)

    def retranslate(self) -> None:
        super().retranslate()
        self.panel_ui.retranslateUi(self.panel)
        self.model.retranslate()
        for card in self.cards.values():
            card.retranslate()
        self.checklist.retranslate()
        self.show_status()

    def showEvent(self, event: QShowEvent) -> None:
        """Back on the overview: what was done elsewhere shows (the checklist ticks itself);
        the indicators are computed again only if the register changed."""
        super().showEvent(event)
        if self.sets and not self.filling:
            self.reload()

    def show_count(self, shown: int, total: int | None = None) -> None:
        super().show_count(shown, total)
        upcoming = self.checklist.next_step()
        if shown == 0 and upcoming is not None:  # an empty list on a new site: what comes first
            self.ui.countLabel.setText(
                self.tr("Nothing needs attention yet. First: %1.").replace(
                    "%1", step_name(upcoming)
                )
            )

    # --- loading ----------------------------------------------------------------------------

    def reload(self) -> None:
        """Fill the page from a worker; the cards keep what they show (or stay empty) until
        then. The indicators are computed again only when the register changed."""
        started = time.perf_counter()
        context = self.context
        db, actor, today = context.db, context.actor, context.today()
        now = dt.datetime.combine(today, dt.datetime.now().time().replace(microsecond=0))
        periods = [
            Period.containing(today, PeriodKind.QUARTER),
            Period.containing(today, PeriodKind.YEAR),
        ]
        people = actor.can(Action.READ_PEOPLE_BEHIND_FIGURES)
        self._generation += 1
        generation, cached = self._generation, self._cache

        def load() -> OverviewData:
            key = (overview.data_stamp(db), today, actor)
            if cached is not None and cached[0] == key:
                sets = cached[1]
            else:
                sets = compute_periods(db, actor, periods, as_of=today, drill=people)
            return OverviewData(
                generation,
                key,
                sets,
                overview.room_status(db, actor, now),
                {f.key: f.value for f in overview.overview_figures(db, actor, today)},
                overview.attention_items(db, actor, today) if people else [],
                getting_started.start_steps(db, actor, today),
                started,
            )

        self.filling = True
        self.ui.countLabel.setText(self.tr("Loading…"))
        self.panel_ui.targetsButton.setEnabled(actor.can(Action.EDIT_INDICATOR_TARGETS))
        in_background(load, self._loaded)

    def _loaded(self, data: OverviewData | None) -> None:
        if data is None or data.generation != self._generation:
            if data is None:  # the log says why
                self.ui.countLabel.setText(self.tr("The overview could not be loaded."))
                self.filling = False
                self.filled.emit()
            return  # a newer reload is on its way
        self._cache = (data.key, data.sets)
        self.sets = data.sets
        quarter, year = self.sets
        for key, card in self.cards.items():
            card.show_results(quarter[key], year[key])
        self.room = data.room
        self.figures = data.figures
        self.model.set_rows(data.items)
        self.checklist.show_states(data.steps)
        self.show_count(len(data.items))
        column_fit.fit_columns(self.ui.tableView)
        self.show_status()
        self.filling = False
        self.load_ms = (time.perf_counter() - data.started) * 1000
        log.debug("overview loaded in %.0f ms", self.load_ms)
        self.filled.emit()

    def show_status(self) -> None:
        room = self.room
        if room is not None:
            if room.open_now and room.closes_at is not None:
                text = self.tr("The room is open now, until %1.").replace(
                    "%1", f"{room.closes_at:%H:%M}"
                )
            elif room.next_opening is not None:
                nxt = room.next_opening
                text = (
                    self.tr("The room is closed now. Next opening: %1 %2 %3.")
                    .replace("%1", nxt.date().isoformat())
                    .replace("%2", weekday(nxt.weekday()))
                    .replace("%3", f"{nxt:%H:%M}")
                )
            else:
                text = self.tr(
                    "The room is closed and no opening is scheduled in the next 60 days."
                )
            week = self.tr("%1 h scheduled this week").replace("%1", f"{room.hours_this_week:g}")
            self.panel_ui.roomStatusLabel.setText(f"{text}  {week}")
        if self.figures:
            self.panel_ui.figuresLabel.setText(
                self.tr("Staff on the roster %1 · visits today %2 · this month %3")
                .replace("%1", str(self.figures.get("active_staff", 0)))
                .replace("%2", str(self.figures.get("visits_today", 0)))
                .replace("%3", str(self.figures.get("visits_this_month", 0)))
            )
        if self.sets:
            quarter, year = self.sets
            self.panel_ui.periodsLabel.setText(
                self.tr(
                    "This quarter: %1 (%2 – %3); this year: %4. Green: met; orange: not yet met, "
                    "the period is still running; red: not met; grey: not applicable. Click a "
                    "figure for the list behind it."
                )
                .replace("%1", words.period_name(quarter.period))
                .replace("%2", quarter.period.first_day.isoformat())
                .replace("%3", quarter.period.last_day.isoformat())
                .replace("%4", words.period_name(year.period))
            )

    # --- the lists behind the figures --------------------------------------------------------

    def open_detail(self, result: IndicatorResult) -> IndicatorDetailDialog:
        heading = f"{words.name(result.key)} · {words.period_name(result.period)}"
        lectures = result.drill.subject == "lecture"
        hint = ""
        if result.drill.rows == () and not self.context.actor.can(
            Action.READ_PEOPLE_BEHIND_FIGURES
        ):
            hint = self.tr(
                "The lists of people are shown to the union chair and the administrator."
            )
        elif lectures:
            hint = self.tr(
                "Double-click a lecture to see who of its target group did not come.",
            )
        dialog = IndicatorDetailDialog(
            heading,
            result_summary(result),
            words.list_title(result.key),
            result.drill,
            self,
            open_row=self.open_absentees if lectures else None,
            hint=hint,
        )
        dialog.show()
        return dialog

    def open_absentees(self, activity_id: int) -> IndicatorDetailDialog | None:
        missed = lecture_absentees(self.context.db, self.context.actor, activity_id)
        if missed is None:
            return None
        drill = DrillDown(
            "staff",
            (
                DrillColumn("employee_no", C.TEXT),
                DrillColumn("name", C.TEXT),
                DrillColumn("department", C.TEXT),
            ),
            tuple((a.employee_no, a.name, a.department) for a in missed.absent),
            tuple(a.id for a in missed.absent),
        )
        summary = (
            self.tr("%1 · %2 of %3 signed in; %4 did not come.")
            .replace("%1", f"{missed.starts_at:%Y-%m-%d %H:%M}")
            .replace("%2", str(missed.attended))
            .replace("%3", str(missed.group))
            .replace("%4", str(len(missed.absent)))
        )
        dialog = IndicatorDetailDialog(
            missed.title,
            summary,
            self.tr("Who did not come"),
            drill,
            self,
        )
        dialog.show()
        return dialog

    def edit_targets(self) -> None:
        if TargetsDialog(self.context, self).exec():
            self.reload()
