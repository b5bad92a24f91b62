"""Words of the county's review-result file on the site: why a file was refused, what applying
it changes, and the county's commendation verdict."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.codes import CommendationReason
from app.exchange.review_import import ReviewChanges
from app.ui.i18n import QT_TRANSLATE_NOOP, word

CONTEXT = "ReviewResult"

REASONS: dict[str, str] = {
    "not_a_zip": QT_TRANSLATE_NOOP("ReviewResult", "it is not a review-result file"),
    "damaged": QT_TRANSLATE_NOOP("ReviewResult", "the file is damaged or incomplete (truncated)"),
    "bad_manifest": QT_TRANSLATE_NOOP("ReviewResult", "its manifest cannot be read"),
    "unknown_format": QT_TRANSLATE_NOOP("ReviewResult", "its format version is not supported"),
    "bad_signature": QT_TRANSLATE_NOOP(
        "ReviewResult", "the signature is invalid: the file was changed after the county signed it"
    ),
    "hash_mismatch": QT_TRANSLATE_NOOP(
        "ReviewResult", "its content does not match its manifest: the file was changed"
    ),
    "extra_file": QT_TRANSLATE_NOOP("ReviewResult", "it holds a file its manifest does not list"),
    "missing_file": QT_TRANSLATE_NOOP("ReviewResult", "a part of the file is missing"),
    "bad_layout": QT_TRANSLATE_NOOP("ReviewResult", "the file's structure was changed"),
    "unreadable": QT_TRANSLATE_NOOP("ReviewResult", "the file cannot be read"),
    "too_large": QT_TRANSLATE_NOOP(
        "ReviewResult", "it is far larger than a review result can be (or packed to inflate)"
    ),
    "bad_sequence": QT_TRANSLATE_NOOP("ReviewResult", "its number is not valid"),
    "bad_time": QT_TRANSLATE_NOOP(
        "ReviewResult", "the time it was made is invalid or in the future"
    ),
    "wrong_kind": QT_TRANSLATE_NOOP(
        "ReviewResult", "it is not the county's review result (a site's package, perhaps)"
    ),
    "bad_data": QT_TRANSLATE_NOOP(
        "ReviewResult", "its records hold an invalid value (a date, a number, a missing text)"
    ),
}

NOTHING = QT_TRANSLATE_NOOP(
    "ReviewResult", "Nothing changes: the register already holds the county's records as they are."
)
INSPECTIONS = QT_TRANSLATE_NOOP(
    "ReviewResult", "Inspections: %1 new, %2 updated, %3 removed by the county."
)
ITEMS = QT_TRANSLATE_NOOP(
    "ReviewResult", "Rectification items: %1 new, %2 confirmed done by the county, %3 removed."
)
SHORTLISTED = QT_TRANSLATE_NOOP("ReviewResult", "%1: on the county's commendation shortlist.")
SEPARATOR = QT_TRANSLATE_NOOP("ReviewResult", "; ")
NOT_SHORTLISTED = QT_TRANSLATE_NOOP("ReviewResult", "%1: not on the commendation shortlist — %2.")
NO_COMMENTS = QT_TRANSLATE_NOOP("ReviewResult", "No comments on the packages.")
COMMENT = QT_TRANSLATE_NOOP("ReviewResult", "On the package of %1: %2")


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def reason_text(reason: str) -> str:
    return tr(REASONS.get(reason, REASONS["bad_data"]))


def changes_text(changes: ReviewChanges) -> str:
    if not changes.any:
        return tr(NOTHING)
    return (
        tr(INSPECTIONS)
        .replace("%1", str(changes.added))
        .replace("%2", str(changes.updated))
        .replace("%3", str(changes.removed))
        + "\n"
        + tr(ITEMS)
        .replace("%1", str(changes.items_added))
        .replace("%2", str(changes.items_closed))
        .replace("%3", str(changes.items_removed))
    )


def reasons_text(reasons: tuple[str, ...]) -> str:
    """Why the county did not shortlist a site, in words (the catalogue's)."""
    known = {r.value: r for r in CommendationReason}
    return tr(SEPARATOR).join(word(known[r]) if r in known else r for r in reasons)


def commendation_text(year: int | None, reasons: tuple[str, ...]) -> str:
    if year is None:
        return ""
    if not reasons:
        return tr(SHORTLISTED).replace("%1", str(year))
    why = reasons_text(reasons)
    return tr(NOT_SHORTLISTED).replace("%1", str(year)).replace("%2", why)


def comments_text(comments: tuple[tuple[str, str], ...]) -> str:
    if not comments:
        return tr(NO_COMMENTS)
    return "\n".join(
        tr(COMMENT).replace("%1", period).replace("%2", text) for period, text in comments
    )
