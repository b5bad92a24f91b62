"""Words for what the account services refuse, in the UI language (the catalogue's sentences
for a problem code, the sign-in refusals with their details)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from app.catalogue.codes import Role
from app.catalogue.problems.accounts import account_sentence
from app.ui.i18n import catalogue_language, word

if TYPE_CHECKING:  # the sign-in window uses this module before the services are imported
    from app.services.accounts import AccountError, SignInError


def account_error_text(error: AccountError) -> str:
    return account_problem_text(error.code)


def account_problem_text(code: str) -> str:
    """Words for a problem code (`app.domain.passwords`, `AccountError.code`)."""
    return account_sentence(code, catalogue_language())


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
