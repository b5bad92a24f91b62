"""A command's before-import copy passes the quick check before the import writes; its full
integrity check runs in a process of its own, detached, so the command ends with its work.
That process is the real program (`python -m app --full-check-of-backup COPY`): a copy whose
index no longer matches its table is put aside as `.damaged`, an encrypted copy is read with
the key it was given on standard input, and a copy rotated away meanwhile is left alone."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import launch, process_kind
from app.db.backup import backup_database, check_later, list_backups
from app.db.integrity import integrity_ok
from app.db.keyfile import new_database_key
from app.db.migrate import open_database
from app.db.transfer import copy_database
from tests.unit.db.test_backups import add_visits

COPY = "room-before-import-20261116-100000.db"


@pytest.fixture
def apart() -> Iterator[None]:
    process_kind.is_command()
    try:
        yield
    finally:
        process_kind.is_command(False)


def register(folder: Path, visits: int = 200) -> Path:
    source = folder / "room.db"
    db = open_database(source)
    add_visits(db, visits)
    db.close()
    return source


def break_an_index(copy: Path) -> None:
    """An index that no longer matches its table: the quick check does not compare the two."""
    con = sqlite3.connect(copy)
    con.execute("CREATE INDEX probe ON usage_visit (visited_at)")
    version = con.execute("PRAGMA schema_version").fetchone()[0]
    con.execute("PRAGMA writable_schema=ON")
    con.execute(
        "UPDATE sqlite_master SET sql = 'CREATE INDEX probe ON usage_visit (visitor_name)'"
        " WHERE name = 'probe'"
    )
    con.execute(f"PRAGMA schema_version={version + 1}")
    con.commit()
    con.close()


def test_a_copy_failing_the_full_check_apart_is_put_aside(tmp_path: Path, apart: None) -> None:
    copy = tmp_path / "backups" / COPY
    backup_database(register(tmp_path), copy, quick=True)
    break_an_index(copy)
    assert integrity_ok(copy, quick=True)[0] and not integrity_ok(copy)[0]
    pending = check_later(copy, None)
    assert not hasattr(pending, "is_alive"), "a process, not a thread of this one"
    pending.join(120)
    assert not copy.exists()
    assert copy.with_name(copy.name + ".damaged").exists()
    assert list_backups(copy.parent, "room") == []


def test_an_encrypted_copy_is_checked_apart_with_its_key(tmp_path: Path, apart: None) -> None:
    key = new_database_key()
    source = copy_database(register(tmp_path, 30), None, tmp_path / "secret.db", key)
    copy = tmp_path / "backups" / "secret-before-import-20261116-100000.db"
    backup_database(source, copy, key, quick=True)
    check_later(copy, key).join(120)
    assert copy.exists(), "read with the key it was given: whole, kept"
    assert not copy.with_name(copy.name + ".damaged").exists()


def test_a_copy_gone_before_its_check_is_left_alone(tmp_path: Path) -> None:
    copy = tmp_path / "backups" / COPY
    backup_database(register(tmp_path, 10), copy, quick=True)
    copy.unlink()  # rotated away
    code = launch.main([process_kind.FULL_CHECK, str(copy)])
    assert code == 0
    assert list((tmp_path / "backups").iterdir()) == []


def test_commands_check_their_copies_apart_and_the_window_in_a_thread(tmp_path: Path) -> None:
    assert not process_kind.a_command()
    try:
        assert launch.main(["--db", str(register(tmp_path, 5)), "check"]) == 0
        assert process_kind.a_command()
    finally:
        process_kind.is_command(False)
    copy = tmp_path / "backups" / COPY
    backup_database(tmp_path / "room.db", copy, quick=True)
    pending = check_later(copy, None)
    assert hasattr(pending, "is_alive")  # the window's: a thread the program waits for
    pending.join()
