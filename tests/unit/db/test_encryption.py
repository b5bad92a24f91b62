"""Encryption at rest: no name, ID number or health value readable in any file we leave.

Marker strings go in through the real engine; then every byte of the database, its WAL, its
shared-memory file, the backups, the key files and whatever else lies in the folder is
searched. The same writes into a plain database must show the markers (the search works).
"""

from __future__ import annotations

import datetime as dt
import struct
from pathlib import Path

import pytest
from sqlalchemy import text

from app.catalogue.codes import Role, Sex
from app.db.connection import DatabaseErrors, connect
from app.db.keyfile import key_file_path
from app.db.migrate import Database, open_database
from app.db.models import Department, HealthFile, Measurement, Staff, UsageVisit
from app.domain.id_number import make_id_number
from app.services import backups, login
from app.services.actor import Actor
from app.services.unit_of_work import unit_of_work

NAME = "欧阳标记芳"
ID_NUMBER = make_id_number("130903", dt.date(1979, 3, 14), 37, Sex.FEMALE)
HISTORY = "MARKER-HISTORY-高血压三级"
ADVICE = "MARKER-ADVICE-低盐饮食"
READING = 23.4567  # a glucose value nobody else has: searched as SQLite stores a REAL


def marker_bytes() -> dict[str, list[bytes]]:
    texts = {"name": NAME, "id number": ID_NUMBER, "history": HISTORY, "advice": ADVICE}
    found = {
        label: [value.encode(encoding) for encoding in ("utf-8", "utf-16-le", "gb18030")]
        for label, value in texts.items()
    }
    found["reading"] = [struct.pack(">d", READING)]
    return found


def write_markers(db: Database, employee_no: str = "E-77001") -> None:
    with unit_of_work(db) as session:
        department = Department(name=f"车间{employee_no}")
        person = Staff(
            employee_no=employee_no,
            name=NAME,
            id_number=ID_NUMBER if employee_no == "E-77001" else None,
            sex="F",
            department=department,
        )
        person.health_file = HealthFile(medical_history=HISTORY, fasting_glucose=READING)
        session.add_all([department, person])
        session.flush()
        visit = UsageVisit(
            visited_at=dt.datetime(2026, 11, 16, 9, 30), staff_id=person.id, advice=ADVICE
        )
        visit.measurements.append(
            Measurement(
                staff_id=person.id,
                measured_at=visit.visited_at,
                type="glucose_random",
                value=READING,
            )
        )
        session.add(visit)


def readable_markers(folder: Path) -> dict[str, list[str]]:
    """{file: [marker labels found]} for every file under `folder`."""
    hits: dict[str, list[str]] = {}
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        data = path.read_bytes()
        labels = [
            label
            for label, encodings in marker_bytes().items()
            if any(encoded in data for encoded in encodings)
        ]
        if labels:
            hits[str(path.relative_to(folder))] = labels
    return hits


def exercise(db: Database, folder: Path) -> Database:
    """What the program does with the file: queries that sort, backups, a copy to a USB stick,
    a restore of that copy (temp file, safety backup, reopened file); returns the open file."""
    with db.sessions() as session:  # sorting on an unindexed column: temp b-trees (in memory)
        session.execute(text("SELECT * FROM staff ORDER BY job_title, name")).all()
        session.execute(text("SELECT * FROM measurement ORDER BY value DESC")).all()
    backups.automatic_backup(db, "daily")
    copy = backups.backup_to(db, Actor("tech", Role.TECH), folder / "usb")
    if db.key is None:
        return db
    restored = backups.restore(db, Actor("tech", Role.TECH), copy)
    write_markers(restored.database, "E-77002")  # new pages in the WAL of the restored file
    return restored.database


def test_the_search_finds_the_markers_in_a_plain_database(tmp_path: Path) -> None:
    db = open_database(tmp_path / "plain.db")
    write_markers(db)
    (tmp_path / "usb").mkdir()
    exercise(db, tmp_path)
    hits = readable_markers(tmp_path)
    db.close()
    assert set(hits["plain.db-wal"]) == {"name", "id number", "history", "advice", "reading"}
    assert any(name.startswith("backups/") for name in hits)


def test_no_marker_is_readable_in_any_file_of_an_encrypted_database(tmp_path: Path) -> None:
    path = tmp_path / "room.db"
    session, _recovery = login.create_encrypted(path, "zhang", "secret123")
    write_markers(session.db)
    (tmp_path / "usb").mkdir()
    db = exercise(session.db, tmp_path)
    assert (tmp_path / "room.db-wal").stat().st_size > 0  # the WAL holds the new pages
    while_open = readable_markers(tmp_path)
    db.close()
    assert while_open == {}
    assert readable_markers(tmp_path) == {}
    files = {p.name for p in tmp_path.rglob("*") if p.is_file()}
    assert {"room.db", "room.db.keys"} <= files
    assert any("-daily-" in name for name in files)
    # live, daily, usb, before-restore: each backup keeps a copy of the key file beside it
    assert sum(1 for name in files if name.endswith(".db.keys")) == 4

    # And the data is all there for the right key.
    reopened = login.open_encrypted(path, "zhang", "secret123")
    with reopened.db.sessions() as s:
        assert s.execute(text("SELECT name FROM staff")).scalars().all() == [NAME, NAME]
    reopened.db.close()


def test_without_the_key_the_file_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "room.db"
    session, _recovery = login.create_encrypted(path, "zhang", "secret123")
    write_markers(session.db)
    session.db.close()
    for key in (None, bytes(32)):
        con = connect(path, key, read_only=True)
        with pytest.raises(DatabaseErrors):
            con.execute("SELECT count(*) FROM staff").fetchone()
        con.close()
    assert key_file_path(path).exists()
    assert b"secret123" not in key_file_path(path).read_bytes()
