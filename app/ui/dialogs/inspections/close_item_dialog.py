"""Record a rectification item done: the day it was put right and what was done."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from app.services import inspections
from app.services.inspections import InspectionError, ItemRow
from app.ui.context import AppContext
from app.ui.forms.ui_close_item_dialog import Ui_CloseItemDialog
from app.ui.inspection_messages import error_text
from app.ui.qt_dates import qdate


class CloseItemDialog(QDialog):
    def __init__(self, context: AppContext, item: ItemRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.item = context, item
        self.saved: ItemRow | None = None
        self.ui = Ui_CloseItemDialog()
        self.ui.setupUi(self)
        self.ui.itemLabel.setText(item.description)
        today = context.today()
        self.ui.dateEdit.setDate(qdate(today))
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def save(self) -> None:
        done_on = self.ui.dateEdit.date().toPython()
        assert isinstance(done_on, dt.date)
        try:
            self.saved = inspections.close_item(
                self.context.db, self.context.actor, self.item.id, done_on,
                self.ui.noteEdit.toPlainText(), self.context.today(),
            )  # fmt: skip
        except InspectionError as error:
            self.ui.errorLabel.setText(error_text(error))
            return
        self.accept()
