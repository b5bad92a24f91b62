"""A command's sign-in without the ORM answers as `accounts.login` does: the same refusals, the
same lockout kept in the account row, the same audit entries to the hash — checked on two
copies of one register given the same generated attempts on the same fake clock."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable
from functools import partial
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.catalogue.codes import Role
from app.db.migrate import open_database
from app.db.rows import close_rows, open_rows
from app.services import accounts
from app.services.actor import Actor
from app.services.audit import verify_chain
from app.services.command_sign_in import sign_in
from app.services.credentials import AccountLocked, BadCredentials, Clock, SignInError

PASSWORDS = {"zhang": "secret123", "li": "admin-pass1", "wang": "tech-pass-1"}
START = dt.datetime(2026, 11, 16, 9, 0, 0)


@pytest.fixture(scope="module")
def register(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Three accounts, one of them disabled; each example signs in to copies of it."""
    path = tmp_path_factory.mktemp("accounts") / "site.db"
    db = open_database(path)
    chair = accounts.create_first_chair(db, "zhang", PASSWORDS["zhang"])
    accounts.create_user(db, chair, "li", Role.ADMIN, PASSWORDS["li"])
    accounts.create_user(db, chair, "wang", Role.TECH, PASSWORDS["wang"])
    accounts.set_active(db, chair, "wang", False)
    db.close()
    return path


class FixedClock:
    def __init__(self, at: dt.datetime) -> None:
        self.at = at

    def __call__(self) -> dt.datetime:
        return self.at


# One attempt: who (an unknown name too), the right password or not, minutes since the last.
attempts = st.lists(
    st.tuples(
        st.sampled_from(["li", "li", "li", "zhang", "wang", "nobody"]),
        st.booleans(),
        st.sampled_from([0, 0, 1, 11]),
    ),
    min_size=1,
    max_size=8,
)


def outcome(
    attempt: Callable[[str, str, Clock], Actor], clock: Clock, name: str, right: bool
) -> object:
    password = PASSWORDS.get(name, "x") if right else "wrong-one"
    try:
        return attempt(name, password, clock)
    except SignInError as error:
        if isinstance(error, AccountLocked):
            return "locked", error.until
        if isinstance(error, BadCredentials):
            return "bad", error.remaining
        return type(error).__name__, None


def stored(path: Path) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    rows = open_rows(path)
    try:
        users = rows.all("SELECT username, failed_logins, locked_until FROM app_user ORDER BY id")
        trail = rows.all("SELECT * FROM audit_entry ORDER BY id")
        return users, trail
    finally:
        close_rows(rows)


@settings(
    max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(attempts)
def test_the_same_answers_counts_and_audit_entries_as_the_full_sign_in(
    register: Path, tmp_path: Path, steps: list[tuple[str, bool, int]]
) -> None:
    full, lean = tmp_path / "full.db", tmp_path / "lean.db"
    for copy in (full, lean):
        for stale in (copy, copy.with_name(copy.name + "-wal")):
            stale.unlink(missing_ok=True)
        shutil.copyfile(register, copy)
    db = open_database(full)
    rows = open_rows(lean)
    now = START
    try:
        for name, right, minutes in steps:
            now += dt.timedelta(minutes=minutes)
            clock = FixedClock(now)
            by_orm = outcome(partial(accounts.login, db), clock, name, right)
            by_sql = outcome(partial(sign_in, rows), clock, name, right)
            assert by_sql == by_orm, (name, right)
    finally:
        db.close()
        close_rows(rows)
    assert stored(lean) == stored(full)
    checked = open_database(lean)
    try:
        with checked.sessions() as session:
            assert verify_chain(session).ok
    finally:
        checked.close()


def test_five_wrong_lock_the_account_and_the_right_one_then_waits(
    register: Path, tmp_path: Path
) -> None:
    """The rules themselves, on the lean path alone: a lock after five, refused while it
    lasts even with the right password, and a clean count after it."""
    rows = open_rows(Path(shutil.copyfile(register, tmp_path / "site.db")))
    try:
        for left in (4, 3, 2, 1):
            with pytest.raises(BadCredentials) as wrong:
                sign_in(rows, "li", "nope", lambda: START)
            assert wrong.value.remaining == left
        with pytest.raises(AccountLocked) as locked:
            sign_in(rows, "li", "nope", lambda: START)
        assert locked.value.until == START + dt.timedelta(minutes=10)
        with pytest.raises(AccountLocked):
            sign_in(rows, "li", PASSWORDS["li"], lambda: START + dt.timedelta(minutes=9))
        later = START + dt.timedelta(minutes=10)
        assert sign_in(rows, "li", PASSWORDS["li"], lambda: later) == Actor("li", Role.ADMIN)
        assert rows.all(
            "SELECT failed_logins, locked_until FROM app_user WHERE username = 'li'"
        ) == [(0, None)]
    finally:
        close_rows(rows)
