"""The trend chart on sparse figures: a new site has no lecture, or one, in five quarters."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.graphics import renderPDF

from app.reports.pdf.charts import rate_trend

LABELS = ["2025Q3", "2025Q4", "2026Q1", "2026Q2", "2026Q3"]


@pytest.mark.parametrize(
    "values",
    [
        [None] * 5,  # no lecture at all (was: "Polyline must have 2 or more points")
        [None, None, None, None, 0.5],  # the first lecture
        [0.7, None, 0.4, None, None],  # gaps between lectures
        [0.0, 0.0, 1.0, 1.0, 0.5],
    ],
)
def test_rate_trend_draws_any_number_of_points(values: list[float | None], tmp_path: Path) -> None:
    drawing = rate_trend(LABELS, [("讲座参与率", values, 0.6), ("使用率", [None] * 5, 0.8)])
    out = tmp_path / "chart.pdf"
    renderPDF.drawToFile(drawing, str(out))
    text = PdfReader(out).pages[0].extract_text()
    for value in values:
        if value is not None:
            assert f"{value * 100:.0f}%" in text
