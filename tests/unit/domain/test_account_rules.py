"""Pure rules behind accounts: passwords, lockout, recovery key format, retention edge cases."""

from __future__ import annotations

import datetime as dt

import pytest

from app.db.keyfile import (
    KeyFile,
    WrongPassword,
    format_recovery_key,
    new_database_key,
    parse_recovery_key,
)
from app.domain.lockout import LOCK_DURATION, LockState, after_failure
from app.domain.passwords import password_problem, username_problem
from app.domain.retention import to_keep


@pytest.mark.parametrize(
    ("password", "confirmation", "problem"),
    [
        ("secret123", None, None),
        ("demo1234", "demo1234", None),
        ("short1", None, "too_short"),
        ("20261116", None, "too_simple"),
        ("aaaaaaaaa", None, "too_simple"),
        ("secret123", "secret124", "mismatch"),
    ],
)
def test_password_rules(password: str, confirmation: str | None, problem: str | None) -> None:
    assert password_problem(password, confirmation) == problem


def test_user_name_rules() -> None:
    assert username_problem("zhang") is None
    assert username_problem("张建国") is None
    assert username_problem("  ") == "required"
    assert username_problem("zhang san") == "bad_username"


def test_the_fifth_failure_locks_and_an_expired_lock_starts_afresh() -> None:
    now = dt.datetime(2026, 11, 16, 9, 0)
    state = LockState()
    for n in range(1, 5):
        state = after_failure(state, now)
        assert (state.failures, state.locked_until, state.remaining_attempts()) == (n, None, 5 - n)
    state = after_failure(state, now)
    assert state.locked_until == now + LOCK_DURATION and state.is_locked(now)
    assert not state.is_locked(now + LOCK_DURATION)
    again = after_failure(state, now + LOCK_DURATION)
    assert (again.failures, again.locked_until) == (1, None)


def test_the_recovery_key_survives_typing_mistakes_but_not_a_wrong_key() -> None:
    key = new_database_key()
    text = format_recovery_key(key)
    assert len(text) == 13 * 4 + 12 and text.count("-") == 12
    sloppy = text.lower().replace("-", " ").replace("o", "0").replace("i", "1")
    assert parse_recovery_key(sloppy) == key
    with pytest.raises(WrongPassword):
        parse_recovery_key(text[:-5])
    keys = KeyFile.for_key(key)
    assert keys.fits(key) and not keys.fits(new_database_key())


def test_retention_keeps_everything_when_there_are_few_backups() -> None:
    stamps = [dt.datetime(2026, 11, 16, 9, m) for m in range(5)]
    assert to_keep(stamps) == set(stamps)
    assert to_keep([]) == set()
