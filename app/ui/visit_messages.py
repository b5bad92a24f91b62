"""Messages for the visit services' refusals, and the readings of a visit in the UI language.

The services return codes (VisitError, reading types, flags); the names of readings, flags and
groups and the advice come from the catalogue, the refusal sentences are translated here.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QCoreApplication

from app.catalogue.language import SEPARATOR, Language
from app.catalogue.readings import (
    Flag,
    ReadingType,
    advice,
    describe,
    describe_rounds,
    reading,
)
from app.services.usage_log import ReadingValue
from app.services.visit_entry import RecordedVisit, VisitError
from app.ui.i18n import QT_TRANSLATE_NOOP, catalogue_language, word

CONTEXT = "VisitMessages"

_ERRORS = {
    "person_required": QT_TRANSLATE_NOOP(
        "VisitMessages", "Choose a person from the roster, or tick Visitor and type the name."
    ),
    "unknown_person": QT_TRANSLATE_NOOP(
        "VisitMessages", "This person is no longer on the roster. Choose the person again."
    ),
    "departed": QT_TRANSLATE_NOOP(
        "VisitMessages",
        "This person had left before the date of the visit. Check the person and the date.",
    ),
    "visitor_name_too_long": QT_TRANSLATE_NOOP(
        "VisitMessages", "The visitor's name is too long (at most 100 characters)."
    ),
    "time_required": QT_TRANSLATE_NOOP(
        "VisitMessages", "A visit from paper needs the date and time written on the paper."
    ),
    "in_future": QT_TRANSLATE_NOOP(
        "VisitMessages", "The date and time of the visit lie in the future. Check them."
    ),
    "bp_incomplete": QT_TRANSLATE_NOOP(
        "VisitMessages", "Blood pressure needs both values: systolic and diastolic."
    ),
    "bp_inverted": QT_TRANSLATE_NOOP(
        "VisitMessages",
        "The diastolic pressure must be lower than the systolic one. Were they swapped?",
    ),
    "reason_required": QT_TRANSLATE_NOOP(
        "VisitMessages", "Say why: the reason is kept in the audit trail."
    ),
    "not_found": QT_TRANSLATE_NOOP(
        "VisitMessages", "This visit no longer exists (deleted meanwhile?). Reload the list."
    ),
    "visitor_no_follow_up": QT_TRANSLATE_NOOP(
        "VisitMessages", "Follow-ups are for staff on the roster, not for visitors."
    ),
}
_UNEXPECTED = QT_TRANSLATE_NOOP(
    "VisitMessages", "The visit could not be saved. Check the entries and try again."
)
_IMPLAUSIBLE = QT_TRANSLATE_NOOP(
    "VisitMessages",
    "%1 %2 %3 cannot be a real measurement (plausible: %4 to %5). Check the value and type it "
    "again.",
)


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def number(value: float) -> str:
    return f"{value:g}"


def error_text(error: VisitError) -> str:
    if error.code == "implausible":
        spec = reading(error.field)
        low, high = spec.plausible
        return (
            tr(_IMPLAUSIBLE)
            .replace("%1", word(spec.type))
            .replace("%2", number(error.value if error.value is not None else 0))
            .replace("%3", spec.unit.in_(catalogue_language()))
            .replace("%4", number(error.low if error.low is not None else low))
            .replace("%5", number(error.high if error.high is not None else high))
        )
    text = _ERRORS.get(error.code)
    return tr(text) if text else tr(_UNEXPECTED)


def values_of(visit: RecordedVisit) -> list[ReadingValue]:
    """A saved visit's readings as the texts below take them."""
    return [ReadingValue(r.type.value, r.value, r.flag.value) for r in visit.readings]


def readings_parts(readings: Sequence[ReadingValue]) -> list[tuple[str, bool]]:
    """("Blood pressure 152/96 high", abnormal) per reading or blood-pressure pair."""
    values = [(ReadingType(r.type), r.value, Flag(r.flag)) for r in readings]
    return describe(values, catalogue_language(), units=False)


def _joined(parts: Iterable[str]) -> str:
    return SEPARATOR.in_(catalogue_language()).join(parts)


def readings_text(readings: Sequence[ReadingValue]) -> str:
    return _joined(text for text, _bad in readings_parts(readings))


def rounds_text(readings: Sequence[ReadingValue]) -> str:
    """ "测量2次：血压 150/92、146/90" for a re-measured visit, else ""."""
    return describe_rounds(
        ((ReadingType(r.type), r.value, r.round) for r in readings), catalogue_language()
    )


def with_rounds(readings: Sequence[ReadingValue]) -> str:
    """The visit's results, then the readings as taken of what was measured again."""
    text = readings_text([r for r in readings if r.counted])
    again = rounds_text(readings)
    if not again:
        return text
    return f"{text}（{again}）" if catalogue_language() is Language.ZH else f"{text} ({again})"


def abnormal_text(readings: Sequence[ReadingValue]) -> str:
    """Only the abnormal parts, e.g. for a follow-up's reason."""
    return _joined(text for text, bad in readings_parts(readings) if bad)


def suggested_advice(abnormal: Iterable[ReadingType]) -> str:
    return advice(abnormal, catalogue_language())
