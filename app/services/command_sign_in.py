"""A command's sign-in (`--user`) on a plain register read without the ORM (`app.db.rows`).

The rules of `app.services.accounts.login` for a plain register, in one transaction: a locked
account is refused, five wrong passwords in a row lock it for ten minutes (the count and the
lock kept in the account's row), an unknown name costs one Argon2 hash like a real check, and
every attempt is audited — the failures committed before the refusal is raised. An encrypted
register keeps its lockout in the key file and is opened the full way (`accounts.login`).
"""

from __future__ import annotations

import datetime as dt

from app.catalogue.codes import AuditAction, Role
from app.db.rows import Rows, as_moment, moment_text
from app.domain.lockout import LockState, after_failure
from app.services.actor import Actor
from app.services.audit_chain import append
from app.services.credentials import (
    AccountDisabled,
    AccountLocked,
    BadCredentials,
    Clock,
    SignInError,
    hash_password,
    password_matches,
    system_now,
)


def sign_in(rows: Rows, username: str, password: str, now: Clock = system_now) -> Actor:
    """The signed-in actor; a `SignInError` (after its audit entry is committed) otherwise."""
    at = now()
    with rows.writing():  # one writer: the attempt and its count together
        actor, refusal = _attempt(rows, username, password, at)
    if refusal is not None:
        raise refusal
    assert actor is not None
    return actor


def _attempt(
    rows: Rows, username: str, password: str, at: dt.datetime
) -> tuple[Actor | None, SignInError | None]:
    found = rows.all(
        "SELECT id, role, password_hash, failed_logins, locked_until, active FROM app_user "
        "WHERE username = ?",
        (username,),
    )
    if not found:
        hash_password(password)  # the same work as checking a real password: timing tells no names
        _failed(rows, username, at, "no_account")
        return None, BadCredentials(None)
    user_id, role, password_hash, failures, locked_until, active = found[0]
    state = LockState(failures or 0, as_moment(locked_until))
    if state.is_locked(at):
        assert state.locked_until is not None
        _failed(rows, username, at, "locked")
        return None, AccountLocked(state.locked_until)
    if not password_matches(password_hash, password):
        _failed(rows, username, at)
        state = after_failure(state, at)
        _keep(rows, user_id, state)
        if state.locked_until is not None:
            return None, AccountLocked(state.locked_until)
        return None, BadCredentials(state.remaining_attempts())
    if not active:
        _failed(rows, username, at, "disabled")
        return None, AccountDisabled(username)
    _keep(rows, user_id, LockState())
    actor = Actor(username, Role(role))
    append(rows, username, AuditAction.LOGIN, "app_user", user_id, at=at)
    return actor, None


def _keep(rows: Rows, user_id: int, state: LockState) -> None:
    until = None if state.locked_until is None else moment_text(state.locked_until)
    rows.connection.execute(
        "UPDATE app_user SET failed_logins = ?, locked_until = ? WHERE id = ?",
        (state.failures, until, user_id),
    )


def _failed(rows: Rows, username: str, at: dt.datetime, reason: str = "wrong_password") -> None:
    # The name typed; the role is not known to the trail (as `accounts.record_failure`).
    append(
        rows, username, AuditAction.LOGIN_FAILED, "app_user", username,
        after={"reason": reason}, at=at,
    )  # fmt: skip
