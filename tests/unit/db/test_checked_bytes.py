"""The copy an import takes is checked again unless it holds only what this process's opening
check passed plus frames SQLite appended since."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from app.db.backup import BackupError
from app.db.checked_bytes import only_appended_since_check
from app.db.integrity import integrity_ok
from app.db.migrate import Database, open_database
from app.exchange.roster_import import import_roster, parse_roster
from app.services.backups import list_automatic_backups
from app.services.register_check import check_register
from tests.roster_files import people, write_xlsx
from tests.support import ADMIN
from tests.unit.exchange.test_import_backup import (
    damage_a_page_the_import_does_not_read,
    staff_and_entries,
)

TODAY = dt.date(2026, 11, 16)


@pytest.fixture
def register(tmp_path: Path, db: Database) -> Database:
    """A register with three people, its WAL folded into the file, as a command finds it."""
    assert import_roster(
        db, ADMIN, parse_roster(write_xlsx(tmp_path / "a.xlsx", people(3))), TODAY
    ).applied
    path = db.path
    db.close()
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    return open_database(path)


def test_frames_appended_after_the_check_are_only_appended(register: Database) -> None:
    path = register.path
    assert not only_appended_since_check(path)  # never checked in this process
    check_register(path)
    assert only_appended_since_check(path)
    con = sqlite3.connect(path)
    con.execute("UPDATE staff SET phone = '13900000000' WHERE id = 1")  # a commit: appended
    con.commit()
    assert only_appended_since_check(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # pages moved into the main file
    con.close()
    assert not only_appended_since_check(path)


def test_an_import_after_the_check_copies_without_a_second_one(
    register: Database, tmp_path: Path
) -> None:
    check_register(register.path)
    assert only_appended_since_check(register.path)  # the copy will not be checked again
    kept = {b.path for b in list_automatic_backups(register)}
    more = parse_roster(write_xlsx(tmp_path / "b.xlsx", people(6, seed=5)))
    assert import_roster(register, ADMIN, more, TODAY).applied
    (made,) = {b.path for b in list_automatic_backups(register)} - kept
    assert integrity_ok(made, quick=True) == (True, "ok")  # it was whole all along
    copy = sqlite3.connect(made)
    assert copy.execute("SELECT count(*) FROM staff").fetchone() == (3,)  # before the import
    copy.close()


def test_damage_after_the_check_is_still_found_in_the_copy(
    register: Database, tmp_path: Path
) -> None:
    check_register(register.path)
    damage_a_page_the_import_does_not_read(register.path)  # the main file changes
    assert not only_appended_since_check(register.path)
    before = staff_and_entries(register)
    more = parse_roster(write_xlsx(tmp_path / "b.xlsx", people(6, seed=5)))
    with pytest.raises(BackupError):
        import_roster(register, ADMIN, more, TODAY)
    assert staff_and_entries(register) == before


def test_a_damaged_register_is_refused_by_the_early_check_before_any_import(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`import staff` starts the register's quick check while its modules load; the opening
    still waits for it, and a damaged register is refused in words with nothing written."""
    from app.cli import main

    site = tmp_path / "site.db"
    assert main(["--db", str(site), "demo", "--staff", "10", "--months", "1"]) == 0
    damage_a_page_the_import_does_not_read(site)
    source = write_xlsx(tmp_path / "roster.xlsx", people(4))
    capsys.readouterr()
    monkeypatch.setenv("HEALTHROOM_PASSWORD", "demo1234")
    command = ["--lang", "en", "--db", str(site), "--user", "admin", "import", "staff"]
    assert main([*command, str(source)]) == 1
    assert "it is damaged" in capsys.readouterr().err
    con = sqlite3.connect(site)
    try:
        assert con.execute("SELECT count(*) FROM staff").fetchone() == (10,)
    finally:
        con.close()
    assert not (tmp_path / "backups").exists() or not any(
        "before-import" in p.name for p in (tmp_path / "backups").iterdir()
    )


def test_an_early_check_is_taken_once_by_the_opening(tmp_path: Path, db: Database) -> None:
    from app.services import register_check

    path = db.path
    db.close()
    register_check.check_early(path)
    assert path.resolve() in register_check._early
    check_register(path)  # waits for the early answer and takes it
    assert path.resolve() not in register_check._early
    assert only_appended_since_check(path)
    register_check.check_early(tmp_path)  # a folder: nothing starts, the opening refuses it
    assert tmp_path.resolve() not in register_check._early
