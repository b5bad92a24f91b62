"""The column-mapping step of an import: every column of the file with its heading, a few
sample values and the field it goes to (a drop-down, pre-filled by the guess, "Not imported"
to leave it out), and how sure the guess is. Changing a field emits `mappingChanged` with the
new mapping; the dialog checks the file again with it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.catalogue.import_preview import Confidence
from app.exchange.column_mapping import ColumnGuess, ColumnMapping
from app.exchange.spreadsheet import column_letter
from app.ui.i18n import QT_TRANSLATE_NOOP, joined, word

CONTEXT = "ColumnMapping"
Index = QModelIndex | QPersistentModelIndex
LETTER, HEADING, SAMPLES, FIELD, SURE = range(5)
HEADERS = (
    QT_TRANSLATE_NOOP("ColumnMapping", "Column"),
    QT_TRANSLATE_NOOP("ColumnMapping", "Heading in the file"),
    QT_TRANSLATE_NOOP("ColumnMapping", "First values"),
    QT_TRANSLATE_NOOP("ColumnMapping", "Imported as"),
    QT_TRANSLATE_NOOP("ColumnMapping", "How sure"),
)
NOT_IMPORTED = QT_TRANSLATE_NOOP("ColumnMapping", "Not imported")
GUESS = QColor("#e65100")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class ColumnMappingModel(QAbstractTableModel):
    """One row per column of the file; the field is edited under Qt.EditRole (its key)."""

    mappingChanged = Signal(object)  # ColumnMapping

    def __init__(self, field_label: Callable[[str], str]) -> None:
        super().__init__()
        self.field_label = field_label
        self.mapping: ColumnMapping | None = None
        self._rows: list[ColumnGuess] = []

    def set_mapping(self, mapping: ColumnMapping | None) -> None:
        self.beginResetModel()
        self.mapping = mapping
        self._rows = [c for c in mapping.columns if c.header or c.field] if mapping else []
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(HEADERS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.column() == FIELD else base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        column = self._rows[index.row()]
        if role == Qt.ItemDataRole.EditRole and index.column() == FIELD:
            return column.field or ""
        if role == Qt.ItemDataRole.UserRole:
            return column.index
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == SURE:
            return QBrush(GUESS) if column.confidence is Confidence.KEYWORD else None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if index.column() == LETTER:
            return column_letter(column.index)
        if index.column() == HEADING:
            return column.header
        if index.column() == SAMPLES:
            return joined(s.replace("\n", " ") for s in column.samples if s)
        if index.column() == FIELD:
            return self.field_label(column.field) if column.field else _tr(NOT_IMPORTED)
        if column.field is None:
            return ""
        return "" if column.confidence is Confidence.NONE else word(column.confidence)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if self.mapping is None or index.column() != FIELD or role != Qt.ItemDataRole.EditRole:
            return False
        column = self._rows[index.row()]
        chosen = str(value) or None
        if chosen == column.field:
            return False
        # Updated in place, not reset: the drop-down being used must outlive its own signal.
        self.mapping = self.mapping.with_field(column.index, chosen)
        self._rows = [c for c in self.mapping.columns if c.header or c.field]
        last = self.index(len(self._rows) - 1, len(HEADERS) - 1)
        self.dataChanged.emit(self.index(0, 0), last)
        self.mappingChanged.emit(self.mapping)
        return True


class FieldChoiceDelegate(QStyledItemDelegate):
    """A drop-down of the fields (and "Not imported") for the "Imported as" column."""

    def __init__(
        self, fields: Sequence[str], field_label: Callable[[str], str], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.fields = list(fields)
        self.field_label = field_label

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        box = QComboBox(parent)
        box.addItem(_tr(NOT_IMPORTED), "")
        for name in self.fields:
            box.addItem(self.field_label(name), name)
        # Commit as soon as a choice is made, not when the editor loses focus.
        box.activated.connect(lambda _i: self.commitData.emit(box))
        return box

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        position = editor.findData(index.data(Qt.ItemDataRole.EditRole) or "")
        editor.setCurrentIndex(max(position, 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class ColumnMappingView(QWidget):
    """The explanation, then the table of columns with a drop-down per column."""

    mappingChanged = Signal(object)  # ColumnMapping

    def __init__(
        self,
        fields: Sequence[str],
        field_label: Callable[[str], str],
        explanation: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = ColumnMappingModel(field_label)
        self.label = QLabel(explanation, self)
        self.label.setWordWrap(True)
        self.table = QTableView(self)
        self.table.setObjectName("mappingTable")
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(
            FIELD, FieldChoiceDelegate(fields, field_label, self.table)
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.resizeColumnsToContents()  # before a file is read: the headings whole
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.table)
        self.model.mappingChanged.connect(self._changed)
        self.model.modelReset.connect(self._open_editors)

    def set_mapping(self, mapping: ColumnMapping | None) -> None:
        self.model.set_mapping(mapping)
        self.table.resizeColumnsToContents()
        for column, low, high in ((HEADING, 120, 220), (SAMPLES, 120, 320), (FIELD, 170, 220)):
            width = self.table.columnWidth(column)
            self.table.setColumnWidth(column, min(max(width, low), high))

    def _open_editors(self) -> None:
        for row in range(self.model.rowCount()):
            self.table.openPersistentEditor(self.model.index(row, FIELD))

    def _changed(self, mapping: ColumnMapping) -> None:
        self.mappingChanged.emit(mapping)
