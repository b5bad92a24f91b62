"""A small picture of an A4 label sheet: which positions are already used, which get a label.

Clicking a position makes it the first one to print on (the labels before it stay empty), as
a person would point at the first free label of a part-used sheet.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.reports.asset_labels import A4_HEIGHT, A4_WIDTH, LabelPaper

USED, PRINTED, FREE = QColor("#d0d0d0"), QColor("#1565c0"), QColor("#ffffff")


class LabelSheetPreview(QWidget):
    position_clicked = Signal(int)  # 1-based position on the sheet

    def __init__(self, paper: LabelPaper, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paper = paper
        self.start = 1  # the first position printed on
        self.count = 0  # labels to print
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def sizeHint(self) -> QSize:
        return QSize(170, round(170 * A4_HEIGHT / A4_WIDTH))

    def show_sheet(self, paper: LabelPaper, start: int, count: int) -> None:
        self.paper, self.start, self.count = paper, start, count
        self.update()

    def _scale(self) -> float:
        return min(self.width() / A4_WIDTH, self.height() / A4_HEIGHT)

    def _cell(self, index: int) -> QRectF:
        p, k = self.paper, self._scale()
        col, row = index % p.columns, index // p.columns
        return QRectF(
            (p.left + col * p.pitch_x) * k, (p.top + row * p.pitch_y) * k, p.width * k,
            p.height * k,
        )  # fmt: skip

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        k = self._scale()
        painter.fillRect(QRectF(0, 0, A4_WIDTH * k, A4_HEIGHT * k), Qt.GlobalColor.white)
        painter.setPen(QPen(QColor("#888888"), 1))
        painter.drawRect(QRectF(0, 0, A4_WIDTH * k - 1, A4_HEIGHT * k - 1))
        on_first_sheet = self.start - 1 + self.count
        for index in range(self.paper.per_sheet):
            cell = self._cell(index).adjusted(1.5, 1.5, -1.5, -1.5)
            used = index < self.start - 1
            printed = not used and index < on_first_sheet
            painter.setPen(QPen(QColor("#9e9e9e"), 0.8))
            painter.setBrush(USED if used else PRINTED if printed else FREE)
            painter.drawRect(cell)
            if used:  # crossed out: already peeled off
                painter.drawLine(cell.topLeft(), cell.bottomRight())
                painter.drawLine(cell.bottomLeft(), cell.topRight())
            if index == self.start - 1:
                painter.setPen(QPen(QColor("#c62828"), 2))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(cell.adjusted(-1, -1, 1, 1))
            painter.setPen(QColor("#ffffff") if printed else QColor("#555555"))
            painter.drawText(cell, Qt.AlignmentFlag.AlignCenter, str(index + 1))
        painter.end()

    def position_at(self, point: QPointF) -> int | None:
        for index in range(self.paper.per_sheet):
            if self._cell(index).contains(point):
                return index + 1
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        position = self.position_at(event.position())
        if position is not None:
            self.position_clicked.emit(position)
        super().mousePressEvent(event)
