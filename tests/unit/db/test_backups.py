"""Backups: consistent under concurrent writes, rotated, restored with a preview and a safety
copy; a damaged (truncated) file is quarantined and the newest good backup put back."""

from __future__ import annotations

import datetime as dt
import os
import threading
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.catalogue.codes import Role
from app.db.backup import backup_database, check_later, list_backups, rotate
from app.db.integrity import integrity_ok
from app.db.keyfile import key_file_path
from app.db.migrate import Database, open_database
from app.db.models import AuditEntry, Staff, UsageVisit
from app.domain.retention import to_keep
from app.services import accounts, backups, login
from app.services.actor import Actor
from app.services.backups import CannotOpenBackup
from app.services.login import DamagedDatabase
from app.services.unit_of_work import read_only, unit_of_work

TECH = Actor("tech", Role.TECH)


def count(db: Database, model: type) -> int:
    with read_only(db) as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def add_visits(db: Database, n: int, name: str = "访客") -> None:
    with unit_of_work(db) as session:
        for i in range(n):
            session.add(
                UsageVisit(visited_at=dt.datetime(2026, 11, 16, 9, i % 60), visitor_name=name)
            )


def test_a_backup_under_concurrent_writes_passes_the_integrity_check(tmp_path: Path) -> None:
    session, _recovery = login.create_encrypted(tmp_path / "room.db", "zhang", "secret123")
    db = session.db
    stop = threading.Event()
    written = [0]

    def writer() -> None:
        while not stop.is_set():
            add_visits(db, 20)
            written[0] += 20

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        copies = []
        for number in range(5):
            while written[0] < 200 * (number + 1):  # let the writer get ahead each time
                stop.wait(0.01)
            copies.append(backup_database(db.path, tmp_path / f"copy{number}.db", db.key))
    finally:
        stop.set()
        thread.join()
    sizes = []
    for copy in copies:
        assert integrity_ok(copy, db.key) == (True, "ok")
        restored = open_database(copy, key=db.key)
        sizes.append(count(restored, UsageVisit))
        restored.close()
    assert sizes == sorted(sizes) and sizes[0] >= 200 and sizes[-1] >= 1000
    assert all(n % 20 == 0 for n in sizes)  # whole transactions only
    db.close()


def test_rotation_keeps_last_ten_daily_weekly_monthly(tmp_path: Path) -> None:
    now = dt.datetime(2026, 11, 16, 18, 0)
    # Four backups a day for 400 days.
    stamps = [
        now - dt.timedelta(days=day, hours=hour) for day in range(400) for hour in (0, 3, 6, 9)
    ]
    kept = to_keep(stamps)
    newest_first = sorted(stamps, reverse=True)
    assert set(newest_first[:10]) <= kept
    days = {s.date() for s in kept}
    assert {now.date() - dt.timedelta(days=d) for d in range(7)} <= days
    weeks = {s.isocalendar()[:2] for s in kept}
    assert len(weeks) >= 4
    months = {(s.year, s.month) for s in kept}
    assert len(months) == 12 and (2025, 12) in months and (2025, 11) not in months
    assert len(kept) <= 10 + 7 + 4 + 12

    # On files: the same rule, and the key file of a deleted backup goes with it.
    folder = tmp_path / "backups"
    folder.mkdir()
    for stamp in stamps[:60]:
        file = folder / f"room-daily-{stamp:%Y%m%d-%H%M%S}.db"
        file.write_bytes(b"x")
        key_file_path(file).write_text("{}")
    (folder / "other-daily-20261116-180000.db").write_bytes(b"not ours")
    deleted = rotate(folder, "room")
    left = list_backups(folder, "room")
    assert len(left) + len(deleted) == 60
    assert {b.made_at for b in left} == to_keep(stamps[:60])
    assert all(key_file_path(b.path).exists() for b in left)
    assert not any(key_file_path(p).exists() for p in deleted)
    assert (folder / "other-daily-20261116-180000.db").exists()


def test_automatic_backups_are_rotated_and_one_is_due_each_day(tmp_path: Path) -> None:
    db = open_database(tmp_path / "room.db")
    day = dt.datetime(2026, 11, 1, 8, 0)
    assert backups.daily_backup_due(db, day)
    for n in range(14):
        backups.automatic_backup(db, "close", day + dt.timedelta(minutes=n))
    assert not backups.daily_backup_due(db, day + dt.timedelta(hours=5))
    assert backups.daily_backup_due(db, day + dt.timedelta(days=1))
    assert len(backups.list_automatic_backups(db)) == 10
    db.close()


def test_restore_shows_a_preview_makes_a_safety_backup_then_replaces(tmp_path: Path) -> None:
    session, _recovery = login.create_encrypted(tmp_path / "room.db", "zhang", "secret123")
    db = session.db
    add_visits(db, 5)
    usb = tmp_path / "usb"
    usb.mkdir()
    copy = backups.backup_to(db, TECH, usb)
    add_visits(db, 7)

    shown = backups.preview(db, copy)
    assert shown.encrypted
    assert shown.facts.counts["usage_visit"] == 5
    assert shown.facts.counts["app_user"] == 1
    assert shown.facts.last_change is not None

    restored = backups.restore(db, TECH, copy)
    try:
        assert count(restored.database, UsageVisit) == 5
        safety = open_database(restored.safety_backup, key=db.key)
        assert count(safety, UsageVisit) == 12  # the state before the restore is kept
        safety.close()
        with read_only(restored.database) as s:
            last = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
            assert last is not None and (last.username, last.entity) == ("tech", "database_backup")
    finally:
        restored.database.close()
    # The live file opens with the same passwords after the restore.
    again = login.open_encrypted(tmp_path / "room.db", "zhang", "secret123")
    assert count(again.db, UsageVisit) == 5
    again.db.close()


def test_a_plain_backup_is_encrypted_on_restore_and_junk_is_refused(tmp_path: Path) -> None:
    session, _recovery = login.create_encrypted(tmp_path / "room.db", "zhang", "secret123")
    plain = open_database(tmp_path / "old-plain.db")
    add_visits(plain, 3)
    plain.close()
    with pytest.raises(CannotOpenBackup) as nobody:  # nobody could sign in afterwards
        backups.restore(session.db, TECH, tmp_path / "old-plain.db")
    assert nobody.value.reason == "no_accounts"
    plain = open_database(tmp_path / "old-plain.db")
    accounts.create_first_chair(plain, "zhang", "old-password-1")
    plain.close()
    restored = backups.restore(session.db, TECH, tmp_path / "old-plain.db")
    assert count(restored.database, UsageVisit) == 3
    restored.database.close()
    assert b"SQLite format 3" not in (tmp_path / "room.db").read_bytes()[:16]

    junk = tmp_path / "junk.db"
    junk.write_bytes(os.urandom(8192))
    again = login.open_encrypted(tmp_path / "room.db", "zhang", "secret123")
    with pytest.raises(CannotOpenBackup) as error:
        backups.preview(again.db, junk)
    assert error.value.reason == "needs_password"
    again.db.close()


def test_a_truncated_database_is_quarantined_and_the_newest_good_backup_restored(
    tmp_path: Path,
) -> None:
    path = tmp_path / "room.db"
    session, _recovery = login.create_encrypted(path, "zhang", "secret123")
    db = session.db
    with unit_of_work(db) as s:
        from app.db.models import Department

        department = Department(name="一车间")
        s.add_all(
            [department]
            + [
                Staff(employee_no=f"E{i:04d}", name=f"职工{i}", department=department)
                for i in range(400)
            ]
        )
    older = backups.automatic_backup(db, "daily", dt.datetime(2026, 11, 14, 8))
    add_visits(db, 50)
    newest = backups.automatic_backup(db, "close", dt.datetime(2026, 11, 15, 18))
    # The newest backup is damaged too (a bad sector): the one before it must be chosen.
    with open(newest, "r+b") as handle:
        handle.seek(4096 * 3)
        handle.write(os.urandom(4096))
    db.close()
    size = path.stat().st_size
    with open(path, "r+b") as handle:
        handle.truncate(size // 2)

    with pytest.raises(DamagedDatabase) as damaged:
        login.open_encrypted(path, "zhang", "secret123")
    assert damaged.value.key is not None
    moved = login.quarantine_damaged(path)
    assert moved.exists() and moved.stat().st_size == size // 2 and not path.exists()
    best = login.newest_good_backup(path, damaged.value.key)
    assert best is not None and best.path == older
    login.restore_newest(path, best, damaged.value.key)

    reopened = login.open_encrypted(path, "zhang", "secret123")
    assert count(reopened.db, Staff) == 400
    assert integrity_ok(path, reopened.db.key) == (True, "ok")
    reopened.db.close()


def test_an_empty_or_missing_encrypted_database_is_damage_not_a_new_file(tmp_path: Path) -> None:
    path = tmp_path / "room.db"
    session, _recovery = login.create_encrypted(path, "zhang", "secret123")
    session.db.close()
    path.write_bytes(b"")
    with pytest.raises(DamagedDatabase):
        login.open_encrypted(path, "zhang", "secret123")
    assert path.read_bytes() == b""  # nothing was created over it


def test_a_close_backup_is_needed_only_after_a_write(tmp_path: Path) -> None:
    db = open_database(tmp_path / "room.db")
    try:
        assert db.changes.written_since_copy  # no copy made in this session yet
        backups.automatic_backup(db, "daily")
        assert not db.changes.written_since_copy
        count(db, Staff)  # reading
        with unit_of_work(db):  # a transaction that writes nothing
            pass
        assert not db.changes.written_since_copy
        add_visits(db, 1)
        assert db.changes.written_since_copy
        backups.automatic_backup(db, "close")
        assert not db.changes.written_since_copy
        mark = db.changes.before_copy()  # a write while the copy is being made …
        add_visits(db, 1)
        db.changes.copied(mark)
        assert db.changes.written_since_copy  # … is not in it: the next backup is needed
    finally:
        db.close()


def test_a_quick_backup_keeps_a_copy_that_passes_the_full_check(tmp_path: Path) -> None:
    db = open_database(tmp_path / "room.db")
    try:
        add_visits(db, 30)
        target = backups.automatic_backup(db, "before-import", quick=True)
    finally:
        db.close()
    for thread in threading.enumerate():  # the full check, in the background
        if thread.name == f"check {target.name}":
            thread.join()
    assert integrity_ok(target) == (True, "ok")
    assert [b.path for b in list_backups(target.parent, "room")] == [target]


def test_a_quickly_checked_copy_failing_the_full_check_is_put_aside(tmp_path: Path) -> None:
    source = tmp_path / "room.db"
    db = open_database(source)
    add_visits(db, 200)
    db.close()
    copy = tmp_path / "backups" / "room-before-import-20261116-100000.db"
    backup_database(source, copy, quick=True)
    # An index that no longer matches its table: quick_check does not compare the two.
    import sqlite3

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
    assert integrity_ok(copy, quick=True)[0] and not integrity_ok(copy)[0]
    check_later(copy, None).join()
    assert not copy.exists()
    assert copy.with_name(copy.name + ".damaged").exists()
    assert list_backups(copy.parent, "room") == []
