"""设备与耗材: the equipment register, the upkeep due, the consumables and the room's day log.

One page, four views chosen in the filter box. Devices change only through events (dialogs
for registration, events and replacement); the consumables through stock movements; the room
through its day log, with a month calendar that marks the days whose record is missing.
A keyboard-wedge scanner typing an asset no. and Enter into the search box selects that device.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QSettings,
    Qt,
    QUrl,
)
from PySide6.QtGui import QBrush, QColor, QDesktopServices, QFont, QTextCharFormat
from PySide6.QtWidgets import QAbstractItemView, QDialog, QFileDialog, QTableView, QWidget

from app.domain import lifecycle
from app.domain.codes import DeviceStatus, StockMovementKind
from app.domain.day_log import NEEDS_ATTENTION, DayFacts, DayState
from app.domain.rule_error import RuleError
from app.domain.stock import ExpiryState
from app.reports import asset_labels, consumables_stock, equipment_ledger
from app.reports.atomic import OutputError
from app.reports.equipment_dataset import label_data, ledger_data
from app.reports.language import ReportLanguage
from app.services import (
    consumable_items,
    consumable_stock,
    equipment_register,
    equipment_upkeep,
    room_upkeep,
)
from app.services.consumable_items import ConsumableRow, LotRow
from app.services.consumable_stock import MovementRow
from app.services.equipment_rows import DeviceEventRow, DeviceRow
from app.services.equipment_upkeep import UpkeepDueRow
from app.ui.context import AppContext
from app.ui.dialogs.asset_labels_dialog import AssetLabelsDialog, LabelChoice, remember
from app.ui.dialogs.consumable_dialog import ConsumableDialog
from app.ui.dialogs.day_log_dialog import DayLogDialog
from app.ui.dialogs.device_dialog import DeviceDialog
from app.ui.dialogs.device_event_dialog import DeviceEventDialog
from app.ui.dialogs.per_reading_dialog import PerReadingDialog
from app.ui.dialogs.record_dialog import pydate, qdate
from app.ui.dialogs.replacement_dialog import ReplacementDialog
from app.ui.dialogs.stock_movement_dialog import StockMovementDialog
from app.ui.error_dialog import show_unexpected
from app.ui.forms.ui_equipment_panel import Ui_EquipmentPanel
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.labels import label, weekday
from app.ui.models.row_table_model import Column, RowTableModel
from app.ui.pages.equipment_words import message, word
from app.ui.pages.list_page import ListPage
from app.ui.tasks import Progress, run_with_progress

C = "EquipmentPage"
DEVICES, DUE, CONSUMABLES, ROOM = "devices", "due", "consumables", "room"
RED, AMBER, GREEN, BLUE = "#c62828", "#b45309", "#2e7d32", "#1565c0"


@dataclass(frozen=True)
class DayRow:
    day: dt.date
    state: DayState
    facts: DayFacts | None

    def text(self, name: str) -> str:
        return str(getattr(self.facts, name)) if self.facts else ""


def _disinfection(row: DayRow) -> str:
    f = row.facts
    if f is None or not f.disinfected:
        return ""
    return f"{f.disinfection_what} · {f.disinfection_agent} · {f.disinfected_by}"


def _stock_warning(r: ConsumableRow) -> str:
    words = []
    translate = QCoreApplication.translate
    if r.low:
        words.append(translate("EquipmentPage", "Below minimum"))
    if r.expiring_quantity:
        text = translate("EquipmentPage", "%1 expire within 30 days")
        words.append(text.replace("%1", str(r.expiring_quantity)))
    if r.expired_quantity:
        text = translate("EquipmentPage", "%1 expired")
        words.append(text.replace("%1", str(r.expired_quantity)))
    return "; ".join(words)


DEVICE_COLUMNS: list[Column[DeviceRow]] = [
    Column(QT_TRANSLATE_NOOP("EquipmentPage", "Asset no."), lambda r: r.asset_no),
    Column(QT_TRANSLATE_NOOP("EquipmentPage", "Name"), lambda r: r.name),
    Column(QT_TRANSLATE_NOOP("EquipmentPage", "Category"), lambda r: label(r.category)),
    Column(QT_TRANSLATE_NOOP("EquipmentPage", "Brand"), lambda r: r.brand),
    Column(QT_TRANSLATE_NOOP("EquipmentPage", "Model"), lambda r: r.model),
    Column(
        QT_TRANSLATE_NOOP("EquipmentPage", "Status"),
        lambda r: word(r.status),
        alert=lambda r: not r.intact,
    ),
    Column(
        QT_TRANSLATE_NOOP("EquipmentPage", "Next maintenance"),
        lambda r: r.next_maintenance if r.status is DeviceStatus.IN_SERVICE else None,
        alert=lambda r: r.maintenance_overdue,
    ),
    Column(
        QT_TRANSLATE_NOOP("EquipmentPage", "Next calibration"),
        lambda r: r.next_calibration if r.status is DeviceStatus.IN_SERVICE else None,
        alert=lambda r: r.calibration_overdue,
    ),
    Column(QT_TRANSLATE_NOOP("EquipmentPage", "Purchased"), lambda r: r.purchase_date),
    Column(QT_TRANSLATE_NOOP("EquipmentPage", "Location"), lambda r: r.location),
]

DUE_COLUMNS: list[Column[UpkeepDueRow]] = [
    Column(QT_TRANSLATE_NOOP("EquipmentPage", "Asset no."), lambda r: r.asset_no),
    Column(QT_TRANSLATE_NOOP("EquipmentPage", "Name"), lambda r: r.name),
    Column(QT_TRANSLATE_NOOP("EquipmentPage", "Model"), lambda r: r.model),
    Column(QT_TRANSLATE_NOOP("EquipmentPage", "Upkeep"), lambda r: word(r.kind)),
    Column(QT_TRANSLATE_NOOP("EquipmentPage", "Last done"), lambda r: r.last_done),
    Column(QT_TRANSLATE_NOOP("EquipmentPage", "Due"), lambda r: r.due, alert=lambda r: r.overdue),
    Column(
        QT_TRANSLATE_NOOP("EquipmentPage", "Days overdue"),
        lambda r: r.days_overdue or "",
        alert=lambda r: r.overdue,
        align_right=True,
    ),
]

CONSUMABLE_COLUMNS: list[Column[ConsumableRow]] = [
    Column(QT_TRANSLATE_NOOP("EquipmentPage", "Item"), lambda r: r.name),
    Column(QT_TRANSLATE_NOOP("EquipmentPage", "Category"), lambda r: label(r.category)),
    Column(QT_TRANSLATE_NOOP("EquipmentPage", "Stock"), lambda r: r.stock, alert=lambda r: r.low,
           align_right=True),
    Column(QT_TRANSLATE_NOOP("EquipmentPage", "Minimum"), lambda r: r.min_stock, align_right=True),
    Column(QT_TRANSLATE_NOOP("EquipmentPage", "Unit"), lambda r: r.unit),
    Column(
        QT_TRANSLATE_NOOP("EquipmentPage", "Next expiry"),
        lambda r: r.next_expiry,
        alert=lambda r: bool(r.expiring_quantity or r.expired_quantity),
    ),
    Column(QT_TRANSLATE_NOOP("EquipmentPage", "Warning"), _stock_warning, alert=lambda r: True),
]  # fmt: skip

DAY_COLUMNS: list[Column[DayRow]] = [
    Column(QT_TRANSLATE_NOOP("EquipmentPage", "Date"), lambda r: r.day),
    Column(QT_TRANSLATE_NOOP("EquipmentPage", "Weekday"), lambda r: weekday(r.day.weekday())),
    Column(
        QT_TRANSLATE_NOOP("EquipmentPage", "Record"),
        lambda r: word(r.state),
        alert=lambda r: r.state in NEEDS_ATTENTION,
    ),
    Column(
        QT_TRANSLATE_NOOP("EquipmentPage", "Opened"),
        lambda r: r.facts.opened_at if r.facts else None,
    ),
    Column(
        QT_TRANSLATE_NOOP("EquipmentPage", "Closed"),
        lambda r: r.facts.closed_at if r.facts else None,
    ),
    Column(QT_TRANSLATE_NOOP("EquipmentPage", "On duty"), lambda r: r.text("duty_person")),
    Column(QT_TRANSLATE_NOOP("EquipmentPage", "Cleaned by"), lambda r: r.text("cleaned_by")),
    Column(QT_TRANSLATE_NOOP("EquipmentPage", "Disinfection"), _disinfection),
]

HISTORY_COLUMNS: list[Column[DeviceEventRow]] = [
    Column(QT_TRANSLATE_NOOP("EquipmentPage", "Date"), lambda r: r.on_date),
    Column(QT_TRANSLATE_NOOP("EquipmentPage", "Event"), lambda r: word(r.kind)),
    Column(QT_TRANSLATE_NOOP("EquipmentPage", "Next due"), lambda r: r.next_due),
    Column(QT_TRANSLATE_NOOP("EquipmentPage", "Cost"), lambda r: r.cost, align_right=True),
    Column(QT_TRANSLATE_NOOP("EquipmentPage", "Paid by"), lambda r: r.paid_by),
    Column(QT_TRANSLATE_NOOP("EquipmentPage", "Related device"), lambda r: r.related_asset_no),
    Column(QT_TRANSLATE_NOOP("EquipmentPage", "Note"), lambda r: r.note),
]

LOT_COLUMNS: list[Column[LotRow]] = [
    Column(QT_TRANSLATE_NOOP("EquipmentPage", "Lot"), lambda r: r.lot_no),
    Column(
        QT_TRANSLATE_NOOP("EquipmentPage", "Expires"),
        lambda r: r.expiry,
        alert=lambda r: r.state in (ExpiryState.EXPIRING, ExpiryState.EXPIRED),
    ),
    Column(QT_TRANSLATE_NOOP("EquipmentPage", "Quantity"), lambda r: r.quantity, align_right=True),
    Column(QT_TRANSLATE_NOOP("EquipmentPage", "Received"), lambda r: r.received_on),
    Column(QT_TRANSLATE_NOOP("EquipmentPage", "State"), lambda r: word(r.state)),
]

MOVEMENT_COLUMNS: list[Column[MovementRow]] = [
    Column(QT_TRANSLATE_NOOP("EquipmentPage", "Date"), lambda r: r.on_date),
    Column(QT_TRANSLATE_NOOP("EquipmentPage", "Movement"), lambda r: word(r.kind)),
    Column(
        QT_TRANSLATE_NOOP("EquipmentPage", "Quantity"),
        lambda r: r.quantity if r.kind is StockMovementKind.RECEIVED else -r.quantity,
        align_right=True,
    ),
    Column(QT_TRANSLATE_NOOP("EquipmentPage", "Lot"), lambda r: r.lot_no),
    Column(QT_TRANSLATE_NOOP("EquipmentPage", "Source"), lambda r: word(r.source)),
    Column(QT_TRANSLATE_NOOP("EquipmentPage", "By"), lambda r: r.recorded_by),
    Column(QT_TRANSLATE_NOOP("EquipmentPage", "Note"), lambda r: r.note),
]

DAY_COLOURS = {
    DayState.MISSING: ("#fde2e1", RED),
    DayState.INCOMPLETE: ("#fdebd0", AMBER),
    DayState.COMPLETE: ("#e3f1e4", GREEN),
    DayState.PENDING: ("#e3ecf9", BLUE),
}


def open_with_system(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class EquipmentPage(ListPage):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.panel = Ui_EquipmentPanel()
        host = QWidget(self)
        self.panel.setupUi(host)
        # The list page's table joins the panel's splitter, left of the details.
        self.ui.pageLayout.removeWidget(self.ui.tableView)
        self.panel.splitter.insertWidget(0, self.ui.tableView)
        self.panel.splitter.setStretchFactor(0, 3)
        self.panel.splitter.setStretchFactor(1, 2)
        self.panel.splitter.setSizes([640, 420])
        self.panel.panelLayout.setStretchFactor(self.panel.splitter, 1)  # labels keep their height
        self.ui.pageLayout.addWidget(host, 1)

        self.devices: RowTableModel[DeviceRow] = RowTableModel(DEVICE_COLUMNS, C)
        self.due: RowTableModel[UpkeepDueRow] = RowTableModel(DUE_COLUMNS, C)
        self.consumables: RowTableModel[ConsumableRow] = RowTableModel(CONSUMABLE_COLUMNS, C)
        self.days: RowTableModel[DayRow] = RowTableModel(DAY_COLUMNS, C, row_id=lambda r: r.day)
        self.history: RowTableModel[DeviceEventRow] = RowTableModel(HISTORY_COLUMNS, C)
        self.lots: RowTableModel[LotRow] = RowTableModel(LOT_COLUMNS, C)
        self.movements: RowTableModel[MovementRow] = RowTableModel(MOVEMENT_COLUMNS, C)
        self.panel.historyView.setModel(self.history)
        self.panel.lotsView.setModel(self.lots)
        self.panel.movementsView.setModel(self.movements)

        today = context.today()
        self.month = (today.year, today.month)
        self.selected: dict[str, Any] = {}  # view -> id of the selected row
        self.dialog: QDialog | None = None  # the dialog open now (tests reach it here)
        self.open_file: Callable[[Path], None] = open_with_system
        self.last_report: Path | None = None

        p = self.panel
        p.registerButton.clicked.connect(self.register_device)
        p.editDeviceButton.clicked.connect(self.edit_device)
        p.editItemButton.clicked.connect(self.edit_item)
        p.perReadingButton.clicked.connect(self.choose_per_reading)
        p.eventButton.clicked.connect(lambda: self.record_event())
        p.replaceButton.clicked.connect(self.replace_device)
        p.ledgerButton.clicked.connect(self.print_ledger)
        p.labelsButton.clicked.connect(self.print_labels)
        p.newItemButton.clicked.connect(self.new_item)
        p.receiveButton.clicked.connect(lambda: self.move_stock(StockMovementKind.RECEIVED))
        p.useButton.clicked.connect(lambda: self.move_stock(StockMovementKind.USED))
        p.discardButton.clicked.connect(lambda: self.move_stock(StockMovementKind.DISCARDED))
        p.stockSheetButton.clicked.connect(self.print_stock_sheet)
        p.recordDayButton.clicked.connect(self.record_day)
        p.calendar.clicked.connect(self._calendar_clicked)
        p.calendar.activated.connect(lambda _d: self.record_day())
        p.calendar.currentPageChanged.connect(self._month_changed)
        self.ui.tableView.doubleClicked.connect(lambda _i: self._double_clicked())
        self.ui.searchEdit.returnPressed.connect(self.scan)

    # --- views -----------------------------------------------------------------------------

    def page_title(self) -> str:
        return self.tr("Equipment & consumables")

    def view(self) -> str:
        return str(self.ui.filterCombo.currentData() or DEVICES)

    def retranslate(self) -> None:
        super().retranslate()
        self.fill_choices(
            [
                (self.tr("Equipment"), DEVICES),
                (self.tr("Upkeep due"), DUE),
                (self.tr("Consumables"), CONSUMABLES),
                (self.tr("Room upkeep"), ROOM),
            ]
        )
        self.ui.searchEdit.setPlaceholderText(self.tr("Search, or scan an asset no.…"))
        self.panel.retranslateUi(self.panel.splitter.parentWidget())
        self.panel.legendLabel.setText(self._legend())
        for model in (self.devices, self.due, self.consumables, self.days, self.history,
                      self.lots, self.movements):  # fmt: skip
            model.retranslate()

    def _legend(self) -> str:
        parts = [
            f'<span style="background:{bg}; color:{fg}">&nbsp;{word(state)}&nbsp;</span>'
            for state, (bg, fg) in DAY_COLOURS.items()
        ]
        return " ".join(parts) + " &nbsp;<u>" + self.tr("underlined: disinfected") + "</u>"

    def _show(self, model: RowTableModel[Any]) -> None:
        table: QTableView = self.ui.tableView
        if table.model() is not model:
            # Devices may be picked several at a time (for printing their labels).
            several = model is self.devices or model is self.due
            table.setSelectionMode(
                QAbstractItemView.SelectionMode.ExtendedSelection
                if several
                else QAbstractItemView.SelectionMode.SingleSelection
            )
            table.setModel(model)
            table.selectionModel().currentRowChanged.connect(
                lambda current, _previous: self._row_changed(current)
            )

    def reload(self) -> None:
        view = self.view()
        db, actor, today = self.context.db, self.context.actor, self.context.today()
        search = self.ui.searchEdit.text()
        p = self.panel
        self.ui.searchEdit.setVisible(view != ROOM)
        pages = {DEVICES: (0, 0), DUE: (0, 0), CONSUMABLES: (1, 1), ROOM: (2, 2)}
        p.actionStack.setCurrentIndex(pages[view][0])
        p.detailStack.setCurrentIndex(pages[view][1])
        if view == DEVICES:
            self.devices.set_rows(equipment_register.list_devices(db, actor, today, search))
            self._show(self.devices)
            self._device_warning()
        elif view == DUE:
            rows = equipment_upkeep.upkeep_due(db, actor, today)
            self.due.set_rows([r for r in rows if _matches(search, r.asset_no, r.name)])
            self._show(self.due)
            self._device_warning()
        elif view == CONSUMABLES:
            self.consumables.set_rows(consumable_items.list_items(db, actor, today, search))
            self._show(self.consumables)
            self._stock_warning()
        else:
            self._load_month()
        model = self.ui.tableView.model()
        self.show_count(model.rowCount())
        self.fit_columns()
        self._reselect()

    def _load_month(self) -> None:
        db, actor, today = self.context.db, self.context.actor, self.context.today()
        year, month = self.month
        upkeep = room_upkeep.month_upkeep(db, actor, year, month, today)
        facts = {log.day: log.facts for log in upkeep.logs}
        self.days.set_rows([DayRow(d.day, d.state, facts.get(d.day)) for d in upkeep.days])
        self._show(self.days)
        calendar = self.panel.calendar
        calendar.blockSignals(True)
        calendar.setDateTextFormat(QDate(), QTextCharFormat())  # clear the previous month
        for d in upkeep.days:
            fmt = QTextCharFormat()
            colours = DAY_COLOURS.get(d.state)
            if colours:
                fmt.setBackground(QBrush(QColor(colours[0])))
                fmt.setForeground(QBrush(QColor(colours[1])))
            if d.disinfected:
                fmt.setFontUnderline(True)
                fmt.setFontWeight(QFont.Weight.Bold)
            calendar.setDateTextFormat(qdate(d.day), fmt)
        calendar.setCurrentPage(year, month)
        calendar.blockSignals(False)
        missing = upkeep.count(DayState.MISSING)
        incomplete = upkeep.count(DayState.INCOMPLETE)
        texts = []
        if missing:
            texts.append(self.tr("%n open day(s) without a record this month", "", missing))
        if incomplete:
            texts.append(self.tr("%n record(s) incomplete", "", incomplete))
        last = upkeep.last_disinfection
        texts.append(
            self.tr("Last disinfection: %1").replace("%1", last.isoformat())
            if last
            else self.tr("No disinfection recorded yet")
        )
        self._warn("; ".join(texts), RED if missing or incomplete else "")

    def _device_warning(self) -> None:
        db, actor, today = self.context.db, self.context.actor, self.context.today()
        overdue = equipment_upkeep.overdue_upkeep(db, actor, today)
        broken = [r for r in equipment_register.list_devices(db, actor, today) if not r.intact]
        texts = []
        if overdue:
            texts.append(self.tr("%n upkeep item(s) overdue", "", len(overdue)))
        if broken:
            texts.append(self.tr("%n device(s) damaged, lost or under repair", "", len(broken)))
        self._warn("; ".join(texts), AMBER)

    def _stock_warning(self) -> None:
        found = consumable_items.warnings(self.context.db, self.context.actor, self.context.today())
        texts = []
        if found.low:
            names = "、".join(r.name for r in found.low)
            texts.append(self.tr("Low stock: %1").replace("%1", names))
        if found.expiring:
            texts.append(self.tr("%n lot(s) expire within 30 days", "", len(found.expiring)))
        if found.expired:
            texts.append(self.tr("%n expired lot(s) to discard", "", len(found.expired)))
        self._warn("; ".join(texts), AMBER)

    def _warn(self, text: str, colour: str) -> None:
        self.panel.warningLabel.setText(text)
        self.panel.warningLabel.setStyleSheet(f"color: {colour or 'palette(text)'};")
        self.panel.warningLabel.setVisible(bool(text))

    def say(self, text: str, colour: str = GREEN) -> None:
        """Feedback on the last action (saved, refused, not found)."""
        self.panel.messageLabel.setText(text)
        self.panel.messageLabel.setStyleSheet(f"color: {colour};")

    # --- selection and details -------------------------------------------------------------

    def selected_id(self) -> Any:
        index = self.ui.tableView.currentIndex()
        if not index.isValid():
            return None
        return self.ui.tableView.model().index(index.row(), 0).data(Qt.ItemDataRole.UserRole)

    def select_id(self, row_id: Any) -> bool:
        model = self.ui.tableView.model()
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            if index.data(Qt.ItemDataRole.UserRole) == row_id:
                self.ui.tableView.selectionModel().setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.ui.tableView.scrollTo(index)
                return True
        return False

    def _reselect(self) -> None:
        wanted = self.selected.get(self.view())
        if self.view() == ROOM and wanted is None:
            wanted = pydate(self.panel.calendar.selectedDate())
        if wanted is None or not self.select_id(wanted):
            self._row_changed(QModelIndex())

    def _row_changed(self, current: QModelIndex) -> None:
        row_id = (
            current.model().index(current.row(), 0).data(Qt.ItemDataRole.UserRole)
            if current.isValid()
            else None
        )
        view = self.view()
        if row_id is not None:
            self.selected[view] = row_id
        if view in (DEVICES, DUE):
            self._show_device(row_id)
        elif view == CONSUMABLES:
            self._show_item(row_id)
        else:
            self._show_day(row_id)

    def _show_device(self, device_id: int | None) -> None:
        p = self.panel
        if device_id is None:
            p.deviceTitleLabel.setText(self.tr("Choose a device to see its history."))
            p.deviceInfoLabel.setText("")
            self.history.set_rows([])
            return
        detail = equipment_register.get_device(
            self.context.db, self.context.actor, device_id, self.context.today()
        )
        d = detail.device
        p.deviceTitleLabel.setText(f"{d.asset_no}  {d.name}")
        facts = [
            (self.tr("Status"), word(d.status)),
            (self.tr("Brand / model"), f"{d.brand} {d.model}".strip()),
            (self.tr("Serial no."), d.serial_no),
            (self.tr("Purchased"), d.purchase_date.isoformat() if d.purchase_date else ""),
            (self.tr("Price"), f"{d.price:,.2f}" if d.price is not None else ""),
            (self.tr("Funding"), word(d.funding)),
            (self.tr("Readings"), "、".join(label(r) for r in d.readings)),
            (self.tr("Next maintenance"), _date(d.next_maintenance)),
            (self.tr("Next calibration"), _date(d.next_calibration)),
        ]
        if d.replaces_asset_no:
            facts.append((self.tr("Replaces"), d.replaces_asset_no))
        if d.replaced_by_asset_no:
            facts.append((self.tr("Replaced by"), d.replaced_by_asset_no))
        p.deviceInfoLabel.setText(
            "<br>".join(f"<b>{_html(k)}</b>：{_html(v)}" for k, v in facts if v)
        )
        self.history.set_rows(list(reversed(detail.events)))
        p.historyView.resizeColumnsToContents()

    def _show_item(self, item_id: int | None) -> None:
        p = self.panel
        if item_id is None:
            p.itemTitleLabel.setText(self.tr("Choose an item to see its lots and movements."))
            self.lots.set_rows([])
            self.movements.set_rows([])
            return
        db, actor, today = self.context.db, self.context.actor, self.context.today()
        item = next((r for r in self.consumables_rows() if r.id == item_id), None)
        p.itemTitleLabel.setText(f"{item.name} · {item.stock} {item.unit}" if item else "")
        self.lots.set_rows(consumable_items.list_lots(db, actor, item_id, today))
        self.movements.set_rows(consumable_stock.list_movements(db, actor, item_id, limit=100))
        p.lotsView.resizeColumnsToContents()
        p.movementsView.resizeColumnsToContents()

    def _show_day(self, day: dt.date | None) -> None:
        p = self.panel
        if day is None:
            p.dayInfoLabel.setText("")
            return
        p.calendar.blockSignals(True)
        p.calendar.setSelectedDate(qdate(day))
        p.calendar.blockSignals(False)
        row = next((r for r in self.day_rows() if r.day == day), None)
        if row is None:
            p.dayInfoLabel.setText("")
            return
        lines = [f"<b>{day.isoformat()} {_html(weekday(day.weekday()))}</b>", word(row.state)]
        if row.facts:
            f = row.facts
            lines.append(
                self.tr("Open %1–%2, on duty: %3")
                .replace("%1", _date(f.opened_at))
                .replace("%2", _date(f.closed_at))
                .replace("%3", f.duty_person)
            )
            if f.cleaned:
                lines.append(self.tr("Cleaned by %1").replace("%1", f.cleaned_by))
            if f.disinfected:
                lines.append(self.tr("Disinfected: %1").replace("%1", _disinfection(row)))
        p.dayInfoLabel.setText("<br>".join(_html(x) if i else x for i, x in enumerate(lines)))

    def consumables_rows(self) -> list[ConsumableRow]:
        return [self.consumables.row_at(n) for n in range(self.consumables.rowCount())]

    def day_rows(self) -> list[DayRow]:
        return [self.days.row_at(n) for n in range(self.days.rowCount())]

    def _calendar_clicked(self, date: QDate) -> None:
        day = pydate(date)
        self.selected[ROOM] = day
        if (day.year, day.month) != self.month:
            self.month = (day.year, day.month)
            self.reload()
        else:
            self.select_id(day)

    def _month_changed(self, year: int, month: int) -> None:
        if (year, month) != self.month:
            self.month = (year, month)
            self.selected.pop(ROOM, None)
            self.reload()

    def _double_clicked(self) -> None:
        view = self.view()
        if view == DEVICES:
            self.edit_device()
        elif view == DUE:
            self.record_event()  # the upkeep list: record the maintenance that is due
        elif view == CONSUMABLES:
            self.edit_item()
        else:
            self.record_day()

    # --- the scanner -------------------------------------------------------------------------

    def scan(self) -> None:
        """An asset no. typed (or scanned) + Enter: jump to that device and select it."""
        text = self.ui.searchEdit.text().strip()
        if not text:
            return
        device_id = equipment_register.find_by_asset_no(self.context.db, self.context.actor, text)
        if device_id is None:
            self.say(self.tr("No device has the asset no. “%1”.").replace("%1", text), RED)
            self.ui.searchEdit.selectAll()  # the next scan replaces it
            return
        self._search_timer.stop()
        self.ui.searchEdit.blockSignals(True)
        self.ui.searchEdit.clear()  # ready for the next scan, the full list shown
        self.ui.searchEdit.blockSignals(False)
        self.selected[DEVICES] = device_id
        combo = self.ui.filterCombo
        combo.blockSignals(True)
        combo.setCurrentIndex(combo.findData(DEVICES))
        combo.blockSignals(False)
        self.reload()
        self.select_id(device_id)
        row = next(
            (self.devices.row_at(n) for n in range(self.devices.rowCount())
             if self.devices.row_at(n).id == device_id),
            None,
        )  # fmt: skip
        if row is not None:
            self.say(self.tr("Found %1 %2").replace("%1", row.asset_no).replace("%2", row.name))
        self.ui.searchEdit.setFocus()

    # --- actions -----------------------------------------------------------------------------

    def _open(self, dialog: QDialog, done: Callable[[], str]) -> None:
        """Open a dialog without blocking; on Save reload and say what was recorded."""
        self.dialog = dialog

        def accepted() -> None:
            text = done()
            self.reload()
            self.say(text)

        dialog.accepted.connect(accepted)
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        dialog.open()

    def current_device(self) -> DeviceRow | None:
        device_id = self.selected_id() if self.view() in (DEVICES, DUE) else None
        if device_id is None:
            self.say(self.tr("Choose a device in the list first."), RED)
            return None
        return equipment_register.get_device(
            self.context.db, self.context.actor, int(device_id), self.context.today()
        ).device

    def register_device(self) -> None:
        dialog = DeviceDialog(self.context, self)

        def done() -> str:
            assert dialog.saved is not None
            self.selected[DEVICES] = dialog.saved.id
            return self.tr("Registered %1.").replace("%1", dialog.saved.asset_no)

        self._open(dialog, done)

    def edit_device(self) -> None:
        device = self.current_device()
        if device is None:
            return
        dialog = DeviceDialog(self.context, self, device)

        def done() -> str:
            return self.tr("Details of %1 saved.").replace("%1", device.asset_no)

        self._open(dialog, done)

    def selected_device_ids(self) -> list[int]:
        """The devices selected in the list, top to bottom (none outside the device views)."""
        if self.view() not in (DEVICES, DUE):
            return []
        rows = sorted(i.row() for i in self.ui.tableView.selectionModel().selectedRows())
        model = self.ui.tableView.model()
        ids = [int(model.index(r, 0).data(Qt.ItemDataRole.UserRole)) for r in rows]
        return list(dict.fromkeys(ids))

    def record_event(self, kind: Any = None) -> None:
        device = self.current_device()
        if device is None:
            return
        if not lifecycle.allowed_events(device.status):
            error = RuleError("no_events_possible", "kind", status=device.status.value)
            self.say(message(error), RED)
            return
        dialog = DeviceEventDialog(self.context, device, kind, self)

        def done() -> str:
            assert dialog.saved is not None
            return (
                self.tr("Recorded: %1, %2")
                .replace("%1", word(dialog.saved.kind))
                .replace("%2", device.asset_no)
            )

        self._open(dialog, done)

    def replace_device(self) -> None:
        device = self.current_device()
        if device is None:
            return
        try:  # say at once why a device in service cannot be replaced
            lifecycle.status_after(device.status, lifecycle.E.REPLACED)
        except RuleError as error:
            self.say(message(error), RED)
            return
        dialog = ReplacementDialog(self.context, device, self)

        def done() -> str:
            assert dialog.saved is not None
            self.selected[DEVICES] = dialog.saved.id
            return (
                self.tr("%1 replaced by %2.")
                .replace("%1", device.asset_no)
                .replace("%2", dialog.saved.asset_no)
            )

        self._open(dialog, done)

    def new_item(self) -> None:
        dialog = ConsumableDialog(self.context, self)

        def done() -> str:
            assert dialog.saved is not None
            self.selected[CONSUMABLES] = dialog.saved.id
            return self.tr("Added %1.").replace("%1", dialog.saved.name)

        self._open(dialog, done)

    def current_item(self) -> ConsumableRow | None:
        item_id = self.selected_id() if self.view() == CONSUMABLES else None
        item = next((r for r in self.consumables_rows() if r.id == item_id), None)
        if item is None:
            self.say(self.tr("Choose an item in the list first."), RED)
        return item

    def edit_item(self) -> None:
        item = self.current_item()
        if item is None:
            return
        dialog = ConsumableDialog(self.context, self, item)

        def done() -> str:
            assert dialog.saved is not None
            return self.tr("%1 saved.").replace("%1", dialog.saved.name)

        self._open(dialog, done)

    def choose_per_reading(self) -> None:
        dialog = PerReadingDialog(self.context, self)

        def done() -> str:
            if not dialog.saved:
                return self.tr("Nothing changed.")
            return self.tr("Saved: the usage register uses these consumables from now on.")

        self._open(dialog, done)

    def move_stock(self, kind: StockMovementKind) -> None:
        item = self.current_item()
        if item is None:
            return
        dialog = StockMovementDialog(self.context, item, kind, self)

        def done() -> str:
            return (
                self.tr("%1: %2 now in stock.")
                .replace("%1", item.name)
                .replace("%2", f"{dialog.stock_after} {item.unit}")
            )

        self._open(dialog, done)

    def record_day(self) -> None:
        day = pydate(self.panel.calendar.selectedDate())
        if day > self.context.today():
            self.say(self.tr("That day has not come yet."), RED)
            return
        dialog = DayLogDialog(self.context, day, self)

        def done() -> str:
            self.selected[ROOM] = day
            return self.tr("Day log of %1 saved.").replace("%1", day.isoformat())

        self._open(dialog, done)

    # --- printouts ---------------------------------------------------------------------------

    def ask_save_path(self, title: str, name: str, filters: str) -> Path | None:
        settings = QSettings()
        folder = str(settings.value("equipment/report_folder", "") or Path.home())
        chosen, _filter = QFileDialog.getSaveFileName(
            self, title, str(Path(folder) / name), filters
        )
        if not chosen:
            return None
        path = Path(chosen)
        settings.setValue("equipment/report_folder", str(path.parent))
        return path

    def _language(self) -> ReportLanguage:
        english = QLocale().language() == QLocale.Language.English
        return ReportLanguage.EN if english else ReportLanguage.ZH

    def print_ledger(self) -> None:
        filters = self.tr("PDF (*.pdf);;Excel workbook (*.xlsx)")
        path = self.ask_save_path(self.tr("Save the equipment ledger"), "设备台账.pdf", filters)
        if path is not None:
            self.generate_ledger(path)

    def generate_ledger(self, path: Path) -> None:
        db, actor, today, language = (
            self.context.db, self.context.actor, self.context.today(), self._language()
        )  # fmt: skip

        def job(progress: Progress) -> Path:
            progress(5, "data")
            data = ledger_data(db, actor, today)
            if path.suffix.lower() == ".xlsx":
                return equipment_ledger.write_xlsx(path, data, language)
            return equipment_ledger.write_pdf(path, data, language, progress)

        self._run(self.tr("Equipment ledger"), job)

    def print_labels(self) -> None:
        """Choose the devices, the paper and the first free label, then where to save."""
        db, actor = self.context.db, self.context.actor
        in_room = len(label_data(db, actor)[1])
        dialog = AssetLabelsDialog(self.selected_device_ids(), in_room, self)
        self.dialog = dialog

        def accepted() -> None:
            assert dialog.choice is not None
            path = self.ask_save_path(
                self.tr("Save the asset labels"), "设备资产标签.pdf", self.tr("PDF (*.pdf)")
            )
            if path is not None:
                self.generate_labels(path, dialog.choice)

        dialog.accepted.connect(accepted)
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        dialog.open()

    def generate_labels(self, path: Path, choice: LabelChoice | None = None) -> None:
        db, actor, language = self.context.db, self.context.actor, self._language()
        ids = list(choice.device_ids) if choice and choice.device_ids is not None else None
        paper = asset_labels.PAPERS[choice.paper] if choice else asset_labels.A4_24
        skip = choice.skip if choice else 0

        def job(progress: Progress) -> Path:
            progress(10, "data")
            site, labels = label_data(db, actor, ids)
            return asset_labels.write_pdf(path, labels, site, paper, skip, language=language)

        self._run(self.tr("Asset labels"), job, (lambda: remember(choice)) if choice else None)

    def print_stock_sheet(self) -> None:
        path = self.ask_save_path(
            self.tr("Save the stock sheet"), "日常消耗品库存表.pdf", self.tr("PDF (*.pdf)")
        )
        if path is not None:
            self.generate_stock_sheet(path)

    def generate_stock_sheet(self, path: Path) -> None:
        db, actor, today, language = (
            self.context.db, self.context.actor, self.context.today(), self._language()
        )  # fmt: skip

        def job(progress: Progress) -> Path:
            progress(10, "data")
            data = consumables_stock.stock_sheet_data(db, actor, today)
            return consumables_stock.write_pdf(path, data, language)

        self._run(self.tr("Stock sheet"), job)

    def _run(
        self, title: str, job: Callable[[Progress], Path], then: Callable[[], None] | None = None
    ) -> None:
        def done(result: object) -> None:
            assert isinstance(result, Path)
            self.last_report = result
            if then is not None:
                then()
            self.say(self.tr("Saved %1").replace("%1", str(result)))
            self.open_file(result)

        def failed(error: BaseException) -> None:
            if isinstance(error, OutputError):
                reasons = {
                    "no_space": self.tr("the disk is full"),
                    "not_writable": self.tr("the folder is read-only or the file is open"),
                    "folder_missing": self.tr("the folder does not exist"),
                }
                why = reasons.get(error.reason, self.tr("the file could not be written"))
                self.say(
                    self.tr("Could not save %1: %2. Choose another place.")
                    .replace("%1", str(error.path))
                    .replace("%2", why),
                    RED,
                )
            else:
                show_unexpected(error)

        run_with_progress(self, title, job, done, failed, describe=lambda _m: title)


def _matches(search: str, *texts: str) -> bool:
    needle = search.strip().casefold()
    return not needle or any(needle in t.casefold() for t in texts)


def _date(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    return str(value)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
