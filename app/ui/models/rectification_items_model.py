"""The rectification items of an inspection being edited: text, deadline, done — edited in
the table (the default delegate gives a date editor for the deadline)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QDate, QModelIndex, Qt

from app.services.county import STATUS_DONE, STATUS_OPEN, ItemInput
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.models.row_table_model import Index
from app.ui.qt_dates import qdate

TEXT, DEADLINE, DONE = range(3)
HEADERS = (
    QT_TRANSLATE_NOOP("RectificationItemsModel", "Rectification item"),
    QT_TRANSLATE_NOOP("RectificationItemsModel", "Deadline"),
    QT_TRANSLATE_NOOP("RectificationItemsModel", "Done"),
)


@dataclass
class EditedItem:
    description: str
    deadline: dt.date
    done: bool
    item_id: int | None = None


class RectificationItemsModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.items: list[EditedItem] = []

    def set_items(self, items: list[ItemInput], default_deadline: dt.date) -> None:
        self.beginResetModel()
        self.items = [
            EditedItem(
                i.description, i.deadline or default_deadline, i.status == STATUS_DONE, i.item_id
            )
            for i in items
        ]
        self.endResetModel()

    def add(self, deadline: dt.date) -> int:
        row = len(self.items)
        self.beginInsertRows(QModelIndex(), row, row)
        self.items.append(EditedItem("", deadline, False))
        self.endInsertRows()
        return row

    def remove(self, row: int) -> None:
        if 0 <= row < len(self.items):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.items[row]
            self.endRemoveRows()

    def values(self) -> tuple[ItemInput, ...]:
        return tuple(
            ItemInput(i.description, i.deadline, STATUS_DONE if i.done else STATUS_OPEN, i.item_id)
            for i in self.items
        )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == DONE:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item, column = self.items[index.row()], index.column()
        if column == TEXT and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return item.description
        if column == DEADLINE:
            if role == Qt.ItemDataRole.DisplayRole:
                return item.deadline.isoformat()
            if role == Qt.ItemDataRole.EditRole:
                return qdate(item.deadline)
        if column == DONE and role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if item.done else Qt.CheckState.Unchecked
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return False
        item, column = self.items[index.row()], index.column()
        if column == TEXT and role == Qt.ItemDataRole.EditRole:
            item.description = str(value)
        elif column == DEADLINE and role == Qt.ItemDataRole.EditRole and isinstance(value, QDate):
            item.deadline = value.toPython()  # type: ignore[assignment]
        elif column == DONE and role == Qt.ItemDataRole.CheckStateRole:
            item.done = Qt.CheckState(value) == Qt.CheckState.Checked
        else:
            return False
        self.dataChanged.emit(index, index, [role])
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(HEADERS)
        ):
            return QCoreApplication.translate("RectificationItemsModel", HEADERS[section])
        return None
