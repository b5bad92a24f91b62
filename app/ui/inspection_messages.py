"""The refusals of the inspection service in the UI language (who inspected is said by the
catalogue)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.inspections import InspectionError
from app.ui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "Inspections"

ERRORS: dict[tuple[str, str], str] = {
    ("date", "future"): QT_TRANSLATE_NOOP(
        "Inspections",
        "The inspection date is in the future: record an inspection once it has taken place.",
    ),
    ("inspectors", "missing"): QT_TRANSLATE_NOOP(
        "Inspections", "Enter who inspected (at least one name)."
    ),
    ("score", "out_of_range"): QT_TRANSLATE_NOOP(
        "Inspections", "The score must be between 0 and 100."
    ),
    ("item", "missing"): QT_TRANSLATE_NOOP(
        "Inspections", "Rectification item %1: describe what must be put right."
    ),
    ("deadline", "before_inspection"): QT_TRANSLATE_NOOP(
        "Inspections", "Rectification item %1: the deadline is before the inspection date."
    ),
    ("item", "closed"): QT_TRANSLATE_NOOP(
        "Inspections", "A rectification item already done cannot be removed; reopen it first."
    ),
    ("item", "not_found"): QT_TRANSLATE_NOOP(
        "Inspections", "This rectification item was removed meanwhile; close and reopen the list."
    ),
    ("inspection", "not_found"): QT_TRANSLATE_NOOP(
        "Inspections", "This inspection was deleted meanwhile."
    ),
    ("inspection", "from_county"): QT_TRANSLATE_NOOP(
        "Inspections",
        "This inspection came in the county's review result: only the county changes it. "
        "Close its rectification items below when they are done.",
    ),
    ("done_note", "missing"): QT_TRANSLATE_NOOP(
        "Inspections", "Say what was done to put it right."
    ),
    ("done_on", "future"): QT_TRANSLATE_NOOP(
        "Inspections", "The day it was done is in the future."
    ),
    ("done_on", "before_inspection"): QT_TRANSLATE_NOOP(
        "Inspections", "The day it was done is before the inspection."
    ),
}
TOO_LONG = QT_TRANSLATE_NOOP("Inspections", "The text is too long (at most 2000 characters).")


def error_text(error: InspectionError) -> str:
    source = TOO_LONG if error.code == "too_long" else ERRORS.get((error.field, error.code))
    text = QCoreApplication.translate(CONTEXT, source) if source else error.code
    return text.replace("%1", str(error.row or ""))
