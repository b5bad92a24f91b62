"""A register closed cleanly is checked in the background at the next start; after a crash or
any change to the file it is checked first, as before; damage found later is reported. A file
that passed its check and was not changed since is read without a new one by a command that
only reads."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.db.clean_close import (
    note_clean_close,
    note_path,
    take_clean_close,
    unchanged_since_checked,
)
from app.db.migrate import open_database
from app.services import accounts, login
from app.services.login import DamagedDatabase
from app.services.register_check import check_register
from tests.unit.db.test_backups import add_visits


def closed_register(tmp_path: Path, visits: int = 50) -> Path:
    path = tmp_path / "room.db"
    db = open_database(path)
    add_visits(db, visits)
    db.close()
    return path


def test_a_clean_close_is_noted_and_the_note_is_used_once(tmp_path: Path) -> None:
    path = closed_register(tmp_path)
    note_clean_close(path)
    assert note_path(path).exists()
    assert take_clean_close(path)
    assert not note_path(path).exists()  # consumed: a crash now leaves no note
    assert not take_clean_close(path)


def test_a_file_changed_after_its_note_is_checked_first(tmp_path: Path) -> None:
    path = closed_register(tmp_path)
    note_clean_close(path)
    db = open_database(path)  # another program wrote to it meanwhile
    add_visits(db, 300)
    db.close()
    assert not take_clean_close(path)


def test_the_window_defers_the_check_only_after_a_clean_close(tmp_path: Path) -> None:
    path = closed_register(tmp_path)
    db = login.open_checked(path, defer_check=True)  # no note (a crash): checked first
    assert db.later_check is None
    db.close()
    note_clean_close(path)
    cli = login.open_checked(path)  # the command line always checks first, note kept
    assert cli.later_check is None and note_path(path).exists()
    cli.close()
    db = login.open_checked(path, defer_check=True)
    try:
        assert db.later_check is not None
        assert db.later_check.wait(30) is None  # whole
    finally:
        db.close()


def test_damage_after_a_clean_close_is_found_by_the_later_check(tmp_path: Path) -> None:
    path = closed_register(tmp_path, visits=400)
    note_clean_close(path)
    stat = path.stat()
    size = stat.st_size
    with open(path, "r+b") as handle:  # bit rot in the last pages, header and size unchanged
        handle.seek(size - 3 * 4096)
        handle.write(b"\xa5" * 4096 * 3)
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # and its time, too
    assert take_clean_close(path)  # the note still matches: the file looks untouched
    note_clean_close(path)
    db = login.open_checked(path, defer_check=True)
    try:
        assert db.later_check is not None
        assert db.later_check.wait(30)  # the damage, in words
    finally:
        db.close()
    with pytest.raises(DamagedDatabase):  # no note now: the next start checks first
        login.open_checked(path, defer_check=True)


def test_an_encrypted_register_defers_its_check_after_a_clean_close(tmp_path: Path) -> None:
    session, _recovery = login.create_encrypted(tmp_path / "room.db", "zhang", "secret123")
    path = session.db.path
    session.db.close()
    note_clean_close(path)
    again = login.open_encrypted(path, "zhang", "secret123", defer_check=True)
    try:
        assert again.db.later_check is not None and again.db.later_check.wait(30) is None
        assert accounts.has_accounts(again.db)
    finally:
        again.db.close()


def test_a_reading_command_checks_a_file_again_only_after_a_change(tmp_path: Path) -> None:
    """A reader's passed check is noted; reading an unchanged file needs no new one, any write
    (or a WAL still holding commits) does; the window's and writers' openings always check."""
    path = closed_register(tmp_path)
    login.open_checked(path).close()  # checked, but by an opening that may write: no note
    assert not unchanged_since_checked(path)
    check_register(path, reading=True)
    assert unchanged_since_checked(path)
    check_register(path, reading=True)  # not checked again (the note stays)
    assert unchanged_since_checked(path)
    with open(path, "r+b") as handle:  # a torn page, as a write gone wrong would leave it
        handle.seek(2 * 4096)
        handle.write(b"\xff" * 4096)
    assert not unchanged_since_checked(path)  # its time changed: read only after a new check
    with pytest.raises(DamagedDatabase):
        check_register(path, reading=True)
    assert not unchanged_since_checked(path)  # damage is never noted as whole


def test_commits_still_in_the_wal_are_checked_before_reading(tmp_path: Path) -> None:
    path = closed_register(tmp_path)
    check_register(path, reading=True)
    writer = open_database(path)
    add_visits(writer, 20)  # committed into the WAL; the file itself not yet written
    try:
        assert not unchanged_since_checked(path)
    finally:
        writer.close()
    assert not unchanged_since_checked(path)  # checkpointed into the file: it changed
    check_register(path, reading=True)  # checked again, and noted
    assert unchanged_since_checked(path)
