"""Correct a visit: person, time, readings, advice, note — with the reason, for the audit."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QLineEdit, QVBoxLayout, QWidget

from app.catalogue.codes import Sex
from app.domain.readings import ReadingType, Thresholds
from app.services import person_card, roster, usage_log
from app.services.actor import PermissionDenied
from app.services.roster import StaffRow
from app.services.visit_entry import VisitError, VisitInput
from app.ui.context import AppContext
from app.ui.forms.ui_visit_edit_dialog import Ui_VisitEditDialog
from app.ui.i18n import catalogue_language
from app.ui.qt_dates import qdatetime
from app.ui.visit_messages import error_text
from app.ui.widgets.person_picker import PersonPicker
from app.ui.widgets.readings_editor import ReadingsEditor

R = ReadingType


class VisitEditDialog(QDialog):
    def __init__(
        self,
        context: AppContext,
        visit_id: int,
        thresholds: Thresholds,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_VisitEditDialog()
        self.ui.setupUi(self)
        self.readings = ReadingsEditor()
        host = QVBoxLayout(self.ui.readingsHost)
        host.setContentsMargins(0, 0, 0, 0)
        host.addWidget(self.readings)
        self.person_edit: QLineEdit = self.ui.personEdit
        self.picker = PersonPicker(self.person_edit, self._search)
        self.picker.picked.connect(self._picked)
        self.detail = usage_log.visit_detail(context.db, context.actor, visit_id)
        self.staff_id = self.detail.staff_id
        self.thresholds = thresholds
        d = self.detail
        self.person_edit.setText(d.person)
        self.ui.personCardLabel.setText(d.employee_no)
        self.ui.visitorCheck.setChecked(d.staff_id is None)
        self.picker.set_active(d.staff_id is not None)
        self.ui.visitorCheck.toggled.connect(self._visitor_toggled)
        self.ui.timeEdit.setMaximumDateTime(
            qdatetime(dt.datetime.combine(context.today(), dt.time(23, 59)))
        )
        self.ui.timeEdit.setDateTime(qdatetime(d.visited_at))
        self._set_sex(d.staff_id)
        self.readings.set_values({r.type: r.value for r in d.readings})
        self.ui.adviceEdit.setText(d.advice)
        self.ui.noteEdit.setText(d.note)
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.reasonEdit.setFocus()

    def _search(self, text: str) -> list[StaffRow]:
        return roster.list_staff(
            self.context.db, self.context.actor, search=text, include_departed=True, limit=8
        )

    def _set_sex(self, staff_id: int | None) -> None:
        if staff_id is None:
            self.readings.set_context(self.thresholds, None, None)
            return
        card = person_card.person_card(self.context.db, self.context.actor, staff_id)
        self.readings.set_context(
            self.thresholds, Sex(card.sex) if card.sex else None, card.height_cm
        )

    def _picked(self, row: StaffRow) -> None:
        self.staff_id = row.id
        self.person_edit.setText(row.name)
        self.ui.personCardLabel.setText(f"{row.employee_no} · {row.department}")
        self._set_sex(row.id)

    def _visitor_toggled(self, visitor: bool) -> None:
        self.picker.set_active(not visitor)
        self.staff_id = None
        self.person_edit.clear()
        self.ui.personCardLabel.clear()
        self.person_edit.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter in the person field picks a person; it must not also press Save.
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and self.person_edit.hasFocus() and not self.ui.visitorCheck.isChecked():
            self.picker.pick_now()
            return
        super().keyPressEvent(event)

    def corrected(self) -> VisitInput:
        visitor = self.ui.visitorCheck.isChecked()
        when = self.ui.timeEdit.dateTime().toPython()
        return VisitInput(
            staff_id=None if visitor else self.staff_id,
            visitor_name=self.person_edit.text().strip() if visitor else None,
            readings=self.readings.values(),
            advice=self.ui.adviceEdit.text(),
            note=self.ui.noteEdit.text(),
            visited_at=when if isinstance(when, dt.datetime) else None,
            entered_late=self.detail.entered_late,
        )

    def save(self) -> None:
        now = dt.datetime.combine(self.context.today(), dt.datetime.now().time())
        if not self.ui.visitorCheck.isChecked() and self.staff_id is None:
            self._refuse(VisitError("person_required", "person"))
            return
        try:
            usage_log.update_visit(
                self.context.db,
                self.context.actor,
                self.detail.id,
                self.corrected(),
                self.ui.reasonEdit.text(),
                now=now,
            )
        except VisitError as error:
            self._refuse(error)
            return
        except PermissionDenied as refused:
            self.ui.errorLabel.setText(refused.said(catalogue_language()))
            return
        self.accept()

    def _refuse(self, error: VisitError) -> None:
        self.ui.errorLabel.setText(error_text(error))
        target: QWidget = self.person_edit
        if error.field in {rt.value for rt in R}:
            target = self.readings.edit_for(R(error.field))
        elif error.field == "reason":
            target = self.ui.reasonEdit
        elif error.field == "visited_at":
            target = self.ui.timeEdit
        target.setFocus()
