"""Record a departure (离职): the first day off the roster; history stays."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialog, QWidget

from app.services import staff
from app.services.staff import PersonDetail, PersonRejected
from app.ui.context import AppContext
from app.ui.form_values import FieldError, date_text, optional_date
from app.ui.forms.ui_departure_dialog import Ui_DepartureDialog
from app.ui.i18n import problem as reason


class DepartureDialog(QDialog):
    def __init__(self, context: AppContext, staff_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.staff_id = staff_id
        self.saved: PersonDetail | None = None
        self.ui = Ui_DepartureDialog()
        self.ui.setupUi(self)
        person = staff.get_person(context.db, context.actor, staff_id)
        self.ui.personLabel.setText(f"{person.name}  {person.employee_no}  {person.department}")
        self.ui.dateEdit.setText(date_text(person.departure_date or context.today()))
        self.ui.undoCheck.setVisible(person.departure_date is not None)
        self.ui.undoCheck.toggled.connect(lambda on: self.ui.dateEdit.setEnabled(not on))
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)

    def save(self) -> None:
        day: dt.date | None = None
        if not self.ui.undoCheck.isChecked():
            try:
                day = optional_date(self.ui.dateEdit.text(), "departure_date")
            except FieldError as error:
                self.ui.errorLabel.setText(reason(error.code))
                return
            if day is None:
                self.ui.errorLabel.setText(reason("required"))
                return
        try:
            self.saved = staff.record_departure(
                self.context.db, self.context.actor, self.staff_id, day
            )
        except PersonRejected as error:
            self.ui.errorLabel.setText("\n".join(reason(p.code, p.args) for p in error.problems))
            return
        self.accept()
