"""Someone else's files and emptied registers: recognised, refused in words, never touched.

Also the sign-in's single answer: an unknown name and a wrong password are told apart neither
by the words nor by the work done (one key derivation each).
"""

from __future__ import annotations

import re
import shutil
import sqlite3
from collections.abc import Callable
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
    assert main(["--lang", "en", "--db", str(foreign), "check"]) == 1
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
        assert main(["--lang", "en", "--db", str(path), "--user", name, "check"]) == 1
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
    db = ["--lang", "zh", "--db", str(site), "--user", "chair"]
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
    assert main(["--lang", "en", "--db", str(site), "check"]) == 0  # the live register whole
    assert "result:          ok" in capsys.readouterr().out


def test_a_roster_import_on_a_nearly_full_disk_imports_nothing_and_says_why(
    demo_file: Path,
    tmpfs: Callable[[str], Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The register fits, its before-import backup does not: nothing is imported."""
    from tests.roster_files import people, write_xlsx

    size = demo_file.stat().st_size
    disk = tmpfs(f"{size + size // 3}")
    site = disk / "site.db"
    shutil.copyfile(demo_file, site)
    (disk / "backups").mkdir()
    roster = write_xlsx(tmp_path / "roster.xlsx", people(5, first_no=90001))
    before = sqlite3.connect(site).execute("SELECT count(*) FROM staff").fetchone()
    code = main(["--lang", "zh", "--db", str(site), "--user", "admin", "import", "staff",
                 str(roster)])  # fmt: skip
    err = capsys.readouterr().err
    assert code == 1 and "导入前的备份无法写入" in err and "磁盘空间不足" in err, err
    assert "Traceback" not in err
    assert list((disk / "backups").iterdir()) == []  # no temporary copy, no journal
    assert sqlite3.connect(site).execute("SELECT count(*) FROM staff").fetchone() == before


def test_a_county_import_onto_a_full_or_read_only_disk_is_refused_in_words(
    genuine_package: Path,
    tmpfs: Callable[[str], Path],
    read_only_mount: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    full = tmpfs("256k")
    (full / "filler").write_bytes(b"x" * (256 * 1024 - 8 * 1024))  # a few KB left
    for workspace in (full / "county.db", read_only_mount / "county.db"):
        code = main(["--lang", "zh", "county", "import", str(genuine_package),
                     "--workspace", str(workspace), "--accept-new-key"])  # fmt: skip
        err = capsys.readouterr().err
        assert code == 1 and "Traceback" not in err, err
        assert "只读" in err or "无法打开或创建" in err, err
        assert not workspace.exists()  # no broken workspace left behind
    assert sorted(p.name for p in full.iterdir()) == ["filler"]


@pytest.fixture
def genuine_package(demo_file: Path, tmp_path: Path) -> Path:
    from app.domain.periods import Period
    from app.exchange.export_package import export_package
    from tests.support import DEMO_TODAY, TECH

    copy = tmp_path / "for-package.db"
    shutil.copyfile(demo_file, copy)
    db = open_database(copy)
    try:
        return export_package(db, TECH, Period.parse("2026Q3"), tmp_path, as_of=DEMO_TODAY).path
    finally:
        db.close()


def test_an_unknown_name_locks_like_a_known_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "room.db"
    session, _recovery = login.create_encrypted(path, "zhang", "secret123")
    session.db.close()
    monkeypatch.setenv("HEALTHROOM_PASSWORD", "wrong-password")
    answers = []
    for name in ("zhang", "nobody"):
        for _attempt in range(6):
            assert main(["--lang", "en", "--db", str(path), "--user", name, "check"]) == 1
        err = capsys.readouterr().err.replace(name, "NAME")
        answers.append(re.sub(r"\d\d:\d\d", "HH:MM", err).splitlines())  # the lock's end
    assert answers[0] == answers[1]
    assert "locked" in answers[0][-1] and "locked" not in answers[0][0]
