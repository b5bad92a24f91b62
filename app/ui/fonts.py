"""The UI font: the system's own Chinese font when it has one, the bundled font otherwise.

People on Chinese Windows know Microsoft YaHei; a Linux desktop usually has Noto Sans CJK or
WenQuanYi. The bundled WenQuanYi Micro Hei is registered on every machine and sits last in the
family list, so a glyph no other font has still renders. PDFs embed the bundled font whatever
the UI shows (app/reports/pdf/fonts.py).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from app.paths import font_path

log = logging.getLogger(__name__)

# In order of preference: Windows, macOS, then the Linux families.
SYSTEM_CJK_FAMILIES = (
    "Microsoft YaHei UI",
    "Microsoft YaHei",
    "PingFang SC",
    "Noto Sans CJK SC",
    "Noto Sans SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
)


def writes_chinese(family: str) -> bool:
    systems = QFontDatabase.writingSystems(family)
    return QFontDatabase.WritingSystem.SimplifiedChinese in systems


def preferred_cjk_family(
    families: Iterable[str], writes: Callable[[str], bool] = writes_chinese
) -> str | None:
    """The first family of SYSTEM_CJK_FAMILIES among `families` that can write Chinese."""
    present = set(families)
    return next((f for f in SYSTEM_CJK_FAMILIES if f in present and writes(f)), None)


def set_ui_font(app: QApplication) -> str | None:
    """Set the UI font; the family that writes the Chinese text (None: no CJK font at all)."""
    system = preferred_cjk_family(QFontDatabase.families())  # before ours joins the list
    font_id = QFontDatabase.addApplicationFont(str(font_path()))
    bundled = QFontDatabase.applicationFontFamilies(font_id)[0] if font_id >= 0 else None
    if bundled is None:
        log.error("could not load the bundled font %s", font_path())
    font = app.font()
    latin = font.family()
    chinese = [family for family in (system, bundled) if family is not None]
    # Latin text keeps the system face; glyphs it lacks (Chinese) come from the CJK font.
    font.setFamilies([latin, *dict.fromkeys(chinese)])
    font.setPointSizeF(max(font.pointSizeF(), 10.5))
    app.setFont(font)
    if chinese:
        QFont.insertSubstitutions(latin, chinese)
    log.info("UI font: %s with %s", latin, ", ".join(chinese) or "no CJK font")
    return chinese[0] if chinese else None
