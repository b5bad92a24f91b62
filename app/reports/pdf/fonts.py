"""Register the bundled TrueType CJK font with reportlab (embedded as a subset in each PDF)."""

from __future__ import annotations

from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics

from app.paths import font_metrics_path, font_path
from app.reports.pdf.font_metrics import bundled_ttfont

FONT = "HealthRoomSans"


@cache
def register_fonts() -> str:
    # Filled from the metrics parsed at build time: parsing the 5 MB font here takes ~70 ms.
    pdfmetrics.registerFont(bundled_ttfont(FONT, font_path(), font_metrics_path(), 0))
    # The font has no bold face: map bold/italic to it so <b> in paragraphs still renders.
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(FONT, bold, italic, FONT)
    return FONT
