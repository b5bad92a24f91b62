"""Edit the open time slots of one weekday of a schedule, or special hours on one date.

The total shown counts overlapping slots once, as the rules are judged. A day under 3 h is
saved only after the user confirms it; the service refuses it until then.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QTimeEdit,
    QToolButton,
    QWidget,
)

from app.domain.schedule import Interval, check_day
from app.services import open_hours
from app.services.actor import PermissionDenied
from app.services.open_hours import OpenHoursError, SaveResult, VersionRow
from app.ui.context import AppContext
from app.ui.forms.ui_slots_dialog import Ui_SlotsDialog
from app.ui.i18n import catalogue_language
from app.ui.labels import weekday
from app.ui.open_hours_text import confirm_short_day, error_text, hours_text
from app.ui.qt_dates import qdate

MAX_SLOTS = 6
DEFAULT_SLOT = (dt.time(8, 30), dt.time(11, 30))


class SlotRow(QWidget):
    """One time slot: from, to, and a button that removes it."""

    def __init__(self, start: dt.time, end: dt.time, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.start = QTimeEdit(QTime(start.hour, start.minute))
        self.end = QTimeEdit(QTime(end.hour, end.minute))
        for edit in (self.start, self.end):
            edit.setDisplayFormat("HH:mm")
            edit.setMinimumWidth(90)
        self.remove = QToolButton()
        self.remove.setText("✕")
        self.remove.setToolTip(self.tr("Remove this time slot"))
        layout.addWidget(self.start)
        layout.addWidget(QLabel("–"))
        layout.addWidget(self.end)
        layout.addWidget(self.remove)
        layout.addStretch(1)

    def times(self) -> tuple[dt.time, dt.time]:
        start, end = self.start.time(), self.end.time()
        return dt.time(start.hour(), start.minute()), dt.time(end.hour(), end.minute())


class SlotsDialog(QDialog):
    def __init__(
        self,
        context: AppContext,
        slots: Sequence[Interval],
        parent: QWidget | None = None,
        version: VersionRow | None = None,
        weekday_index: int = 0,
        on_date: dt.date | None = None,
        reason: str = "",
    ) -> None:
        """With `version`: a weekday of that schedule; otherwise special hours on a date."""
        super().__init__(parent)
        self.context = context
        self.version = version
        self.weekday_index = weekday_index
        self.ui = Ui_SlotsDialog()
        self.ui.setupUi(self)
        self.rows: list[SlotRow] = []
        self.result_saved: SaveResult | None = None
        special = version is None
        for widget in (self.ui.dateLabel, self.ui.dateEdit, self.ui.reasonLabel):
            widget.setVisible(special)
        self.ui.reasonEdit.setVisible(special)
        self.ui.copyGroup.setVisible(not special)  # copying is for the weekly schedule
        self.copy_checks: dict[int, QCheckBox] = {}
        for day in range(7):
            check = QCheckBox(weekday(day), self.ui.copyGroup)
            check.setObjectName(f"copyDay{day}")
            check.setVisible(day != weekday_index)  # the day being edited is saved anyway
            self.ui.copyLayout.insertWidget(day, check)
            self.copy_checks[day] = check
        self.ui.workdaysButton.clicked.connect(self.tick_workdays)
        if special:
            self.setWindowTitle(self.tr("Special hours on a date"))
            self.ui.introLabel.setText(
                self.tr("On this date the room opens only at these times, instead of the week's.")
            )
            self.ui.dateEdit.setDate(qdate(on_date or context.today()))
            self.ui.reasonEdit.setText(reason)
            self.ui.noSlotsLabel.setText(self.tr("Add at least one time slot."))
        else:
            assert version is not None
            name = weekday(weekday_index)
            self.setWindowTitle(self.tr("Open hours on %1").replace("%1", name))
            self.ui.introLabel.setText(
                self.tr("%1 in the weekly schedule in force from %2")
                .replace("%1", name)
                .replace("%2", version.effective_from.isoformat())
            )
            if version.effective_from < context.today():
                self.ui.noteLabel.setText(
                    self.tr(
                        "This also changes how the days since %1 are judged. To change the "
                        "hours from a date on, start a new schedule from that date instead."
                    ).replace("%1", version.effective_from.isoformat())
                )
        self.ui.noteLabel.setVisible(bool(self.ui.noteLabel.text()))
        for slot in slots:
            self.add_slot(slot.start, slot.end)
        self.ui.addSlotButton.clicked.connect(lambda: self.add_slot())
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.update_total()

    # --- the slot rows ---------------------------------------------------------------------

    def add_slot(self, start: dt.time | None = None, end: dt.time | None = None) -> SlotRow:
        if start is None or end is None:
            start, end = self._next_free_slot()
        row = SlotRow(start, end, self)
        row.start.timeChanged.connect(lambda _t: self.update_total())
        row.end.timeChanged.connect(lambda _t: self.update_total())
        row.remove.clicked.connect(lambda: self.remove_slot(row))
        self.ui.slotsLayout.addWidget(row)
        self.rows.append(row)
        self.update_total()
        return row

    def _next_free_slot(self) -> tuple[dt.time, dt.time]:
        """A sensible new slot: the morning first, then the afternoon, then after the last."""
        if not self.rows:
            return DEFAULT_SLOT
        last_end = max(row.times()[1] for row in self.rows)
        if last_end <= dt.time(14):
            return dt.time(14), dt.time(17)
        if last_end <= dt.time(21):
            return last_end, dt.time(min(last_end.hour + 2, 23), last_end.minute)
        return DEFAULT_SLOT

    def remove_slot(self, row: SlotRow) -> None:
        self.rows.remove(row)
        row.deleteLater()
        self.ui.slotsLayout.removeWidget(row)
        self.update_total()

    def slots(self) -> list[tuple[dt.time, dt.time]]:
        return [row.times() for row in self.rows]

    def update_total(self) -> None:
        self.ui.addSlotButton.setEnabled(len(self.rows) < MAX_SLOTS)
        self.ui.noSlotsLabel.setVisible(not self.rows)
        self.ui.errorLabel.clear()
        valid = [Interval(a, b) for a, b in self.slots() if a < b]
        if len(valid) < len(self.rows):
            self.ui.totalLabel.clear()
            self.ui.warningLabel.setText(self.tr("A time slot ends before it starts."))
            return
        checked = check_day(valid)
        self.ui.totalLabel.setText(self.tr("Open %1").replace("%1", hours_text(checked.hours)))
        notes = []
        if checked.short:
            notes.append(
                self.tr("Under 3 hours: the founding rules ask for at least 3 hours a day.")
            )
        if len(checked.slots) < len(valid):
            notes.append(self.tr("Overlapping or touching slots are joined and counted once."))
        self.ui.warningLabel.setText(" ".join(notes))

    def tick_workdays(self) -> None:
        for day, check in self.copy_checks.items():
            check.setChecked(day < 5 and day != self.weekday_index)

    def copy_to(self) -> list[int]:
        """The other weekdays ticked to get the same hours."""
        return [d for d, c in self.copy_checks.items() if c.isChecked() and d != self.weekday_index]

    # --- saving ----------------------------------------------------------------------------

    def what(self) -> str:
        if self.version is not None:
            days = sorted({self.weekday_index, *self.copy_to()})
            return self.tr(", ").join(weekday(day) for day in days)
        return self.on_date().isoformat()

    def on_date(self) -> dt.date:
        picked: QDate = self.ui.dateEdit.date()
        return dt.date(picked.year(), picked.month(), picked.day())

    def _save(self, confirm: bool) -> SaveResult:
        db, actor = self.context.db, self.context.actor
        if self.version is not None:
            return open_hours.save_day(
                db, actor, self.version.id, self.weekday_index, self.slots(), confirm,
                also=self.copy_to(),
            )  # fmt: skip
        return open_hours.set_special_hours(
            db,
            actor,
            self.on_date(),
            self.slots(),
            self.ui.reasonEdit.text(),
            confirm,
        )

    def save(self) -> None:
        try:
            result = self._save(confirm=False)
            if not result.saved:
                if not confirm_short_day(self, self.what(), result.check.hours):
                    return
                result = self._save(confirm=True)
        except OpenHoursError as error:
            self.ui.errorLabel.setText(error_text(error))
            return
        except PermissionDenied as refused:
            self.ui.errorLabel.setText(refused.said(catalogue_language()))
            return
        self.result_saved = result
        self.accept()
