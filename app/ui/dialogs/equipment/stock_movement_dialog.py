"""Receive, use or discard a consumable: one stock movement, never below zero."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.catalogue.codes import StockMovementKind, StockSource
from app.services import consumable_items, consumable_stock
from app.services.consumable_items import ConsumableRow
from app.services.consumable_stock import Outgoing, Receipt
from app.ui.context import AppContext
from app.ui.dialogs.common.record_dialog import RecordDialog, make_optional, optional_date, pydate
from app.ui.forms.ui_stock_movement_form import Ui_StockMovementForm
from app.ui.i18n import word
from app.ui.qt_dates import qdate

K = StockMovementKind


class StockMovementDialog(RecordDialog):
    def __init__(
        self,
        context: AppContext,
        item: ConsumableRow,
        kind: StockMovementKind,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context, self.item, self.kind = context, item, kind
        self.setWindowTitle(self.tr("Consumables — %1").replace("%1", word(kind)))
        self.form = Ui_StockMovementForm()
        self.form.setupUi(self.ui.formHost)
        f = self.form
        in_stock = self.tr("%1 %2 in stock").replace("%1", str(item.stock)).replace("%2", item.unit)
        f.itemLabel.setText(f"{item.name} · {in_stock}")
        f.quantitySpin.setSuffix(f" {item.unit}")
        today = context.today()
        f.dateEdit.setDate(qdate(today))
        f.dateEdit.setMaximumDate(qdate(today))
        receiving = kind is K.RECEIVED
        for widget in (f.sourceCombo, f.sourceComboLabel, f.lotNoEdit, f.lotNoEditLabel,
                       f.expiryEdit, f.expiryEditLabel):  # fmt: skip
            widget.setVisible(receiving)
        f.lotCombo.setVisible(not receiving)
        f.lotComboLabel.setVisible(not receiving)
        if receiving:
            self.ui.introLabel.setText(
                self.tr("The partner hospital replenishes the consumables every quarter.")
            )
            for source in StockSource:
                f.sourceCombo.addItem(word(source), source)
            make_optional(f.expiryEdit, None)
        else:
            self.ui.introLabel.setText(
                self.tr("Lots are used soonest expiry first unless you choose one.")
            )
            f.lotCombo.addItem(self.tr("Soonest expiry first"), None)
            for lot in consumable_items.list_lots(context.db, context.actor, item.id, today):
                expiry = lot.expiry.isoformat() if lot.expiry else "—"
                f.lotCombo.addItem(
                    f"{lot.lot_no or '—'} · {expiry} · {lot.quantity} {lot.unit} · "
                    f"{word(lot.state)}",
                    lot.id,
                )
            if kind is K.DISCARDED:  # discarding is mostly an expired lot: offer the first
                f.lotCombo.setCurrentIndex(min(1, f.lotCombo.count() - 1))
        f.quantitySpin.setValue(1)
        self.fields = {"quantity": f.quantitySpin, "on_date": f.dateEdit, "expiry": f.expiryEdit,
                       "lot_id": f.lotCombo}  # fmt: skip
        self.stock_after: int | None = None

    def submit(self) -> None:
        f = self.form
        db, actor, today = self.context.db, self.context.actor, self.context.today()
        on = pydate(f.dateEdit.date())
        if self.kind is K.RECEIVED:
            receipt = Receipt(
                consumable_id=self.item.id,
                quantity=f.quantitySpin.value(),
                on_date=on,
                source=StockSource(f.sourceCombo.currentData()),
                lot_no=f.lotNoEdit.text().strip(),
                expiry=optional_date(f.expiryEdit),
                note=f.noteEdit.text().strip(),
            )
            self.stock_after = consumable_stock.receive(db, actor, receipt, today)
        else:
            lot = f.lotCombo.currentData()
            out = Outgoing(
                consumable_id=self.item.id,
                kind=self.kind,
                quantity=f.quantitySpin.value(),
                on_date=on,
                lot_id=int(lot) if lot is not None else None,
                note=f.noteEdit.text().strip(),
            )
            self.stock_after = consumable_stock.take_out(db, actor, out, today)
