"""Words of the county workspace: why a package was refused, what an import did, item states."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.county_roles import CountyRole
from app.ui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "County"

REASONS: dict[str, str] = {
    "not_a_zip": QT_TRANSLATE_NOOP("County", "it is not a package (zip) file"),
    "damaged": QT_TRANSLATE_NOOP("County", "the file is damaged or incomplete (truncated)"),
    "bad_manifest": QT_TRANSLATE_NOOP("County", "its manifest cannot be read"),
    "unknown_format": QT_TRANSLATE_NOOP("County", "its format version is not supported"),
    "bad_signature": QT_TRANSLATE_NOOP(
        "County", "the signature is invalid: the package was changed after it was signed"
    ),
    "hash_mismatch": QT_TRANSLATE_NOOP(
        "County", "a file's hash does not match its manifest: the package was changed"
    ),
    "extra_file": QT_TRANSLATE_NOOP("County", "it holds a file its manifest does not list"),
    "missing_file": QT_TRANSLATE_NOOP("County", "a file of the package is missing"),
    "bad_layout": QT_TRANSLATE_NOOP("County", "the package's structure was changed"),
    "unreadable": QT_TRANSLATE_NOOP("County", "the file cannot be read"),
    "too_large": QT_TRANSLATE_NOOP(
        "County", "it is far larger than a package can be (or packed to inflate hugely)"
    ),
    "bad_period": QT_TRANSLATE_NOOP("County", "its period is not a valid year, quarter or month"),
    "future_period": QT_TRANSLATE_NOOP("County", "its period has not begun yet"),
    "bad_sequence": QT_TRANSLATE_NOOP("County", "its package number is not valid"),
    "bad_data": QT_TRANSLATE_NOOP(
        "County", "its data workbook lacks a sheet or column, or holds an invalid value"
    ),
}

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

STATUS: dict[str, str] = {
    "open": QT_TRANSLATE_NOOP("County", "open"),
    "done": QT_TRANSLATE_NOOP("County", "done"),
}
SOURCES: dict[str, str] = {
    "county": QT_TRANSLATE_NOOP("County", "county record"),
    "site": QT_TRANSLATE_NOOP("County", "reported by the site"),
}
ACCESS: dict[str, str] = {
    "open": QT_TRANSLATE_NOOP("County", "opened the workspace"),
    "import": QT_TRANSLATE_NOOP("County", "imported a package"),
    "inspection": QT_TRANSLATE_NOOP("County", "recorded an inspection"),
    "report": QT_TRANSLATE_NOOP("County", "printed the county summary"),
    "sign_in": QT_TRANSLATE_NOOP("County", "signed in"),
    "sign_in_failed": QT_TRANSLATE_NOOP("County", "sign-in refused"),
    "account": QT_TRANSLATE_NOOP("County", "changed an account"),
    "access_log": QT_TRANSLATE_NOOP("County", "read the access log"),
    "return": QT_TRANSLATE_NOOP("County", "wrote a return file"),
}
CHANNELS: dict[str, str] = {
    "window": QT_TRANSLATE_NOOP("County", "window"),
    "cli": QT_TRANSLATE_NOOP("County", "command line"),
}
ROLES: dict[CountyRole, str] = {
    CountyRole.REVIEWER: QT_TRANSLATE_NOOP("County", "reviewer"),
    CountyRole.ADMIN: QT_TRANSLATE_NOOP("County", "county administrator"),
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


def reason_text(reason: str) -> str:
    return t(REASONS[reason]) if reason in REASONS else reason


def code_text(table: dict[str, str], code: str) -> str:
    return t(table[code]) if code in table else code
