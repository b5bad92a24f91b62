"""User accounts: Argon2id password hashes, the roles of DESIGN §1, sign-in with lockout.

The union chair's account is made on first run; the chair makes the others. When the database
is encrypted every password change also re-wraps the database key in the key file
(`app/db/keyfile.py`), inside the same unit of work, so the password that signs in is always
the one that opens the file.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.catalogue.audit_notes import PasswordChange
from app.catalogue.codes import AuditAction, Role
from app.catalogue.problems.accounts import AccountProblem
from app.db.keyfile import KeyFile, WrongPassword, key_file_path
from app.db.migrate import Database
from app.db.models import AppUser
from app.domain.lockout import LockState, after_failure
from app.domain.passwords import password_problem, username_problem
from app.domain.permissions import Action
from app.services import audit
from app.services.actor import Actor
from app.services.credentials import AccountDisabled as AccountDisabled
from app.services.credentials import AccountLocked as AccountLocked
from app.services.credentials import BadCredentials as BadCredentials
from app.services.credentials import Clock as Clock
from app.services.credentials import SignInError as SignInError
from app.services.credentials import hash_password as hash_password
from app.services.credentials import password_matches as password_matches
from app.services.credentials import system_now as system_now
from app.services.unit_of_work import read_only, unit_of_work


@dataclass(frozen=True)
class UserRow:
    id: int
    username: str
    display_name: str
    role: Role
    active: bool
    locked_until: dt.datetime | None = None


class AccountError(Exception):
    """A request about accounts refused for `code` (and `field` where it applies); the window and
    the command line say it in the catalogue's words."""

    def __init__(self, code: AccountProblem, field: str = "") -> None:
        super().__init__(f"{code} ({field})" if field else code)
        self.code = code
        self.field = field


def check_new_password(password: str, confirmation: str | None = None) -> None:
    problem = password_problem(password, confirmation)
    if problem:
        raise AccountError(problem, "password")


def add_user(
    session: Session, actor: Actor, username: str, role: Role, password: str, display_name: str = ""
) -> AppUser:
    """Create an account in the caller's transaction (audited, password never logged).

    This writes the database only; `create_user` also enrols the password in the key file.
    """
    actor.require(Action.MANAGE_USERS)
    user = AppUser(
        username=username,
        display_name=display_name or username,
        role=role.value,
        password_hash=hash_password(password),
    )
    session.add(user)
    session.flush()
    audit.record(
        session,
        actor,
        AuditAction.CREATE,
        "app_user",
        user.id,
        after={"username": username, "role": role.value, "display_name": user.display_name},
    )
    return user


def find_user(session: Session, username: str) -> AppUser | None:
    return session.scalar(select(AppUser).where(AppUser.username == username))


def has_accounts(db: Database) -> bool:
    with read_only(db) as session:
        return bool(session.scalar(select(func.count()).select_from(AppUser)))


def _row(user: AppUser) -> UserRow:
    return UserRow(
        user.id, user.username, user.display_name, Role(user.role), user.active, user.locked_until
    )


def list_users(db: Database, actor: Actor) -> list[UserRow]:
    actor.require(Action.MANAGE_USERS)
    with read_only(db) as session:
        return [_row(u) for u in session.scalars(select(AppUser).order_by(AppUser.id))]


def get_user(db: Database, username: str) -> UserRow | None:
    with read_only(db) as session:
        user = find_user(session, username)
        return _row(user) if user else None


# --- the key file of an encrypted database ------------------------------------------------


def _load_keys(db: Database) -> KeyFile | None:
    return KeyFile.load(key_file_path(db.path)) if db.key is not None else None


def _save_keys(db: Database, keys: KeyFile | None) -> None:
    if keys is not None:
        keys.save(key_file_path(db.path))


def enrol_passwords(db: Database, accounts: list[tuple[str, str]]) -> None:
    """Wrap the database key for accounts made directly in the database (the demo's)."""
    keys = _load_keys(db)
    if keys is None or db.key is None:
        return
    for username, password in accounts:
        keys.set_password(username, password, db.key)
    _save_keys(db, keys)


# --- account management -------------------------------------------------------------------


def create_user(
    db: Database,
    actor: Actor,
    username: str,
    role: Role,
    password: str,
    display_name: str = "",
    confirmation: str | None = None,
) -> UserRow:
    actor.require(Action.MANAGE_USERS)
    username = username.strip()
    problem = username_problem(username)
    if problem:
        raise AccountError(problem, "username")
    check_new_password(password, confirmation)
    keys = _load_keys(db)
    with unit_of_work(db) as session:
        if find_user(session, username) is not None:
            raise AccountError(AccountProblem.USERNAME_TAKEN, "username")
        user = add_user(session, actor, username, role, password, display_name.strip())
        if keys is not None and db.key is not None:
            keys.set_password(username, password, db.key)
            _save_keys(db, keys)
        return _row(user)


def create_first_chair(db: Database, username: str, password: str, display_name: str = "") -> Actor:
    """First run: the union chair's own account, only while the database has none."""
    username = username.strip()
    problem = username_problem(username)
    if problem:
        raise AccountError(problem, "username")
    check_new_password(password)
    chair = Actor(username, Role.CHAIR)
    keys = _load_keys(db)
    with unit_of_work(db) as session:
        if session.scalar(select(func.count()).select_from(AppUser)):
            raise AccountError(AccountProblem.ACCOUNTS_EXIST)
        add_user(session, chair, username, Role.CHAIR, password, display_name.strip())
        if keys is not None and db.key is not None:
            keys.set_password(username, password, db.key)
            _save_keys(db, keys)
    return chair


def _set_password(db: Database, session: Session, user: AppUser, password: str) -> None:
    user.password_hash = hash_password(password)
    user.failed_logins = 0
    user.locked_until = None
    keys = _load_keys(db)
    if keys is not None and db.key is not None:
        keys.set_password(user.username, password, db.key)
        keys.lockout.pop(user.username, None)
        _save_keys(db, keys)


def change_password(
    db: Database, actor: Actor, old: str, new: str, confirmation: str | None = None
) -> None:
    actor.require(Action.CHANGE_OWN_PASSWORD)
    check_new_password(new, confirmation)
    with unit_of_work(db) as session:
        user = find_user(session, actor.username)
        if user is None or not _verify(db, user, old):
            raise AccountError(AccountProblem.WRONG_PASSWORD, "old_password")
        _set_password(db, session, user, new)
        audit.record(
            session,
            actor,
            AuditAction.UPDATE,
            "app_user",
            user.id,
            after={"password": PasswordChange.CHANGED.value},
        )


def reset_password(
    db: Database, actor: Actor, username: str, new: str, confirmation: str | None = None
) -> None:
    """The chair sets a new password for an account (a forgotten password)."""
    actor.require(Action.MANAGE_USERS)
    check_new_password(new, confirmation)
    with unit_of_work(db) as session:
        user = find_user(session, username)
        if user is None:
            raise AccountError(AccountProblem.NO_SUCH_USER, "username")
        _set_password(db, session, user, new)
        user.active = True
        audit.record(
            session,
            actor,
            AuditAction.UPDATE,
            "app_user",
            user.id,
            after={"password": PasswordChange.RESET.value},
        )


def reset_with_recovery_key(db: Database, username: str, new: str) -> None:
    """A forgotten password, after the recovery key opened the file: no role check, since
    the recovery key is the database key itself; audited under the account's own name."""
    check_new_password(new)
    with unit_of_work(db) as session:
        user = find_user(session, username)
        if user is None:
            raise AccountError(AccountProblem.NO_SUCH_USER, "username")
        _set_password(db, session, user, new)
        user.active = True
        audit.record(
            session,
            Actor(user.username, Role(user.role)),
            AuditAction.UPDATE,
            "app_user",
            user.id,
            after={"password": PasswordChange.RESET_WITH_RECOVERY_KEY.value},
        )


def set_active(db: Database, actor: Actor, username: str, active: bool) -> None:
    """Deactivate (or reactivate) an account; a deactivated one can no longer open the file."""
    actor.require(Action.MANAGE_USERS)
    if username == actor.username and not active:
        raise AccountError(AccountProblem.CANNOT_DISABLE_SELF, "username")
    with unit_of_work(db) as session:
        user = find_user(session, username)
        if user is None:
            raise AccountError(AccountProblem.NO_SUCH_USER, "username")
        if not active and user.role == Role.CHAIR.value:
            chairs = session.scalar(
                select(func.count())
                .select_from(AppUser)
                .where(AppUser.role == Role.CHAIR.value, AppUser.active.is_(True))
            )
            if (chairs or 0) <= 1:
                raise AccountError(AccountProblem.LAST_CHAIR, "username")
        before = {"active": user.active}
        user.active = active
        keys = _load_keys(db)
        if keys is not None and not active:
            keys.remove(username)  # its password no longer unwraps the database key
            _save_keys(db, keys)
        audit.record(
            session, actor, AuditAction.UPDATE, "app_user", user.id, before, {"active": active}
        )


# --- signing in ----------------------------------------------------------------------------


def _verify(db: Database, user: AppUser, password: str) -> bool:
    """The password check: the key file for an encrypted database, the hash otherwise."""
    keys = _load_keys(db)
    if keys is None:
        return password_matches(user.password_hash, password)
    try:
        keys.unwrap(user.username, password)
    except WrongPassword:
        return False
    return True


def record_failure(
    session: Session, username: str, at: dt.datetime, reason: str = "wrong_password"
) -> None:
    audit.record(
        session,
        Actor(username, Role.CHAIR),  # the name typed; the role is not known to the trail
        AuditAction.LOGIN_FAILED,
        "app_user",
        username,
        after={"reason": reason},
        at=at,
    )


def login(db: Database, username: str, password: str, now: Clock = system_now) -> Actor:
    """Sign in to an open database (a plain file at start, any file at the lock screen).

    Five wrong passwords in a row lock the account for ten minutes; every attempt is audited
    (the failures are committed, then the refusal is raised). For an encrypted database the
    lockout state lives in the key file, as at start.
    """
    at = now()
    keys = _load_keys(db)
    refusal: SignInError | None = None
    with unit_of_work(db) as session:
        user = find_user(session, username)
        if keys is not None:
            state = keys.lock_state(username)
        elif user is not None:
            state = LockState(user.failed_logins or 0, user.locked_until)
        else:
            state = LockState()
        if state.is_locked(at):
            assert state.locked_until is not None
            record_failure(session, username, at, "locked")
            refusal = AccountLocked(state.locked_until)
        elif user is None:
            if keys is None:  # the same work as checking a real password (the key file's
                hash_password(password)  # unwrap does its own): timing tells no names
            record_failure(session, username, at, "no_account")
            refusal = BadCredentials(None)
        elif not _verify(db, user, password):
            record_failure(session, username, at)
            state = after_failure(state, at)
            if keys is not None:
                keys.lockout[username] = state
                _save_keys(db, keys)
            else:
                user.failed_logins = state.failures
                user.locked_until = state.locked_until
            if state.locked_until is not None:
                refusal = AccountLocked(state.locked_until)
            else:
                refusal = BadCredentials(state.remaining_attempts())
        elif not user.active:
            record_failure(session, username, at, "disabled")
            refusal = AccountDisabled(username)
        else:
            actor = _signed_in(db, session, user, at, keys)
            # The lock screen is a sign-in too: an older key wrap is renewed here as well.
            if (
                keys is not None
                and db.key is not None
                and keys.rewrap_if_legacy(username, password, db.key)
            ):
                _save_keys(db, keys)
    if refusal is not None:
        raise refusal
    return actor


def _signed_in(
    db: Database, session: Session, user: AppUser, at: dt.datetime, keys: KeyFile | None
) -> Actor:
    user.failed_logins = 0
    user.locked_until = None
    if keys is not None and user.username in keys.lockout:
        keys.lockout.pop(user.username)
        _save_keys(db, keys)
    actor = Actor(user.username, Role(user.role))
    audit.record(session, actor, AuditAction.LOGIN, "app_user", user.id, at=at)
    return actor


def record_sign_in(
    db: Database, username: str, earlier_failures: list[tuple[str, dt.datetime]], at: dt.datetime
) -> Actor:
    """After the key file opened an encrypted database: audit the failed attempts made while
    it was closed, check the account, audit the sign-in."""
    refusal: SignInError | None = None
    with unit_of_work(db) as session:
        for name, when in earlier_failures:
            record_failure(session, name, when)
        user = find_user(session, username)
        if user is None or not user.active:
            record_failure(session, username, at, "disabled" if user else "no_account")
            refusal = AccountDisabled(username)
        else:
            actor = _signed_in(db, session, user, at, None)
    if refusal is not None:
        raise refusal
    return actor


def chair_approves(db: Database, password: str) -> str | None:
    """The username of the active union chair whose password this is (an approval), or None."""
    with read_only(db) as session:
        chairs = list(
            session.scalars(
                select(AppUser).where(AppUser.role == Role.CHAIR.value, AppUser.active.is_(True))
            )
        )
        for chair in chairs:
            if _verify(db, chair, password):
                return chair.username
    return None
