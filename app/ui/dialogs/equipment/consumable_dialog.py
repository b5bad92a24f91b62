"""Add a consumable item (medicine, test strips, batteries…) with its unit and minimum, or
correct one. The stock is never edited here: it changes only by receiving, using or
discarding."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.catalogue.codes import ConsumableCategory
from app.services import consumable_items
from app.services.consumable_items import ConsumableRow, NewItem
from app.ui.context import AppContext
from app.ui.dialogs.common.record_dialog import RecordDialog
from app.ui.forms.ui_consumable_form import Ui_ConsumableForm
from app.ui.i18n import word


class ConsumableDialog(RecordDialog):
    """A new item (no item given) or the correction of `item`."""

    def __init__(
        self, context: AppContext, parent: QWidget | None = None, item: ConsumableRow | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.item = item
        self.form = Ui_ConsumableForm()
        self.form.setupUi(self.ui.formHost)
        f = self.form
        for category in ConsumableCategory:
            f.categoryCombo.addItem(word(category), category)
        if item is None:
            self.setWindowTitle(self.tr("New consumable item"))
            self.ui.introLabel.setText(
                self.tr("Below the minimum stock the item is shown as low, in red.")
            )
        else:
            self.setWindowTitle(self.tr("Edit consumable item"))
            self.ui.introLabel.setText(
                self.tr(
                    "Correct the name, kind, unit or minimum of %1. The stock (%2) changes only "
                    "by receiving, using or discarding."
                )
                .replace("%1", item.name)
                .replace("%2", f"{item.stock} {item.unit}")
            )
            f.nameEdit.setText(item.name)
            f.categoryCombo.setCurrentIndex(max(0, f.categoryCombo.findData(item.category)))
            f.unitEdit.setText(item.unit)
            f.minimumSpin.setValue(item.min_stock)
        self.fields = {"name": f.nameEdit, "unit": f.unitEdit, "min_stock": f.minimumSpin}
        self.saved: ConsumableRow | None = None

    def submit(self) -> None:
        f = self.form
        new = NewItem(
            name=f.nameEdit.text().strip(),
            category=ConsumableCategory(f.categoryCombo.currentData()),
            unit=f.unitEdit.text().strip(),
            min_stock=f.minimumSpin.value(),
        )
        db, actor = self.context.db, self.context.actor
        if self.item is None:
            self.saved = consumable_items.add_item(db, actor, new)
        else:
            self.saved = consumable_items.update_item(
                db, actor, self.item.id, new, self.context.today()
            )
