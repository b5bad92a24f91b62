"""Accounts: first chair, users made by the chair, sign-in lockout on a fake clock, passwords."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from app.catalogue.codes import Role
from app.db.keyfile import KeyFile, key_file_path
from app.db.migrate import Database
from app.db.models import AppUser, AuditEntry
from app.services import accounts, login
from app.services.accounts import (
    AccountDisabled,
    AccountError,
    AccountLocked,
    BadCredentials,
)
from app.services.actor import Actor, PermissionDenied


class FakeClock:
    def __init__(self, start: dt.datetime) -> None:
        self.now = start

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += dt.timedelta(**delta)


START = dt.datetime(2026, 11, 16, 9, 0, 0)


def trail(db: Database) -> list[tuple[str, str, str]]:
    with db.sessions() as session:
        return [
            (e.username, e.action, e.after_json or "")
            for e in session.scalars(select(AuditEntry).order_by(AuditEntry.id))
        ]


def test_first_run_makes_the_chair_and_only_once(db: Database) -> None:
    assert not accounts.has_accounts(db)
    chair = accounts.create_first_chair(db, "zhang", "secret123", "张建国")
    assert chair == Actor("zhang", Role.CHAIR)
    with pytest.raises(AccountError) as error:
        accounts.create_first_chair(db, "other", "secret123")
    assert error.value.code == "accounts_exist"
    with db.sessions() as session:
        user = session.scalars(select(AppUser)).one()
        assert user.password_hash and user.password_hash.startswith("$argon2id$")
        assert "secret123" not in user.password_hash


def test_the_chair_makes_accounts_others_cannot(db: Database) -> None:
    chair = accounts.create_first_chair(db, "zhang", "secret123")
    accounts.create_user(db, chair, "li", Role.ADMIN, "admin-pass1", "李娜")
    accounts.create_user(db, chair, "wang", Role.TECH, "tech-pass1")
    with pytest.raises(PermissionDenied):
        accounts.create_user(db, Actor("li", Role.ADMIN), "x", Role.TECH, "whatever1")
    with pytest.raises(AccountError) as taken:
        accounts.create_user(db, chair, "li", Role.TECH, "whatever1")
    assert taken.value.code == "username_taken"
    with pytest.raises(AccountError) as short:
        accounts.create_user(db, chair, "zhao", Role.TECH, "short")
    assert short.value.code == "too_short"
    users = accounts.list_users(db, chair)
    assert [(u.username, u.role) for u in users] == [
        ("zhang", Role.CHAIR),
        ("li", Role.ADMIN),
        ("wang", Role.TECH),
    ]
    assert all("pass" not in after for _u, _a, after in trail(db))  # passwords never audited


def _lockout(db: Database, clock: FakeClock, sign: object) -> None:
    """Five wrong passwords lock for ten minutes; the right one is refused while locked."""
    login = sign  # (username, password) -> Actor
    for attempt in range(1, 5):
        with pytest.raises(BadCredentials) as bad:
            login("li", "wrong")  # type: ignore[operator]
        assert bad.value.remaining == 5 - attempt
        clock.advance(seconds=20)
    with pytest.raises(AccountLocked) as locked:
        login("li", "wrong")  # type: ignore[operator]
    assert locked.value.until == clock.now + dt.timedelta(minutes=10)
    clock.advance(minutes=9, seconds=59)
    with pytest.raises(AccountLocked):
        login("li", "admin-pass1")  # type: ignore[operator]
    clock.advance(seconds=2)
    assert login("li", "admin-pass1") == Actor("li", Role.ADMIN)  # type: ignore[operator]
    # The count starts again after a good sign-in.
    with pytest.raises(BadCredentials) as again:
        login("li", "wrong")  # type: ignore[operator]
    assert again.value.remaining == 4


def test_lockout_on_a_plain_database_with_a_fake_clock(db: Database) -> None:
    chair = accounts.create_first_chair(db, "zhang", "secret123")
    accounts.create_user(db, chair, "li", Role.ADMIN, "admin-pass1")
    clock = FakeClock(START)
    _lockout(db, clock, lambda u, p: accounts.login(db, u, p, clock))
    actions = [a for u, a, _after in trail(db) if u == "li"]
    assert actions.count("login_failed") == 7  # 5 wrong + 1 while locked + 1 after
    assert actions.count("login") == 1
    with pytest.raises(BadCredentials) as unknown:
        accounts.login(db, "nobody", "x", clock)
    assert unknown.value.remaining is None


def test_lockout_on_an_encrypted_database_kept_in_the_key_file(tmp_path: Path) -> None:
    path = tmp_path / "room.db"
    clock = FakeClock(START)
    session, _recovery = login.create_encrypted(path, "zhang", "secret123", now=clock)
    accounts.create_user(session.db, session.actor, "li", Role.ADMIN, "admin-pass1")
    session.db.close()

    def sign(username: str, password: str) -> Actor:
        opened = login.open_encrypted(path, username, password, clock)
        opened.db.close()
        return opened.actor

    _lockout(Database.__new__(Database), clock, sign)
    keys = json.loads(key_file_path(path).read_text())
    assert keys["pending_failures"] == [{"username": "li", "at": clock.now.isoformat()}]
    # The failures made while the file was closed reached the audit trail at the sign-in.
    opened = login.open_encrypted(path, "zhang", "secret123", clock)
    failures = [(u, a) for u, a, _after in trail(opened.db) if a == "login_failed"]
    assert failures == [("li", "login_failed")] * 7
    assert KeyFile.load(key_file_path(path)).pending_failures == []
    opened.db.close()


def test_change_and_reset_password(tmp_path: Path) -> None:
    path = tmp_path / "room.db"
    session, _recovery = login.create_encrypted(path, "zhang", "secret123")
    db, chair = session.db, session.actor
    li = Actor("li", Role.ADMIN)
    accounts.create_user(db, chair, "li", Role.ADMIN, "admin-pass1")
    with pytest.raises(AccountError) as wrong:
        accounts.change_password(db, li, "not-it", "new-pass-22")
    assert wrong.value.code == "wrong_password"
    with pytest.raises(AccountError) as mismatch:
        accounts.change_password(db, li, "admin-pass1", "new-pass-22", "new-pass-23")
    assert mismatch.value.code == "mismatch"
    accounts.change_password(db, li, "admin-pass1", "new-pass-22", "new-pass-22")
    db.close()
    with pytest.raises(BadCredentials):
        login.open_encrypted(path, "li", "admin-pass1")
    reopened = login.open_encrypted(path, "li", "new-pass-22")
    # The chair resets a forgotten password; deactivating removes the account's key wrap.
    accounts.reset_password(reopened.db, chair, "li", "fresh-pass-3")
    accounts.set_active(reopened.db, chair, "li", False)
    with pytest.raises(AccountError) as self_off:
        accounts.set_active(reopened.db, chair, "zhang", False)
    assert self_off.value.code == "cannot_disable_self"
    reopened.db.close()
    with pytest.raises(BadCredentials):
        login.open_encrypted(path, "li", "fresh-pass-3")
    assert "li" not in KeyFile.load(key_file_path(path)).wraps


def test_a_disabled_account_cannot_sign_in_to_a_plain_database(db: Database) -> None:
    chair = accounts.create_first_chair(db, "zhang", "secret123")
    accounts.create_user(db, chair, "li", Role.ADMIN, "admin-pass1")
    accounts.set_active(db, chair, "li", False)
    with pytest.raises(AccountDisabled):
        accounts.login(db, "li", "admin-pass1")


def test_the_recovery_key_opens_the_file_and_sets_a_new_password(tmp_path: Path) -> None:
    path = tmp_path / "room.db"
    session, recovery = login.create_encrypted(path, "zhang", "secret123")
    session.db.close()
    assert len(recovery.split("-")) == 13
    key_file_path(path).unlink()  # even the key file is lost
    with pytest.raises(Exception):  # noqa: B017 - a wrong key must not open anything
        login.open_with_recovery_key(path, "AAAA-" * 12 + "AAAA", "zhang", "brand-new-1")
    opened = login.open_with_recovery_key(path, recovery.lower(), "zhang", "brand-new-1")
    assert opened.actor == Actor("zhang", Role.CHAIR)
    opened.db.close()
    again = login.open_encrypted(path, "zhang", "brand-new-1")
    assert ("zhang", "update", '{"password": "reset_with_recovery_key"}') in trail(again.db)
    again.db.close()
