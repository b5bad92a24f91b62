"""Words for readings in the UI language: items, flags, units, refusals, advice prompts.

The services return codes (reading types, flags, VisitError codes); this module turns them
into the sentences the health administrator reads.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QCoreApplication

from app.domain.readings import PLAUSIBLE, UNITS, Flag, ReadingType
from app.domain.visit_items import GROUP_OF, ReadingGroup
from app.services.usage_log import ReadingValue
from app.services.visit_entry import VisitError
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.labels import label

CONTEXT = "ReadingWords"
R = ReadingType

_GROUPS = {
    ReadingGroup.BLOOD_PRESSURE: QT_TRANSLATE_NOOP("ReadingWords", "Blood pressure"),
    ReadingGroup.GLUCOSE: QT_TRANSLATE_NOOP("ReadingWords", "Blood glucose"),
    ReadingGroup.BODY: QT_TRANSLATE_NOOP("ReadingWords", "Height and weight"),
    ReadingGroup.WAIST: QT_TRANSLATE_NOOP("ReadingWords", "Waist"),
    ReadingGroup.SPO2: QT_TRANSLATE_NOOP("ReadingWords", "SpO2"),
    ReadingGroup.TEMPERATURE: QT_TRANSLATE_NOOP("ReadingWords", "Temperature"),
}
_FLAGS = {
    Flag.NORMAL: QT_TRANSLATE_NOOP("ReadingWords", "normal"),
    Flag.LOW: QT_TRANSLATE_NOOP("ReadingWords", "low"),
    Flag.HIGH: QT_TRANSLATE_NOOP("ReadingWords", "high"),
    Flag.IMPAIRED: QT_TRANSLATE_NOOP("ReadingWords", "impaired"),
    Flag.OVERWEIGHT: QT_TRANSLATE_NOOP("ReadingWords", "overweight"),
    Flag.OBESE: QT_TRANSLATE_NOOP("ReadingWords", "obese"),
}
# Advice offered when a group is abnormal; the administrator inserts or edits it.
_ADVICE = {
    ReadingGroup.BLOOD_PRESSURE: QT_TRANSLATE_NOOP(
        "ReadingWords",
        "Blood pressure is high: eat less salt, rest regularly and measure again within a "
        "week; if it stays high, see a cardiologist.",
    ),
    ReadingGroup.GLUCOSE: QT_TRANSLATE_NOOP(
        "ReadingWords",
        "Blood glucose is high: watch the diet and have it checked at the endocrinology clinic.",
    ),
    ReadingGroup.BODY: QT_TRANSLATE_NOOP(
        "ReadingWords", "Weight is outside the healthy range: balanced meals and more exercise."
    ),
    ReadingGroup.WAIST: QT_TRANSLATE_NOOP(
        "ReadingWords", "Waist is above the limit: control weight and abdominal fat."
    ),
    ReadingGroup.SPO2: QT_TRANSLATE_NOOP(
        "ReadingWords",
        "Oxygen saturation is low: rest and measure again; see a doctor if it stays low.",
    ),
    ReadingGroup.TEMPERATURE: QT_TRANSLATE_NOOP(
        "ReadingWords", "Temperature is raised: rest, drink water, see a doctor if it persists."
    ),
}
_PULSE_ADVICE = QT_TRANSLATE_NOOP(
    "ReadingWords", "Pulse is outside 60-100: rest and measure again; an ECG may be needed."
)
_ERRORS = {
    "person_required": QT_TRANSLATE_NOOP(
        "ReadingWords", "Choose a person from the roster, or tick Visitor and type the name."
    ),
    "unknown_person": QT_TRANSLATE_NOOP(
        "ReadingWords", "This person is no longer on the roster. Choose the person again."
    ),
    "departed": QT_TRANSLATE_NOOP(
        "ReadingWords",
        "This person had left before the date of the visit. Check the person and the date.",
    ),
    "visitor_name_too_long": QT_TRANSLATE_NOOP(
        "ReadingWords", "The visitor's name is too long (at most 100 characters)."
    ),
    "time_required": QT_TRANSLATE_NOOP(
        "ReadingWords", "A visit from paper needs the date and time written on the paper."
    ),
    "in_future": QT_TRANSLATE_NOOP(
        "ReadingWords", "The date and time of the visit lie in the future. Check them."
    ),
    "bp_incomplete": QT_TRANSLATE_NOOP(
        "ReadingWords", "Blood pressure needs both values: systolic and diastolic."
    ),
    "bp_inverted": QT_TRANSLATE_NOOP(
        "ReadingWords",
        "The diastolic pressure must be lower than the systolic one. Were they swapped?",
    ),
    "reason_required": QT_TRANSLATE_NOOP(
        "ReadingWords", "Say why: the reason is kept in the audit trail."
    ),
    "not_found": QT_TRANSLATE_NOOP(
        "ReadingWords", "This visit no longer exists (deleted meanwhile?). Reload the list."
    ),
    "visitor_no_follow_up": QT_TRANSLATE_NOOP(
        "ReadingWords", "Follow-ups are for staff on the roster, not for visitors."
    ),
}
_GLUCOSE_SHORT = {
    R.GLUCOSE_FASTING: QT_TRANSLATE_NOOP("ReadingWords", "Fasting"),
    R.GLUCOSE_2H: QT_TRANSLATE_NOOP("ReadingWords", "2 h after meal"),
    R.GLUCOSE_RANDOM: QT_TRANSLATE_NOOP("ReadingWords", "Random"),
}
_PER_MINUTE = QT_TRANSLATE_NOOP("ReadingWords", "/min")
_SEPARATOR = QT_TRANSLATE_NOOP("ReadingWords", "; ")
_IMPLAUSIBLE = QT_TRANSLATE_NOOP(
    "ReadingWords",
    "%1 %2 %3 cannot be a real measurement (plausible: %4 to %5). Check the value and type it "
    "again.",
)


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def group_label(group: ReadingGroup) -> str:
    return tr(_GROUPS[group])


def flag_label(flag: Flag | str) -> str:
    return tr(_FLAGS[Flag(flag)])


def glucose_short(rt: ReadingType) -> str:
    """The glucose test's name where the field already says "glucose"."""
    return tr(_GLUCOSE_SHORT[rt])


def unit(rt: ReadingType) -> str:
    if rt is R.PULSE:
        return tr(_PER_MINUTE)
    return UNITS[rt]


def number(value: float) -> str:
    return f"{value:g}"


def reading_label(rt: ReadingType | str) -> str:
    return label(ReadingType(rt).value)


def error_text(error: VisitError) -> str:
    if error.code == "implausible":
        rt = R(error.field)
        low, high = PLAUSIBLE[rt]
        return (
            tr(_IMPLAUSIBLE)
            .replace("%1", reading_label(rt))
            .replace("%2", number(error.value if error.value is not None else 0))
            .replace("%3", unit(rt))
            .replace("%4", number(error.low if error.low is not None else low))
            .replace("%5", number(error.high if error.high is not None else high))
        )
    text = _ERRORS.get(error.code)
    return tr(text) if text else error.code


def readings_parts(readings: Sequence[ReadingValue]) -> list[tuple[str, bool]]:
    """("Blood pressure 152/96 mmHg high", abnormal) per reading or blood-pressure pair."""
    values = {R(r.type): r for r in readings}
    parts: list[tuple[str, bool]] = []
    if R.SYSTOLIC in values and R.DIASTOLIC in values:
        s, d = values[R.SYSTOLIC], values[R.DIASTOLIC]
        flags = [Flag(s.flag), Flag(d.flag)]
        bad = any(f is not Flag.NORMAL for f in flags)
        text = f"{group_label(ReadingGroup.BLOOD_PRESSURE)} {number(s.value)}/{number(d.value)}"
        parts.append((f"{text} {flag_label(Flag.HIGH)}" if bad else text, bad))
    for rt in R:
        if rt in (R.SYSTOLIC, R.DIASTOLIC) or rt not in values:
            continue
        reading = values[rt]
        flag = Flag(reading.flag)
        text = f"{reading_label(rt)} {number(reading.value)}"
        if flag is not Flag.NORMAL:
            text += f" {flag_label(flag)}"
        parts.append((text, flag is not Flag.NORMAL))
    return parts


def readings_text(readings: Sequence[ReadingValue]) -> str:
    return tr(_SEPARATOR).join(text for text, _bad in readings_parts(readings))


def abnormal_text(readings: Sequence[ReadingValue]) -> str:
    """Only the abnormal parts, e.g. for a follow-up's reason."""
    return tr(_SEPARATOR).join(text for text, bad in readings_parts(readings) if bad)


def suggested_advice(abnormal: Iterable[ReadingType]) -> str:
    groups: list[ReadingGroup] = []
    pulse = False
    for rt in abnormal:
        if rt is R.PULSE:
            pulse = True
        elif GROUP_OF[rt] not in groups:
            groups.append(GROUP_OF[rt])
    texts = [tr(_ADVICE[g]) for g in ReadingGroup if g in groups]
    if pulse:
        texts.append(tr(_PULSE_ADVICE))
    return " ".join(texts)
