"""Someone else's files and emptied registers: recognised, refused in words, never touched.

Also the sign-in's single answer: an unknown name and a wrong password are told apart neither
by the words nor by the work done (one key derivation each).
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from app.cli import main
from app.db import keyfile
from app.db.file_kind import register_problem
from app.db.migrate import open_database
from app.services import login


def test_folders_and_foreign_files_are_refused_before_anything_touches_them(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "documents"
    folder.mkdir()
    (folder / "letter.txt").write_text("mine")
    foreign = tmp_path / "recipes.db"
    con = sqlite3.connect(foreign)
    con.execute("CREATE TABLE recipe (name TEXT)")
    con.commit()
    con.close()
    text = tmp_path / "notes.db"
    text.write_text("not a database at all\n" * 50)
    expected = {folder: "folder", foreign: "foreign", text: "not_sqlite"}
    for path, reason in expected.items():
        before = path.read_bytes() if path.is_file() else None
        assert register_problem(path) == reason
        with pytest.raises(login.RegisterRefused) as refused:
            login.open_checked(path)
        assert refused.value.reason == reason
        assert (path.read_bytes() if path.is_file() else None) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["documents", "notes.db", "recipes.db"]
    assert (folder / "letter.txt").read_text() == "mine"


def test_check_creates_nothing_and_a_foreign_file_is_not_ok(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    foreign = tmp_path / "other.db"
    con = sqlite3.connect(foreign)
    con.execute("CREATE TABLE ledger (x)")
    con.commit()
    con.close()
    before = foreign.read_bytes()
    assert main(["--db", str(foreign), "check"]) == 1
    assert "another program's database" in capsys.readouterr().err
    assert foreign.read_bytes() == before  # no program tables written into it
    assert main(["--db", str(tmp_path / "a" / "b" / "new.db"), "check"]) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.db"]


def test_an_emptied_register_with_backups_is_damage_not_a_new_site(
    tmp_path: Path, demo_file: Path
) -> None:
    path = tmp_path / "site.db"
    shutil.copyfile(demo_file, path)
    (tmp_path / "backups").mkdir()
    shutil.copyfile(demo_file, tmp_path / "backups" / "site-daily-20261115-180000.db")
    path.write_bytes(b"")
    with pytest.raises(login.DamagedDatabase):
        login.open_checked(path)
    assert path.read_bytes() == b""  # nothing created over it
    best = login.newest_good_backup(path, None)
    assert best is not None and best.path.name == "site-daily-20261115-180000.db"
    login.quarantine_damaged(path)
    login.restore_newest(path, best, None)
    db = open_database(path)
    db.close()


def test_a_register_on_a_read_only_disk_is_called_read_only(
    tmp_path: Path, demo_file: Path, read_only_mount: Path
) -> None:
    path = read_only_mount / "site.db"
    assert path.exists()
    assert register_problem(path) == "read_only"
    with pytest.raises(login.RegisterRefused) as refused:
        login.open_checked(path)
    assert refused.value.reason == "read_only"


def test_unknown_name_and_wrong_password_get_one_answer_and_the_same_work(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "room.db"
    session, _recovery = login.create_encrypted(path, "zhang", "secret123")
    session.db.close()
    derivations: list[bytes] = []
    real = keyfile._kek

    def counted(password: str, salt: bytes, kdf: keyfile.KdfParams) -> bytes:
        derivations.append(salt)
        return real(password, salt, kdf)

    monkeypatch.setattr(keyfile, "_kek", counted)
    monkeypatch.setenv("HEALTHROOM_PASSWORD", "wrong-password")
    answers, work = [], []
    for name in ("zhang", "nobody"):
        derivations.clear()
        assert main(["--db", str(path), "--user", name, "check"]) == 1
        answers.append(capsys.readouterr().err.replace(name, "NAME"))
        work.append(len(derivations))
    assert answers[0] == answers[1]
    assert "attempts left" not in answers[0]
    assert work == [1, 1]


def test_full_and_read_only_targets_leave_nothing_and_keep_the_old_file(
    tmp_path: Path,
    demo_file: Path,
    full_mount: Path,
    read_only_mount: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    site = tmp_path / "site.db"
    shutil.copyfile(demo_file, site)
    (full_mount / "copy.db").write_bytes(b"the previous copy")
    db = ["--db", str(site), "--user", "chair"]
    runs = [
        (["backup", "-o", str(full_mount / "copy.db")], "磁盘空间不足"),
        (["backup", "-o", str(read_only_mount / "copy.db")], "只读"),
        (["export", "--period", "2026Q3", "-o", str(read_only_mount)], "只读"),
        (["report", "equipment", "-o", str(read_only_mount / "e.pdf")], "只读"),
    ]
    for args, words in runs:
        assert main([*db, *args]) == 1, args
        err = capsys.readouterr().err
        assert words in err and "Traceback" not in err, err
    assert (full_mount / "copy.db").read_bytes() == b"the previous copy"
    assert sorted(p.name for p in full_mount.iterdir()) == ["copy.db"]  # no temp, no journal
    assert sorted(p.name for p in read_only_mount.iterdir()) == ["site.db"]
    assert main(["--db", str(site), "check"]) == 0  # the live register whole
    assert "result:          ok" in capsys.readouterr().out
