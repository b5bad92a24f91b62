"""Register the bundled TrueType CJK font with reportlab (embedded as a subset in each PDF)."""

from __future__ import annotations

from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.paths import font_path

FONT = "HealthRoomSans"


@cache
def register_fonts() -> str:
    pdfmetrics.registerFont(TTFont(FONT, str(font_path()), subfontIndex=0))
    # The font has no bold face: map bold/italic to it so <b> in paragraphs still renders.
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(FONT, bold, italic, FONT)
    return FONT
