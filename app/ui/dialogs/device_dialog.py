"""Register a device (登记设备): a union asset with its upkeep intervals."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QListWidgetItem, QWidget

from app.domain.codes import DeviceCategory
from app.domain.readings import ReadingType
from app.services import equipment
from app.services.equipment import DeviceRow, Funding, NewDevice
from app.ui.context import AppContext
from app.ui.dialogs.record_dialog import RecordDialog, make_optional, optional_date
from app.ui.forms.ui_device_form import Ui_DeviceForm
from app.ui.labels import label
from app.ui.pages.equipment_words import word

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
            form.categoryCombo.addItem(label(category), category)
        for funding in Funding:
            form.fundingCombo.addItem(word(funding), funding.value)
        form.readingsList.setWrapping(True)  # the reading types flow in rows
        for reading in ReadingType:
            item = QListWidgetItem(label(reading))
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

    def device(self) -> NewDevice:
        f = self.form
        readings = tuple(
            ReadingType(f.readingsList.item(n).data(Qt.ItemDataRole.UserRole))
            for n in range(f.readingsList.count())
            if f.readingsList.item(n).checkState() == Qt.CheckState.Checked
        )
        price = f.priceSpin.value()
        return NewDevice(
            asset_no=f.assetNoEdit.text().strip(),
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
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Register a device"))
        self.ui.introLabel.setText(
            self.tr(
                "Every device of the room is a union asset. The asset no. is suggested; "
                "change it to the number on your asset register if there is one."
            )
        )
        self.form = Ui_DeviceForm()
        self.form.setupUi(self.ui.formHost)
        today = context.today()
        self.controller = DeviceFormController(self.form, today)
        self.form.assetNoEdit.setText(equipment.suggest_asset_no(context.db, context.actor, today))
        self.form.locationEdit.setText(self.tr("Health room"))
        self.fields = self.controller.fields()
        self.saved: DeviceRow | None = None

    def submit(self) -> None:
        self.saved = equipment.register_device(
            self.context.db, self.context.actor, self.controller.device(), self.context.today()
        )
