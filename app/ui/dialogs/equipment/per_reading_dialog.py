"""Which consumable each reading type uses (每项测量消耗的耗材): glucose → a test strip by default.

The usage register takes these from the stock when a visit is saved. The technician sees the
choice but cannot change it (the service refuses; the dialog says so before Save).
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QComboBox, QLabel, QSpinBox, QWidget

from app.catalogue.readings import READINGS
from app.domain.permissions import Action
from app.domain.readings import ReadingType
from app.services import consumable_items, consumable_per_reading
from app.services.consumable_per_reading import ReadingUse
from app.ui.context import AppContext
from app.ui.dialogs.common.record_dialog import RecordDialog
from app.ui.forms.ui_per_reading_form import Ui_PerReadingForm
from app.ui.i18n import bracketed, word
from app.ui.screen_fit import fit_to_screen

# A derived reading (BMI from height and weight) is never measured, so it uses nothing.
SHOWN: tuple[ReadingType, ...] = tuple(rt for rt, spec in READINGS.items() if not spec.derived_from)
MAX_PER_READING = 20


class PerReadingDialog(RecordDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Consumables per reading"))
        self.ui.introLabel.setText(
            self.tr(
                "When a visit is saved in the usage register, each reading takes these "
                "consumables from the stock (the first lot to expire first). By default a "
                "glucose reading uses one glucose test strip."
            )
        )
        self.form = Ui_PerReadingForm()
        self.form.setupUi(self.ui.formHost)
        db, actor = context.db, context.actor
        items = consumable_items.list_items(db, actor, context.today())
        current = consumable_per_reading.per_reading_items(db, actor)
        self.items: dict[ReadingType, QComboBox] = {}
        self.quantities: dict[ReadingType, QSpinBox] = {}
        units = {item.id: item.unit for item in items}
        for row, rt in enumerate(SHOWN, start=1):
            name = QLabel(word(rt), self.ui.formHost)
            combo = QComboBox(self.ui.formHost)
            combo.setObjectName(f"item_{rt.value}")
            combo.addItem(self.tr("Nothing"), None)
            for item in items:
                combo.addItem(bracketed(item.name, item.unit), item.id)
            spin = QSpinBox(self.ui.formHost)
            spin.setObjectName(f"quantity_{rt.value}")
            spin.setRange(0, MAX_PER_READING)
            use = current[rt]
            combo.setCurrentIndex(max(0, combo.findData(use.consumable_id)))
            spin.setValue(use.quantity)
            combo.currentIndexChanged.connect(
                lambda _i, c=combo, s=spin: self._item_changed(c, s, units)
            )
            self._item_changed(combo, spin, units)
            name.setBuddy(combo)
            self.form.grid.addWidget(name, row, 0)
            self.form.grid.addWidget(combo, row, 1)
            self.form.grid.addWidget(spin, row, 2)
            self.items[rt], self.quantities[rt] = combo, spin
        self.form.grid.setColumnStretch(1, 1)
        self.before = {rt: self.chosen(rt) for rt in SHOWN}
        if not actor.can(Action.EDIT_CONSUMABLES):
            for widget in (*self.items.values(), *self.quantities.values()):
                widget.setEnabled(False)
            self.save_button().setEnabled(False)
            self.ui.errorLabel.setText(
                self.tr("Your role can see this choice; the chair or the administrator changes it.")
            )
        self.fields = {"quantity": next(iter(self.quantities.values()))}
        self.saved = False
        fit_to_screen(self, QSize(560, self.sizeHint().height()))

    def _item_changed(self, combo: QComboBox, spin: QSpinBox, units: dict[int, str]) -> None:
        item = combo.currentData()
        spin.setEnabled(item is not None and self.context.actor.can(Action.EDIT_CONSUMABLES))
        # Nothing used: the box shows "—" (its minimum 0 with a special text), else 1 and up.
        spin.setSpecialValueText("—" if item is None else "")
        spin.setMinimum(0 if item is None else 1)
        if item is None:
            spin.setValue(0)
        spin.setSuffix(f" {units.get(item, '')}" if item is not None else "")

    def chosen(self, rt: ReadingType) -> ReadingUse:
        item = self.items[rt].currentData()
        quantity = self.quantities[rt].value() if item is not None else 1
        return ReadingUse(int(item) if item is not None else None, quantity)

    def submit(self) -> None:
        # Only the rows the user changed are stored: the others keep following the default.
        changed: dict[ReadingType, ReadingUse] = {
            rt: self.chosen(rt) for rt in SHOWN if self.chosen(rt) != self.before[rt]
        }
        if changed:
            consumable_per_reading.set_per_reading_items(
                self.context.db, self.context.actor, changed
            )
        self.saved = bool(changed)
