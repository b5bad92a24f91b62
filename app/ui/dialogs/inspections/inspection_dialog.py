"""Record or correct an inspection the room received: date, who inspected, inspectors,
findings, score, and the rectification items with who answers for each and by when."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QWidget

from app.domain.codes import InspectionBody
from app.services import inspections
from app.services.inspections import InspectionError, InspectionInput, InspectionRow
from app.ui.context import AppContext
from app.ui.forms.ui_inspection_dialog import Ui_InspectionDialog
from app.ui.i18n import word
from app.ui.inspection_messages import error_text
from app.ui.models.inspection_items_model import InspectionItemsModel

DEFAULT_DEADLINE_DAYS = 30


class InspectionDialog(QDialog):
    def __init__(
        self,
        context: AppContext,
        inspection: InspectionRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context, self.inspection = context, inspection
        self.saved: InspectionRow | None = None
        self.ui = Ui_InspectionDialog()
        self.ui.setupUi(self)
        for body in InspectionBody:
            self.ui.bodyCombo.addItem(word(body), body.value)
        self.items = InspectionItemsModel()
        self.ui.itemsTable.setModel(self.items)
        header = self.ui.itemsTable.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 10 * self.fontMetrics().horizontalAdvance("王"))  # a title, a name
        for column in (2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.ui.scoreSpin.setSpecialValueText(self.tr("no score"))
        self.ui.addItemButton.clicked.connect(self.add_item)
        self.ui.removeItemButton.clicked.connect(self.remove_item)
        self.ui.inspectorsEdit.textChanged.connect(lambda _t: self.ui.errorLabel.clear())
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        if inspection is None:
            self.setWindowTitle(self.tr("Record an inspection"))
            self.set_date(context.today())
        else:
            self.setWindowTitle(self.tr("Edit the inspection"))
            self.show_values(inspection)

    def set_date(self, day: dt.date) -> None:
        self.ui.dateEdit.setDate(QDate(day.year, day.month, day.day))

    def date(self) -> dt.date:
        value = self.ui.dateEdit.date().toPython()
        assert isinstance(value, dt.date)
        return value

    def show_values(self, row: InspectionRow) -> None:
        self.set_date(row.inspected_on)
        self.ui.bodyCombo.setCurrentIndex(self.ui.bodyCombo.findData(row.body.value))
        self.ui.inspectorsEdit.setText(row.inspectors)
        self.ui.findingsEdit.setPlainText(row.findings)
        self.ui.scoreSpin.setValue(-1 if row.score is None else row.score)
        self.items.set_items(row.items, self.default_deadline())

    def default_deadline(self) -> dt.date:
        return self.date() + dt.timedelta(days=DEFAULT_DEADLINE_DAYS)

    def add_item(self) -> None:
        row = self.items.add(self.default_deadline())
        index = self.items.index(row, 0)
        self.ui.itemsTable.setCurrentIndex(index)
        self.ui.itemsTable.edit(index)

    def remove_item(self) -> None:
        row = self.ui.itemsTable.currentIndex().row()
        if row >= 0 and not self.items.removable(row):
            self.ui.errorLabel.setText(error_text(InspectionError("item", "closed")))
            return
        self.items.remove(row)

    def value(self) -> InspectionInput:
        score = self.ui.scoreSpin.value()
        return InspectionInput(
            self.date(), InspectionBody(self.ui.bodyCombo.currentData()),
            self.ui.inspectorsEdit.text(), self.ui.findingsEdit.toPlainText(),
            None if score < 0 else score, self.items.values(),
        )  # fmt: skip

    def save(self) -> None:
        db, actor, today = self.context.db, self.context.actor, self.context.today()
        try:
            if self.inspection is None:
                self.saved = inspections.record_inspection(db, actor, self.value(), today)
            else:
                self.saved = inspections.update_inspection(
                    db, actor, self.inspection.id, self.value(), today
                )
        except InspectionError as error:
            self.ui.errorLabel.setText(error_text(error))
            if error.field == "inspectors":
                self.ui.inspectorsEdit.setFocus()
            return
        self.accept()
