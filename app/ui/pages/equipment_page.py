"""设备与耗材: the equipment register and the consumables stock."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.domain.codes import DeviceStatus
from app.services import equipment
from app.services.equipment import ConsumableRow, DeviceRow
from app.ui.context import AppContext
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.labels import label
from app.ui.models.row_table_model import Column, RowTableModel
from app.ui.pages.list_page import ListPage

DEVICE_COLUMNS: list[Column[DeviceRow]] = [
    Column(QT_TRANSLATE_NOOP("EquipmentPage", "Asset no."), lambda r: r.asset_no),
    Column(QT_TRANSLATE_NOOP("EquipmentPage", "Name"), lambda r: r.name),
    Column(QT_TRANSLATE_NOOP("EquipmentPage", "Category"), lambda r: label(r.category)),
    Column(QT_TRANSLATE_NOOP("EquipmentPage", "Brand"), lambda r: r.brand),
    Column(QT_TRANSLATE_NOOP("EquipmentPage", "Model"), lambda r: r.model),
    Column(QT_TRANSLATE_NOOP("EquipmentPage", "Purchased"), lambda r: r.purchase_date),
    Column(QT_TRANSLATE_NOOP("EquipmentPage", "Location"), lambda r: r.location),
    Column(
        QT_TRANSLATE_NOOP("EquipmentPage", "Status"),
        lambda r: label(r.status),
        alert=lambda r: r.status in (DeviceStatus.DAMAGED, DeviceStatus.LOST),
    ),
]

CONSUMABLE_COLUMNS: list[Column[ConsumableRow]] = [
    Column(QT_TRANSLATE_NOOP("EquipmentPage", "Item"), lambda r: r.name),
    Column(QT_TRANSLATE_NOOP("EquipmentPage", "Category"), lambda r: label(r.category)),
    Column(
        QT_TRANSLATE_NOOP("EquipmentPage", "Stock"),
        lambda r: r.stock,
        alert=lambda r: r.low,
        align_right=True,
    ),
    Column(QT_TRANSLATE_NOOP("EquipmentPage", "Minimum"), lambda r: r.min_stock, align_right=True),
    Column(QT_TRANSLATE_NOOP("EquipmentPage", "Unit"), lambda r: r.unit),
    Column(QT_TRANSLATE_NOOP("EquipmentPage", "Next expiry"), lambda r: r.next_expiry),
]

DEVICES, CONSUMABLES = "devices", "consumables"


class EquipmentPage(ListPage):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.devices: RowTableModel[DeviceRow] = RowTableModel(DEVICE_COLUMNS, "EquipmentPage")
        self.consumables: RowTableModel[ConsumableRow] = RowTableModel(
            CONSUMABLE_COLUMNS, "EquipmentPage"
        )
        self.ui.searchEdit.hide()

    def page_title(self) -> str:
        return self.tr("Equipment & consumables")

    def retranslate(self) -> None:
        super().retranslate()
        self.fill_choices([(self.tr("Equipment"), DEVICES), (self.tr("Consumables"), CONSUMABLES)])
        self.devices.retranslate()
        self.consumables.retranslate()

    def reload(self) -> None:
        db, actor = self.context.db, self.context.actor
        if self.ui.filterCombo.currentData() == CONSUMABLES:
            self.consumables.set_rows(equipment.list_consumables(db, actor))
            self.ui.tableView.setModel(self.consumables)
            self.show_count(self.consumables.rowCount())
        else:
            self.devices.set_rows(equipment.list_devices(db, actor))
            self.ui.tableView.setModel(self.devices)
            self.show_count(self.devices.rowCount())
        self.fit_columns()
