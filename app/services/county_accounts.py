"""Accounts of the county workspace: reviewers and county administrators who sign in with a
password (Argon2id), are locked out after five wrong passwords in a row, and act within their
role. The accounts live in the workspace itself, so a shared workspace on a server has one
set of accounts for all its reviewers.

Every sign-in, refusal and account change is written to the workspace's access log, with the
channel it came through (the window or the command line). An unknown user name and a wrong
password get the same answer after the same work, so names cannot be found by trying.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.catalogue.county import AccessNote
from app.catalogue.county import AccessNoteKind as Note
from app.catalogue.language import Language
from app.catalogue.permissions import refusal
from app.catalogue.problems.accounts import AccountProblem
from app.catalogue.words import word
from app.db.county_models import CountyAccess, CountyAccount, Workspace, write
from app.domain.county_roles import CountyAction, CountyRole, may
from app.domain.lockout import LockState, after_failure
from app.domain.passwords import password_problem, username_problem
from app.services.accounts import (
    AccountDisabled,
    AccountError,
    AccountLocked,
    BadCredentials,
    hash_password,
    password_matches,
)

Clock = Callable[[], dt.datetime]
WINDOW, CLI = "window", "cli"


def system_now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


class CountyPermissionDenied(Exception):
    """The signed-in account's role does not allow `action`. Its text is the refusal in
    Chinese; :meth:`said` gives it in the language the person reads."""

    def __init__(self, action: CountyAction, username: str = "", role: CountyRole | None = None):
        self.action = action
        self.username = username
        self.role = role
        super().__init__(self.said(Language.ZH))

    def said(self, language: Language) -> str:
        role = word(self.role, language) if self.role is not None else ""
        return refusal(self.username, role, self.action, language)


@dataclass(frozen=True)
class CountyReviewer:
    """Who is acting in the workspace, and through which channel (recorded with each action)."""

    username: str
    display_name: str
    role: CountyRole
    channel: str = WINDOW

    def may(self, action: CountyAction) -> bool:
        return may(self.role, action)

    def require(self, action: CountyAction) -> None:
        if not self.may(action):
            raise CountyPermissionDenied(action, self.username, self.role)


@dataclass(frozen=True)
class AccountRow:
    username: str
    display_name: str
    role: CountyRole
    active: bool
    locked_until: dt.datetime | None
    last_sign_in: dt.datetime | None


def record(
    session: Session, who: str, action: str, note: AccessNote | None = None, channel: str = WINDOW
) -> None:
    """One line of the access log, in the caller's transaction; its note is stored as a code
    and values, worded in the reader's language."""
    session.add(
        CountyAccess(
            at=system_now(), reviewer=who, action=action, detail="", channel=channel,
            note_kind=note.kind.value if note else "", note_values=note.stored() if note else "",
        )
    )  # fmt: skip


def noted(kind: Note, **values: str | int) -> AccessNote:
    return AccessNote(kind, values)


def has_accounts(workspace: Workspace) -> bool:
    with workspace.sessions() as session:
        return bool(session.scalar(select(func.count()).select_from(CountyAccount)))


def _check(username: str, password: str) -> str:
    username = username.strip()
    problem = username_problem(username)
    if problem:
        raise AccountError(problem, "username")
    problem = password_problem(password)
    if problem:
        raise AccountError(problem, "password")
    return username


def _reviewer(account: CountyAccount, channel: str) -> CountyReviewer:
    return CountyReviewer(account.username, account.display_name, CountyRole(account.role), channel)


def create_first_admin(
    workspace: Workspace, username: str, password: str, display_name: str = "",
    channel: str = WINDOW,
) -> CountyReviewer:  # fmt: skip
    """The workspace's first account, a county administrator; refused once any account exists
    (two people creating it at the same moment: the second is refused)."""
    username = _check(username, password)
    password_hash = hash_password(password)

    def apply(session: Session) -> CountyReviewer:
        if session.scalar(select(func.count()).select_from(CountyAccount)):
            raise AccountError(AccountProblem.ACCOUNTS_EXIST)
        account = CountyAccount(
            username=username, display_name=display_name.strip() or username,
            role=CountyRole.ADMIN.value, password_hash=password_hash, active=True,
            failed_logins=0, created_at=system_now(),
        )  # fmt: skip
        session.add(account)
        record(
            session,
            username,
            "account",
            noted(Note.ACCOUNT_CREATED, username=username, role=CountyRole.ADMIN.value),
            channel,
        )
        return _reviewer(account, channel)

    return write(workspace, apply)


_unknown_hash: str | None = None


def _spend_like_a_check(password: str) -> None:
    """An unknown name costs the same Argon2 verification as a known one."""
    global _unknown_hash
    if _unknown_hash is None:
        _unknown_hash = hash_password("no such account")
    password_matches(_unknown_hash, password)


def sign_in(
    workspace: Workspace, username: str, password: str, channel: str = WINDOW,
    now: Clock = system_now,
) -> CountyReviewer:  # fmt: skip
    """The account's reviewer, or a SignInError: BadCredentials (never saying whether the name
    exists), AccountLocked, AccountDisabled. Every attempt is logged."""
    username = username.strip()
    at = now()

    def apply(session: Session) -> CountyReviewer | Exception:
        account = session.scalar(select(CountyAccount).where(CountyAccount.username == username))
        if account is None:
            _spend_like_a_check(password)
            record(session, username, "sign_in_failed", noted(Note.UNKNOWN_NAME), channel)
            return BadCredentials(None)
        state = LockState(account.failed_logins, account.locked_until)
        if state.is_locked(at):
            assert state.locked_until is not None
            record(session, username, "sign_in_failed", noted(Note.LOCKED), channel)
            return AccountLocked(state.locked_until)
        if not password_matches(account.password_hash, password):
            state = after_failure(state, at)
            account.failed_logins, account.locked_until = state.failures, state.locked_until
            refused = Note.WRONG_PASSWORD_LOCKED if state.locked_until else Note.WRONG_PASSWORD
            record(session, username, "sign_in_failed", noted(refused), channel)
            return AccountLocked(state.locked_until) if state.locked_until else BadCredentials(None)
        if not account.active:
            record(session, username, "sign_in_failed", noted(Note.DISABLED), channel)
            return AccountDisabled("account disabled")
        account.failed_logins, account.locked_until, account.last_sign_in = 0, None, at
        record(session, username, "sign_in", None, channel)
        return _reviewer(account, channel)

    outcome = write(workspace, apply)  # the refusal is logged (committed) before it is raised
    if isinstance(outcome, Exception):
        raise outcome
    return outcome


def _account(session: Session, username: str) -> CountyAccount:
    account = session.scalar(select(CountyAccount).where(CountyAccount.username == username))
    if account is None:
        raise AccountError(AccountProblem.NO_SUCH_USER, "username")
    return account


def _active_admins(session: Session) -> int:
    query = select(func.count()).where(
        CountyAccount.role == CountyRole.ADMIN.value, CountyAccount.active.is_(True)
    )
    return int(session.scalar(query) or 0)


def add_account(
    workspace: Workspace, actor: CountyReviewer, username: str, role: CountyRole, password: str,
    display_name: str = "",
) -> None:  # fmt: skip
    actor.require(CountyAction.MANAGE_ACCOUNTS)
    username = _check(username, password)
    password_hash = hash_password(password)

    def apply(session: Session) -> None:
        if session.scalar(select(CountyAccount.id).where(CountyAccount.username == username)):
            raise AccountError(AccountProblem.USERNAME_TAKEN, "username")
        session.add(
            CountyAccount(
                username=username, display_name=display_name.strip() or username,
                role=role.value, password_hash=password_hash, active=True, failed_logins=0,
                created_at=system_now(),
            )
        )  # fmt: skip
        record(session, actor.username, "account",
               noted(Note.ACCOUNT_CREATED, username=username, role=role.value),
               actor.channel)  # fmt: skip

    write(workspace, apply)


def set_active(workspace: Workspace, actor: CountyReviewer, username: str, active: bool) -> None:
    actor.require(CountyAction.MANAGE_ACCOUNTS)
    if not active and username == actor.username:
        raise AccountError(AccountProblem.CANNOT_DISABLE_SELF, "username")

    def apply(session: Session) -> None:
        account = _account(session, username)
        if not active and account.role == CountyRole.ADMIN.value and _active_admins(session) <= 1:
            raise AccountError(AccountProblem.LAST_ADMIN, "username")
        account.active = active
        what = Note.ACCOUNT_ENABLED if active else Note.ACCOUNT_DISABLED
        record(session, actor.username, "account", noted(what, username=username), actor.channel)

    write(workspace, apply)


def reset_password(
    workspace: Workspace, actor: CountyReviewer, username: str, password: str
) -> None:
    """The administrator sets a new password for someone who forgot theirs (and unlocks it)."""
    actor.require(CountyAction.MANAGE_ACCOUNTS)
    _check(username, password)
    password_hash = hash_password(password)

    def apply(session: Session) -> None:
        account = _account(session, username)
        account.password_hash, account.failed_logins, account.locked_until = password_hash, 0, None
        note = noted(Note.PASSWORD_RESET, username=username)
        record(session, actor.username, "account", note, actor.channel)

    write(workspace, apply)


def change_own_password(
    workspace: Workspace, reviewer: CountyReviewer, current: str, new: str
) -> None:
    _check(reviewer.username, new)
    password_hash = hash_password(new)

    def apply(session: Session) -> None:
        account = _account(session, reviewer.username)
        if not password_matches(account.password_hash, current):
            raise AccountError(AccountProblem.WRONG_PASSWORD, "password")
        account.password_hash = password_hash
        note = noted(Note.OWN_PASSWORD)
        record(session, reviewer.username, "account", note, reviewer.channel)

    write(workspace, apply)


def list_accounts(workspace: Workspace, actor: CountyReviewer) -> list[AccountRow]:
    actor.require(CountyAction.MANAGE_ACCOUNTS)
    with workspace.sessions() as session:
        return [
            AccountRow(a.username, a.display_name, CountyRole(a.role), a.active, a.locked_until,
                       a.last_sign_in)
            for a in session.scalars(select(CountyAccount).order_by(CountyAccount.username))
        ]  # fmt: skip
