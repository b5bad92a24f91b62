"""What a password must be: long enough to resist guessing at the room PC.

Returns a code the window and the command line say in the catalogue's words.
"""

from __future__ import annotations

from app.catalogue.problems.accounts import AccountProblem

MIN_LENGTH = 8


def password_problem(password: str, confirmation: str | None = None) -> AccountProblem | None:
    if confirmation is not None and password != confirmation:
        return AccountProblem.MISMATCH
    if len(password) < MIN_LENGTH:
        return AccountProblem.TOO_SHORT
    if len(set(password)) < 3 or password.isdigit():
        return AccountProblem.TOO_SIMPLE  # 11111111, 12121212, 20261116 ...
    return None


def username_problem(username: str) -> AccountProblem | None:
    name = username.strip()
    if not name:
        return AccountProblem.REQUIRED
    if len(name) > 50 or any(ch.isspace() for ch in name):
        return AccountProblem.BAD_USERNAME
    return None
