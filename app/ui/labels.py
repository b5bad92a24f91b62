"""Words for the codes the services return, in the UI language.

QT_TRANSLATE_NOOP marks the English source for lupdate; `label()` translates at call time so a
language switch takes effect on the next repaint.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from app.ui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "Labels"

_LABELS: dict[str, str] = {
    # device categories
    "bp_monitor": QT_TRANSLATE_NOOP("Labels", "Blood pressure monitor"),
    "glucose_meter": QT_TRANSLATE_NOOP("Labels", "Glucose meter"),
    "body_composition": QT_TRANSLATE_NOOP("Labels", "Body-composition analyser"),
    "height_weight_scale": QT_TRANSLATE_NOOP("Labels", "Height and weight scale"),
    "aed": QT_TRANSLATE_NOOP("Labels", "AED"),
    "first_aid_kit": QT_TRANSLATE_NOOP("Labels", "First-aid kit"),
    "massage_chair": QT_TRANSLATE_NOOP("Labels", "Massage chair"),
    "vision_chart": QT_TRANSLATE_NOOP("Labels", "Vision chart"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
    # device status
    "in_service": QT_TRANSLATE_NOOP("Labels", "In service"),
    "under_repair": QT_TRANSLATE_NOOP("Labels", "Under repair"),
    "damaged": QT_TRANSLATE_NOOP("Labels", "Damaged"),
    "lost": QT_TRANSLATE_NOOP("Labels", "Lost"),
    "replaced": QT_TRANSLATE_NOOP("Labels", "Replaced"),
    "retired": QT_TRANSLATE_NOOP("Labels", "Retired"),
    # consumable categories
    "medicine": QT_TRANSLATE_NOOP("Labels", "Medicine"),
    "test_strip": QT_TRANSLATE_NOOP("Labels", "Glucose test strips"),
    "lancet": QT_TRANSLATE_NOOP("Labels", "Lancets"),
    "battery": QT_TRANSLATE_NOOP("Labels", "Batteries"),
    "education_prescription": QT_TRANSLATE_NOOP("Labels", "Health education prescriptions"),
    "disinfectant": QT_TRANSLATE_NOOP("Labels", "Disinfectant"),
    # activity kinds and status
    "lecture": QT_TRANSLATE_NOOP("Labels", "Health lecture"),
    "free_clinic": QT_TRANSLATE_NOOP("Labels", "Free clinic"),
    "consultation": QT_TRANSLATE_NOOP("Labels", "Consultation"),
    "training": QT_TRANSLATE_NOOP("Labels", "Training"),
    "fitness": QT_TRANSLATE_NOOP("Labels", "Fitness activity"),
    "planned": QT_TRANSLATE_NOOP("Labels", "Planned"),
    "held": QT_TRANSLATE_NOOP("Labels", "Held"),
    "cancelled": QT_TRANSLATE_NOOP("Labels", "Cancelled"),
    # open-hours exceptions
    "closed": QT_TRANSLATE_NOOP("Labels", "Closed"),
    "special_hours": QT_TRANSLATE_NOOP("Labels", "Special hours"),
    # sex
    "M": QT_TRANSLATE_NOOP("Labels", "Male"),
    "F": QT_TRANSLATE_NOOP("Labels", "Female"),
    # audit actions
    "create": QT_TRANSLATE_NOOP("Labels", "Created"),
    "update": QT_TRANSLATE_NOOP("Labels", "Updated"),
    "delete": QT_TRANSLATE_NOOP("Labels", "Deleted"),
    "import": QT_TRANSLATE_NOOP("Labels", "Import"),
    "export": QT_TRANSLATE_NOOP("Labels", "Export"),
    "login": QT_TRANSLATE_NOOP("Labels", "Signed in"),
    "login_failed": QT_TRANSLATE_NOOP("Labels", "Failed sign-in"),
    "generate": QT_TRANSLATE_NOOP("Labels", "Generated"),
}

_WEEKDAYS = (
    QT_TRANSLATE_NOOP("Labels", "Monday"),
    QT_TRANSLATE_NOOP("Labels", "Tuesday"),
    QT_TRANSLATE_NOOP("Labels", "Wednesday"),
    QT_TRANSLATE_NOOP("Labels", "Thursday"),
    QT_TRANSLATE_NOOP("Labels", "Friday"),
    QT_TRANSLATE_NOOP("Labels", "Saturday"),
    QT_TRANSLATE_NOOP("Labels", "Sunday"),
)


def label(code: str | StrEnum | None) -> str:
    """The word for a code; an unknown code is shown as it is rather than hidden."""
    if code is None:
        return ""
    text = _LABELS.get(str(code))
    return QCoreApplication.translate(CONTEXT, text) if text else str(code)


def weekday(index: int) -> str:
    return QCoreApplication.translate(CONTEXT, _WEEKDAYS[index])
