"""What a password must be: long enough to resist guessing at the room PC.

Returns a code the UI turns into words (`too_short`, `too_simple`, `mismatch`).
"""

from __future__ import annotations

MIN_LENGTH = 8


def password_problem(password: str, confirmation: str | None = None) -> str | None:
    if confirmation is not None and password != confirmation:
        return "mismatch"
    if len(password) < MIN_LENGTH:
        return "too_short"
    if len(set(password)) < 3 or password.isdigit():
        return "too_simple"  # 11111111, 12121212, 20261116 ...
    return None


def username_problem(username: str) -> str | None:
    name = username.strip()
    if not name:
        return "required"
    if len(name) > 50 or any(ch.isspace() for ch in name):
        return "bad_username"
    return None
