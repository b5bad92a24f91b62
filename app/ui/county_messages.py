"""Messages of the county workspace: what an import did and its warnings (why a package was
refused or a workspace cannot be opened, the roles and the access log are the catalogue's)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.ui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "County"


OUTCOMES: dict[str, str] = {
    "imported": QT_TRANSLATE_NOOP("County", "%1: imported (%2, package no. %3)."),
    "replaced": QT_TRANSLATE_NOOP(
        "County", "%1: imported (%2, package no. %3); it replaces package no. %4 of that period."
    ),
    "unchanged": QT_TRANSLATE_NOOP(
        "County", "%1: already imported (%2, package no. %3); nothing changed."
    ),
    "older": QT_TRANSLATE_NOOP(
        "County",
        "%1: not imported — package no. %3 of %2 is older than package no. %4 already imported.",
    ),
    "key_changed": QT_TRANSLATE_NOOP(
        "County", "%1: not imported — signed by another key than before, and not confirmed."
    ),
    "new_key": QT_TRANSLATE_NOOP(
        "County", "%1: not imported — the first package of %2, its key was not confirmed."
    ),
    "rejected": QT_TRANSLATE_NOOP("County", "%1: rejected — %2."),
}

WARNINGS: dict[str, str] = {
    "audit_rollback": QT_TRANSLATE_NOOP(
        "County",
        "Warning: the site's audit trail is shorter than in an earlier package, or rewritten "
        "(entries deleted, or the register rolled back to an old copy). Look into it.",
    ),
}


def t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)
