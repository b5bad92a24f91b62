"""设备与消耗品: the equipment register, the upkeep due, the consumables and the room's day log.

One page, four views chosen by the tabs along its top (one click to the room's day log),
sharing the list on the left and a details pane on the right. The device views live here; the
consumables (ConsumablesPanel), the room upkeep (RoomUpkeepPanel) and the printouts
(EquipmentPrintouts) have their own modules.
Devices change only through events; their description is corrected in the device dialog.
A keyboard-wedge scanner typing an asset no. and Enter into the search box selects that device.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QSizePolicy,
    QTabBar,
    QTableView,
    QWidget,
)

from app.catalogue.codes import DeviceStatus, Funding, Tone, tone
from app.catalogue.language import COLON
from app.domain import lifecycle
from app.domain.readings import ReadingType
from app.domain.rule_error import RuleError
from app.services import equipment_register, equipment_upkeep
from app.services.equipment_rows import DeviceEventRow, DeviceRow
from app.services.equipment_upkeep import UpkeepDueRow
from app.ui import column_fit
from app.ui.context import AppContext
from app.ui.dialogs.equipment.device_dialog import DeviceDialog
from app.ui.dialogs.equipment.device_event_dialog import DeviceEventDialog
from app.ui.dialogs.equipment.replacement_dialog import ReplacementDialog
from app.ui.forms.ui_equipment_panel import Ui_EquipmentPanel
from app.ui.i18n import QT_TRANSLATE_NOOP, bracketed, catalogue_language, joined, word, words
from app.ui.models.row_table_model import Column, RowTableModel, toned_html
from app.ui.pages.consumables_panel import CONSUMABLES, ConsumablesPanel
from app.ui.pages.equipment_messages import AMBER, GREEN, RED, html, message, shown
from app.ui.pages.equipment_printouts import EquipmentPrintouts
from app.ui.pages.list_page import ListPage
from app.ui.pages.room_upkeep_panel import ROOM, RoomUpkeepPanel

C = "EquipmentPage"
DEVICES, DUE = "devices", "due"
__all__ = ["CONSUMABLES", "DEVICES", "DUE", "ROOM", "EquipmentPage"]


def status_reason(status: DeviceStatus, since: dt.date | None, note: str) -> str:
    """Why a device is not in service: "since 2026-03-02: screen cracked" (empty in service)."""
    if tone(status) is Tone.PLAIN:
        return ""
    text = (
        QCoreApplication.translate("EquipmentPage", "since %1").replace("%1", since.isoformat())
        if since
        else ""
    )
    if note.strip():
        text = f"{text}{COLON.in_(catalogue_language())}{note.strip()}" if text else note.strip()
    return text


DEVICE_COLUMNS: list[Column[DeviceRow]] = [
    Column(QT_TRANSLATE_NOOP("EquipmentPage", "Asset no."), lambda r: r.asset_no),
    Column(QT_TRANSLATE_NOOP("EquipmentPage", "Name"), lambda r: r.name),
    # The status beside the name, in its tone, its reason on hover and in the details.
    Column(
        QT_TRANSLATE_NOOP("EquipmentPage", "Status"),
        lambda r: word(r.status),
        tone=lambda r: tone(r.status),
        tip=lambda r: status_reason(r.status, r.status_since, r.status_note),
    ),
    Column(QT_TRANSLATE_NOOP("EquipmentPage", "Category"), lambda r: word(r.category)),
    Column(QT_TRANSLATE_NOOP("EquipmentPage", "Brand"), lambda r: r.brand),
    Column(QT_TRANSLATE_NOOP("EquipmentPage", "Model"), lambda r: r.model),
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

HISTORY_COLUMNS: list[Column[DeviceEventRow]] = [
    Column(QT_TRANSLATE_NOOP("EquipmentPage", "Date"), lambda r: r.on_date),
    Column(
        QT_TRANSLATE_NOOP("EquipmentPage", "Event"),
        lambda r: word(r.kind),
        tone=lambda r: tone(r.kind),
    ),
    # The note (why it was damaged, what was repaired) before the figures: seen unscrolled.
    Column(QT_TRANSLATE_NOOP("EquipmentPage", "Note"), lambda r: r.note),
    Column(QT_TRANSLATE_NOOP("EquipmentPage", "Next due"), lambda r: r.next_due),
    Column(QT_TRANSLATE_NOOP("EquipmentPage", "Cost"), lambda r: r.cost, align_right=True),
    Column(QT_TRANSLATE_NOOP("EquipmentPage", "Paid by"), lambda r: r.paid_by),
    Column(QT_TRANSLATE_NOOP("EquipmentPage", "Related device"), lambda r: r.related_asset_no),
]


DETAILS_LEAST = 300  # px the details beside the consumables list keep (their tables scroll)


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
        self._shared_for = DEVICES  # the view the splitter's share was last set for
        # The details are as narrow as the view's own allow (the day log's calendar is wider
        # than the stock's tables): a stack otherwise keeps the widest page's minimum.
        self.panel.detailStack.currentChanged.connect(lambda _i: self._least_of_the_shown())
        self._least_of_the_shown()
        self.panel.splitter.installEventFilter(self)  # its share follows the window's width
        self.panel.panelLayout.setStretchFactor(self.panel.splitter, 1)  # labels keep their height
        self.ui.pageLayout.addWidget(host, 1)
        # The views are first-rank tabs under the title; the filter box behind them stays the
        # page's record of the view chosen (ListPage reloads on its change), hidden.
        self.tabs = QTabBar(self)
        self.tabs.setObjectName("viewTabs")
        self.tabs.setExpanding(False)
        self.tabs.setDocumentMode(True)
        self.ui.pageLayout.insertWidget(1, self.tabs)
        self.ui.filterCombo.hide()

        self.devices: RowTableModel[DeviceRow] = RowTableModel(DEVICE_COLUMNS, C)
        self.due: RowTableModel[UpkeepDueRow] = RowTableModel(DUE_COLUMNS, C)
        self.history: RowTableModel[DeviceEventRow] = RowTableModel(HISTORY_COLUMNS, C)
        self.panel.historyView.setModel(self.history)
        self.selected: dict[str, Any] = {}  # view -> id of the selected row
        self.dialog: QDialog | None = None  # the dialog open now (tests reach it here)
        self.stock = ConsumablesPanel(self)
        self.room = RoomUpkeepPanel(self)
        self.printouts = EquipmentPrintouts(self)

        p = self.panel
        p.registerButton.clicked.connect(self.register_device)
        p.editDeviceButton.clicked.connect(self.edit_device)
        p.eventButton.clicked.connect(lambda: self.record_event())
        p.replaceButton.clicked.connect(self.replace_device)
        self.ui.tableView.doubleClicked.connect(lambda _i: self._double_clicked())
        self.tabs.currentChanged.connect(self.ui.filterCombo.setCurrentIndex)
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
        combo = self.ui.filterCombo
        self.tabs.blockSignals(True)
        while self.tabs.count() < combo.count():
            self.tabs.addTab("")
        for index in range(combo.count()):
            self.tabs.setTabText(index, combo.itemText(index))
            self.tabs.setTabData(index, combo.itemData(index))
        self.tabs.setCurrentIndex(combo.currentIndex())
        self.tabs.blockSignals(False)
        self._search_hint()
        self.panel.retranslateUi(self.panel.splitter.parentWidget())
        for model in (self.devices, self.due, self.history):
            model.retranslate()
        self.stock.retranslate()
        self.room.retranslate()

    def show_model(self, model: RowTableModel[Any]) -> None:
        """Put the view's model in the shared list."""
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
        if self.tabs.currentIndex() != self.ui.filterCombo.currentIndex():  # chosen in code
            self.tabs.blockSignals(True)
            self.tabs.setCurrentIndex(self.ui.filterCombo.currentIndex())
            self.tabs.blockSignals(False)
        p = self.panel
        pages = {DEVICES: 0, DUE: 0, CONSUMABLES: 1, ROOM: 2}
        p.actionStack.setCurrentIndex(pages[view])
        p.detailStack.setCurrentIndex(pages[view])
        if view == DEVICES:
            self.devices.set_rows(equipment_register.list_devices(db, actor, today, search))
            self.show_model(self.devices)
            self._device_warning()
        elif view == DUE:
            rows = equipment_upkeep.upkeep_due(db, actor, today)
            self.due.set_rows([r for r in rows if _matches(search, r.asset_no, r.name)])
            self.show_model(self.due)
            self._device_warning()
        elif view == CONSUMABLES:
            self.stock.load(search)
        else:
            self.room.load()
        self._search_hint()
        # Hidden once the list holds the view's rows: the focus it had moves to the list, whose
        # current row is then the view's own (not a device's id taken for a day).
        self.ui.searchEdit.setVisible(view != ROOM)
        model = self.ui.tableView.model()
        self.show_count(model.rowCount())
        self.fit_columns()
        self._reselect()

    def fit_columns(self) -> None:
        self._share_the_width()
        super().fit_columns()

    def _share_the_width(self) -> None:
        """The consumables list takes the width its columns need from the details beside it
        (they keep DETAILS_LEAST): at 1200 px its last column, 类别, was behind a sideways
        scroll. The device register has more columns than a laptop shows: back on its views
        the list has 3/5 again (then as the person drags it)."""
        splitter = self.panel.splitter
        total = sum(splitter.sizes())
        view, before = self.view(), self._shared_for
        self._shared_for = view
        if total <= 0 or (view != CONSUMABLES and before != CONSUMABLES):
            return
        share = total * 3 // 5
        if view == CONSUMABLES:
            need = column_fit.content_width(self.ui.tableView)
            share = min(max(need, share), total - DETAILS_LEAST)
        if splitter.sizes()[0] != share:
            splitter.setSizes([share, total - share])

    def _least_of_the_shown(self) -> None:
        stack = self.panel.detailStack
        for index in range(stack.count()):
            shown = index == stack.currentIndex()
            policy = QSizePolicy.Policy.Preferred if shown else QSizePolicy.Policy.Ignored
            stack.widget(index).setSizePolicy(policy, policy)
        stack.updateGeometry()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.panel.splitter and event.type() == QEvent.Type.Resize:
            QTimer.singleShot(0, self, self._share_the_width)  # once it has shared its width
        return super().eventFilter(watched, event)

    def _search_hint(self) -> None:
        """The consumables are searched by name; the devices also by a scanned asset no."""
        self.set_search_hint(
            self.tr("Search items…")
            if self.view() == CONSUMABLES
            else self.tr("Search, or scan an asset no.…")
        )

    def _device_warning(self) -> None:
        db, actor, today = self.context.db, self.context.actor, self.context.today()
        overdue = equipment_upkeep.overdue_upkeep(db, actor, today)
        broken = [r for r in equipment_register.list_devices(db, actor, today) if not r.intact]
        texts = []
        if overdue:
            texts.append(self.tr("%n upkeep item(s) overdue", "", len(overdue)))
        if broken:
            texts.append(self.tr("%n device(s) damaged, lost or under repair", "", len(broken)))
        self.warn(joined(texts), AMBER)

    def warn(self, text: str, colour: str) -> None:
        """The standing warning of the view (overdue upkeep, low stock, missing day logs)."""
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
            wanted = self.room.selected_day()
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
            self.stock.show_item(row_id)
        else:
            self.room.show_day(row_id)

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
        status = DeviceStatus(d.status)
        reason = status_reason(status, d.status_since, d.status_note)
        facts = [
            (self.tr("Brand / model"), f"{d.brand} {d.model}".strip()),
            (self.tr("Serial no."), d.serial_no),
            (self.tr("Purchased"), d.purchase_date.isoformat() if d.purchase_date else ""),
            (self.tr("Price"), f"{d.price:,.2f}" if d.price is not None else ""),
            (self.tr("Funding"), word(Funding(d.funding))),
            (self.tr("Readings"), words(ReadingType(r) for r in d.readings)),
            (self.tr("Next maintenance"), shown(d.next_maintenance)),
            (self.tr("Next calibration"), shown(d.next_calibration)),
        ]
        if d.replaces_asset_no:
            facts.append((self.tr("Replaces"), d.replaces_asset_no))
        if d.replaced_by_asset_no:
            facts.append((self.tr("Replaced by"), d.replaced_by_asset_no))
        colon = COLON.in_(catalogue_language())
        # The status first, in its tone, with why (the reason is never behind a scroll).
        shown_status = bracketed(word(status), reason) if reason else word(status)
        status_html = toned_html(html(shown_status), tone(status))
        lines = [f"<b>{html(self.tr('Status'))}</b>{colon}{status_html}"]
        lines += [f"<b>{html(k)}</b>{colon}{html(v)}" for k, v in facts if v]
        p.deviceInfoLabel.setText("<br>".join(lines))
        self.history.set_rows(list(reversed(detail.events)))
        column_fit.fit_columns(p.historyView)

    def _double_clicked(self) -> None:
        view = self.view()
        if view == DEVICES:
            self.edit_device()
        elif view == DUE:
            self.record_event()  # the upkeep list: record the maintenance that is due
        elif view == CONSUMABLES:
            self.stock.edit_item()
        else:
            self.room.record_day()

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

    def open_dialog(self, dialog: QDialog, done: Callable[[], str]) -> None:
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

        self.open_dialog(dialog, done)

    def edit_device(self) -> None:
        device = self.current_device()
        if device is None:
            return
        dialog = DeviceDialog(self.context, self, device)

        def done() -> str:
            return self.tr("Details of %1 saved.").replace("%1", device.asset_no)

        self.open_dialog(dialog, done)

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

        self.open_dialog(dialog, done)

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

        self.open_dialog(dialog, done)


def _matches(search: str, *texts: str) -> bool:
    needle = search.strip().casefold()
    return not needle or any(needle in t.casefold() for t in texts)
