"""Replace a damaged or lost device (同型号补齐): the new one is registered and linked."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.domain import lifecycle
from app.services import equipment_lifecycle, equipment_register, site_profile
from app.services.equipment_lifecycle import Replacement
from app.services.equipment_rows import DeviceRow
from app.ui.context import AppContext
from app.ui.dialogs.common.record_dialog import RecordDialog, make_optional, pydate
from app.ui.dialogs.equipment.device_dialog import DeviceFormController
from app.ui.forms.ui_device_form import Ui_DeviceForm
from app.ui.forms.ui_replacement_form import Ui_ReplacementForm
from app.ui.qt_dates import qdate


class ReplacementDialog(RecordDialog):
    def __init__(self, context: AppContext, old: DeviceRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.old = old
        self.setWindowTitle(self.tr("Replace a device"))
        self.ui.introLabel.setText(
            self.tr(
                "The rules: a damaged or lost union asset is replaced with the same model, at "
                "the enterprise's cost. The new device is registered with the details below."
            )
        )
        self.form = Ui_ReplacementForm()
        self.form.setupUi(self.ui.formHost)
        f = self.form
        f.oldDeviceLabel.setText(f"{old.asset_no}  {old.name}  {old.brand} {old.model}")
        today = context.today()
        f.dateEdit.setDate(qdate(today))
        f.dateEdit.setMaximumDate(qdate(today))
        f.costSpin.setValue(old.price or 0.0)
        profile = site_profile.get_profile(context.db)
        f.paidByEdit.setText(profile.site_name if profile else "")
        host = QWidget()
        self.device_form = Ui_DeviceForm()
        self.device_form.setupUi(host)
        layout = QVBoxLayout(f.newDeviceBox)
        layout.addWidget(host)
        self.controller = DeviceFormController(self.device_form, today)
        self.controller.fill(old)
        make_optional(self.device_form.purchaseDateEdit, today)
        self.device_form.priceSpin.setValue(old.price or 0.0)  # the same model, the same price
        self.device_form.assetNoEdit.setText(
            equipment_register.suggest_asset_no(context.db, context.actor, today)
        )
        self.device_form.brandEdit.textChanged.connect(lambda _t: self._model_changed())
        self.device_form.modelEdit.textChanged.connect(lambda _t: self._model_changed())
        self._model_changed()
        self.fields = {
            **self.controller.fields(),
            "reason": f.reasonEdit,
            "on_date": f.dateEdit,
            "cost": f.costSpin,
        }
        self.saved: DeviceRow | None = None

    def same_model(self) -> bool:
        d = self.device_form
        return lifecycle.same_model(
            self.old.brand, self.old.model, d.brandEdit.text(), d.modelEdit.text()
        )

    def _model_changed(self) -> None:
        same = self.same_model()
        self.ui.errorLabel.clear()  # an earlier refusal no longer applies
        self.form.reasonEdit.setEnabled(not same)
        self.form.reasonEditLabel.setEnabled(not same)
        self.form.modelHintLabel.setText(
            self.tr("Same model as the old device, as the rules ask.")
            if same
            else self.tr("Another model than the old device: the reason is required.")
        )
        self.form.modelHintLabel.setStyleSheet("" if same else "color: #b45309;")

    def submit(self) -> None:
        f = self.form
        cost = f.costSpin.value()
        self.saved = equipment_lifecycle.replace_device(
            self.context.db,
            self.context.actor,
            Replacement(
                old_device_id=self.old.id,
                on_date=pydate(f.dateEdit.date()),
                new=self.controller.device(),
                cost=cost if cost > 0 else None,
                paid_by=f.paidByEdit.text().strip(),
                reason="" if self.same_model() else f.reasonEdit.toPlainText().strip(),
                note=f.noteEdit.text().strip(),
            ),
            self.context.today(),
        )
