"""Charts drawn with reportlab graphics, labelled in the embedded CJK font."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.lib.units import mm

from app.reports.pdf.fonts import register_fonts
from app.reports.pdf.styles import ACCENT, BAD, MUTED, RULE

SERIES_COLOURS = (ACCENT, colors.HexColor("#ef6c00"), colors.HexColor("#2e7d32"))


def _legend(names: Sequence[str], x: float, y: float) -> Legend:
    """Swatches with their names in one row starting at (x, y)."""
    legend = Legend()
    legend.fontName = register_fonts()
    legend.fontSize = 8
    legend.x, legend.y = x, y
    legend.alignment = "right"  # the name to the right of its swatch
    legend.columnMaximum = 1
    legend.deltax = 110
    legend.dxTextSpace = 4
    legend.colorNamePairs = list(zip(SERIES_COLOURS, names, strict=False))
    return legend


def rate_trend(
    labels: Sequence[str],
    series: Sequence[tuple[str, Sequence[float | None], float]],
    width_mm: float = 170,
    height_mm: float = 70,
) -> Drawing:
    """Rates (0–1) over periods, one line per series, with its target as a dashed line.

    `series` is (name, values, target); a value None (not applicable) leaves a gap.
    """
    font = register_fonts()
    width, height = width_mm * mm, height_mm * mm
    drawing = Drawing(width, height)
    drawing.initialFontName = font  # else the renderer selects Helvetica, which is not embedded
    chart = HorizontalLineChart()
    chart.x, chart.y = 14 * mm, 16 * mm
    chart.width, chart.height = width - 20 * mm, height - 24 * mm
    chart.data = [tuple(v if v is not None else None for v in values) for _, values, _ in series]
    chart.categoryAxis.categoryNames = list(labels)
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 8
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = 1
    chart.valueAxis.valueStep = 0.2
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 8
    chart.valueAxis.labelTextFormat = lambda v: f"{v * 100:.0f}%"
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = RULE
    chart.valueAxis.gridStrokeWidth = 0.25
    # A line needs two points: a series with one applicable period (a new site, the first
    # lecture) is drawn as its marker alone, one with none as nothing but its target.
    chart.joinedLines = False
    for i, (_, values, _) in enumerate(series):
        colour = SERIES_COLOURS[i % len(SERIES_COLOURS)]
        chart.lines[i].strokeColor = colour
        chart.lines[i].strokeWidth = 1.6
        if sum(v is not None for v in values) >= 2:
            chart.lines[i].lineStyle = "joinedLine"
        marker = makeMarker("FilledCircle")
        marker.size = 3
        marker.fillColor = colour
        chart.lines[i].symbol = marker
    drawing.add(chart)
    for i, (_, values, target) in enumerate(series):
        y = chart.y + chart.height * max(0.0, min(1.0, target))
        line = Line(chart.x, y, chart.x + chart.width, y)
        line.strokeColor = SERIES_COLOURS[i % len(SERIES_COLOURS)]
        line.strokeDashArray = [3, 2]
        line.strokeWidth = 0.8
        drawing.add(line)
        # the value of each point, above it
        step = chart.width / max(1, len(labels))
        for j, value in enumerate(values):
            if value is None:
                continue
            label = String(
                chart.x + step * (j + 0.5),
                chart.y + chart.height * value + 3,
                f"{value * 100:.0f}%",
                fontName=font,
                fontSize=7,
                fillColor=SERIES_COLOURS[i % len(SERIES_COLOURS)],
                textAnchor="middle",
            )
            drawing.add(label)
    drawing.add(_legend([name for name, _, _ in series], chart.x, 5 * mm))
    return drawing


def count_bars(
    labels: Sequence[str],
    series: Sequence[tuple[str, Sequence[int]]],
    width_mm: float = 170,
    height_mm: float = 65,
) -> Drawing:
    """Counts per period (e.g. visits and people per month) as grouped bars."""
    # Imported by the reports that draw bars: the quarterly draws only its trend lines.
    from reportlab.graphics.charts.barcharts import VerticalBarChart

    font = register_fonts()
    width, height = width_mm * mm, height_mm * mm
    drawing = Drawing(width, height)
    drawing.initialFontName = font  # else the renderer selects Helvetica, which is not embedded
    chart = VerticalBarChart()
    chart.x, chart.y = 14 * mm, 16 * mm
    chart.width, chart.height = width - 20 * mm, height - 24 * mm
    chart.data = [tuple(values) for _, values in series]
    chart.categoryAxis.categoryNames = list(labels)
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 8
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 8
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = RULE
    chart.valueAxis.gridStrokeWidth = 0.25
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = 6.5
    chart.barLabels.fillColor = MUTED
    chart.barLabels.nudge = 5
    chart.groupSpacing = 6
    for i, _ in enumerate(series):
        chart.bars[i].fillColor = SERIES_COLOURS[i % len(SERIES_COLOURS)]
        chart.bars[i].strokeColor = None
    drawing.add(chart)
    drawing.add(_legend([name for name, _ in series], chart.x, 5 * mm))
    return drawing


def reading_trend(
    series: Sequence[tuple[str, Sequence[tuple[dt.date, float]]]],
    limits: Sequence[tuple[str, float]],
    width_mm: float = 170,
    height_mm: float = 62,
) -> Drawing:
    """A person's readings over time: one line per series (points at their dates), each
    limit (a grade's start, an urgent value) as a labelled dashed red line."""
    from reportlab.graphics.charts.lineplots import LinePlot

    font = register_fonts()
    width, height = width_mm * mm, height_mm * mm
    drawing = Drawing(width, height)
    drawing.initialFontName = font  # else the renderer selects Helvetica, which is not embedded
    plot = LinePlot()
    plot.x, plot.y = 14 * mm, 16 * mm
    plot.width, plot.height = width - 34 * mm, height - 22 * mm
    plot.data = [[(day.toordinal(), value) for day, value in points] for _, points in series]
    days = [day.toordinal() for _, points in series for day, _ in points]
    values = [value for _, points in series for _, value in points] + [v for _, v in limits]
    low, high = min(values), max(values)
    pad = max((high - low) * 0.12, 1.0)
    plot.yValueAxis.valueMin, plot.yValueAxis.valueMax = low - pad, high + pad
    first, last = min(days), max(days)
    plot.xValueAxis.valueMin, plot.xValueAxis.valueMax = first - 1, max(last, first + 1) + 1
    plot.xValueAxis.labelTextFormat = lambda x: dt.date.fromordinal(int(x)).strftime("%y-%m-%d")
    for axis in (plot.xValueAxis, plot.yValueAxis):
        axis.labels.fontName = font
        axis.labels.fontSize = 7
    plot.yValueAxis.visibleGrid = True
    plot.yValueAxis.gridStrokeColor = RULE
    plot.yValueAxis.gridStrokeWidth = 0.25
    for i, _ in enumerate(series):
        colour = SERIES_COLOURS[i % len(SERIES_COLOURS)]
        plot.lines[i].strokeColor = colour
        plot.lines[i].strokeWidth = 1.2
        plot.lines[i].symbol = makeMarker("FilledCircle", size=2.5, fillColor=colour)
    drawing.add(plot)
    span = plot.yValueAxis.valueMax - plot.yValueAxis.valueMin
    for label, value in limits:
        y = plot.y + plot.height * (value - plot.yValueAxis.valueMin) / span
        line = Line(plot.x, y, plot.x + plot.width, y)
        line.strokeColor = BAD
        line.strokeDashArray = [3, 2]
        line.strokeWidth = 0.7
        drawing.add(line)
        drawing.add(
            String(plot.x + plot.width + 2, y - 2.5, label, fontName=font, fontSize=6.5,
                   fillColor=BAD)
        )  # fmt: skip
    drawing.add(_legend([name for name, _ in series], plot.x, 4 * mm))
    return drawing
