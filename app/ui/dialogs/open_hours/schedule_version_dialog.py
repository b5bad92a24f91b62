"""Start a new weekly schedule from a date, empty or copied from the one shown."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialog, QWidget

from app.services import open_hours
from app.services.actor import PermissionDenied
from app.services.open_hours import OpenHoursError, VersionRow
from app.ui.context import AppContext
from app.ui.forms.ui_schedule_version_dialog import Ui_ScheduleVersionDialog
from app.ui.i18n import catalogue_language
from app.ui.open_hours_text import error_text
from app.ui.qt_dates import qdate


class ScheduleVersionDialog(QDialog):
    def __init__(
        self, context: AppContext, shown: VersionRow | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.shown = shown
        self.ui = Ui_ScheduleVersionDialog()
        self.ui.setupUi(self)
        self.created: VersionRow | None = None
        # Next Monday: schedules usually change with a new week.
        today = context.today()
        self.ui.dateEdit.setDate(qdate(today + dt.timedelta(days=7 - today.weekday())))
        self.ui.copyCheck.setEnabled(shown is not None)
        self.ui.copyCheck.setChecked(shown is not None)
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)

    def save(self) -> None:
        picked = self.ui.dateEdit.date()
        copy_from = self.shown.id if self.shown and self.ui.copyCheck.isChecked() else None
        try:
            self.created = open_hours.create_version(
                self.context.db,
                self.context.actor,
                dt.date(picked.year(), picked.month(), picked.day()),
                self.ui.noteEdit.text(),
                copy_from,
            )
        except OpenHoursError as error:
            self.ui.errorLabel.setText(error_text(error))
            return
        except PermissionDenied as refused:
            self.ui.errorLabel.setText(refused.said(catalogue_language()))
            return
        self.accept()
