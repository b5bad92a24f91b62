"""What a sign-in answers, whichever way the account is read: the refusals, the password check
and the clock. Kept free of SQLAlchemy so a command can sign in without the ORM
(`app.services.command_sign_in`) by the very rules of `app.services.accounts`, which
re-exports these."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError

_hasher = PasswordHasher()  # argon2id with the library's current recommended parameters

Clock = Callable[[], dt.datetime]


def system_now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


class SignInError(Exception):
    """Sign-in refused; subclasses say why."""


class BadCredentials(SignInError):
    """Unknown user or wrong password (the message never tells which)."""

    def __init__(self, remaining: int | None) -> None:
        super().__init__("wrong user name or password")
        self.remaining = remaining  # attempts left before the lock, when the account exists


class AccountLocked(SignInError):
    def __init__(self, until: dt.datetime) -> None:
        super().__init__(f"account locked until {until:%H:%M}")
        self.until = until


class AccountDisabled(SignInError):
    """The account was deactivated by the chair."""


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def password_matches(password_hash: str | None, password: str) -> bool:
    if not password_hash:
        return False
    try:
        # The hash names its own parameters: verify with a default hasher, whatever made it.
        return PasswordHasher().verify(password_hash, password)
    except (VerifyMismatchError, InvalidHashError):
        return False
