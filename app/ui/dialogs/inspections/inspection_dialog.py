"""Record or correct an inspection the room received: date, who inspected, inspectors,
findings, score, and the rectification items with who answers for each and by when."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QWidget

from app.catalogue.codes import InspectionBody
from app.services import inspections
from app.services.inspections import InspectionError, InspectionInput, InspectionRow
from app.ui.context import AppContext
from app.ui.dialogs.inspections.inspection_form import SITE_ROW, InspectionFormDialog
from app.ui.i18n import word
from app.ui.inspection_messages import error_text
from app.ui.models.inspection_items_model import InspectionItemsModel


class InspectionDialog(InspectionFormDialog):
    def __init__(
        self,
        context: AppContext,
        inspection: InspectionRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        self.items = InspectionItemsModel()
        super().__init__(self.items, parent)
        self.context, self.inspection = context, inspection
        self.saved: InspectionRow | None = None
        self.ui.formLayout.setRowVisible(SITE_ROW, False)  # the room's own register
        for body in InspectionBody:
            self.ui.bodyCombo.addItem(word(body), body.value)
        header = self.ui.itemsTable.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 10 * self.fontMetrics().horizontalAdvance("王"))  # a title, a name
        if inspection is None:
            self.setWindowTitle(self.tr("Record an inspection"))
            self.set_date(context.today())
        else:
            self.setWindowTitle(self.tr("Edit the inspection"))
            self.show_values(inspection)

    def show_values(self, row: InspectionRow) -> None:
        self.show_common(row.inspected_on, row.inspectors, row.findings, row.score)
        self.ui.bodyCombo.setCurrentIndex(self.ui.bodyCombo.findData(row.body.value))
        self.items.set_items(row.items, self.default_deadline())

    def remove_item(self) -> None:
        row = self.ui.itemsTable.currentIndex().row()
        if row >= 0 and not self.items.removable(row):
            self.ui.errorLabel.setText(error_text(InspectionError("item", "closed")))
            return
        self.items.remove(row)

    def value(self) -> InspectionInput:
        return InspectionInput(
            self.date(), InspectionBody(self.ui.bodyCombo.currentData()),
            self.ui.inspectorsEdit.text(), self.ui.findingsEdit.toPlainText(), self.score(),
            self.items.values(),
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
            self.show_error(error_text(error), error.field)
            return
        self.accept()
