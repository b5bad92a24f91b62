"""The rectification items of a site's inspection being edited: what, who answers for it, by
when — edited in the table; a closed item shows its closure and is no longer edited here."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QDate, QModelIndex, Qt

from app.services.inspections import ItemInput, ItemRow
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.models.row_table_model import Index
from app.ui.qt_dates import qdate

TEXT, RESPONSIBLE, DEADLINE, STATE = range(4)
HEADERS = (
    QT_TRANSLATE_NOOP("InspectionItemsModel", "Rectification item"),
    QT_TRANSLATE_NOOP("InspectionItemsModel", "Responsible"),
    QT_TRANSLATE_NOOP("InspectionItemsModel", "Deadline"),
    QT_TRANSLATE_NOOP("InspectionItemsModel", "State"),
)


OPEN = QT_TRANSLATE_NOOP("InspectionItemsModel", "Open")
DONE_ON = QT_TRANSLATE_NOOP("InspectionItemsModel", "Done %1")


@dataclass
class EditedItem:
    description: str
    responsible: str
    deadline: dt.date
    item_id: int | None = None
    done_on: dt.date | None = None  # closed items keep their closure


def _tr(text: str) -> str:
    return QCoreApplication.translate("InspectionItemsModel", text)


class InspectionItemsModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.items: list[EditedItem] = []

    def set_items(self, items: tuple[ItemRow, ...], default_deadline: dt.date) -> None:
        self.beginResetModel()
        self.items = [
            EditedItem(i.description, i.responsible, i.deadline or default_deadline, i.id,
                       i.done_on if i.closed else None)
            for i in items
        ]  # fmt: skip
        self.endResetModel()

    def add(self, deadline: dt.date) -> int:
        row = len(self.items)
        self.beginInsertRows(QModelIndex(), row, row)
        self.items.append(EditedItem("", "", deadline))
        self.endInsertRows()
        return row

    def removable(self, row: int) -> bool:
        """A closed item is the record of work done: it stays."""
        return 0 <= row < len(self.items) and self.items[row].done_on is None

    def remove(self, row: int) -> None:
        if self.removable(row):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.items[row]
            self.endRemoveRows()

    def values(self) -> tuple[ItemInput, ...]:
        return tuple(
            ItemInput(i.description, i.responsible, i.deadline, i.item_id) for i in self.items
        )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == STATE or not 0 <= index.row() < len(self.items):
            return base
        if self.items[index.row()].done_on is not None:
            return base
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item, column = self.items[index.row()], index.column()
        shown = role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole)
        if column == TEXT and shown:
            return item.description
        if column == RESPONSIBLE and shown:
            return item.responsible
        if column == DEADLINE:
            if role == Qt.ItemDataRole.DisplayRole:
                return item.deadline.isoformat()
            if role == Qt.ItemDataRole.EditRole:
                return qdate(item.deadline)
        if column == STATE and role == Qt.ItemDataRole.DisplayRole:
            if item.done_on is None:
                return _tr(OPEN)
            return _tr(DONE_ON).replace("%1", item.done_on.isoformat())
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        if not Qt.ItemFlag.ItemIsEditable & self.flags(index):
            return False
        item, column = self.items[index.row()], index.column()
        if column == TEXT:
            item.description = str(value)
        elif column == RESPONSIBLE:
            item.responsible = str(value)
        elif column == DEADLINE and isinstance(value, QDate):
            item.deadline = value.toPython()  # type: ignore[assignment]
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
            return _tr(HEADERS[section])
        return None
