"""The benchmark's kept registers are brought to the current schema once, before anything is
timed (tests/bench/data.py `at_head`): otherwise, after a new migration, every measured
command would migrate its fresh copy inside the timed run."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from app.db.connection import connect
from app.db.engine import make_engine
from app.db.keyfile import new_database_key
from app.db.migrate import alembic_config, head_revision, upgrade
from app.db.revision import revision_in
from tests.bench import data


def previous_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_revision(head_revision())
    assert head is not None and isinstance(head.down_revision, str)
    return head.down_revision


def stored(path: Path, key: bytes | None) -> str | None:
    connection = connect(path, key)
    try:
        return revision_in(connection)
    finally:
        connection.close()


@pytest.fixture
def fresh_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """What the benchmark's process has found or brought so far: nothing."""
    monkeypatch.setattr(data, "BROUGHT", [])
    monkeypatch.setattr(data, "_CURRENT", set())


@pytest.mark.parametrize("encrypted", [False, True], ids=["plain", "encrypted"])
def test_a_kept_register_of_an_older_schema_is_brought_to_the_head_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fresh_process: None, encrypted: bool
) -> None:
    key = new_database_key() if encrypted else None
    path = tmp_path / "demo-kept.db"
    engine = make_engine(path, key)
    older = previous_revision()
    upgrade(engine, older)  # a register an earlier run made, before the newest migration
    with engine.begin() as connection:
        connection.exec_driver_sql("INSERT INTO department (name, sort_key) VALUES ('一车间', '')")
    engine.dispose()

    assert data.at_head(path, key) == path
    assert stored(path, key) == head_revision()
    said = capsys.readouterr().err
    assert f"{path.name} brought to the current schema, from {older} to {head_revision()}" in said
    assert [f.name for f in data.BROUGHT] == [
        f"register {path.name} brought to schema {head_revision()}"
    ]
    # All of it in the file itself: the copies the runs take (the file alone) are current too.
    copy = shutil.copyfile(path, tmp_path / "copy.db")
    assert stored(copy, key) == head_revision()
    connection = connect(copy, key)
    assert connection.execute("SELECT name FROM department").fetchall() == [("一车间",)]
    connection.close()

    data._CURRENT.clear()  # the next measurement's process: finds it current, says nothing
    before = path.read_bytes()
    assert data.at_head(path, key) == path
    assert capsys.readouterr().err == ""
    assert len(data.BROUGHT) == 1
    assert path.read_bytes() == before


def test_a_register_at_the_head_is_left_as_it_is(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fresh_process: None
) -> None:
    path = tmp_path / "demo-new.db"
    engine = make_engine(path)
    upgrade(engine)
    engine.dispose()
    before = path.read_bytes()

    assert data.at_head(path) == path
    assert path.read_bytes() == before
    assert data.BROUGHT == [] and capsys.readouterr().err == ""
    assert sqlite3.connect(path).execute("SELECT version_num FROM alembic_version").fetchall() == [
        (head_revision(),)
    ]
