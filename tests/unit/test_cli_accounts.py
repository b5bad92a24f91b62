"""The command line as a user: --user with the password from a prompt or HEALTHROOM_PASSWORD,
encrypted databases, backup and restore."""

from __future__ import annotations

import getpass
import sqlite3
from pathlib import Path

import pytest

from app.catalogue.codes import Role
from app.cli import main
from app.services import accounts, login


@pytest.fixture
def encrypted(tmp_path: Path) -> Path:
    path = tmp_path / "room.db"
    session, _recovery = login.create_encrypted(path, "zhang", "secret123")
    accounts.create_user(session.db, session.actor, "wang", Role.TECH, "tech-pass-1")
    accounts.create_user(session.db, session.actor, "li", Role.ADMIN, "admin-pass-1")
    session.db.close()
    return path


def test_the_password_is_asked_when_not_in_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "x.db"
    assert main(["--lang", "en", "--db", str(db), "demo", "--staff", "20", "--months", "1"]) == 0
    monkeypatch.delenv("HEALTHROOM_PASSWORD")
    prompts: list[str] = []

    def typed(prompt: str = "") -> str:
        prompts.append(prompt)
        return "demo1234"

    monkeypatch.setattr(getpass, "getpass", typed)
    assert (
        main(
            [
                "--lang",
                "en",
                "--db",
                str(db),
                "--user",
                "tech",
                "backup",
                "-o",
                str(tmp_path / "b.db"),
            ]
        )
        == 0
    )
    assert prompts and "tech" in prompts[0]

    monkeypatch.setattr(getpass, "getpass", lambda prompt="": "wrong-one")
    capsys.readouterr()
    assert (
        main(
            [
                "--lang",
                "en",
                "--db",
                str(db),
                "--user",
                "tech",
                "backup",
                "-o",
                str(tmp_path / "c.db"),
            ]
        )
        == 1
    )
    err = capsys.readouterr().err
    assert "wrong password" in err and "attempts left" not in err
    assert not (tmp_path / "c.db").exists()


def test_an_encrypted_database_needs_a_user_and_the_right_password(
    encrypted: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--lang", "en", "--db", str(encrypted), "check"]) == 1
    assert "encrypted" in capsys.readouterr().err

    monkeypatch.setenv("HEALTHROOM_PASSWORD", "tech-pass-1")
    assert main(["--lang", "en", "--db", str(encrypted), "--user", "wang", "check"]) == 0
    out = capsys.readouterr().out
    assert "integrity:       ok" in out and "SQLCipher" in out

    monkeypatch.setenv("HEALTHROOM_PASSWORD", "nope")
    for _ in range(4):
        assert main(["--lang", "en", "--db", str(encrypted), "--user", "wang", "check"]) == 1
    capsys.readouterr()
    assert main(["--lang", "en", "--db", str(encrypted), "--user", "wang", "check"]) == 1
    assert "locked until" in capsys.readouterr().err
    monkeypatch.setenv("HEALTHROOM_PASSWORD", "tech-pass-1")
    assert (
        main(["--lang", "en", "--db", str(encrypted), "--user", "wang", "check"]) == 1
    )  # still locked
    # The database cannot be read without the key, not even by sqlite3 directly.
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(encrypted).execute("SELECT * FROM app_user").fetchall()


def test_backup_and_restore_from_the_command_line(
    encrypted: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("HEALTHROOM_PASSWORD", "tech-pass-1")
    usb = encrypted.parent / "usb"
    usb.mkdir()
    assert (
        main(["--lang", "en", "--db", str(encrypted), "--user", "wang", "backup", "-o", str(usb)])
        == 0
    )
    (copy,) = usb.glob("room-copy-*.db")
    assert (usb / (copy.name + ".keys")).exists()
    assert (
        main(["--lang", "en", "--db", str(encrypted), "--user", "wang", "backup"]) == 0
    )  # automatic folder
    assert list((encrypted.parent / "backups").glob("room-manual-*.db"))

    # The administrator may back up but not restore; restoring asks for --yes in scripts.
    monkeypatch.setenv("HEALTHROOM_PASSWORD", "admin-pass-1")
    capsys.readouterr()
    assert (
        main(
            ["--lang", "en", "--db", str(encrypted), "--user", "li", "restore", str(copy), "--yes"]
        )
        == 1
    )
    assert "may not restore" in capsys.readouterr().err
    monkeypatch.setenv("HEALTHROOM_PASSWORD", "tech-pass-1")
    assert (
        main(["--lang", "en", "--db", str(encrypted), "--user", "wang", "restore", str(copy)]) == 1
    )
    assert "--yes" in capsys.readouterr().err
    assert (
        main(
            [
                "--lang",
                "en",
                "--db",
                str(encrypted),
                "--user",
                "wang",
                "restore",
                str(copy),
                "--yes",
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "accounts 3" in out and "restored" in out
    assert list((encrypted.parent / "backups").glob("room-before-restore-*.db"))
    assert main(["--lang", "en", "--db", str(encrypted), "--user", "wang", "check"]) == 0

    junk = encrypted.parent / "junk.db"
    junk.write_bytes(b"\0" * 4096)
    assert (
        main(
            [
                "--lang",
                "en",
                "--db",
                str(encrypted),
                "--user",
                "wang",
                "restore",
                str(junk),
                "--yes",
            ]
        )
        == 1
    )
