"""What the site's and the county's inspection dialogs share: one form (date, inspectors, score,
findings, the rectification items with add and remove), its default deadline and its messages.
The site's dialog adds who inspected; the county's names the site inspected. Each saves through
its own service."""

from __future__ import annotations

import datetime as dt
from typing import Protocol, cast

from PySide6.QtCore import QAbstractTableModel, QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QWidget

from app.ui.forms.ui_inspection_dialog import Ui_InspectionDialog
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.qt_dates import qdate

DEFAULT_DEADLINE_DAYS = 30
SITE_ROW, BODY_ROW = 0, 2  # the form's rows only one of the two dialogs shows


NO_SCORE = QT_TRANSLATE_NOOP("InspectionFormDialog", "no score")
SAVE = QT_TRANSLATE_NOOP("InspectionFormDialog", "Save")
CANCEL = QT_TRANSLATE_NOOP("InspectionFormDialog", "Cancel")


def _tr(text: str) -> str:
    # The base class's own context, whichever dialog it serves (self.tr would use the
    # subclass's name, which lupdate does not know for these words).
    return QCoreApplication.translate("InspectionFormDialog", text)


class ItemsModel(Protocol):
    """The items table's model: the site's (who answers, closed on the page) or the county's
    (a done tick)."""

    def add(self, deadline: dt.date) -> int: ...
    def remove(self, row: int) -> None: ...


class InspectionFormDialog(QDialog):
    def __init__(self, items: QAbstractTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: ItemsModel = cast(ItemsModel, items)
        self.ui = Ui_InspectionDialog()
        self.ui.setupUi(self)
        self.ui.itemsTable.setModel(items)
        header = self.ui.itemsTable.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, items.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.ui.scoreSpin.setSpecialValueText(_tr(NO_SCORE))
        self.ui.addItemButton.clicked.connect(self.add_item)
        self.ui.removeItemButton.clicked.connect(self.remove_item)
        self.ui.inspectorsEdit.textChanged.connect(lambda _t: self.ui.errorLabel.clear())
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(_tr(SAVE))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(_tr(CANCEL))

    def set_date(self, day: dt.date) -> None:
        self.ui.dateEdit.setDate(qdate(day))

    def date(self) -> dt.date:
        value = self.ui.dateEdit.date().toPython()
        assert isinstance(value, dt.date)
        return value

    def score(self) -> float | None:
        value = self.ui.scoreSpin.value()
        return None if value < 0 else value

    def show_common(
        self, day: dt.date, inspectors: str, findings: str, score: float | None
    ) -> None:
        self.set_date(day)
        self.ui.inspectorsEdit.setText(inspectors)
        self.ui.findingsEdit.setPlainText(findings)
        self.ui.scoreSpin.setValue(-1 if score is None else score)

    def default_deadline(self) -> dt.date:
        return self.date() + dt.timedelta(days=DEFAULT_DEADLINE_DAYS)

    def add_item(self) -> None:
        row = self.rows.add(self.default_deadline())
        index = self.ui.itemsTable.model().index(row, 0)
        self.ui.itemsTable.setCurrentIndex(index)
        self.ui.itemsTable.edit(index)

    def remove_item(self) -> None:
        self.rows.remove(self.ui.itemsTable.currentIndex().row())

    def show_error(self, text: str, field: str) -> None:
        self.ui.errorLabel.setText(text)
        if field == "inspectors":
            self.ui.inspectorsEdit.setFocus()

    def save(self) -> None:
        """Through the dialog's own service; each dialog has its own."""
        raise NotImplementedError
