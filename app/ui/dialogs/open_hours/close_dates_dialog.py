"""Close the room on a date or a range of dates, with a reason (holidays are entered here)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QWidget

from app.domain.schedule import OpenHoursCalendar
from app.services import open_hours
from app.services.actor import PermissionDenied
from app.services.open_hours import OpenHoursError
from app.ui.context import AppContext
from app.ui.forms.ui_close_dates_dialog import Ui_CloseDatesDialog
from app.ui.i18n import QT_TRANSLATE_NOOP, catalogue_language
from app.ui.open_hours_text import error_text
from app.ui.qt_dates import qdate

# Reasons offered in the list; the user may type any other.
REASONS = (
    QT_TRANSLATE_NOOP("CloseDatesDialog", "New Year's Day holiday"),
    QT_TRANSLATE_NOOP("CloseDatesDialog", "Spring Festival holiday"),
    QT_TRANSLATE_NOOP("CloseDatesDialog", "Qingming Festival holiday"),
    QT_TRANSLATE_NOOP("CloseDatesDialog", "Labour Day holiday"),
    QT_TRANSLATE_NOOP("CloseDatesDialog", "Dragon Boat Festival holiday"),
    QT_TRANSLATE_NOOP("CloseDatesDialog", "Mid-Autumn Festival holiday"),
    QT_TRANSLATE_NOOP("CloseDatesDialog", "National Day holiday"),
    QT_TRANSLATE_NOOP("CloseDatesDialog", "Administrator on training"),
    QT_TRANSLATE_NOOP("CloseDatesDialog", "Equipment maintenance"),
)


def _date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class CloseDatesDialog(QDialog):
    def __init__(
        self,
        context: AppContext,
        calendar: OpenHoursCalendar,
        parent: QWidget | None = None,
        first: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.calendar = calendar
        self.ui = Ui_CloseDatesDialog()
        self.ui.setupUi(self)
        self.closed: list[dt.date] = []
        start = qdate(first or context.today())
        self.ui.firstEdit.setDate(start)
        self.ui.lastEdit.setDate(start)
        self.ui.reasonCombo.addItems([self.tr(r) for r in REASONS])
        self.ui.reasonCombo.setCurrentIndex(-1)
        self.ui.reasonCombo.lineEdit().setPlaceholderText(self.tr("Choose or type a reason"))
        self.ui.firstEdit.dateChanged.connect(self._first_changed)
        self.ui.lastEdit.dateChanged.connect(lambda _d: self.update_summary())
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.update_summary()

    def first(self) -> dt.date:
        return _date(self.ui.firstEdit.date())

    def last(self) -> dt.date:
        return _date(self.ui.lastEdit.date())

    def _first_changed(self, value: QDate) -> None:
        if self.ui.lastEdit.date() < value:  # keep the range the right way round
            self.ui.lastEdit.setDate(value)
        self.update_summary()

    def update_summary(self) -> None:
        first, last = self.first(), self.last()
        if last < first:
            self.ui.summaryLabel.clear()
            return
        days = (last - first).days + 1
        open_days = len(self.calendar.open_days(first, last))
        text = self.tr("%n day(s) closed", "", days)
        text += self.tr("; %n of them would otherwise be open.", "", open_days)
        if any(self.calendar.exceptions_on(first + dt.timedelta(n)) for n in range(days)):
            text += self.tr(" Closures or special hours already entered there are replaced.")
        self.ui.summaryLabel.setText(text)

    def save(self) -> None:
        try:
            self.closed = open_hours.close_dates(
                self.context.db,
                self.context.actor,
                self.first(),
                self.last(),
                self.ui.reasonCombo.currentText(),
            )
        except OpenHoursError as error:
            self.ui.errorLabel.setText(error_text(error))
            return
        except PermissionDenied as refused:
            self.ui.errorLabel.setText(refused.said(catalogue_language()))
            return
        self.accept()
