"""The usage log's table: visits fetched a page at a time, sorted by the database.

Sorting is offered on the columns with an index order behind them (time, and person by
employee no.); a click on another column keeps the current order.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal

from app.services.usage_log import VisitRow, VisitSort
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.models.lazy_table_model import PAGE, LazyRowTableModel
from app.ui.models.row_table_model import Column
from app.ui.visit_messages import with_rounds

CONTEXT = "VisitLogModel"
_VISITOR = QT_TRANSLATE_NOOP("VisitLogModel", "%1 (visitor)")
_PAPER = QT_TRANSLATE_NOOP("VisitLogModel", "[from paper]")


def person_text(row: VisitRow) -> str:
    if row.is_visitor:
        return QCoreApplication.translate(CONTEXT, _VISITOR).replace("%1", row.person)
    return row.person


def note_text(row: VisitRow) -> str:
    paper = QCoreApplication.translate(CONTEXT, _PAPER) if row.entered_late else ""
    return " ".join(part for part in (paper, row.note) if part)


def readings_of(row: VisitRow) -> str:
    return with_rounds(row.readings)


LOG_COLUMNS: list[Column[VisitRow]] = [
    Column(QT_TRANSLATE_NOOP("VisitLogModel", "Time"), lambda r: r.visited_at),
    Column(QT_TRANSLATE_NOOP("VisitLogModel", "Employee no."), lambda r: r.employee_no),
    Column(QT_TRANSLATE_NOOP("VisitLogModel", "Name"), person_text),
    Column(QT_TRANSLATE_NOOP("VisitLogModel", "Department"), lambda r: r.department),
    Column(QT_TRANSLATE_NOOP("VisitLogModel", "Readings"), readings_of, alert=lambda r: r.abnormal),
    Column(QT_TRANSLATE_NOOP("VisitLogModel", "Advice"), lambda r: r.advice),
    Column(QT_TRANSLATE_NOOP("VisitLogModel", "Note"), note_text),
]
TODAY_COLUMNS: list[Column[VisitRow]] = [
    Column(QT_TRANSLATE_NOOP("VisitLogModel", "Time"), lambda r: r.visited_at.strftime("%H:%M")),
    Column(QT_TRANSLATE_NOOP("VisitLogModel", "Name"), person_text),
    Column(QT_TRANSLATE_NOOP("VisitLogModel", "Readings"), readings_of, alert=lambda r: r.abnormal),
]
TIME_COLUMN = 0
PERSON_COLUMNS = (1, 2)


class VisitLogModel(LazyRowTableModel[VisitRow]):
    sort_changed = Signal()

    def __init__(self, columns: Sequence[Column[VisitRow]] = LOG_COLUMNS) -> None:
        super().__init__(columns, CONTEXT)
        self.order = VisitSort.NEWEST

    def reset_with(
        self, first: list[VisitRow], total: int, fetch: Callable[[int, int], list[VisitRow]]
    ) -> None:
        """Show the first page already fetched (the caller needed it to know the total)."""
        self._fetch = fetch
        self._total = total
        # Nothing may fetch more while the reset is being announced (views and testers ask).
        self._fetching = True
        try:
            self.set_rows(first)
        finally:
            self._fetching = False

    def set_total(self, total: int) -> None:
        """The count arrived: no more fetching beyond it (rows already loaded stay)."""
        self._total = max(total, len(self._rows))

    def indicator(self) -> tuple[int, Qt.SortOrder]:
        """Where the header's sort arrow belongs for the current order."""
        ascending = Qt.SortOrder.AscendingOrder
        descending = Qt.SortOrder.DescendingOrder
        return {
            VisitSort.NEWEST: (TIME_COLUMN, descending),
            VisitSort.OLDEST: (TIME_COLUMN, ascending),
            VisitSort.PERSON: (PERSON_COLUMNS[0], ascending),
            VisitSort.PERSON_DESC: (PERSON_COLUMNS[0], descending),
        }[self.order]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        ascending = order == Qt.SortOrder.AscendingOrder
        if column == TIME_COLUMN:
            wanted = VisitSort.OLDEST if ascending else VisitSort.NEWEST
        elif column in PERSON_COLUMNS:
            wanted = VisitSort.PERSON if ascending else VisitSort.PERSON_DESC
        else:
            wanted = self.order
        changed = wanted is not self.order
        self.order = wanted
        if changed or column not in (TIME_COLUMN, *PERSON_COLUMNS):
            self.sort_changed.emit()


__all__ = ["LOG_COLUMNS", "PAGE", "TODAY_COLUMNS", "VisitLogModel"]
