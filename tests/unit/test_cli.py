"""The command line of DESIGN §6, run in-process on real files."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli import main


def test_demo_then_check_succeed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "x.db"
    assert main(["--db", str(db), "demo", "--staff", "40", "--months", "2"]) == 0
    out = capsys.readouterr().out
    assert "chair" in out and "admin" in out and "tech" in out and "demo1234" in out

    assert main(["--lang", "en", "--db", str(db), "check"]) == 0
    out = capsys.readouterr().out
    assert "integrity:       ok" in out
    assert "result:          ok" in out


def test_demo_today_fixes_where_its_history_ends(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import sqlite3

    runs = []
    for name in ("a.db", "b.db"):
        db = tmp_path / name
        assert main(["--db", str(db), "demo", "--staff", "20", "--months", "2",
                     "--today", "2025-03-31"]) == 0  # fmt: skip
        con = sqlite3.connect(db)
        runs.append(con.execute("SELECT min(visited_at), max(visited_at), count(*) FROM "
                                "usage_visit").fetchone())  # fmt: skip
        con.close()
    capsys.readouterr()
    first, last, count = runs[0]
    assert runs[0] == runs[1] and count > 0  # the same data twice
    assert first[:10] >= "2025-01-01" and last[:10] <= "2025-03-31"
    with pytest.raises(SystemExit) as exit_info:
        main(["--db", str(tmp_path / "c.db"), "demo", "--today", "31.3.2025"])
    assert exit_info.value.code == 2


def test_demo_refuses_a_database_that_is_not_empty(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "x.db"
    assert main(["--db", str(db), "demo", "--staff", "20", "--months", "1"]) == 0
    capsys.readouterr()
    assert main(["--lang", "en", "--db", str(db), "demo", "--staff", "20", "--months", "1"]) == 1
    assert "not empty" in capsys.readouterr().err
    assert main(["--lang", "zh", "--db", str(db), "demo", "--staff", "20", "--months", "1"]) == 1
    assert "数据库不是空的" in capsys.readouterr().err


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--db", str(tmp_path / "x.db"), "no-such-command"])
    assert exit_info.value.code == 2
    with pytest.raises(SystemExit) as exit_info:
        main(["--db", str(tmp_path / "x.db"), "demo", "--staff", "0"])
    assert exit_info.value.code == 2


def test_unknown_user_is_rejected(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from app.db.migrate import open_database

    open_database(tmp_path / "x.db").close()
    assert main(["--lang", "en", "--db", str(tmp_path / "x.db"), "--user", "nobody", "check"]) == 1
    assert "nobody" in capsys.readouterr().err


def test_a_command_on_a_missing_register_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for path in (tmp_path / "x.db", tmp_path / "new" / "folder" / "x.db"):
        assert main(["--lang", "en", "--db", str(path), "check"]) == 1
        err = capsys.readouterr().err
        assert "no register at this path" in err or f"The folder of {path} does not exist" in err
    assert list(tmp_path.iterdir()) == []


def test_check_reports_a_broken_audit_chain(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import sqlite3

    db = tmp_path / "x.db"
    assert main(["--db", str(db), "demo", "--staff", "20", "--months", "1"]) == 0
    con = sqlite3.connect(db)
    con.execute("UPDATE audit_entry SET username = 'intruder' WHERE id = 1")
    con.commit()
    con.close()
    capsys.readouterr()
    assert main(["--lang", "en", "--db", str(db), "check"]) == 1
    assert "BROKEN at entry 1" in capsys.readouterr().out


def test_a_file_that_is_not_a_database_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bogus = tmp_path / "bogus.db"
    bogus.write_bytes(b"this is not sqlite" * 100)
    assert main(["--lang", "en", "--db", str(bogus), "check"]) == 1
    assert "not a register of this program" in capsys.readouterr().err
    assert bogus.read_bytes() == b"this is not sqlite" * 100


def test_backup_writes_a_verified_copy(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    assert main(["--db", str(db), "demo", "--staff", "20", "--months", "1"]) == 0
    target = tmp_path / "usb" / "copy.db"
    assert main(["--db", str(db), "--user", "tech", "backup", "-o", str(target)]) == 1
    assert not target.parent.exists()  # a pulled stick's folder is not made on the local disk
    target.parent.mkdir()
    assert main(["--db", str(db), "backup", "-o", str(target)]) == 1  # needs --user
    assert not target.exists()
    assert main(["--db", str(db), "--user", "tech", "backup", "-o", str(target)]) == 0
    assert main(["--db", str(target), "check"]) == 0


@pytest.mark.parametrize(
    ("kind", "extra", "dest"),
    [
        ("wall-schedule", [], "lang"),
        ("quarterly", ["--quarter", "2026Q3"], "lang"),
        ("equipment", [], "lang"),
        ("asset-labels", [], "lang"),
        ("usage-register", ["--from", "2026-10-01", "--to", "2026-10-31"], "lang"),
    ],
)
@pytest.mark.parametrize("option", ["--language", "--lang"])
def test_every_report_takes_the_same_language_option(
    kind: str, extra: list[str], dest: str, option: str
) -> None:
    from app.cli import build_parser

    args = build_parser().parse_args(["report", kind, *extra, "-o", "x.pdf", option, "en"])
    assert getattr(args, dest) == "en"


def test_output_piped_into_a_reader_that_stops_is_not_an_error(demo_file: Path) -> None:
    import subprocess
    import sys

    # `healthroom indicators --json | head -c 0`: the reader is gone before anything is printed.
    process = subprocess.Popen(
        [sys.executable, "-m", "app", "--db", str(demo_file), "indicators", "--period", "2026",
         "--json"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()
    errors = process.stderr.read().decode()
    assert process.wait(timeout=60) == 0
    assert "Traceback" not in errors


def test_backup_into_a_missing_folder_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`-o DIR/` used to write DIR.db in the working folder when DIR did not exist."""
    db = tmp_path / "x.db"
    assert main(["--db", str(db), "demo", "--staff", "5", "--months", "1"]) == 0
    monkeypatch.chdir(tmp_path)
    capsys.readouterr()
    for language, words in (("zh", "文件夹不存在：usb"), ("en", "The folder usb does not exist")):
        command = ["--lang", language, "--db", str(db), "--user", "tech", "backup", "-o", "usb/"]
        assert main(command) == 1
        err = capsys.readouterr().err
        assert words in err and "Traceback" not in err
    assert not (tmp_path / "usb.db").exists() and not (tmp_path / "usb").exists()
    (tmp_path / "usb").mkdir()  # once the folder is there, the copy goes into it
    assert main(["--db", str(db), "--user", "tech", "backup", "-o", "usb/"]) == 0
    assert [p.suffix for p in (tmp_path / "usb").iterdir()] == [".db"]
