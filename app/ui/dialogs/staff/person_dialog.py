"""Add a person to the roster or edit one (the departure has its own dialog)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialog, QWidget

from app.catalogue.codes import Sex
from app.domain.id_number import check_id_number
from app.domain.staff import FieldProblem, PersonInput
from app.services import roster, staff
from app.services.staff import PersonDetail, PersonRejected
from app.ui.context import AppContext
from app.ui.form_values import FieldError, date_text, optional_date
from app.ui.forms.ui_person_dialog import Ui_PersonDialog
from app.ui.i18n import field_name, word
from app.ui.i18n import problem as reason

FIELD_WIDGETS = {
    "employee_no": "employeeNoEdit",
    "name": "nameEdit",
    "department": "departmentCombo",
    "id_number": "idNumberEdit",
    "sex": "sexCombo",
    "birth_date": "birthDateEdit",
    "phone": "phoneEdit",
    "job_title": "jobTitleEdit",
    "hazards": "hazardsEdit",
    "hire_date": "hireDateEdit",
    "departure_date": "hireDateEdit",
}


class PersonDialog(QDialog):
    """`staff_id` None adds a person; after Save, `saved` holds the stored person."""

    def __init__(
        self, context: AppContext, staff_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.staff_id = staff_id
        self.saved: PersonDetail | None = None
        self.ui = Ui_PersonDialog()
        self.ui.setupUi(self)
        self.ui.sexCombo.addItem("", None)
        for sex in Sex:
            self.ui.sexCombo.addItem(word(sex), sex.value)
        for department in roster.list_departments(context.db, context.actor):
            self.ui.departmentCombo.addItem(department.name)
        self.ui.departmentCombo.setCurrentIndex(-1)
        # Filled in as soon as the number is complete and valid (only blank fields).
        self.ui.idNumberEdit.textChanged.connect(lambda _text: self.fill_from_id_number())
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._departure: dt.date | None = None
        if staff_id is None:
            self.setWindowTitle(self.tr("Add a person"))
        else:
            self.setWindowTitle(self.tr("Edit a person"))
            self.load(staff.get_person(context.db, context.actor, staff_id))

    def load(self, person: PersonDetail) -> None:
        ui = self.ui
        ui.employeeNoEdit.setText(person.employee_no)
        ui.nameEdit.setText(person.name)
        ui.departmentCombo.setCurrentText(person.department)
        ui.idNumberEdit.setText(person.id_number or "")
        ui.sexCombo.setCurrentIndex(max(0, ui.sexCombo.findData(person.sex)))
        ui.birthDateEdit.setText(date_text(person.birth_date))
        ui.phoneEdit.setText(person.phone or "")
        ui.jobTitleEdit.setText(person.job_title)
        ui.hazardsEdit.setText(person.hazards)
        ui.hireDateEdit.setText(date_text(person.hire_date))
        self._departure = person.departure_date

    def fill_from_id_number(self) -> None:
        """Sex and birth date follow a valid ID number when they are still blank."""
        checked = check_id_number(self.ui.idNumberEdit.text(), self.context.today())
        if not checked.ok or checked.sex is None or checked.birth_date is None:
            return
        if self.ui.sexCombo.currentData() is None:
            self.ui.sexCombo.setCurrentIndex(self.ui.sexCombo.findData(checked.sex.value))
        if not self.ui.birthDateEdit.text().strip():
            self.ui.birthDateEdit.setText(checked.birth_date.isoformat())

    def person(self) -> PersonInput:
        ui = self.ui
        sex = ui.sexCombo.currentData()
        return PersonInput(
            employee_no=ui.employeeNoEdit.text(),
            name=ui.nameEdit.text(),
            department=ui.departmentCombo.currentText(),
            sex=Sex(sex) if sex else None,
            birth_date=optional_date(ui.birthDateEdit.text(), "birth_date"),
            id_number=ui.idNumberEdit.text() or None,
            phone=ui.phoneEdit.text() or None,
            job_title=ui.jobTitleEdit.text(),
            hazards=ui.hazardsEdit.text(),
            hire_date=optional_date(ui.hireDateEdit.text(), "hire_date"),
            departure_date=self._departure,
        )

    def save(self) -> None:
        try:
            self.saved = staff.save_person(
                self.context.db,
                self.context.actor,
                self.staff_id,
                self.person(),
                self.context.today(),
            )
        except FieldError as error:
            self.show_problems([FieldProblem(error.field, error.code, args=error.details)])
            return
        except PersonRejected as error:
            self.show_problems(error.problems)
            return
        self.accept()

    def show_problems(self, problems: list[FieldProblem]) -> None:
        lines = [f"{field_name(p.field)}: {reason(p.code, p.args)}" for p in problems]
        self.ui.errorLabel.setText("\n".join(lines))
        first = getattr(self.ui, FIELD_WIDGETS.get(problems[0].field, "employeeNoEdit"))
        first.setFocus()
