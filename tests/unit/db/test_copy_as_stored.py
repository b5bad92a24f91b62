"""The before-import copy is taken as the file stands (the file and its WAL, byte for byte,
under the write lock) and then passes SQLite's quick check: it holds every committed row,
also those still only in the WAL, is one file without a WAL beside it, opens with the key of
an encrypted register, stays consistent while another connection keeps writing, and is made
page by page instead when another program holds the write lock."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from app.db.backup import _copy_as_stored, backup_database, connect
from app.db.integrity import companion_files, integrity_ok
from app.db.keyfile import new_database_key
from app.db.migrate import open_database
from app.db.transfer import copy_database
from tests.unit.db.test_backups import add_visits


def visits(path: Path, key: bytes | None = None) -> int:
    con = connect(path, key, read_only=True)
    try:
        return int(con.execute("SELECT count(*) FROM usage_visit").fetchone()[0])
    finally:
        con.close()


def test_rows_still_in_the_wal_are_in_the_copy(tmp_path: Path) -> None:
    db = open_database(tmp_path / "room.db")
    try:
        add_visits(db, 40)
        wal = companion_files(db.path)[0]
        assert wal.exists() and wal.stat().st_size > 0, "the rows wait in the WAL"
        copy = backup_database(db.path, tmp_path / "backups" / "copy.db", quick=True)
    finally:
        db.close()
    assert visits(copy) == 40
    assert not companion_files(copy)[0].exists(), "one file, no WAL beside it"
    assert integrity_ok(copy) == (True, "ok")


def test_an_encrypted_register_is_copied_as_stored_and_opens_with_its_key(
    tmp_path: Path,
) -> None:
    plain = open_database(tmp_path / "plain.db")
    add_visits(plain, 25)
    plain.close()
    key = new_database_key()
    source = copy_database(tmp_path / "plain.db", None, tmp_path / "secret.db", key)
    assert _copy_as_stored(source, tmp_path / "copy.db", key)
    assert source.read_bytes()[:16] == (tmp_path / "copy.db").read_bytes()[:16]  # salt kept
    assert visits(tmp_path / "copy.db", key) == 25
    assert integrity_ok(tmp_path / "copy.db", key) == (True, "ok")


def test_a_copy_under_concurrent_writes_is_a_consistent_register(tmp_path: Path) -> None:
    db = open_database(tmp_path / "room.db")
    add_visits(db, 50)
    stop = threading.Event()
    written = [50]

    def writer() -> None:
        while not stop.is_set():
            add_visits(db, 10)
            written[0] += 10

    thread = threading.Thread(target=writer)
    thread.start()
    copies = []
    try:
        for n in range(4):
            before = written[0]
            copy = backup_database(db.path, tmp_path / "backups" / f"c{n}.db", quick=True)
            copies.append((before, copy, written[0]))
    finally:
        stop.set()
        thread.join()
        db.close()
    for before, copy, after in copies:
        assert integrity_ok(copy) == (True, "ok")
        held = visits(copy)
        assert before <= held <= after and held % 10 == 0, "whole transactions only"


def test_a_held_write_lock_makes_the_copy_page_by_page(tmp_path: Path) -> None:
    db = open_database(tmp_path / "room.db")
    add_visits(db, 30)
    other = sqlite3.connect(db.path, timeout=0)
    try:
        other.execute("PRAGMA journal_mode=WAL")
        other.execute("BEGIN IMMEDIATE")  # another program in the middle of its own writing
        assert not _copy_as_stored(db.path, tmp_path / "held.db", None)
        copy = backup_database(db.path, tmp_path / "backups" / "copy.db", quick=True)
    finally:
        other.rollback()
        other.close()
        db.close()
    assert visits(copy) == 30
    assert integrity_ok(copy) == (True, "ok")
