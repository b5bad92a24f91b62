"""Messages of the county workspace: what an import did, its warnings, why a workspace could
not be opened (why a package was refused, the roles and the access log are the catalogue's)."""

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

WORKSPACE_ERRORS: dict[str, str] = {
    "site_database": QT_TRANSLATE_NOOP(
        "County",
        "%1 is a site's register, not a county workspace. Choose a workspace file, or a new "
        "file name to create one.",
    ),
    "not_a_workspace": QT_TRANSLATE_NOOP(
        "County",
        "%1 is not a county workspace. Choose a workspace file, or a new file name to create one.",
    ),
    "is_folder": QT_TRANSLATE_NOOP(
        "County", "%1 is a folder. Choose a workspace file in it, or a new file name."
    ),
    "folder_missing": QT_TRANSLATE_NOOP(
        "County", "The folder of %1 does not exist. Choose a folder that exists."
    ),
    "read_only": QT_TRANSLATE_NOOP(
        "County",
        "%1 is on a read-only disk or in a folder that cannot be written. Copy the workspace to "
        "a writable folder, or choose another place.",
    ),
    "cannot_open": QT_TRANSLATE_NOOP(
        "County",
        "%1 could not be opened or created (the disk may be full or removed). Free some space "
        "or choose another place.",
    ),
    "bad_address": QT_TRANSLATE_NOOP(
        "County",
        "%1 is not a workspace address. A shared workspace is written "
        "postgresql://user@server:5432/database; a workspace on this PC is a file.",
    ),
    "unreachable": QT_TRANSLATE_NOOP(
        "County",
        "The workspace server %1 could not be reached or refused the sign-in (%2). Check the "
        "address, the network and the server's user and password with the union's IT staff.",
    ),
}


def t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)
