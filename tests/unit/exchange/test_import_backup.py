"""The backup an import takes while it checks the file: the order of commitment.

Nothing of an import is written before its copy has passed its check; a copy that fails, or
an import with nothing to write, leaves the register and the backups as they were; a wrong
password reads no file into the register at all."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path
from typing import cast

import pytest
from sqlalchemy import func, select

from app.cli import main
from app.db.backup import BackupError
from app.db.migrate import Database, open_database
from app.db.models import AuditEntry, Staff
from app.exchange.checkup_import import import_checkups, parse_checkups
from app.exchange.roster_import import import_roster, parse_roster
from app.services.backups import backup_folder, list_automatic_backups
from app.services.unit_of_work import read_only
from tests.checkup_files import checkup_rows, people_of, write_checkups_xlsx
from tests.roster_files import people, write_xlsx
from tests.support import ADMIN
from tests.unit.test_cli_import import digest

TODAY = dt.date(2026, 11, 16)


def damage_a_page_the_import_does_not_read(path: Path) -> None:
    """Scribble over the b-tree page of a table the roster import never reads (the
    stock movements), as a failing disk would: the quick check of a copy finds it."""
    con = sqlite3.connect(path)
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        (page_size,) = con.execute("PRAGMA page_size").fetchone()
        (root,) = con.execute(
            "SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = 'stock_movement'"
        ).fetchone()
    finally:
        con.close()
    with path.open("r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(b"\x0d\xff\xff\xff\xff\x00\x00\x00")  # cells beyond the page's end
        handle.flush()
        os.fsync(handle.fileno())


def undamaged_rows(path: Path) -> list[object]:
    """Every row of every table but the damaged one."""
    con = sqlite3.connect(path)
    try:
        tables = [n for (n,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return [
            (t, sorted(map(repr, con.execute(f"SELECT * FROM {t}"))))
            for t in sorted(tables)
            if t != "stock_movement"
        ]
    finally:
        con.close()


def staff_and_entries(db: Database) -> tuple[int, int]:
    with read_only(db) as session:
        return (
            session.scalar(select(func.count()).select_from(Staff)) or 0,
            session.scalar(select(func.count()).select_from(AuditEntry)) or 0,
        )


def leftovers(db: Database) -> list[str]:
    folder = backup_folder(db)
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_a_copy_failing_its_check_writes_nothing(db: Database, tmp_path: Path) -> None:
    assert import_roster(
        db, ADMIN, parse_roster(write_xlsx(tmp_path / "a.xlsx", people(3))), TODAY
    ).applied
    kept = leftovers(db)
    damage_a_page_the_import_does_not_read(db.path)
    before = staff_and_entries(db)

    more = parse_roster(write_xlsx(tmp_path / "b.xlsx", people(8, seed=5)))
    with pytest.raises(BackupError) as raised:
        import_roster(db, ADMIN, more, TODAY)
    assert raised.value.reason == "integrity"
    assert staff_and_entries(db) == before  # not one row, not one audit entry
    assert leftovers(db) == kept  # no backup kept, no temporary copy left behind


def test_nothing_to_write_keeps_no_copy(db: Database, tmp_path: Path) -> None:
    source = parse_roster(write_xlsx(tmp_path / "a.xlsx", people(3)))
    assert import_roster(db, ADMIN, source, TODAY).applied
    kept = leftovers(db)
    assert len(list_automatic_backups(db)) == 1
    again = import_roster(db, ADMIN, source, TODAY)
    assert not again.applied and again.unchanged == 3
    assert leftovers(db) == kept

    rows = people(2, seed=9)
    rows[1][4] = "110105198001011234"  # a wrong check digit: the file is refused
    refused = import_roster(db, ADMIN, parse_roster(write_xlsx(tmp_path / "b.xlsx", rows)), TODAY)
    assert refused.errors and not refused.applied
    assert leftovers(db) == kept


def test_a_checkup_import_on_a_failing_copy_writes_nothing(
    demo_db: Database, tmp_path: Path
) -> None:
    path = write_checkups_xlsx(
        tmp_path / "hospital.xlsx", checkup_rows(people_of(demo_db.path, limit=20), on=TODAY)
    )
    damage_a_page_the_import_does_not_read(demo_db.path)
    kept = leftovers(demo_db)
    before = undamaged_rows(demo_db.path)
    with pytest.raises(BackupError):
        import_checkups(demo_db, ADMIN, parse_checkups(path), TODAY)
    assert undamaged_rows(demo_db.path) == before
    assert leftovers(demo_db) == kept


def beyond_accounts(path: Path) -> list[object]:
    """The register but its accounts (a wrong password counts against the account) and the
    sign-in entries."""
    tables = cast(list[tuple[str, list[str]]], digest(path))
    return [(name, rows) for name, rows in tables if name != "app_user"]


def test_a_wrong_password_imports_nothing_and_copies_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    register = tmp_path / "x.db"
    assert main(["--db", str(register), "demo", "--staff", "20", "--months", "1"]) == 0
    source = write_xlsx(tmp_path / "roster.xlsx", people(5))
    before = beyond_accounts(register)
    folder = register.parent / "backups"
    backups = sorted(folder.iterdir()) if folder.exists() else []
    capsys.readouterr()
    monkeypatch.setenv("HEALTHROOM_PASSWORD", "not the password")
    command = ["--lang", "en", "--db", str(register), "--user", "admin", "import", "staff"]
    assert main([*command, str(source)]) == 1
    assert "wrong password" in capsys.readouterr().err
    assert beyond_accounts(register) == before  # the refused sign-in is recorded, nothing else
    assert (sorted(folder.iterdir()) if folder.exists() else []) == backups
    database = open_database(register)
    try:
        with read_only(database) as session:
            failed = session.scalar(
                select(func.count())
                .select_from(AuditEntry)
                .where(AuditEntry.action == "login_failed")
            )
        assert failed == 1
    finally:
        database.close()
