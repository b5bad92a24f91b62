"""The Equipment page's room-upkeep view (小屋日常): the day log of the month beside a calendar
that colours the days whose record is missing or incomplete and underlines disinfections."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QObject
from PySide6.QtGui import QBrush, QColor, QFont, QTextCharFormat

from app.catalogue.reports import ReportKey
from app.domain.day_log import NEEDS_ATTENTION, DayFacts, DayState
from app.domain.periods import Period
from app.domain.permissions import Action
from app.reports.request import ReportRequest, write_report
from app.services import room_upkeep
from app.ui.dialogs.common.record_dialog import pydate
from app.ui.dialogs.equipment.day_log_dialog import DayLogDialog
from app.ui.i18n import QT_TRANSLATE_NOOP, joined, word
from app.ui.labels import weekday
from app.ui.models.row_table_model import Column, RowTableModel
from app.ui.pages.equipment_messages import AMBER, BLUE, GREEN, RED, html, shown
from app.ui.qt_dates import qdate
from app.ui.tasks import Progress

if TYPE_CHECKING:
    from app.ui.pages.equipment_page import EquipmentPage

ROOM = "room"


@dataclass(frozen=True)
class DayRow:
    day: dt.date
    state: DayState
    facts: DayFacts | None

    def text(self, name: str) -> str:
        return str(getattr(self.facts, name)) if self.facts else ""


def _disinfection(row: DayRow) -> str:
    f = row.facts
    if f is None or not f.disinfected:
        return ""
    return f"{f.disinfection_what} · {f.disinfection_agent} · {f.disinfected_by}"


DAY_COLUMNS: list[Column[DayRow]] = [
    Column(QT_TRANSLATE_NOOP("EquipmentPage", "Date"), lambda r: r.day),
    Column(QT_TRANSLATE_NOOP("EquipmentPage", "Weekday"), lambda r: weekday(r.day.weekday())),
    Column(
        QT_TRANSLATE_NOOP("EquipmentPage", "Record"),
        lambda r: word(r.state),
        alert=lambda r: r.state in NEEDS_ATTENTION,
    ),
    Column(
        QT_TRANSLATE_NOOP("EquipmentPage", "Opened"),
        lambda r: r.facts.opened_at if r.facts else None,
    ),
    Column(
        QT_TRANSLATE_NOOP("EquipmentPage", "Closed"),
        lambda r: r.facts.closed_at if r.facts else None,
    ),
    Column(QT_TRANSLATE_NOOP("EquipmentPage", "On duty"), lambda r: r.text("duty_person")),
    Column(QT_TRANSLATE_NOOP("EquipmentPage", "Cleaned by"), lambda r: r.text("cleaned_by")),
    Column(QT_TRANSLATE_NOOP("EquipmentPage", "Disinfection"), _disinfection),
]

DAY_COLOURS = {
    DayState.MISSING: ("#fde2e1", RED),
    DayState.INCOMPLETE: ("#fdebd0", AMBER),
    DayState.COMPLETE: ("#e3f1e4", GREEN),
    DayState.PENDING: ("#e3ecf9", BLUE),
}


class RoomUpkeepPanel(QObject):
    def __init__(self, page: EquipmentPage) -> None:
        super().__init__(page)
        self.page = page
        today = page.context.today()
        self.month = (today.year, today.month)
        self.days: RowTableModel[DayRow] = RowTableModel(
            DAY_COLUMNS, "EquipmentPage", row_id=lambda r: r.day
        )
        p = page.panel
        p.recordDayButton.clicked.connect(self.record_day)
        p.calendar.clicked.connect(self._calendar_clicked)
        p.calendar.activated.connect(lambda _d: self.record_day())
        p.calendar.currentPageChanged.connect(self._month_changed)
        p.intervalSpin.editingFinished.connect(self.save_interval)
        p.cleaningLogButton.clicked.connect(lambda: self.print_cleaning_log(blank=False))
        p.blankLogButton.clicked.connect(lambda: self.print_cleaning_log(blank=True))
        editor = page.context.actor.can(Action.EDIT_ROOM_LOG)  # who keeps the day log
        p.intervalSpin.setEnabled(editor)

    def retranslate(self) -> None:
        parts = [
            f'<span style="background:{bg}; color:{fg}">&nbsp;{word(state)}&nbsp;</span>'
            for state, (bg, fg) in DAY_COLOURS.items()
        ]
        legend = " ".join(parts) + " &nbsp;<u>" + self.tr("underlined: disinfected") + "</u>"
        self.page.panel.legendLabel.setText(legend)
        self.days.retranslate()

    def rows(self) -> list[DayRow]:
        return [self.days.row_at(n) for n in range(self.days.rowCount())]

    def selected_day(self) -> dt.date:
        return pydate(self.page.panel.calendar.selectedDate())

    def load(self) -> None:
        """Fill the list and colour the calendar for the month shown."""
        page = self.page
        db, actor, today = page.context.db, page.context.actor, page.context.today()
        year, month = self.month
        upkeep = room_upkeep.month_upkeep(db, actor, year, month, today)
        facts = {log.day: log.facts for log in upkeep.logs}
        self.days.set_rows([DayRow(d.day, d.state, facts.get(d.day)) for d in upkeep.days])
        page.show_model(self.days)
        calendar = page.panel.calendar
        calendar.blockSignals(True)
        calendar.setDateTextFormat(QDate(), QTextCharFormat())  # clear the previous month
        for d in upkeep.days:
            fmt = QTextCharFormat()
            colours = DAY_COLOURS.get(d.state)
            if colours:
                fmt.setBackground(QBrush(QColor(colours[0])))
                fmt.setForeground(QBrush(QColor(colours[1])))
            if d.disinfected:
                fmt.setFontUnderline(True)
                fmt.setFontWeight(QFont.Weight.Bold)
            calendar.setDateTextFormat(qdate(d.day), fmt)
        calendar.setCurrentPage(year, month)
        calendar.blockSignals(False)
        missing = upkeep.count(DayState.MISSING)
        incomplete = upkeep.count(DayState.INCOMPLETE)
        texts = []
        if missing:
            texts.append(self.tr("%n open day(s) without a record this month", "", missing))
        if incomplete:
            texts.append(self.tr("%n record(s) incomplete", "", incomplete))
        last = upkeep.last_disinfection
        texts.append(
            self.tr("Last disinfection: %1").replace("%1", last.isoformat())
            if last
            else self.tr("No disinfection recorded yet")
        )
        due = room_upkeep.disinfection_due_on(db, actor, today)
        page.panel.intervalSpin.blockSignals(True)
        page.panel.intervalSpin.setValue(due.interval)
        page.panel.intervalSpin.blockSignals(False)
        if due.overdue and due.due_on:
            texts.append(
                self.tr("disinfection overdue since %1").replace("%1", due.due_on.isoformat())
            )
        elif due.due_on:
            texts.append(self.tr("next disinfection due %1").replace("%1", due.due_on.isoformat()))
        page.warn(joined(texts), RED if missing or incomplete or due.overdue else "")

    def show_day(self, day: dt.date | None) -> None:
        p = self.page.panel
        if day is None:
            p.dayInfoLabel.setText("")
            return
        p.calendar.blockSignals(True)
        p.calendar.setSelectedDate(qdate(day))
        p.calendar.blockSignals(False)
        row = next((r for r in self.rows() if r.day == day), None)
        if row is None:
            p.dayInfoLabel.setText("")
            return
        lines = [f"<b>{day.isoformat()} {html(weekday(day.weekday()))}</b>", word(row.state)]
        if row.facts:
            f = row.facts
            lines.append(
                self.tr("Open %1–%2, on duty: %3")
                .replace("%1", shown(f.opened_at))
                .replace("%2", shown(f.closed_at))
                .replace("%3", f.duty_person)
            )
            if f.cleaned:
                lines.append(self.tr("Cleaned by %1").replace("%1", f.cleaned_by))
            if f.disinfected:
                lines.append(self.tr("Disinfected: %1").replace("%1", _disinfection(row)))
        p.dayInfoLabel.setText("<br>".join(html(x) if i else x for i, x in enumerate(lines)))

    def _calendar_clicked(self, date: QDate) -> None:
        day = pydate(date)
        self.page.selected[ROOM] = day
        if (day.year, day.month) != self.month:
            self.month = (day.year, day.month)
            self.page.reload()
        else:
            self.page.select_id(day)

    def _month_changed(self, year: int, month: int) -> None:
        if (year, month) != self.month:
            self.month = (year, month)
            self.page.selected.pop(ROOM, None)
            self.page.reload()

    def save_interval(self) -> None:
        page = self.page
        value = page.panel.intervalSpin.value()
        if value == room_upkeep.disinfection_interval(page.context.db, page.context.actor):
            return
        room_upkeep.set_disinfection_interval(page.context.db, page.context.actor, value)
        page.reload()
        page.say(self.tr("Disinfection every %n open day(s) from now on.", "", value))

    def print_cleaning_log(self, blank: bool) -> None:
        """清洁消毒登记表 of the month shown: as recorded, or blank to fill in by hand."""
        page = self.page
        year, month = self.month
        name = f"清洁消毒登记表_{year}-{month:02d}{'_空白' if blank else ''}.pdf"
        path = page.printouts.ask_save_path(
            self.tr("Save the cleaning and disinfection log"), name, self.tr("PDF (*.pdf)")
        )
        if path is None:
            return
        db, actor, today = page.context.db, page.context.actor, page.context.today()
        language = page.printouts.language()

        request = ReportRequest(
            path, period=Period.of_month(year, month), language=language, as_of=today,
            options={"blank": blank},
        )  # fmt: skip

        def job(progress: Progress) -> Path:
            # The PDF machinery is imported when the log is printed, not with the page.
            return write_report(ReportKey.CLEANING_LOG, db, actor, request, progress)

        page.printouts.run_report(self.tr("Cleaning and disinfection log"), job)

    def record_day(self) -> None:
        page = self.page
        day = self.selected_day()
        if day > page.context.today():
            page.say(self.tr("That day has not come yet."), RED)
            return
        dialog = DayLogDialog(page.context, day, page)

        def done() -> str:
            page.selected[ROOM] = day
            return self.tr("Day log of %1 saved.").replace("%1", day.isoformat())

        page.open_dialog(dialog, done)
