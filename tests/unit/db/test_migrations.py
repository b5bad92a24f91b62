"""The schema: migrations produce exactly the models; pragmas; backup before migrating."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from app.db.engine import make_engine
from app.db.integrity import integrity_ok
from app.db.migrate import (
    Database,
    current_revision,
    downgrade,
    head_revision,
    open_database,
    upgrade,
)
from app.db.models import Base, Department, Staff, UsageVisit


def test_empty_database_migrated_to_head_equals_the_models(db: Database) -> None:
    assert current_revision(db.engine) == head_revision()
    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


def test_downgrade_to_base_and_up_again(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "x.db")
    upgrade(engine)
    downgrade(engine, "base")
    with engine.connect() as connection:
        tables = connection.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type='table' AND name != 'alembic_version'"
        ).all()
    assert tables == []
    upgrade(engine)
    assert current_revision(engine) == head_revision()
    engine.dispose()


def test_pragmas_are_in_force_on_every_connection(db: Database) -> None:
    with db.sessions() as session:
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert session.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_an_older_file_is_backed_up_before_it_is_migrated(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    engine = make_engine(path)
    upgrade(engine, "base")  # an existing file at an older schema (here: none yet)
    with engine.begin() as connection:
        connection.exec_driver_sql("CREATE TABLE note (text TEXT)")
        connection.exec_driver_sql("INSERT INTO note VALUES ('kept')")
    engine.dispose()

    database = open_database(path, backup_dir=tmp_path / "backups")
    database.close()

    backups = list((tmp_path / "backups").glob("old-before-migration-*.db"))
    assert len(backups) == 1
    assert integrity_ok(backups[0]) == (True, "ok")
    copy = sqlite3.connect(backups[0])
    assert copy.execute("SELECT text FROM note").fetchall() == [("kept",)]
    copy.close()


def test_constraints_guard_the_data(db: Database) -> None:
    with db.sessions() as session, session.begin():
        department = Department(name="一车间")
        session.add(department)
        session.flush()
        session.add(Staff(employee_no="A1", name="张三", department_id=department.id))
    with pytest.raises(IntegrityError), db.sessions() as session, session.begin():
        session.add(Staff(employee_no="A1", name="李四", department_id=department.id))
    with pytest.raises(IntegrityError), db.sessions() as session, session.begin():
        session.add(Staff(employee_no="A2", name="李四", sex="X", department_id=department.id))
    with pytest.raises(IntegrityError), db.sessions() as session, session.begin():
        session.add(UsageVisit(visited_at=dt.datetime(2026, 10, 1, 9)))  # no person, no visitor


def test_a_person_with_visits_cannot_be_deleted(db: Database) -> None:
    with db.sessions() as session, session.begin():
        department = Department(name="质检部")
        person = Staff(employee_no="B1", name="王五", department=department)
        session.add(person)
        session.flush()
        session.add(UsageVisit(visited_at=dt.datetime(2026, 10, 1, 9), staff_id=person.id))
    with pytest.raises(IntegrityError), db.sessions() as session, session.begin():
        session.execute(text("DELETE FROM staff WHERE employee_no = 'B1'"))
