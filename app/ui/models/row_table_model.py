"""A read-only table model over a list of DTO rows, described by columns."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from app.catalogue.codes import Tone

RowT = TypeVar("RowT")
Index = QModelIndex | QPersistentModelIndex
# The catalogue's tones in colour: one rule for every list, detail pane and dialog.
TONE_COLOURS: dict[Tone, str | None] = {
    Tone.PLAIN: None,
    Tone.ALERT: "#c62828",
    Tone.PAST: "#757575",
}
ALERT = QColor(TONE_COLOURS[Tone.ALERT])


def toned_html(text: str, tone: Tone) -> str:
    """`text` (already HTML-escaped) in its tone's colour, bold when it needs action."""
    colour = TONE_COLOURS[tone]
    if colour is None:
        return text
    weight = "font-weight:bold; " if tone is Tone.ALERT else ""
    return f'<span style="{weight}color:{colour}">{text}</span>'


@dataclass(frozen=True)
class Column(Generic[RowT]):
    """A column: its header (English source, translated in `context`) and how to show a row."""

    header: str
    value: Callable[[RowT], object]
    alert: Callable[[RowT], bool] | None = None  # shown in red (abnormal, overdue, low)
    align_right: bool = False
    tone: Callable[[RowT], Tone] | None = None  # a status's colour (the catalogue's tone)
    tip: Callable[[RowT], str] | None = None  # the hover text, if more than the cell (a reason)


def display(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "✓" if value else ""
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


class RowTableModel(QAbstractTableModel, Generic[RowT]):
    """Rows are frozen DTOs; the record id is under Qt.UserRole."""

    def __init__(
        self,
        columns: Sequence[Column[RowT]],
        context: str,
        row_id: Callable[[RowT], object] = lambda row: getattr(row, "id", None),
    ) -> None:
        super().__init__()
        self._columns = list(columns)
        self._context = context
        self._row_id = row_id
        self._rows: list[RowT] = []

    def set_rows(self, rows: Sequence[RowT]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> RowT:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return display(column.value(row))
        if role == Qt.ItemDataRole.ToolTipRole:
            # A cell cut off by a narrow column (a file name, a hash) shows in full on hover.
            return (column.tip(row) if column.tip else "") or display(column.value(row)) or None
        if role == Qt.ItemDataRole.UserRole:
            return self._row_id(row)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column.tone is not None:
                colour = TONE_COLOURS[column.tone(row)]
                return QBrush(QColor(colour)) if colour else None
            if column.alert and column.alert(row):
                return QBrush(ALERT)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._columns):
            return QCoreApplication.translate(self._context, self._columns[section].header)
        return None

    def retranslate(self) -> None:
        if self._columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(self._columns) - 1)
            )
