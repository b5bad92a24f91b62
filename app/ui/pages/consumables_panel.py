"""The Equipment page's consumables view (日常消耗品): items with their stock and warnings,
the selected item's lots and movements, and the stock actions.

The stock changes only by receiving, using or discarding; an item's description is corrected
in its own dialog, and which item each reading type uses is chosen in another.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from app.catalogue.codes import StockMovementKind
from app.catalogue.reports import ReportKey
from app.domain.stock import ExpiryState
from app.reports.request import ReportRequest, write_report
from app.services import consumable_items, consumable_stock
from app.services.consumable_items import ConsumableRow, LotRow
from app.services.consumable_stock import MovementRow
from app.ui import column_fit
from app.ui.dialogs.equipment.consumable_dialog import ConsumableDialog
from app.ui.dialogs.equipment.per_reading_dialog import PerReadingDialog
from app.ui.dialogs.equipment.stock_movement_dialog import StockMovementDialog
from app.ui.i18n import QT_TRANSLATE_NOOP, joined, listed, word
from app.ui.models.row_table_model import Column, RowTableModel
from app.ui.pages.equipment_messages import AMBER, RED
from app.ui.tasks import Progress

if TYPE_CHECKING:
    from app.ui.pages.equipment_page import EquipmentPage

CONSUMABLES = "consumables"
C = "EquipmentPage"  # the column headers keep the page's translation context


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
    return joined(words)


CONSUMABLE_COLUMNS: list[Column[ConsumableRow]] = [
    Column(QT_TRANSLATE_NOOP("EquipmentPage", "Item"), lambda r: r.name),
    # The warning beside the name and the category last: the list shares the page with the
    # lots, and on a laptop its last column sits behind a sideways scroll.
    Column(QT_TRANSLATE_NOOP("EquipmentPage", "Warning"), _stock_warning, alert=lambda r: True),
    Column(QT_TRANSLATE_NOOP("EquipmentPage", "Stock"), lambda r: r.stock, alert=lambda r: r.low,
           align_right=True),
    Column(QT_TRANSLATE_NOOP("EquipmentPage", "Minimum"), lambda r: r.min_stock, align_right=True),
    Column(QT_TRANSLATE_NOOP("EquipmentPage", "Unit"), lambda r: r.unit),
    Column(
        QT_TRANSLATE_NOOP("EquipmentPage", "Next expiry"),
        lambda r: r.next_expiry,
        alert=lambda r: bool(r.expiring_quantity or r.expired_quantity),
    ),
    Column(QT_TRANSLATE_NOOP("EquipmentPage", "Category"), lambda r: word(r.category)),
]  # fmt: skip

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


class ConsumablesPanel(QObject):
    def __init__(self, page: EquipmentPage) -> None:
        super().__init__(page)
        self.page = page
        self.items: RowTableModel[ConsumableRow] = RowTableModel(CONSUMABLE_COLUMNS, C)
        self.lots: RowTableModel[LotRow] = RowTableModel(LOT_COLUMNS, C)
        self.movements: RowTableModel[MovementRow] = RowTableModel(MOVEMENT_COLUMNS, C)
        p = page.panel
        p.lotsView.setModel(self.lots)
        p.movementsView.setModel(self.movements)
        p.newItemButton.clicked.connect(self.new_item)
        p.editItemButton.clicked.connect(self.edit_item)
        p.perReadingButton.clicked.connect(self.choose_per_reading)
        p.receiveButton.clicked.connect(lambda: self.move_stock(StockMovementKind.RECEIVED))
        p.useButton.clicked.connect(lambda: self.move_stock(StockMovementKind.USED))
        p.discardButton.clicked.connect(lambda: self.move_stock(StockMovementKind.DISCARDED))
        p.stockSheetButton.clicked.connect(self.print_stock_sheet)

    def retranslate(self) -> None:
        for model in (self.items, self.lots, self.movements):
            model.retranslate()

    def rows(self) -> list[ConsumableRow]:
        return [self.items.row_at(n) for n in range(self.items.rowCount())]

    def load(self, search: str) -> None:
        page = self.page
        db, actor, today = page.context.db, page.context.actor, page.context.today()
        self.items.set_rows(consumable_items.list_items(db, actor, today, search))
        page.show_model(self.items)
        found = consumable_items.warnings(db, actor, today)
        texts = []
        if found.low:
            names = listed(r.name for r in found.low)
            texts.append(self.tr("Low stock: %1").replace("%1", names))
        if found.expiring:
            texts.append(self.tr("%n lot(s) expire within 30 days", "", len(found.expiring)))
        if found.expired:
            texts.append(self.tr("%n expired lot(s) to discard", "", len(found.expired)))
        page.warn(joined(texts), AMBER)

    def show_item(self, item_id: int | None) -> None:
        page = self.page
        p = page.panel
        if item_id is None:
            p.itemTitleLabel.setText(self.tr("Choose an item to see its lots and movements."))
            self.lots.set_rows([])
            self.movements.set_rows([])
            return
        db, actor, today = page.context.db, page.context.actor, page.context.today()
        item = next((r for r in self.rows() if r.id == item_id), None)
        p.itemTitleLabel.setText(f"{item.name} · {item.stock} {item.unit}" if item else "")
        self.lots.set_rows(consumable_items.list_lots(db, actor, item_id, today))
        self.movements.set_rows(consumable_stock.list_movements(db, actor, item_id, limit=100))
        column_fit.fit_columns(p.lotsView)
        column_fit.fit_columns(p.movementsView)

    def current_item(self) -> ConsumableRow | None:
        page = self.page
        item_id = page.selected_id() if page.view() == CONSUMABLES else None
        item = next((r for r in self.rows() if r.id == item_id), None)
        if item is None:
            page.say(self.tr("Choose an item in the list first."), RED)
        return item

    # --- actions -----------------------------------------------------------------------------

    def new_item(self) -> None:
        page = self.page
        dialog = ConsumableDialog(page.context, page)

        def done() -> str:
            assert dialog.saved is not None
            page.selected[CONSUMABLES] = dialog.saved.id
            return self.tr("Added %1.").replace("%1", dialog.saved.name)

        page.open_dialog(dialog, done)

    def edit_item(self) -> None:
        item = self.current_item()
        if item is None:
            return
        dialog = ConsumableDialog(self.page.context, self.page, item)

        def done() -> str:
            assert dialog.saved is not None
            return self.tr("%1 saved.").replace("%1", dialog.saved.name)

        self.page.open_dialog(dialog, done)

    def choose_per_reading(self) -> None:
        dialog = PerReadingDialog(self.page.context, self.page)

        def done() -> str:
            if not dialog.saved:
                return self.tr("Nothing changed.")
            return self.tr("Saved: the usage register uses these consumables from now on.")

        self.page.open_dialog(dialog, done)

    def move_stock(self, kind: StockMovementKind) -> None:
        item = self.current_item()
        if item is None:
            return
        dialog = StockMovementDialog(self.page.context, item, kind, self.page)

        def done() -> str:
            return (
                self.tr("%1: %2 now in stock.")
                .replace("%1", item.name)
                .replace("%2", f"{dialog.stock_after} {item.unit}")
            )

        self.page.open_dialog(dialog, done)

    # --- the stock sheet ---------------------------------------------------------------------

    def print_stock_sheet(self) -> None:
        path = self.page.printouts.ask_save_path(
            self.tr("Save the stock sheet"), "日常消耗品库存表.pdf", self.tr("PDF (*.pdf)")
        )
        if path is not None:
            self.generate_stock_sheet(path)

    def generate_stock_sheet(self, path: Path) -> None:
        page = self.page
        db, actor, today, language = (
            page.context.db, page.context.actor, page.context.today(), page.printouts.language()
        )  # fmt: skip

        def job(progress: Progress) -> Path:
            request = ReportRequest(path, language=language, as_of=today)
            return write_report(ReportKey.STOCK_SHEET, db, actor, request, progress)

        page.printouts.run_report(self.tr("Stock sheet"), job)
