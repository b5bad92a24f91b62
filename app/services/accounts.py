"""User accounts: Argon2id password hashes and the roles of DESIGN §1."""

from __future__ import annotations

from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import AppUser
from app.domain.codes import AuditAction, Role
from app.services import audit
from app.services.actor import Actor

_hasher = PasswordHasher()  # argon2id with the library's current recommended parameters


@dataclass(frozen=True)
class UserRow:
    id: int
    username: str
    display_name: str
    role: Role
    active: bool


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def password_matches(password_hash: str | None, password: str) -> bool:
    if not password_hash:
        return False
    try:
        return _hasher.verify(password_hash, password)
    except (VerifyMismatchError, InvalidHashError):
        return False


def add_user(
    session: Session, actor: Actor, username: str, role: Role, password: str, display_name: str = ""
) -> AppUser:
    """Create an account in the caller's transaction (audited, password never logged)."""
    actor.require("manage users", Role.CHAIR)
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
        after={"username": username, "role": role.value},
    )
    return user


def find_user(session: Session, username: str) -> AppUser | None:
    return session.scalar(select(AppUser).where(AppUser.username == username))
