"""The weekdays in the UI language (the words of codes are the catalogue's: app.ui.i18n.word).

QT_TRANSLATE_NOOP marks the English source for lupdate; `weekday()` translates at call time so
a language switch takes effect on the next repaint.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.ui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "Labels"

_WEEKDAYS = (
    QT_TRANSLATE_NOOP("Labels", "Monday"),
    QT_TRANSLATE_NOOP("Labels", "Tuesday"),
    QT_TRANSLATE_NOOP("Labels", "Wednesday"),
    QT_TRANSLATE_NOOP("Labels", "Thursday"),
    QT_TRANSLATE_NOOP("Labels", "Friday"),
    QT_TRANSLATE_NOOP("Labels", "Saturday"),
    QT_TRANSLATE_NOOP("Labels", "Sunday"),
)


def weekday(index: int) -> str:
    return QCoreApplication.translate(CONTEXT, _WEEKDAYS[index])
