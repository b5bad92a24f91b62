"""One item of the annual health promotion plan: quarter, type, what is planned."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from app.catalogue.codes import ActivityKind
from app.services import promotion_plan
from app.services.promotion_plan import PlanError, PlanItemInput, PlanItemRow
from app.ui.context import AppContext
from app.ui.forms.ui_plan_item_dialog import Ui_PlanItemDialog
from app.ui.i18n import word


class PlanItemDialog(QDialog):
    def __init__(
        self,
        context: AppContext,
        year: int,
        item: PlanItemRow | None,
        quarter: int = 1,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.year = year
        self.item = item
        self.saved_id: int | None = None
        self.ui = Ui_PlanItemDialog()
        self.ui.setupUi(self)
        for q in range(1, 5):
            self.ui.quarterCombo.addItem(self.tr("Quarter %1").replace("%1", str(q)), q)
        for kind in ActivityKind:
            self.ui.kindCombo.addItem(word(kind), kind)
        title = self.tr("Plan item for %1").replace("%1", str(year))
        self.setWindowTitle(title)
        if item is not None:
            quarter = item.quarter
            self.ui.kindCombo.setCurrentIndex(self.ui.kindCombo.findData(item.kind))
            self.ui.titleEdit.setText(item.title)
            self.ui.noteEdit.setText(item.note)
        self.ui.quarterCombo.setCurrentIndex(self.ui.quarterCombo.findData(quarter))
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)

    def save(self) -> None:
        data = PlanItemInput(
            year=self.year,
            quarter=int(self.ui.quarterCombo.currentData()),
            kind=ActivityKind(self.ui.kindCombo.currentData()),
            title=self.ui.titleEdit.text(),
            note=self.ui.noteEdit.text(),
        )
        try:
            self.saved_id = promotion_plan.save_plan_item(
                self.context.db,
                self.context.actor,
                data,
                self.item.id if self.item is not None else None,
            )
        except PlanError as error:
            self.ui.errorLabel.setText(
                self.tr("Describe the planned item.")
                if error.field == "title"
                else self.tr("This item cannot be saved (%1).").replace("%1", error.code)
            )
            self.ui.titleEdit.setFocus()
            return
        self.accept()
