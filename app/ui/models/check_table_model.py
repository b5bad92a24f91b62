"""Row models with a tick box: a table of DTO rows whose first column can be ticked, and a list
of (id, text) choices. What a tick means is the owner's business (`on_toggle`): the sign-in
panel records the sign-in at once; an editor keeps the ticked ids until Save."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from app.ui.models.row_table_model import Column, RowTableModel

RowT = TypeVar("RowT")
Index = QModelIndex | QPersistentModelIndex


class CheckTableModel(RowTableModel[RowT]):
    """Column 0 shows a tick box from `checked(row)`; ticking calls `on_toggle(row, ticked)`,
    which returns the row as it is afterwards (or None when the change was refused)."""

    def __init__(
        self,
        columns: Sequence[Column[RowT]],
        context: str,
        checked: Callable[[RowT], bool],
        on_toggle: Callable[[RowT, bool], RowT | None],
    ) -> None:
        super().__init__(columns, context)
        self._checked = checked
        self._on_toggle = on_toggle

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.CheckStateRole and index.isValid() and index.column() == 0:
            row = self.row_at(index.row())
            return Qt.CheckState.Checked if self._checked(row) else Qt.CheckState.Unchecked
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or index.column() != 0:
            return False
        ticked = Qt.CheckState(value) == Qt.CheckState.Checked
        updated = self._on_toggle(self.row_at(index.row()), ticked)
        if updated is None:
            return False
        self.replace_row(index.row(), updated)
        return True

    def replace_row(self, row: int, value: RowT) -> None:
        self._rows[row] = value
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def toggle(self, row: int) -> bool:
        """Flip the tick of `row` (the keyboard and double-click way)."""
        index = self.index(row, 0)
        current = self._checked(self.row_at(row))
        target = Qt.CheckState.Unchecked if current else Qt.CheckState.Checked
        return self.setData(index, target.value, Qt.ItemDataRole.CheckStateRole)


class CheckListModel(QAbstractListModel):
    """Choices (id, text) with tick boxes; `checked_ids()` is what the user ticked."""

    def __init__(self) -> None:
        super().__init__()
        self._items: list[tuple[int, str]] = []
        self._checked: set[int] = set()

    def set_items(self, items: Iterable[tuple[int, str]], checked: Iterable[int] = ()) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._checked = set(checked)
        self.endResetModel()

    def checked_ids(self) -> tuple[int, ...]:
        return tuple(i for i, _ in self._items if i in self._checked)

    def set_checked(self, ids: Iterable[int]) -> None:
        self._checked = set(ids)
        if self._items:
            self.dataChanged.emit(self.index(0), self.index(len(self._items) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._items)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return super().flags(index)
        return super().flags(index) | Qt.ItemFlag.ItemIsUserCheckable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item_id, text = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == Qt.ItemDataRole.UserRole:
            return item_id
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if item_id in self._checked else Qt.CheckState.Unchecked
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        item_id = self._items[index.row()][0]
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self._checked.add(item_id)
        else:
            self._checked.discard(item_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True
