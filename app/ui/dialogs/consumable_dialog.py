"""Add a consumable item (medicine, test strips, batteries…) with its unit and minimum."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.domain.codes import ConsumableCategory
from app.services import consumables
from app.services.consumables import ConsumableRow, NewItem
from app.ui.context import AppContext
from app.ui.dialogs.record_dialog import RecordDialog
from app.ui.forms.ui_consumable_form import Ui_ConsumableForm
from app.ui.labels import label


class ConsumableDialog(RecordDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("New consumable item"))
        self.ui.introLabel.setText(
            self.tr("Below the minimum stock the item is shown as low, in red.")
        )
        self.form = Ui_ConsumableForm()
        self.form.setupUi(self.ui.formHost)
        for category in ConsumableCategory:
            self.form.categoryCombo.addItem(label(category), category)
        self.fields = {
            "name": self.form.nameEdit,
            "unit": self.form.unitEdit,
            "min_stock": self.form.minimumSpin,
        }
        self.saved: ConsumableRow | None = None

    def submit(self) -> None:
        f = self.form
        item = NewItem(
            name=f.nameEdit.text().strip(),
            category=ConsumableCategory(f.categoryCombo.currentData()),
            unit=f.unitEdit.text().strip(),
            min_stock=f.minimumSpin.value(),
        )
        self.saved = consumables.add_item(self.context.db, self.context.actor, item)
