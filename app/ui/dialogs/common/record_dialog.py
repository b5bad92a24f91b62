"""The shape every equipment and upkeep dialog shares: a form, an error line, Save/Cancel.

Save calls `submit()`; a refused action (a broken rule, a missing role) is shown in the
dialog in the user's words and the field concerned gets the focus, so nothing is lost.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QTimeEdit,
    QWidget,
)

from app.domain.rule_error import RuleError
from app.services.actor import PermissionDenied
from app.ui.forms.ui_record_dialog import Ui_RecordDialog
from app.ui.pages.equipment_messages import message
from app.ui.qt_dates import qdate
from app.ui.screen_fit import fit_to_screen, scroll_when_tall

NO_DATE = QDate(2000, 1, 1)  # shown blank: the "no date" value of optional date fields


class RecordDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RecordDialog()
        self.ui.setupUi(self)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.fields: dict[str, QWidget] = {}  # error field -> widget to focus
        # A long form (a replacement registers a whole device) scrolls on a small screen;
        # the intro, the error line and Save/Cancel stay in view.
        self.form_scroll = scroll_when_tall(self.ui.formHost)

    def setVisible(self, visible: bool) -> None:
        if visible and not self.testAttribute(Qt.WidgetAttribute.WA_Resized):
            fit_to_screen(self)
        super().setVisible(visible)

    def save_button(self) -> QPushButton:
        box: QDialogButtonBox = self.ui.buttonBox
        return box.button(QDialogButtonBox.StandardButton.Save)

    def submit(self) -> None:
        raise NotImplementedError

    def accept(self) -> None:
        try:
            self.submit()
        except (RuleError, PermissionDenied) as error:
            self.ui.errorLabel.setText(message(error))
            field = getattr(error, "field", "")
            if field in self.fields:
                self.fields[field].setFocus()
            return
        super().accept()


def pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def make_optional(edit: QDateEdit, value: dt.date | None) -> None:
    """A date field that may stay empty (its minimum shows as blank)."""
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText(" ")
    edit.setDate(qdate(value) if value else NO_DATE)


def optional_date(edit: QDateEdit) -> dt.date | None:
    return None if edit.date() == NO_DATE else pydate(edit.date())


def optional_time(edit: QTimeEdit) -> dt.time | None:
    """QTimeEdit's minimum (00:00, shown "—") means not recorded."""
    value = edit.time()
    return None if value == edit.minimumTime() else dt.time(value.hour(), value.minute())


def set_optional_time(edit: QTimeEdit, value: dt.time | None) -> None:
    edit.setTime(QTime(value.hour, value.minute) if value else edit.minimumTime())
