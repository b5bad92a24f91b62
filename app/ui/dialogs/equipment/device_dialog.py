"""Register a device (登记设备), or correct its description (修改设备信息).

A correction never touches the asset no. (it is on the label) nor the status (that follows
the device's events).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QListWidgetItem, QWidget

from app.catalogue.codes import DeviceCategory
from app.domain.readings import ReadingType
from app.services import equipment_register
from app.services.equipment_register import DeviceDetails, NewDevice
from app.services.equipment_rows import DeviceRow, Funding
from app.ui import i18n
from app.ui.context import AppContext
from app.ui.dialogs.common.record_dialog import NO_DATE, RecordDialog, make_optional, optional_date
from app.ui.forms.ui_device_form import Ui_DeviceForm
from app.ui.i18n import word
from app.ui.qt_dates import qdate
from app.ui.screen_fit import fit_to_screen

DEFAULT_READINGS = {
    DeviceCategory.BP_MONITOR: ("systolic", "diastolic", "pulse"),
    DeviceCategory.GLUCOSE_METER: ("glucose_fasting", "glucose_2h", "glucose_random"),
    DeviceCategory.BODY_COMPOSITION: ("weight", "bmi", "body_fat"),
    DeviceCategory.HEIGHT_WEIGHT_SCALE: ("height", "weight", "bmi"),
}


class DeviceFormController:
    """Fills and reads the device form; used by registration and by replacement."""

    def __init__(self, form: Ui_DeviceForm, today: dt.date) -> None:
        self.form = form
        for category in DeviceCategory:
            form.categoryCombo.addItem(word(category), category)
        for funding in Funding:
            form.fundingCombo.addItem(word(funding), funding.value)
        form.readingsList.setWrapping(True)  # the reading types flow in rows
        for reading in ReadingType:
            item = QListWidgetItem(i18n.word(reading))
            item.setData(Qt.ItemDataRole.UserRole, reading.value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            form.readingsList.addItem(item)
        make_optional(form.purchaseDateEdit, today)
        for spin in (form.maintenanceSpin, form.calibrationSpin):
            spin.setSuffix(QCoreApplication.translate("DeviceDialog", " days"))
        form.categoryCombo.currentIndexChanged.connect(lambda _i: self._default_readings())
        self._default_readings()

    def _default_readings(self) -> None:
        category = self.form.categoryCombo.currentData()
        chosen = DEFAULT_READINGS.get(category, ())
        for row in range(self.form.readingsList.count()):
            item = self.form.readingsList.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def fill(self, row: DeviceRow) -> None:
        """Copy an existing device's description (for a same-model replacement)."""
        f = self.form
        f.nameEdit.setText(row.name)
        f.categoryCombo.setCurrentIndex(max(0, f.categoryCombo.findData(row.category)))
        f.brandEdit.setText(row.brand)
        f.modelEdit.setText(row.model)
        f.locationEdit.setText(row.location)
        f.fundingCombo.setCurrentIndex(max(0, f.fundingCombo.findData(row.funding)))
        f.maintenanceSpin.setValue(row.maintenance_interval_days or 0)
        f.calibrationSpin.setValue(row.calibration_interval_days or 0)
        for n in range(f.readingsList.count()):
            item = f.readingsList.item(n)
            checked = item.data(Qt.ItemDataRole.UserRole) in row.readings
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def fill_all(self, row: DeviceRow) -> None:
        """Show every field of a device, for a correction."""
        self.fill(row)
        f = self.form
        f.assetNoEdit.setText(row.asset_no)
        f.serialEdit.setText(row.serial_no)
        f.purchaseDateEdit.setDate(qdate(row.purchase_date) if row.purchase_date else NO_DATE)
        f.priceSpin.setValue(row.price or 0.0)

    def details(self) -> DeviceDetails:
        f = self.form
        readings = tuple(
            ReadingType(f.readingsList.item(n).data(Qt.ItemDataRole.UserRole))
            for n in range(f.readingsList.count())
            if f.readingsList.item(n).checkState() == Qt.CheckState.Checked
        )
        price = f.priceSpin.value()
        return DeviceDetails(
            name=f.nameEdit.text().strip(),
            category=DeviceCategory(f.categoryCombo.currentData()),
            brand=f.brandEdit.text().strip(),
            model=f.modelEdit.text().strip(),
            serial_no=f.serialEdit.text().strip(),
            purchase_date=optional_date(f.purchaseDateEdit),
            price=price if price > 0 else None,
            funding=str(f.fundingCombo.currentData()),
            location=f.locationEdit.text().strip(),
            readings=readings,
            maintenance_interval_days=f.maintenanceSpin.value() or None,
            calibration_interval_days=f.calibrationSpin.value() or None,
        )

    def device(self) -> NewDevice:
        return NewDevice(**vars(self.details()), asset_no=self.form.assetNoEdit.text().strip())

    def fields(self) -> dict[str, QWidget]:
        f = self.form
        return {
            "asset_no": f.assetNoEdit,
            "name": f.nameEdit,
            "purchase_date": f.purchaseDateEdit,
            "price": f.priceSpin,
            "maintenance_interval_days": f.maintenanceSpin,
            "calibration_interval_days": f.calibrationSpin,
        }


class DeviceDialog(RecordDialog):
    """Registration (no device given) or the correction of `device`'s description."""

    def __init__(
        self, context: AppContext, parent: QWidget | None = None, device: DeviceRow | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.device = device
        self.form = Ui_DeviceForm()
        self.form.setupUi(self.ui.formHost)
        today = context.today()
        self.controller = DeviceFormController(self.form, today)
        if device is None:
            self.setWindowTitle(self.tr("Register a device"))
            self.ui.introLabel.setText(
                self.tr(
                    "Every device of the room is a union asset. The asset no. is suggested; "
                    "change it to the number on your asset register if there is one."
                )
            )
            self.form.assetNoEdit.setText(
                equipment_register.suggest_asset_no(context.db, context.actor, today)
            )
            self.form.locationEdit.setText(self.tr("Health room"))
        else:
            self.setWindowTitle(self.tr("Edit device details"))
            self.ui.introLabel.setText(
                self.tr(
                    "Correct the description of %1. The asset no. stays as on its label; the "
                    "status changes only by recording an event (damage, repair, replacement…)."
                ).replace("%1", device.asset_no)
            )
            self.controller.fill_all(device)
            self.form.assetNoEdit.setReadOnly(True)
            self.form.assetNoEdit.setEnabled(False)
        self.fields = self.controller.fields()
        self.saved: DeviceRow | None = None
        fit_to_screen(self, QSize(max(self.sizeHint().width(), 560), self.sizeHint().height()))

    def submit(self) -> None:
        db, actor, today = self.context.db, self.context.actor, self.context.today()
        if self.device is None:
            self.saved = equipment_register.register_device(
                db, actor, self.controller.device(), today
            )
        else:
            self.saved = equipment_register.update_device(
                db, actor, self.device.id, self.controller.details(), today
            )
