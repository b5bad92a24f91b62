"""Words for what the account services refuse, in the UI language."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from app.catalogue.codes import Role
from app.ui.i18n import QT_TRANSLATE_NOOP, word

if TYPE_CHECKING:  # the sign-in window uses this module before the services are imported
    from app.services.accounts import AccountError, SignInError

CONTEXT = "Accounts"

_ACCOUNT_ERRORS: dict[str, str] = {
    "required": QT_TRANSLATE_NOOP("Accounts", "Enter a user name."),
    "bad_username": QT_TRANSLATE_NOOP(
        "Accounts", "The user name may not contain spaces and must be at most 50 characters."
    ),
    "username_taken": QT_TRANSLATE_NOOP("Accounts", "This user name is already taken."),
    "too_short": QT_TRANSLATE_NOOP("Accounts", "The password must have at least 8 characters."),
    "too_simple": QT_TRANSLATE_NOOP(
        "Accounts", "The password is too simple: use letters and digits, not only digits."
    ),
    "mismatch": QT_TRANSLATE_NOOP("Accounts", "The two passwords are not the same."),
    "wrong_password": QT_TRANSLATE_NOOP("Accounts", "The current password is not right."),
    "no_such_user": QT_TRANSLATE_NOOP("Accounts", "There is no account with this user name."),
    "cannot_disable_self": QT_TRANSLATE_NOOP("Accounts", "You cannot disable your own account."),
    "last_chair": QT_TRANSLATE_NOOP(
        "Accounts", "This is the only union chair account; it cannot be disabled."
    ),
    "accounts_exist": QT_TRANSLATE_NOOP("Accounts", "This database already has accounts."),
    "last_admin": QT_TRANSLATE_NOOP(
        "Accounts", "This is the only active county administrator; it cannot be disabled."
    ),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def account_error_text(error: AccountError) -> str:
    return account_problem_text(error.code)


def account_problem_text(code: str) -> str:
    """Words for a problem code (`app.domain.passwords`, `AccountError.code`)."""
    text = _ACCOUNT_ERRORS.get(code)
    return tr(text) if text else code


def role_name(role: Role) -> str:
    return word(role)


def sign_in_error_text(error: SignInError) -> str:
    from app.services.accounts import AccountDisabled, AccountLocked, BadCredentials

    if isinstance(error, AccountLocked):
        return QCoreApplication.translate(
            "Accounts",
            "Five wrong passwords in a row: the account is locked until %1. "
            "Try again then, or ask the union chair.",
        ).replace("%1", error.until.strftime("%H:%M"))
    if isinstance(error, AccountDisabled):
        return QCoreApplication.translate(
            "Accounts", "This account has been disabled. Ask the union chair."
        )
    # One answer whether the name exists or not (no attempts-left count that would tell).
    assert isinstance(error, BadCredentials)
    return QCoreApplication.translate(
        "Accounts",
        "Wrong user name or password. Five wrong passwords in a row lock an account for ten "
        "minutes.",
    )
