"""The common shape of a page that lists records: title, search, filter, table, count."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QTimer, Signal
from PySide6.QtWidgets import QWidget

from app.services import roster
from app.ui import column_fit
from app.ui.background import in_background
from app.ui.context import AppContext
from app.ui.forms.ui_list_page import Ui_ListPage
from app.ui.widgets import search_hint

log = logging.getLogger(__name__)


class ListPage(QWidget):
    """Subclasses set the model, fill `filterCombo` if they use it, and implement `reload`.

    A page whose data comes from a worker sets `filling` while it waits and emits `filled`
    once the data is shown (the main window's "first page filled" waits for it)."""

    filled = Signal()
    filling = False
    help_requested = Signal()  # its help link: the guide's section on this page

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_ListPage()
        self.ui.setupUi(self)
        self._count: tuple[int, int | None] | None = None
        self._generation = 0  # of the newest fill from a worker: older answers are dropped
        self._show: Callable[[Any], None] | None = None
        self.ui.tableView.horizontalHeader().setMinimumSectionSize(60)
        # Columns sized to their contents by one rule for every page (app.ui.column_fit). They
        # are fitted to the first 50 rows, not every row loaded: a page of 200 log rows took a
        # tenth of a second to measure, each time the usage page opened or was filtered.
        column_fit.keep_fitted(self.ui.tableView)
        # Search as you type, but only query once the typing pauses briefly.
        self._search_timer = QTimer(self, singleShot=True, interval=120)
        self._search_timer.timeout.connect(self.reload)
        self.ui.searchEdit.textChanged.connect(lambda _text: self._search_timer.start())
        self.ui.filterCombo.currentIndexChanged.connect(lambda _index: self.reload())
        self.ui.helpLabel.linkActivated.connect(lambda _link: self.help_requested.emit())

    def page_title(self) -> str:
        raise NotImplementedError

    def reload(self) -> None:
        raise NotImplementedError

    def may_leave(self) -> bool:
        """False keeps the window on this page (it says why): an urgent visit unfinished."""
        return True

    def unsaved_input(self) -> bool:
        """True while the page holds typed input not yet saved (a language switch asks first)."""
        return False

    def discard_input(self) -> None:
        """Drop the input `unsaved_input` reported: the person agreed to lose it."""

    def retranslate(self) -> None:
        """Refresh every visible string; called on start and on a language switch."""
        self.ui.titleLabel.setText(self.page_title())
        help_text = QCoreApplication.translate("ListPage", "Help for this page")
        self.ui.helpLabel.setText(f'<a href="#help">{help_text}</a>')
        self.ui.helpLabel.setToolTip(
            QCoreApplication.translate("ListPage", "What this page is for and how to use it (F1)")
        )

    def set_search_hint(self, hint: str) -> None:
        """The search field's hint, the field widened to show it whole (up to its maximum)."""
        search_hint.set_search_hint(self.ui.searchEdit, hint)

    def show_count(self, shown: int, total: int | None = None) -> None:
        self._count = (shown, total)
        if total is None or total == shown:
            self.ui.countLabel.setText(
                QCoreApplication.translate("ListPage", "%n record(s)", "", shown)
            )
        else:
            text = QCoreApplication.translate("ListPage", "showing %1 of %2")
            self.ui.countLabel.setText(text.replace("%1", str(shown)).replace("%2", str(total)))

    def fill_from_worker(self, job: Callable[[], Any], show: Callable[[Any], None]) -> None:
        """Run `job()` (queries only: no widget) in the pool and `show(answer)` on the UI
        thread once it is back; meanwhile the page keeps what it shows and says "Loading…".
        A newer fill supersedes one still under way; `filled` is emitted once shown."""
        self._generation += 1
        generation = self._generation
        self._show = show
        self.filling = True
        self.ui.countLabel.setText(QCoreApplication.translate("ListPage", "Loading…"))

        def work() -> tuple[int, bool, Any]:
            try:
                return generation, True, job()
            except Exception:
                log.exception("filling the page %s failed", type(self).__name__)
                return generation, False, None

        in_background(work, self._answer)

    def _answer(self, answer: tuple[int, bool, Any]) -> None:
        generation, ok, value = answer
        if generation != self._generation or self._show is None:
            return  # a newer fill is on its way
        show, self._show = self._show, None
        self.filling = False
        if ok:
            show(value)
        else:  # the log says why
            self.ui.countLabel.setText(
                QCoreApplication.translate(
                    "ListPage", "The list could not be loaded; the log file says why."
                )
            )
        self.filled.emit()

    def fill_choices(self, choices: list[tuple[str, object]]) -> None:
        """Refill the filter combo, keeping the current choice, without a reload per item."""
        combo = self.ui.filterCombo
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for text, data in choices:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def fill_department_filter(self) -> None:
        departments = roster.list_departments(self.context.db, self.context.actor)
        everyone = QCoreApplication.translate("ListPage", "All departments")
        self.fill_choices([(everyone, None), *((d.name, d.id) for d in departments)])

    def fit_columns(self) -> None:
        column_fit.fit_columns(self.ui.tableView)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self._count is not None:
                self.show_count(*self._count)
            self.fit_columns()  # headers changed width with the language
        super().changeEvent(event)
