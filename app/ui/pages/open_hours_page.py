"""开放时间: the weekly schedule in force, and closures and special hours to come."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QWidget

from app.services import open_hours
from app.services.open_hours import ExceptionRow, SlotRow
from app.ui.context import AppContext
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.labels import label, weekday
from app.ui.models.row_table_model import Column, RowTableModel
from app.ui.pages.list_page import ListPage


def hours(start: dt.time, end: dt.time) -> float:
    minutes = (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)
    return round(minutes / 60, 2)


SLOT_COLUMNS: list[Column[SlotRow]] = [
    Column(QT_TRANSLATE_NOOP("OpenHoursPage", "Weekday"), lambda r: weekday(r.weekday)),
    Column(QT_TRANSLATE_NOOP("OpenHoursPage", "From"), lambda r: r.start),
    Column(QT_TRANSLATE_NOOP("OpenHoursPage", "To"), lambda r: r.end),
    Column(
        QT_TRANSLATE_NOOP("OpenHoursPage", "Hours"),
        lambda r: hours(r.start, r.end),
        align_right=True,
    ),
    Column(QT_TRANSLATE_NOOP("OpenHoursPage", "In force since"), lambda r: r.effective_from),
]

EXCEPTION_COLUMNS: list[Column[ExceptionRow]] = [
    Column(QT_TRANSLATE_NOOP("OpenHoursPage", "Date"), lambda r: r.on_date),
    Column(QT_TRANSLATE_NOOP("OpenHoursPage", "Kind"), lambda r: label(r.kind)),
    Column(QT_TRANSLATE_NOOP("OpenHoursPage", "From"), lambda r: r.start),
    Column(QT_TRANSLATE_NOOP("OpenHoursPage", "To"), lambda r: r.end),
    Column(QT_TRANSLATE_NOOP("OpenHoursPage", "Reason"), lambda r: r.reason),
]

WEEK, EXCEPTIONS = "week", "exceptions"


class OpenHoursPage(ListPage):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.slots: RowTableModel[SlotRow] = RowTableModel(SLOT_COLUMNS, "OpenHoursPage")
        self.exceptions: RowTableModel[ExceptionRow] = RowTableModel(
            EXCEPTION_COLUMNS, "OpenHoursPage"
        )
        self.ui.searchEdit.hide()

    def page_title(self) -> str:
        return self.tr("Open hours")

    def retranslate(self) -> None:
        super().retranslate()
        self.fill_choices(
            [
                (self.tr("Weekly schedule"), WEEK),
                (self.tr("Closures and special hours"), EXCEPTIONS),
            ]
        )
        self.slots.retranslate()
        self.exceptions.retranslate()

    def reload(self) -> None:
        db, actor, today = self.context.db, self.context.actor, self.context.today()
        if self.ui.filterCombo.currentData() == EXCEPTIONS:
            self.exceptions.set_rows(open_hours.list_exceptions(db, actor, since=today))
            self.ui.tableView.setModel(self.exceptions)
            self.show_count(self.exceptions.rowCount())
        else:
            self.slots.set_rows(open_hours.schedule_in_force(db, actor, today))
            self.ui.tableView.setModel(self.slots)
            self.show_count(self.slots.rowCount())
        self.fit_columns()
