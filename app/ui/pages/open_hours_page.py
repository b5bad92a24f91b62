"""开放时间: is the room open now, the weekly schedules, closures, the room profile, the poster.

Tabs: the weekly schedule (one version at a time, a row per weekday), closures and special
hours, the room profile with the founding-rules checklist, the wall schedule, and the
inspections the room received with their rectification items.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QHeaderView, QMessageBox, QWidget

from app.catalogue.codes import ExceptionKind
from app.services import open_hours
from app.services.actor import PermissionDenied
from app.services.open_hours import DayPlan, ExceptionDay, OpenHoursError, OpenStatus, VersionRow
from app.ui import column_fit
from app.ui.context import AppContext
from app.ui.dialogs.open_hours.close_dates_dialog import CloseDatesDialog
from app.ui.dialogs.open_hours.schedule_version_dialog import ScheduleVersionDialog
from app.ui.dialogs.open_hours.slots_dialog import SlotsDialog
from app.ui.forms.ui_open_hours_page import Ui_OpenHoursBody
from app.ui.i18n import QT_TRANSLATE_NOOP, catalogue_language, listed, word
from app.ui.labels import weekday
from app.ui.models.row_table_model import Column, RowTableModel
from app.ui.open_hours_text import date_text, error_text, hours_text, slots_text
from app.ui.pages.inspections_panel import InspectionsPanel
from app.ui.pages.list_page import ListPage
from app.ui.pages.room_profile_panel import RoomProfilePanel
from app.ui.pages.wall_schedule_panel import WallSchedulePanel

CONTEXT = "OpenHoursPage"
WEEK, EXCEPTIONS, PROFILE, WALL, INSPECTIONS = 0, 1, 2, 3, 4  # the tabs


def day_slots(row: DayPlan) -> str:
    return (
        slots_text(row.slots)
        if row.slots
        else QCoreApplication.translate("OpenHoursPage", "Closed")
    )


def day_note(row: DayPlan) -> str:
    return (
        QCoreApplication.translate("OpenHoursPage", "Under 3 h: counts as a short day")
        if row.short
        else ""
    )


DAY_COLUMNS: list[Column[DayPlan]] = [
    Column(QT_TRANSLATE_NOOP("OpenHoursPage", "Weekday"), lambda r: weekday(r.weekday)),
    Column(QT_TRANSLATE_NOOP("OpenHoursPage", "Open"), day_slots),
    Column(
        QT_TRANSLATE_NOOP("OpenHoursPage", "Hours"),
        lambda r: hours_text(r.hours) if r.slots else "",
        alert=lambda r: r.short,
        align_right=True,
    ),
    Column(QT_TRANSLATE_NOOP("OpenHoursPage", "Note"), day_note, alert=lambda r: r.short),
]


def exception_hours(row: ExceptionDay) -> str:
    if row.kind is ExceptionKind.CLOSED:
        return QCoreApplication.translate("OpenHoursPage", "Closed all day")
    return f"{slots_text(row.slots)} ({hours_text(row.hours)})"


EXCEPTION_COLUMNS: list[Column[ExceptionDay]] = [
    Column(QT_TRANSLATE_NOOP("OpenHoursPage", "Date"), lambda r: date_text(r.on_date)),
    Column(QT_TRANSLATE_NOOP("OpenHoursPage", "Kind"), lambda r: word(r.kind)),
    Column(
        QT_TRANSLATE_NOOP("OpenHoursPage", "Hours"),
        exception_hours,
        alert=lambda r: r.kind is ExceptionKind.SPECIAL_HOURS and r.hours < 3 - 1e-9,
    ),
    Column(QT_TRANSLATE_NOOP("OpenHoursPage", "Reason"), lambda r: r.reason),
]


class OpenHoursPage(ListPage):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        for widget in (self.ui.searchEdit, self.ui.filterCombo, self.ui.countLabel):
            widget.hide()
        self.body = QWidget(self)
        self.page = Ui_OpenHoursBody()
        self.page.setupUi(self.body)
        # The list page's table shows the week, inside the first tab.
        self.ui.pageLayout.removeWidget(self.ui.tableView)
        self.page.weekTableLayout.addWidget(self.ui.tableView)
        self.ui.pageLayout.addWidget(self.body, 1)

        self.days: RowTableModel[DayPlan] = RowTableModel(
            DAY_COLUMNS, CONTEXT, row_id=lambda r: r.weekday
        )
        self.ui.tableView.setModel(self.days)
        rows = self.ui.tableView.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # the week fits without scrolling
        rows.setDefaultSectionSize(max(32, self.fontMetrics().height() + 14))
        self.exceptions: RowTableModel[ExceptionDay] = RowTableModel(
            EXCEPTION_COLUMNS, CONTEXT, row_id=lambda r: r.on_date
        )
        self.page.exceptionsView.setModel(self.exceptions)
        self.profile = RoomProfilePanel(context)
        self.page.profileTabLayout.addWidget(self.profile)
        self.wall = WallSchedulePanel(context)
        self.page.wallTabLayout.addWidget(self.wall)
        self.inspections = InspectionsPanel(context)
        self.page.tabs.addTab(self.inspections, "")
        self.versions: list[VersionRow] = []

        p = self.page
        p.versionCombo.setSizeAdjustPolicy(p.versionCombo.SizeAdjustPolicy.AdjustToContents)
        p.weekLayout.addStretch(1)  # the week keeps its height; spare room goes below
        p.versionCombo.currentIndexChanged.connect(lambda _i: self.show_version())
        p.newVersionButton.clicked.connect(self.new_version)
        p.deleteVersionButton.clicked.connect(self.delete_version)
        p.editDayButton.clicked.connect(lambda: self.edit_day())
        self.ui.tableView.doubleClicked.connect(lambda index: self.edit_day(index.row()))
        p.closeDatesButton.clicked.connect(self.close_dates)
        p.specialHoursButton.clicked.connect(self.special_hours)
        p.removeExceptionButton.clicked.connect(self.remove_exceptions)
        p.showPastCheck.toggled.connect(lambda _on: self.load_exceptions())
        # Open now / closed now follows the clock while the page is on screen.
        self.clock = QTimer(self, interval=60_000)
        self.clock.timeout.connect(lambda: self.update_status() if self.isVisible() else None)
        self.clock.start()

    # --- the page --------------------------------------------------------------------------

    @property
    def context(self) -> AppContext:
        return self._context

    @context.setter
    def context(self, context: AppContext) -> None:
        # The panels in the tabs act in the same context (the window may replace it).
        self._context = context
        for panel in ("profile", "wall", "inspections"):
            if hasattr(self, panel):
                getattr(self, panel).context = context

    def page_title(self) -> str:
        return self.tr("Open hours")

    def retranslate(self) -> None:
        super().retranslate()
        self.page.retranslateUi(self.body)
        self.page.tabs.setTabText(INSPECTIONS, self.tr("Inspections"))
        self.inspections.retranslate()
        self.days.retranslate()
        self.exceptions.retranslate()
        if self.versions:
            self.fill_versions(self.selected_version())
            self.update_status()

    def now(self) -> dt.datetime:
        """The moment "open now" is judged at: today's date (the context's) and the clock."""
        return dt.datetime.combine(self.context.today(), dt.datetime.now().time())

    def reload(self) -> None:
        selected = self.selected_version()
        self.versions = open_hours.list_versions(self.context.db, self.context.actor)
        in_force = open_hours.version_in_force(
            self.context.db, self.context.actor, self.context.today()
        )
        self.fill_versions(selected or in_force)
        self.load_exceptions()
        self.update_status()
        self.profile.load()
        self.wall.load()
        self.inspections.load()

    def show_tab(self, tab: int) -> None:
        self.page.tabs.setCurrentIndex(tab)

    # --- open now --------------------------------------------------------------------------

    def update_status(self) -> None:
        status = open_hours.open_status(self.context.db, self.context.actor, self.now())
        self.page.statusLabel.setText(self.status_text(status))

    def status_text(self, status: OpenStatus) -> str:
        green, red = "#2e7d32", "#c62828"
        if status.open_now and status.closes_at:
            word = self.tr("Open now")
            head = f'<b style="color:{green}">● {word}</b>'
            parts = [head + " " + self.tr("until %1").replace("%1", f"{status.closes_at:%H:%M}")]
        else:
            word = self.tr("Closed now")
            head = f'<b style="color:{red}">● {word}</b>'
            if status.next_opening:
                when = status.next_opening
                day = (
                    self.tr("today")
                    if when.date() == status.moment.date()
                    else date_text(when.date())
                )
                parts = [head + " — " + self.tr("opens %1 at %2").replace("%1", day).replace(
                    "%2", f"{when:%H:%M}"
                )]  # fmt: skip
            else:
                parts = [head + " — " + self.tr("no opening scheduled in the next 60 days")]
        if status.closed_reason:
            parts.append(self.tr("closed today: %1").replace("%1", status.closed_reason))
        elif status.today:
            parts.append(self.tr("today %1").replace("%1", slots_text(status.today)))
        parts.append(self.schedule_state(status))
        return " · ".join(parts)

    def schedule_state(self, status: OpenStatus) -> str:
        """What the saved schedules say now: not "no schedule" once one was saved."""
        if status.weekly_hours:
            return self.tr("%1 a week").replace("%1", hours_text(status.weekly_hours))
        today = status.moment.date()
        coming = [v for v in self.versions if v.effective_from > today and v.weekly_hours]
        if coming:
            return (
                self.tr("the weekly schedule starts on %1 (%2 a week)")
                .replace("%1", date_text(coming[0].effective_from))
                .replace("%2", hours_text(coming[0].weekly_hours))
            )
        if self.versions:
            return self.tr("the weekly schedule has no open hours yet: set a day's hours")
        return self.tr("no weekly schedule yet: add one in the first tab")

    # --- weekly schedule -------------------------------------------------------------------

    def selected_version(self) -> VersionRow | None:
        version_id = self.page.versionCombo.currentData()
        return next((v for v in self.versions if v.id == version_id), None)

    def version_name(self, version: VersionRow) -> str:
        today = self.context.today()
        later = [v for v in self.versions if v.effective_from > version.effective_from]
        if version.effective_from > today:
            state = self.tr("planned")
        elif later and later[0].effective_from <= today:
            state = self.tr("earlier")
        else:
            state = self.tr("in force")
        text = self.tr("From %1 (%2)").replace("%1", date_text(version.effective_from))
        text = text.replace("%2", state)
        return f"{text} — {version.note}" if version.note else text

    def fill_versions(self, select: VersionRow | None) -> None:
        combo = self.page.versionCombo
        combo.blockSignals(True)
        combo.clear()
        for version in reversed(self.versions):  # the newest first
            combo.addItem(self.version_name(version), version.id)
        if select is not None:
            combo.setCurrentIndex(max(0, combo.findData(select.id)))
        combo.blockSignals(False)
        self.show_version()

    def show_version(self) -> None:
        version = self.selected_version()
        p = self.page
        has = version is not None
        for widget in (p.deleteVersionButton, p.editDayButton, self.ui.tableView):
            widget.setEnabled(has)
        if version is None:
            self.days.set_rows([])
            p.weekTotalLabel.clear()
            p.versionInfoLabel.setText(
                self.tr("No weekly schedule yet. Start one with “New schedule from a date…”.")
            )
            return
        self.days.set_rows(version.days)
        self.fit_columns()
        view = self.ui.tableView
        rows = view.verticalHeader().defaultSectionSize() * self.days.rowCount()
        head = view.horizontalHeader().sizeHint().height()
        view.setFixedHeight(head + rows + 2 * view.frameWidth() + 2)
        p.weekTotalLabel.setText(
            self.tr("Open %1 a week").replace("%1", hours_text(version.weekly_hours))
        )
        later = [v for v in self.versions if v.effective_from > version.effective_from]
        until = (
            self.tr("until %1").replace(
                "%1", (later[0].effective_from - dt.timedelta(days=1)).isoformat()
            )
            if later
            else self.tr("with no end date")
        )
        short = [weekday(d.weekday) for d in version.days if d.short]
        info = self.tr("In force from %1, %2.").replace("%1", version.effective_from.isoformat())
        info = info.replace("%2", until)
        if short:
            info += " " + self.tr("Under 3 h on: %1.").replace("%1", listed(short))
        p.versionInfoLabel.setText(info)

    def edit_day(self, row: int | None = None) -> bool:
        """Change a weekday's slots in the schedule shown; True when something was saved."""
        version = self.selected_version()
        if version is None:
            return False
        if row is None:
            row = self.ui.tableView.currentIndex().row()
        if not 0 <= row <= 6:
            row = 0
        day = version.days[row]
        dialog = SlotsDialog(
            self.context, day.slots, self, version=version, weekday_index=day.weekday
        )
        if not dialog.exec():
            return False
        self.reload_schedule(select_row=row)
        return True

    def reload_schedule(self, select_row: int | None = None) -> None:
        selected = self.selected_version()
        self.versions = open_hours.list_versions(self.context.db, self.context.actor)
        self.fill_versions(selected)
        if select_row is not None:
            self.ui.tableView.selectRow(select_row)
        self.update_status()
        self.profile.refresh_checklist()

    def new_version(self) -> None:
        dialog = ScheduleVersionDialog(self.context, self.selected_version(), self)
        if dialog.exec() and dialog.created is not None:
            self.versions = open_hours.list_versions(self.context.db, self.context.actor)
            self.fill_versions(dialog.created)
            self.update_status()
            self.profile.refresh_checklist()

    def delete_version(self) -> None:
        version = self.selected_version()
        if version is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete this schedule"),
            self.tr(
                "Delete the weekly schedule in force from %1? The days it covered will be "
                "judged by the schedule before it."
            ).replace("%1", version.effective_from.isoformat()),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            open_hours.delete_version(self.context.db, self.context.actor, version.id)
        except (OpenHoursError, PermissionDenied) as error:
            self.show_refusal(error)
            return
        self.versions = open_hours.list_versions(self.context.db, self.context.actor)
        self.fill_versions(
            open_hours.version_in_force(self.context.db, self.context.actor, self.context.today())
        )
        self.update_status()
        self.profile.refresh_checklist()

    def show_refusal(self, error: OpenHoursError | PermissionDenied) -> None:
        text = (
            error_text(error)
            if isinstance(error, OpenHoursError)
            else error.said(catalogue_language())
        )
        QMessageBox.warning(self, self.tr("Not saved"), text)

    # --- closures and special hours ---------------------------------------------------------

    def load_exceptions(self) -> None:
        since = None if self.page.showPastCheck.isChecked() else self.context.today()
        rows = open_hours.list_exception_days(self.context.db, self.context.actor, since)
        self.exceptions.set_rows(rows)
        column_fit.fit_columns(self.page.exceptionsView)
        self.page.exceptionsCountLabel.setText(self.tr("%n date(s)", "", len(rows)))

    def close_dates(self) -> bool:
        calendar = open_hours.load_calendar(self.context.db, self.context.actor)
        dialog = CloseDatesDialog(self.context, calendar, self)
        if not dialog.exec():
            return False
        self.after_exception_change()
        return True

    def special_hours(self) -> bool:
        selected = self.selected_exception_days()
        start = selected[0] if selected else None
        dialog = SlotsDialog(
            self.context,
            start.slots if start and start.slots else (),
            self,
            on_date=start.on_date if start else self.context.today(),
            reason=start.reason if start else "",
        )
        if not dialog.exec():
            return False
        self.after_exception_change()
        return True

    def selected_exception_days(self) -> list[ExceptionDay]:
        rows = sorted({i.row() for i in self.page.exceptionsView.selectionModel().selectedRows()})
        return [self.exceptions.row_at(r) for r in rows]

    def remove_exceptions(self) -> None:
        days = self.selected_exception_days()
        if not days:
            return
        try:
            for day in days:
                open_hours.remove_exceptions(
                    self.context.db, self.context.actor, day.on_date, day.on_date
                )
        except PermissionDenied as error:
            self.show_refusal(error)
        self.after_exception_change()

    def after_exception_change(self) -> None:
        self.load_exceptions()
        self.update_status()
