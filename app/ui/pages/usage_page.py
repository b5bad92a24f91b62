"""使用登记: the usage register — the entry form, today's visits, and the whole log.

The page a health administrator lives in. On top, the keyboard-first entry form and today's
list; below, the log of every visit with its filters (person, department, dates, items,
abnormal only), sorted by time or person, fetched a page at a time from indexed queries so it
stays quick with a million visits. Corrections and deletions ask for a reason (audited).
"""

from __future__ import annotations

import datetime as dt
import sys

from PySide6.QtCore import QDate, QModelIndex
from PySide6.QtWidgets import QMessageBox, QTableView, QVBoxLayout, QWidget

from app.domain.readings import ReadingType
from app.domain.visit_items import ReadingGroup, group_mask, mask_of
from app.services import roster, usage_log
from app.services.actor import PermissionDenied
from app.services.usage_log import VisitFilter, VisitRow
from app.services.visit_entry import RecordedVisit
from app.ui import column_fit
from app.ui.background import in_background
from app.ui.context import AppContext
from app.ui.dialogs.usage.thresholds_dialog import ThresholdsDialog
from app.ui.dialogs.usage.visit_delete_dialog import VisitDeleteDialog
from app.ui.dialogs.usage.visit_edit_dialog import VisitEditDialog
from app.ui.forms.ui_usage_log_actions import Ui_UsageLogActions
from app.ui.forms.ui_usage_log_filters import Ui_UsageLogFilters
from app.ui.forms.ui_usage_top import Ui_UsageTop
from app.ui.i18n import QT_TRANSLATE_NOOP, catalogue_language, word
from app.ui.models.lazy_table_model import PAGE
from app.ui.models.row_table_model import RowTableModel
from app.ui.models.visit_log_model import LOG_COLUMNS, TODAY_COLUMNS, VisitLogModel
from app.ui.pages.list_page import ListPage
from app.ui.widgets.visit_entry_form import VisitEntryForm

R = ReadingType
UNKNOWN_TOTAL = sys.maxsize  # more rows may come until a short page says otherwise
PERSON_MATCHES = 500  # roster matches a person search may stand for
TODAY_LIMIT = 1000
ANY_DATE = QDate(2000, 1, 1)
ALL_ITEMS = QT_TRANSLATE_NOOP("UsagePage", "All items")

# The items filter: a group, or a single reading type where that is asked for on its own.
ITEM_CHOICES: list[tuple[str, int]] = [
    (ReadingGroup.BLOOD_PRESSURE.value, group_mask(ReadingGroup.BLOOD_PRESSURE)),
    (R.PULSE.value, mask_of([R.PULSE])),
    (ReadingGroup.GLUCOSE.value, group_mask(ReadingGroup.GLUCOSE)),
    (R.GLUCOSE_FASTING.value, mask_of([R.GLUCOSE_FASTING])),
    (R.GLUCOSE_2H.value, mask_of([R.GLUCOSE_2H])),
    (R.GLUCOSE_RANDOM.value, mask_of([R.GLUCOSE_RANDOM])),
    (ReadingGroup.BODY.value, group_mask(ReadingGroup.BODY)),
    (R.BMI.value, mask_of([R.BMI])),
    (R.BODY_FAT.value, mask_of([R.BODY_FAT])),
    (ReadingGroup.WAIST.value, group_mask(ReadingGroup.WAIST)),
    (ReadingGroup.SPO2.value, group_mask(ReadingGroup.SPO2)),
    (ReadingGroup.TEMPERATURE.value, group_mask(ReadingGroup.TEMPERATURE)),
]


def item_label(code: str) -> str:
    try:
        return word(ReadingGroup(code))
    except ValueError:
        return word(ReadingType(code))


def _date(edit_value: QDate) -> dt.date | None:
    if edit_value == ANY_DATE:
        return None
    value = edit_value.toPython()
    return value if isinstance(value, dt.date) else None


COLUMNS = LOG_COLUMNS  # the log's columns (also checked by the model tests)


class UsagePage(ListPage):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        layout = self.ui.pageLayout
        # Entry form and today's list on top.
        self.top = QWidget()
        self.top_ui = Ui_UsageTop()
        self.top_ui.setupUi(self.top)
        self.entry = VisitEntryForm(context)
        host = QVBoxLayout(self.top_ui.entryHost)
        host.setContentsMargins(0, 0, 0, 0)
        host.addWidget(self.entry)
        layout.insertWidget(1, self.top)
        self.today_model: RowTableModel[VisitRow] = RowTableModel(TODAY_COLUMNS, "VisitLogModel")
        self.today_view: QTableView = self.top_ui.todayView
        self.today_view.setModel(self.today_model)
        # The log's filters join the list page's search and department filter.
        self.filters = QWidget()
        self.filters_ui = Ui_UsageLogFilters()
        self.filters_ui.setupUi(self.filters)
        self.ui.toolLayout.insertWidget(2, self.filters)
        self.log_actions = QWidget()
        self.actions_ui = Ui_UsageLogActions()
        self.actions_ui.setupUi(self.log_actions)
        layout.addWidget(self.log_actions)
        layout.setStretchFactor(self.ui.tableView, 1)
        self.ui.searchEdit.setMaximumWidth(190)

        self.model = VisitLogModel(LOG_COLUMNS)
        view: QTableView = self.ui.tableView
        view.setModel(self.model)
        # Column widths from the first rows only: measuring every loaded row is slow.
        view.horizontalHeader().setResizeContentsPrecision(40)
        view.horizontalHeader().setSortIndicator(*self.model.indicator())
        view.setSortingEnabled(True)
        self.model.sort_changed.connect(self._sort_changed)
        self.last_filter: VisitFilter | None = None
        self.last_order = self.model.order

        f = self.filters_ui
        for edit in (f.dateFromEdit, f.dateToEdit):
            edit.setDate(ANY_DATE)
            edit.dateChanged.connect(lambda _d: self.reload_log())
        f.itemsCombo.currentIndexChanged.connect(lambda _i: self.reload_log())
        f.abnormalCheck.toggled.connect(lambda _on: self.reload_log())
        a = self.actions_ui
        a.historyButton.clicked.connect(self.show_history)
        a.editButton.clicked.connect(self.edit_selected)
        a.deleteButton.clicked.connect(self.delete_selected)
        a.printButton.clicked.connect(self.print_register)
        a.blankButton.clicked.connect(self.print_blank)
        a.thresholdsButton.clicked.connect(self.edit_thresholds)
        view.doubleClicked.connect(lambda _index: self.edit_selected())
        self.today_view.doubleClicked.connect(self._edit_today)
        self.entry.saved.connect(self._saved)
        self.entry.history_requested.connect(self.open_history)
        self._fill_items()

    @property
    def context(self) -> AppContext:
        return self._context

    @context.setter
    def context(self, context: AppContext) -> None:
        # The entry form acts in the page's context, also when it is replaced (tests do).
        self._context = context
        entry = getattr(self, "entry", None)
        if entry is not None:
            entry.context = context

    def page_title(self) -> str:
        return self.tr("Usage register")

    def retranslate(self) -> None:
        super().retranslate()
        self.top_ui.retranslateUi(self.top)
        self.filters_ui.retranslateUi(self.filters)
        self.actions_ui.retranslateUi(self.log_actions)
        # The field is narrow: a short hint, the ways to search in its tooltip.
        self.set_search_hint(self.tr("Find a person"))
        self.ui.searchEdit.setToolTip(self.tr("Employee no., name or pinyin (zs)"))
        self.fill_department_filter()
        self._fill_items()
        self.model.retranslate()
        self.today_model.retranslate()
        self._show_today_title()
        if self.model.rowCount():  # headers changed width with the language
            self.fit_columns()
            column_fit.fit_columns(self.today_view)
            if not self.counting:
                self.show_count(self.model.total)
                self._note_people()

    def _fill_items(self) -> None:
        combo = self.filters_ui.itemsCombo
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr(ALL_ITEMS), 0)
        for code, mask in ITEM_CHOICES:
            combo.addItem(item_label(code), mask)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    # --- loading ---------------------------------------------------------------------------------

    def may_leave(self) -> bool:
        return self.entry.may_leave()

    def unsaved_input(self) -> bool:
        return self.entry.unsaved_input()

    def discard_input(self) -> None:
        self.entry.clear()

    def resume_urgent(self, visit_id: int) -> None:
        self.entry.resume_urgent(visit_id)

    def reload(self) -> None:
        """Called when the page is first shown and when the search or department changes."""
        try:
            if not self._loaded_once:
                self.entry.reload()
                self._loaded_once = True
            self.reload_log()
            self.reload_today()
        except PermissionDenied as refused:
            # Health data is for the chair and the administrator (DESIGN §5).
            self.top.setEnabled(False)
            self.ui.tableView.setEnabled(False)
            self.ui.countLabel.setText(refused.said(catalogue_language()))

    _loaded_once = False
    _fitted = False
    too_many_people = False
    _count_generation = 0
    counting = False

    def current_filter(self) -> VisitFilter:
        f = self.filters_ui
        text = self.ui.searchEdit.text().strip()
        staff_ids: tuple[int, ...] | None = None
        self.too_many_people = False
        if text:
            matches = roster.list_staff(
                self.context.db,
                self.context.actor,
                search=text,
                include_departed=True,
                limit=PERSON_MATCHES + 1,
            )
            self.too_many_people = len(matches) > PERSON_MATCHES
            staff_ids = tuple(m.id for m in matches[:PERSON_MATCHES])
        return VisitFilter(
            date_from=_date(f.dateFromEdit.date()),
            date_to=_date(f.dateToEdit.date()),
            department_id=self.ui.filterCombo.currentData(),
            abnormal_only=f.abnormalCheck.isChecked(),
            staff_ids=staff_ids,
            visitor_prefix=text or None,
            items_mask=int(f.itemsCombo.currentData() or 0),
        )

    def reload_log(self) -> None:
        db, actor = self.context.db, self.context.actor
        flt = self.current_filter()
        order = self.model.order

        def fetch(offset: int, limit: int) -> list[VisitRow]:
            return usage_log.fetch_visits(db, actor, flt, offset, limit, order)

        first = fetch(0, PAGE)
        self._count_generation += 1
        self.last_filter, self.last_order = flt, order
        if len(first) < PAGE:  # a short first page is the whole answer
            self.model.reset_with(first, len(first), fetch)
            self.counting = False
            self.show_count(len(first))
            self._note_people()
        else:
            # Counting a large result takes longer than showing its first page: the page is
            # shown now, the count follows from a worker (its own session) when ready.
            self.model.reset_with(first, UNKNOWN_TOTAL, fetch)
            self.counting = True
            self.ui.countLabel.setText(self.tr("%1+ visits, counting…").replace("%1", str(PAGE)))
            generation = self._count_generation
            in_background(
                lambda: (generation, usage_log.count_visits(db, actor, flt)), self._counted
            )  # a closed page is not called back
        if first and not self._fitted:  # once: later loads keep the user's widths
            self.fit_columns()
            self._fitted = True

    def _counted(self, answer: tuple[int, int] | None) -> None:
        if answer is None:  # the count label keeps "counting…"; the log says why
            return
        generation, total = answer
        if generation != self._count_generation:
            return  # the filter changed meanwhile
        self.model.set_total(total)
        self.counting = False
        self.show_count(total)
        self._note_people()

    def _note_people(self) -> None:
        if self.too_many_people:
            note = self.tr("(only the first %1 people matching: type more of the name)")
            label = self.ui.countLabel
            label.setText(f"{label.text()} {note.replace('%1', str(PERSON_MATCHES))}")

    def reload_today(self) -> None:
        today = self.context.today()
        rows = usage_log.fetch_visits(
            self.context.db,
            self.context.actor,
            VisitFilter(date_from=today, date_to=today),
            0,
            TODAY_LIMIT,
        )
        self.today_model.set_rows(rows)
        column_fit.fit_columns(self.today_view)
        self._show_today_title()

    def _show_today_title(self) -> None:
        count = self.today_model.rowCount()
        self.top_ui.todayBox.setTitle(self.tr("Today: %n visit(s)", "", count))

    def _sort_changed(self) -> None:
        header = self.ui.tableView.horizontalHeader()
        column, order = self.model.indicator()
        if (header.sortIndicatorSection(), header.sortIndicatorOrder()) != (column, order):
            header.setSortIndicator(column, order)
        if self.model.order is not self.last_order:
            self.reload_log()

    def _saved(self, visit: RecordedVisit) -> None:
        self.reload_today()
        if visit.visited_at.date() == self.context.today():
            row = next(
                (i for i in range(self.today_model.rowCount())
                 if self.today_model.row_at(i).id == visit.id),
                -1,
            )  # fmt: skip
            if row >= 0:
                self.today_view.selectRow(row)
                self.today_view.scrollTo(self.today_model.index(row, 0))
        self.reload_log()

    # --- actions -------------------------------------------------------------------------------

    def selected_visit(self) -> VisitRow | None:
        index = self.ui.tableView.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_at(index.row())

    def _edit_today(self, index: QModelIndex) -> None:
        if index.isValid():
            self.edit_visit(self.today_model.row_at(index.row()).id)

    def edit_selected(self) -> None:
        row = self.selected_visit()
        if row is None:
            self._nothing_selected()
            return
        self.edit_visit(row.id)

    def edit_visit(self, visit_id: int) -> None:
        dialog = VisitEditDialog(self.context, visit_id, self.entry.thresholds, self)
        if dialog.exec():
            self.reload_today()
            self.reload_log()

    def delete_selected(self) -> None:
        row = self.selected_visit()
        if row is None:
            self._nothing_selected()
            return
        dialog = VisitDeleteDialog(self.context, row, self)
        if dialog.exec():
            self.reload_today()
            self.reload_log()

    def show_history(self) -> None:
        row = self.selected_visit()
        if row is None or row.staff_id is None:
            QMessageBox.information(
                self,
                self.tr("Person's history"),
                self.tr("Select a visit of a person on the roster (visitors have no history)."),
            )
            return
        self.open_history(row.staff_id)

    def open_history(self, staff_id: int) -> None:
        from app.ui.dialogs.usage.person_history_dialog import PersonHistoryDialog

        PersonHistoryDialog(self.context, staff_id, self).exec()

    def print_register(self) -> None:
        from app.ui.dialogs.usage.register_print_dialog import RegisterPrintDialog

        flt = self.last_filter or VisitFilter()
        today = self.context.today()
        start = flt.date_from or today.replace(day=1)
        end = flt.date_to or today
        RegisterPrintDialog(self.context, start, end, self).exec()

    def print_blank(self) -> None:
        from app.ui.dialogs.usage.register_print_dialog import RegisterPrintDialog

        RegisterPrintDialog(self.context, None, None, self, blank=True).exec()

    def edit_thresholds(self) -> None:
        if ThresholdsDialog(self.context, self).exec():
            self.entry.reload()

    def _nothing_selected(self) -> None:
        QMessageBox.information(
            self, self.page_title(), self.tr("Select a visit in the list first.")
        )
