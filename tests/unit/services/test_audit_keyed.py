"""The audit chain of an encrypted register: keyed, and its count and head kept in the key
file, so `check` finds a rewritten chain and the newest entries deleted."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from app.cli import main
from app.db.connection import connect
from app.db.keyfile import key_file_path, parse_recovery_key
from app.services import accounts, login


@pytest.fixture
def register(tmp_path: Path) -> tuple[Path, bytes]:
    path = tmp_path / "room.db"
    session, recovery = login.create_encrypted(path, "zhang", "secret123")
    for name in ("li", "wang", "zhao"):
        accounts.create_user(session.db, session.actor, name, accounts.Role.ADMIN, "admin-pass1")
    session.db.close()
    return path, parse_recovery_key(recovery)


def check(path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("HEALTHROOM_PASSWORD", "secret123")
    code = main(["--lang", "en", "--db", str(path), "--user", "zhang", "check"])
    out = capsys.readouterr().out
    assert (code == 0) == ("result:          ok" in out)
    return out


def test_an_intact_register_checks_ok(
    register: tuple[Path, bytes],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path, _key = register
    assert "result:          ok" in check(path, capsys, monkeypatch)
    assert json.loads(key_file_path(path).read_text())["audit"]["count"] >= 4


def test_an_entry_edited_and_the_chain_recomputed_is_found(
    register: tuple[Path, bytes],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path, key = register
    con = connect(path, key)
    rows = con.execute(
        "SELECT id, at, username, action, entity, entity_id, before_json, after_json "
        "FROM audit_entry ORDER BY id"
    ).fetchall()
    previous = "0" * 64
    for row_id, at, user, action, entity, entity_id, before, after in rows:
        user = "intruder" if row_id == 2 else user
        at_text = at.replace(" ", "T") if isinstance(at, str) else at.isoformat()
        payload = "\x1f".join(
            [previous, at_text, user, action, entity, entity_id, before or "", after or ""]
        )
        digest = hashlib.sha256(payload.encode()).hexdigest()  # the chain's documented form
        con.execute(
            "UPDATE audit_entry SET username=?, prev_hash=?, hash=? WHERE id=?",
            (user, previous, digest, row_id),
        )
        previous = digest
    con.commit()
    con.close()
    out = check(path, capsys, monkeypatch)
    assert "BROKEN at entry" in out and "result:          PROBLEMS FOUND" in out


def test_the_newest_entries_deleted_are_found(
    register: tuple[Path, bytes],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path, key = register
    con = connect(path, key)
    (count,) = con.execute("SELECT count(*) FROM audit_entry").fetchone()
    con.execute("DELETE FROM audit_entry WHERE id > (SELECT max(id) - 3 FROM audit_entry)")
    con.commit()
    con.close()
    out = check(path, capsys, monkeypatch)  # the shorter chain is whole, but the key file knows
    assert "The newest audit entries were deleted" in out
    assert f"the key file records {count}," in out


def test_the_key_files_record_cannot_be_edited_to_match(
    register: tuple[Path, bytes],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path, _key = register
    keys = key_file_path(path)
    data = json.loads(keys.read_text())
    data["audit"]["count"] -= 2
    keys.write_text(json.dumps(data))
    assert "The key file's audit record was altered." in check(path, capsys, monkeypatch)
