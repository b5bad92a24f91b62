"""Register the bundled CJK font so Chinese renders on machines without one."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from app.paths import font_path

log = logging.getLogger(__name__)


def register_bundled_font(app: QApplication) -> str | None:
    """Load the font and put it behind the platform font as the fallback for CJK text."""
    font_id = QFontDatabase.addApplicationFont(str(font_path()))
    if font_id < 0:
        log.error("could not load the bundled font %s", font_path())
        return None
    family = QFontDatabase.applicationFontFamilies(font_id)[0]
    font = app.font()
    # Latin text keeps the system face; glyphs it lacks (Chinese) come from the bundled font.
    font.setFamilies([font.family(), family])
    font.setPointSizeF(max(font.pointSizeF(), 10.5))
    app.setFont(font)
    QFont.insertSubstitution(font.family(), family)
    return family
