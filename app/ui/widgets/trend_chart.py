"""Trend charts (QtCharts) of one person's readings, with the threshold lines drawn in.

A chart is built from plain series (time, value) and limit lines; a limit line is a dashed
horizontal series over the chart's time span, in the colour of the series it belongs to.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCharts import QChart, QChartView, QDateTimeAxis, QLineSeries, QValueAxis
from PySide6.QtCore import QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QLabel, QWidget

from app.services.person_history import TrendPoint
from app.ui.qt_dates import qdatetime


@dataclass(frozen=True)
class Line:
    name: str
    points: Sequence[TrendPoint]
    color: str
    right_axis: bool = False  # a second quantity (BMI next to weight)


@dataclass(frozen=True)
class Limit:
    name: str
    value: float
    color: str
    right_axis: bool = False


def _ms(at: dt.datetime) -> float:
    return float(qdatetime(at).toMSecsSinceEpoch())


def trend_chart(
    title: str,
    lines: Sequence[Line],
    limits: Sequence[Limit],
    unit: str,
    right_unit: str = "",
    empty_text: str = "",
) -> QWidget:
    """A chart view, or a plain message when there is nothing to draw."""
    drawn = [line for line in lines if line.points]
    if not drawn:
        message = QLabel(empty_text)
        message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return message
    chart = QChart()
    chart.setTitle(title)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    times = [p.at for line in drawn for p in line.points]
    start, end = min(times), max(times)
    if start == end:  # one visit: give the axis a day either side
        start, end = start - dt.timedelta(days=1), end + dt.timedelta(days=1)
    x_axis = QDateTimeAxis()
    x_axis.setFormat("yyyy-MM-dd")
    x_axis.setRange(qdatetime(start), qdatetime(end))
    x_axis.setTickCount(6)
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    axes: dict[bool, QValueAxis] = {}
    ranges: dict[bool, list[float]] = {False: [], True: []}
    for line in drawn:
        ranges[line.right_axis] += [p.value for p in line.points]
    for limit in limits:
        if ranges[limit.right_axis]:
            ranges[limit.right_axis].append(limit.value)
    for right, values in ranges.items():
        if not values:
            continue
        axis = QValueAxis()
        low, high = min(values), max(values)
        pad = max((high - low) * 0.1, 1.0)
        axis.setRange(low - pad, high + pad)
        axis.setTitleText(right_unit if right else unit)
        axis.setLabelFormat("%.0f" if high - low > 20 else "%.1f")
        chart.addAxis(axis, Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft)
        axes[right] = axis

    def attach(series: QLineSeries, right: bool) -> None:
        chart.addSeries(series)
        series.attachAxis(x_axis)
        series.attachAxis(axes[right])

    for line in drawn:
        series = QLineSeries()
        series.setName(line.name)
        series.setPointsVisible(True)
        series.setPen(QPen(QColor(line.color), 2))
        for point in line.points:
            series.append(QPointF(_ms(point.at), point.value))
        attach(series, line.right_axis)
    for limit in limits:
        if limit.right_axis not in axes:
            continue
        series = QLineSeries()
        series.setName(limit.name)
        pen = QPen(QColor(limit.color), 1.2, Qt.PenStyle.DashLine)
        series.setPen(pen)
        series.append(QPointF(_ms(start), limit.value))
        series.append(QPointF(_ms(end), limit.value))
        attach(series, limit.right_axis)
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(360)
    return view
