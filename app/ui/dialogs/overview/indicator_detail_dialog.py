"""The list behind an indicator: who has not come, which days were short, which lectures…"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from app.catalogue.codes import DeviceStatus, Tone, tone
from app.domain.indicators import Cell, DrillDown, IndicatorResult
from app.domain.ordering import natural_key
from app.ui import column_fit
from app.ui import indicator_text as words
from app.ui.forms.ui_indicator_detail_dialog import Ui_IndicatorDetailDialog
from app.ui.models.row_table_model import Column, RowTableModel


@dataclass(frozen=True)
class DrillRow:
    id: int | None
    cells: tuple[Cell, ...]


def drill_columns(drill: DrillDown) -> list[Column[DrillRow]]:
    def cell(index: int) -> Callable[[DrillRow], object]:
        column = drill.columns[index]
        if drill.columns[index].key == "target_group":  # no departments chosen: everyone
            return lambda row: (
                row.cells[index] or QCoreApplication.translate("Indicators", "All staff")
            )
        return lambda row: words.cell_text(column, row.cells[index])

    def status_tone(index: int) -> Callable[[DrillRow], Tone] | None:
        if drill.columns[index].key != "status":
            return None
        statuses = {s.value: s for s in DeviceStatus}  # the catalogue's colour for a status
        return lambda row: (
            tone(statuses[c]) if (c := str(row.cells[index])) in statuses else (Tone.PLAIN)
        )

    return [
        Column(words.COLUMNS.get(c.key, c.key), cell(i), align_right=c.kind.value in (
            "count", "rate", "hours"), tone=status_tone(i))
        for i, c in enumerate(drill.columns)
    ]  # fmt: skip


def drill_rows(drill: DrillDown) -> list[DrillRow]:
    ids = drill.ids or tuple(None for _ in drill.rows)
    return [DrillRow(i, row) for i, row in zip(ids, drill.rows, strict=True)]


class DrillSortProxy(QSortFilterProxyModel):
    """Sorts by the values themselves (numbers as numbers, dates as dates), not their text."""

    def __init__(self, model: RowTableModel[DrillRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows = model
        self.setSourceModel(model)

    def lessThan(
        self, left: QModelIndex | QPersistentModelIndex, right: QModelIndex | QPersistentModelIndex
    ) -> bool:
        a = self.rows.row_at(left.row()).cells[left.column()]
        b = self.rows.row_at(right.row()).cells[right.column()]
        if a is None or b is None:
            return a is None and b is not None
        if isinstance(a, str) and isinstance(b, str):
            return natural_key(a) < natural_key(b)  # 二车间 before 十车间
        if type(a) is type(b) or (isinstance(a, int | float) and isinstance(b, int | float)):
            return bool(a < b)  # type: ignore[operator]
        return str(a) < str(b)


class IndicatorDetailDialog(QDialog):
    """Shows an indicator's figure and its list; `open_row` handles a double-clicked row."""

    def __init__(
        self,
        heading: str,
        summary: str,
        list_title: str,
        drill: DrillDown,
        parent: QWidget | None = None,
        open_row: Callable[[int], object] | None = None,
        hint: str = "",
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_IndicatorDetailDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(heading)
        self.ui.headingLabel.setText(heading)
        self.ui.summaryLabel.setText(summary)
        self.ui.listLabel.setText(
            self.tr("%1 (%2)").replace("%1", list_title).replace("%2", str(len(drill)))
        )
        self.ui.hintLabel.setText(hint)
        self.ui.hintLabel.setVisible(bool(hint))
        self.model: RowTableModel[DrillRow] = RowTableModel(drill_columns(drill), "Indicators")
        self.model.set_rows(drill_rows(drill))
        self.proxy = DrillSortProxy(self.model, self)
        self.ui.tableView.setModel(self.proxy)
        self.ui.tableView.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        header = self.ui.tableView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        column_fit.fit_columns(self.ui.tableView)
        self._open_row = open_row
        if open_row is not None:
            self.ui.tableView.doubleClicked.connect(self._double_clicked)
        self.ui.buttonBox.rejected.connect(self.reject)

    def _double_clicked(self, index: QModelIndex) -> None:
        record = self.proxy.data(index, Qt.ItemDataRole.UserRole)
        if self._open_row is not None and isinstance(record, int):
            self._open_row(record)


def result_summary(result: IndicatorResult) -> str:
    """ "Q3 2026 · 79.3 % (233/294) · target ≥ 80 % · not met — 3 more staff …" """
    parts = [words.period_name(result.period), words.value_text(result)]
    if result.denominator:
        parts[-1] += f" ({result.numerator}/{result.denominator})"
    parts.append(
        QCoreApplication.translate("Indicators", "target %1").replace(
            "%1", words.target_text(result)
        )
    )
    state = words.state_text(result)
    gap = words.gap_text(result)
    parts.append(f"{state} — {gap}" if gap else state)
    text = " · ".join(parts)
    if result.parts and result.key.value in ("hospital_visits", "consumables_replenished"):
        quarters = "  ".join(
            f"{p.label}: {p.value:.0f} {'✓' if p.met else '✗'}" for p in result.parts
        )
        text += "\n" + quarters
    return text + "\n" + words.definition(result.key)
