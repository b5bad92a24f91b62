"""Messages of the activities, sign-in and notices: a sign-in sheet's problems, a file that
could not be saved, and the live participation line, in the UI language (the codes' words are
the catalogue's)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.catalogue.problems import NOT_YET_HIRED, OutputProblem, SignInProblem, sentence
from app.domain.ratios import Ratio
from app.exchange.sign_in_import import Problem
from app.reports.atomic import OutputError
from app.ui.i18n import catalogue_language, problem

CONTEXT = "ActivityWords"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def problem_text(found: Problem) -> str:
    detail = found.detail
    language = catalogue_language()
    if found.code is SignInProblem.NOT_ON_ROSTER and not detail:
        return NOT_YET_HIRED.in_(language)
    if found.code is SignInProblem.UNREADABLE:
        code, _, where = detail.partition(":")
        detail = problem(code, (where,))
    return sentence(found.code, language, (detail,))


def output_error(error: BaseException) -> str:
    if isinstance(error, OutputError):
        known = error.reason in OutputProblem.__members__.values()
        reason = problem(error.reason if known else OutputProblem.IO_ERROR)
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
