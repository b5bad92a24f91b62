"""Sites × indicators of one period in the county workspace, coloured against the targets as
on the site's overview; a site without the period's package is flagged in red."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.domain.targets import DEFAULT_TARGETS, IndicatorKey, TargetKind
from app.services.county import Figure, SiteFigures
from app.ui import indicator_text
from app.ui.models.row_table_model import Index
from app.ui.widgets.indicator_card import COLOURS

KEYS = tuple(IndicatorKey)
FIXED = 2  # site, package
MISSING_FILL, MISSING_TEXT = "#fdecea", "#c62828"


def figure_state(figure: Figure | None) -> str:
    if figure is None or figure.met is None:
        return "na"
    if figure.met:
        return "met"
    return "open" if figure.in_progress else "not_met"


def figure_text(key: IndicatorKey, figure: Figure | None) -> str:
    if figure is None:
        return "—"
    if figure.value is None:
        return QCoreApplication.translate("Indicators", "n/a")
    if DEFAULT_TARGETS[key].kind is TargetKind.RATE:
        return indicator_text.percent(figure.value)
    return f"{figure.value:.0f}"


def package_text(site: SiteFigures) -> str:
    if site.missing:
        return QCoreApplication.translate("CountyFigures", "No package — not sent")
    text = QCoreApplication.translate("CountyFigures", "No. %1").replace("%1", str(site.sequence))
    if site.note.startswith("replaced:"):
        text += " " + QCoreApplication.translate("CountyFigures", "(replaces no. %1)").replace(
            "%1", site.note.split(":", 1)[1]
        )
    return text


class CountyFiguresModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[SiteFigures] = []

    def set_rows(self, rows: list[SiteFigures]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else FIXED + len(KEYS)

    def state(self, row: int, column: int) -> str:
        """met, not_met, open, na — or missing (no package) for the row's site."""
        site = self.rows[row]
        if site.missing:
            return "missing"
        if column < FIXED:
            return ""
        return figure_state(site.figures.get(KEYS[column - FIXED].value))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        site, column = self.rows[index.row()], index.column()
        key = KEYS[column - FIXED] if column >= FIXED else None
        figure = site.figures.get(key.value) if key else None
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return f"{site.name} ({site.code})"
            if column == 1:
                return package_text(site)
            assert key is not None
            return figure_text(key, figure)
        if role == Qt.ItemDataRole.UserRole:
            return site.code
        state = self.state(index.row(), column)
        if role == Qt.ItemDataRole.BackgroundRole:
            if state == "missing":
                return QBrush(QColor(MISSING_FILL))
            if state:
                return QBrush(QColor(COLOURS[state][0]))
        if role == Qt.ItemDataRole.ForegroundRole:
            if state == "missing" and column < FIXED:
                return QBrush(QColor(MISSING_TEXT))
            if state in ("not_met", "open"):  # the figure itself in the state's colour
                return QBrush(QColor(COLOURS[state][1]))
        if role == Qt.ItemDataRole.TextAlignmentRole and key is not None:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and key is not None and figure is not None:
            return self.tooltip(key, figure)
        return None

    @staticmethod
    def tooltip(key: IndicatorKey, figure: Figure) -> str:
        rate = DEFAULT_TARGETS[key].kind is TargetKind.RATE
        fraction = f"{figure.numerator:g}/{figure.denominator:g} · " if figure.denominator else ""
        target = ""
        if figure.target is not None:
            target = f"≥ {figure.target * 100:.0f} %" if rate else f"≥ {figure.target:g}"
        state = {
            "met": QCoreApplication.translate("Indicators", "met"),
            "not_met": QCoreApplication.translate("Indicators", "not met"),
            "open": QCoreApplication.translate("Indicators", "not yet met"),
            "na": QCoreApplication.translate("Indicators", "not applicable"),
        }[figure_state(figure)]
        return (
            QCoreApplication.translate("CountyFigures", "%1: %2%3, target %4 — %5")
            .replace("%1", indicator_text.name(key))
            .replace("%2", fraction)
            .replace("%3", figure_text(key, figure))
            .replace("%4", target)
            .replace("%5", state)
        )

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        key = KEYS[section - FIXED] if section >= FIXED else None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return QCoreApplication.translate("CountyFigures", "Site")
            if section == 1:
                return QCoreApplication.translate("CountyFigures", "Package")
            assert key is not None
            return indicator_text.short_name(key)
        if role == Qt.ItemDataRole.ToolTipRole and key is not None:
            return indicator_text.name(key) + "\n" + indicator_text.definition(key)
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self.rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self.rows) - 1, self.columnCount() - 1)
            )
