"""Words for the codes of activities, sign-in and notices (purposes, channels, outcomes, import
problems, editor errors) and the live participation line, in the UI language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.codes import HospitalVisitPurpose, NoticeChannel, SignInMethod
from app.domain.ratios import Ratio
from app.exchange.sign_in_import import Problem, ProblemCode
from app.reports.atomic import OutputError
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.problem_words import reason as file_reason

CONTEXT = "ActivityWords"

PURPOSES: dict[HospitalVisitPurpose, str] = {
    HospitalVisitPurpose.LECTURE: QT_TRANSLATE_NOOP("ActivityWords", "Lecture"),
    HospitalVisitPurpose.DATA_COLLECTION: QT_TRANSLATE_NOOP(
        "ActivityWords", "Health data collection"
    ),
    HospitalVisitPurpose.PUBLICITY: QT_TRANSLATE_NOOP("ActivityWords", "Publicity"),
    HospitalVisitPurpose.FREE_CLINIC: QT_TRANSLATE_NOOP("ActivityWords", "Free clinic"),
    HospitalVisitPurpose.CONSULTATION: QT_TRANSLATE_NOOP("ActivityWords", "Consultation"),
}

CHANNELS: dict[NoticeChannel, str] = {
    NoticeChannel.WECHAT_GROUP: QT_TRANSLATE_NOOP("ActivityWords", "WeChat group"),
    NoticeChannel.NOTICE_BOARD: QT_TRANSLATE_NOOP("ActivityWords", "Notice board"),
    NoticeChannel.MEETING: QT_TRANSLATE_NOOP("ActivityWords", "Meeting"),
    NoticeChannel.OTHER: QT_TRANSLATE_NOOP("ActivityWords", "Other"),
}

METHODS: dict[SignInMethod, str] = {
    SignInMethod.TICK: QT_TRANSLATE_NOOP("ActivityWords", "ticked"),
    SignInMethod.SCAN: QT_TRANSLATE_NOOP("ActivityWords", "card scanned"),
    SignInMethod.IMPORT: QT_TRANSLATE_NOOP("ActivityWords", "imported"),
}

PROBLEMS: dict[ProblemCode, str] = {
    ProblemCode.UNREADABLE: QT_TRANSLATE_NOOP(
        "ActivityWords",
        "The file cannot be read as a sign-in sheet. %1",
    ),
    ProblemCode.NO_HEADER: QT_TRANSLATE_NOOP(
        "ActivityWords",
        "No column says who signed. On the Columns tab, choose the employee no. (工号) or the "
        "name (姓名) column, or add such a heading above the names.",
    ),
    ProblemCode.CANCELLED: QT_TRANSLATE_NOOP(
        "ActivityWords", "The activity is cancelled: it takes no sign-ins."
    ),
    ProblemCode.FORMULA: QT_TRANSLATE_NOOP(
        "ActivityWords", "A formula, not a value. Copy the column and paste it as values."
    ),
    ProblemCode.UNKNOWN_EMPLOYEE_NO: QT_TRANSLATE_NOOP(
        "ActivityWords",
        "No one on the roster has this employee no. Check the number, or clear it to record "
        "the person as a guest.",
    ),
    ProblemCode.NAME_MISMATCH: QT_TRANSLATE_NOOP(
        "ActivityWords",
        "The roster has %1 under this employee no. Correct the number or the name.",
    ),
    ProblemCode.NOT_ON_ROSTER: QT_TRANSLATE_NOOP(
        "ActivityWords",
        "Left on %1: not on the roster on the activity's date. Remove the row, or clear the "
        "employee no. to record a guest.",
    ),
    ProblemCode.AMBIGUOUS_NAME: QT_TRANSLATE_NOOP(
        "ActivityWords", "%1 people on the roster have this name. Add the employee no."
    ),
    ProblemCode.DUPLICATE: QT_TRANSLATE_NOOP(
        "ActivityWords", "Already signed in on row %1 of this file: this row is skipped."
    ),
    ProblemCode.GUEST: QT_TRANSLATE_NOOP(
        "ActivityWords", "Not on the roster: recorded as a guest (not counted)."
    ),
    ProblemCode.OUTSIDE_TARGET: QT_TRANSLATE_NOOP(
        "ActivityWords", "Not in the target group: recorded, but not counted."
    ),
    ProblemCode.OLD_EMPLOYEE_NO: QT_TRANSLATE_NOOP(
        "ActivityWords",
        "An old employee no.: this person's number is now %1. Signed in under the new one.",
    ),
    ProblemCode.MATCHED_BY_NAME: QT_TRANSLATE_NOOP(
        "ActivityWords", "Found by name: employee no. %1."
    ),
}

NOT_YET_HIRED = QT_TRANSLATE_NOOP(
    "ActivityWords",
    "Joined after the activity's date: not on the roster then. Check the employee no.",
)
FIELDS: dict[str, str] = {
    "employee_no": QT_TRANSLATE_NOOP("ActivityWords", "Employee no."),
    "name": QT_TRANSLATE_NOOP("ActivityWords", "Name"),
    "department": QT_TRANSLATE_NOOP("ActivityWords", "Department"),
    "signature": QT_TRANSLATE_NOOP("ActivityWords", "Signature"),
}

OUTPUT_ERRORS: dict[str, str] = {
    "no_space": QT_TRANSLATE_NOOP(
        "ActivityWords", "There is not enough space on the disk or USB stick."
    ),
    "not_writable": QT_TRANSLATE_NOOP(
        "ActivityWords",
        "The folder cannot be written to (read-only, or the file is open in another program).",
    ),
    "folder_missing": QT_TRANSLATE_NOOP("ActivityWords", "The folder does not exist."),
    "in_use": QT_TRANSLATE_NOOP(
        "ActivityWords",
        "The file is open in another program: close it in Excel/WPS first, then try again.",
    ),
    "is_folder": QT_TRANSLATE_NOOP("ActivityWords", "This is a folder: choose a file name."),
    "io_error": QT_TRANSLATE_NOOP("ActivityWords", "The file could not be written."),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def purpose(code: HospitalVisitPurpose) -> str:
    return tr(PURPOSES[code])


def channel(code: NoticeChannel) -> str:
    return tr(CHANNELS[code])


def method(code: SignInMethod | None) -> str:
    return tr(METHODS[code]) if code else ""


def problem_text(problem: Problem) -> str:
    detail = problem.detail
    if problem.code is ProblemCode.NOT_ON_ROSTER and not detail:
        return tr(NOT_YET_HIRED)
    if problem.code is ProblemCode.UNREADABLE:
        code, _, where = detail.partition(":")
        detail = file_reason(code, (where,))
    return tr(PROBLEMS[problem.code]).replace("%1", detail)


def field_name(field: str) -> str:
    return tr(FIELDS[field]) if field in FIELDS else field


def output_error(error: BaseException) -> str:
    if isinstance(error, OutputError):
        reason = tr(OUTPUT_ERRORS.get(error.reason, OUTPUT_ERRORS["io_error"]))
        text = QCoreApplication.translate(
            "ActivityWords", "Could not save %1: %2 Choose another folder and try again."
        )
        return text.replace("%1", str(error.path)).replace("%2", reason)
    return QCoreApplication.translate("ActivityWords", "Could not save the file: %1").replace(
        "%1", str(error)
    )


def percent(ratio: Ratio) -> str:
    value = ratio.value
    return "—" if value is None else f"{value * 100:.1f}"


def ratio_text(ratio: Ratio) -> str:
    """ "x of y (z %)", or "not applicable" for an empty group."""
    if ratio.denominator == 0:
        return QCoreApplication.translate("ActivityWords", "not applicable")
    return (
        QCoreApplication.translate("ActivityWords", "%1 of %2 (%3 %)")
        .replace("%1", str(ratio.numerator))
        .replace("%2", str(ratio.denominator))
        .replace("%3", percent(ratio))
    )


def progress_text(ratio: Ratio, target: float) -> str:
    """ "x of y (z %) — n more needed for 60 %" (or "— 60 % reached")."""
    if ratio.denominator == 0:
        return QCoreApplication.translate(
            "ActivityWords", "No one in the target group on this date: the rate does not apply."
        )
    needed = ratio.still_needed(target)
    goal = f"{target * 100:g}"
    if needed:
        tail = QCoreApplication.translate("ActivityWords", "%n more needed for %1 %", "", needed)
    else:
        tail = QCoreApplication.translate("ActivityWords", "%1 % reached")
    return f"{ratio_text(ratio)} — {tail.replace('%1', goal)}"
