"""Bad command lines: each ends in exit 1 (rejected, says why) or 2 (usage), never a traceback.

Dates and periods out of range, paths that are folders, pipes, /proc, missing folders, foreign
files, wrong roles and missing arguments — run in-process through the program's entry point,
on a copy of the demo register; after each, no stray file is left beside the targets.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.launch import main

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def place(tmp_path_factory: pytest.TempPathFactory, demo_file: Path) -> Iterator[Path]:
    """A folder with the demo register, a county workspace, a foreign SQLite file, a text
    file and a FIFO."""
    folder = tmp_path_factory.mktemp("bad-lines")
    shutil.copyfile(demo_file, folder / "site.db")
    (folder / "folder").mkdir()
    (folder / "folder" / "letter.txt").write_text("a person's own document")
    con = sqlite3.connect(folder / "foreign.db")
    con.execute("CREATE TABLE recipes (name TEXT)")
    con.commit()
    con.close()
    (folder / "notes.txt").write_text("not a spreadsheet, not a package\n")
    (folder / "empty.zip").write_bytes(b"")
    os.mkfifo(folder / "pipe")
    # A county workspace with its administrator, whose password is the tests' HEALTHROOM_PASSWORD.
    os.environ["HEALTHROOM_NEW_PASSWORD"] = os.environ["HEALTHROOM_PASSWORD"]
    try:
        add = ["county", "account", "add", "wang", "--role", "county_admin", "--workspace"]
        assert main([*add, str(folder / "county.db")]) == 0
    finally:
        del os.environ["HEALTHROOM_NEW_PASSWORD"]
    yield folder


def lines(p: Path) -> list[tuple[str, list[str], int]]:
    """(what, argv, expected exit code) — at least 60 of them."""
    db = ["--db", str(p / "site.db")]
    chair, admin, tech = (["--user", name] for name in ("chair", "admin", "tech"))
    out = str(p / "out.pdf")
    ws = str(p / "county.db")
    county = ["--user", "wang", "county"]
    return [
        # usage: unknown, missing or malformed arguments -> 2
        ("no such command", [*db, "frobnicate"], 2),
        ("report without kind", [*db, *admin, "report"], 2),
        ("import without kind", [*db, *admin, "import"], 2),
        ("county without verb", ["county"], 2),
        ("monthly without month", [*db, *admin, "report", "monthly", "-o", out], 2),
        ("monthly without -o", [*db, *admin, "report", "monthly", "--month", "2026-09"], 2),
        ("month 13", [*db, *admin, "report", "monthly", "--month", "2026-13", "-o", out], 2),
        ("month words", [*db, *admin, "report", "monthly", "--month", "Sept", "-o", out], 2),
        ("month as quarter", [*db, *admin, "report", "monthly", "--month", "2026Q3", "-o", out], 2),
        ("quarter 5", [*db, *admin, "report", "quarterly", "--quarter", "2026Q5", "-o", out], 2),
        ("quarter 0", [*db, *admin, "report", "quarterly", "--quarter", "2026Q0", "-o", out], 2),
        (
            "quarter year 0",
            [*db, *admin, "report", "quarterly", "--quarter", "0000Q1", "-o", out],
            2,
        ),
        ("year 99999", [*db, *admin, "report", "annual", "--year", "99999", "-o", out], 2),
        ("year -1", [*db, *admin, "report", "annual", "--year", "-1", "-o", out], 2),
        ("year words", [*db, *admin, "report", "annual", "--year", "twenty", "-o", out], 2),
        (
            "as-of Feb 30",
            [*db, *admin, "report", "annual", "--year", "2026", "--as-of", "2026-02-30", "-o", out],
            2,
        ),
        (
            "unknown text section",
            [*db, *admin, "report", "annual", "--year", "2026", "--text", "nonsense=1", "-o", out],
            2,
        ),
        (
            "text without =",
            [*db, *admin, "report", "annual", "--year", "2026", "--text", "conclusions", "-o", out],
            2,
        ),
        ("bad language", [*db, *admin, "report", "equipment", "--language", "fr", "-o", out], 2),
        (
            "from after to",
            [
                *db,
                *admin,
                "report",
                "usage-register",
                "--from",
                "2026-10-31",
                "--to",
                "2026-10-01",
                "-o",
                out,
            ],
            2,
        ),
        (
            "from garbage",
            [*db, *admin, "report", "usage-register", "--from", "yesterday", "-o", out],
            2,
        ),
        (
            "blank pages -1",
            [*db, *admin, "report", "usage-register", "--blank", "-1", "-o", out],
            2,
        ),
        ("wall weeks 0", [*db, *admin, "report", "wall-schedule", "--weeks", "0", "-o", out], 2),
        (
            "wall date bad",
            [*db, *admin, "report", "wall-schedule", "--date", "2026-99-01", "-o", out],
            2,
        ),
        ("labels start 0", [*db, *admin, "report", "asset-labels", "--start", "0", "-o", out], 1),
        ("labels paper", [*db, *admin, "report", "asset-labels", "--paper", "a5", "-o", out], 2),
        ("indicators no period", [*db, *admin, "indicators"], 2),
        ("indicators period 2026Q9", [*db, *admin, "indicators", "--period", "2026Q9"], 2),
        ("indicators period empty", [*db, *admin, "indicators", "--period", ""], 2),
        ("indicators period 2026-00", [*db, *admin, "indicators", "--period", "2026-00"], 2),
        ("export no -o", [*db, *tech, "export", "--period", "2026Q3"], 2),
        ("export period 2026W1", [*db, *tech, "export", "--period", "2026W1", "-o", str(p)], 2),
        ("demo staff 0", ["--db", str(p / "new.db"), "demo", "--staff", "0"], 2),
        ("demo staff words", ["--db", str(p / "new.db"), "demo", "--staff", "many"], 2),
        ("demo months -3", ["--db", str(p / "new.db"), "demo", "--months", "-3"], 2),
        ("demo today bad", ["--db", str(p / "new.db"), "demo", "--today", "31.3.2025"], 2),
        ("restore no file", [*db, *chair, "restore"], 2),
        ("county import no workspace", [*county, "import", str(p / "notes.txt")], 2),
        ("county report no year", [*county, "report", "--workspace", ws, "-o", out], 2),
        (
            "county report year 99999",
            [*county, "report", "--year", "99999", "--workspace", ws, "-o", out],
            2,
        ),
        (
            "county report year 0",
            [*county, "report", "--year", "0", "--workspace", ws, "-o", out],
            2,
        ),
        # rejected input: paths, files, roles -> 1
        ("report -o a folder", [*db, *admin, "report", "equipment", "-o", str(p / "folder")], 1),
        ("report -o in /proc", [*db, *admin, "report", "equipment", "-o", "/proc/r.pdf"], 1),
        (
            "report -o missing folder",
            [*db, *admin, "report", "equipment", "-o", str(p / "gone" / "r.pdf")],
            1,
        ),
        (
            "xlsx to a folder",
            [*db, *admin, "report", "equipment", "-o", out, "--xlsx", str(p / "folder")],
            1,
        ),
        ("backup to /proc", [*db, *tech, "backup", "-o", "/proc/b.db"], 1),
        ("backup to missing folder", [*db, *tech, "backup", "-o", str(p / "gone" / "b.db")], 1),
        ("backup onto the register", [*db, *tech, "backup", "-o", str(p / "site.db")], 1),
        ("restore a folder", [*db, *chair, "restore", "--yes", str(p / "folder")], 1),
        ("restore /etc/passwd", [*db, *chair, "restore", "--yes", "/etc/passwd"], 1),
        ("restore missing", [*db, *chair, "restore", "--yes", str(p / "none.db")], 1),
        ("restore foreign sqlite", [*db, *chair, "restore", "--yes", str(p / "foreign.db")], 1),
        ("import a folder", [*db, *admin, "import", "staff", str(p / "folder")], 1),
        ("import /etc/passwd", [*db, *admin, "import", "staff", "/etc/passwd"], 1),
        ("import missing", [*db, *admin, "import", "staff", str(p / "none.xlsx")], 1),
        ("import text file", [*db, *admin, "import", "staff", str(p / "notes.txt")], 1),
        ("import as tech", [*db, *tech, "import", "staff", str(p / "notes.txt")], 1),
        ("export into /proc", [*db, *tech, "export", "--period", "2026Q3", "-o", "/proc"], 1),
        (
            "export into missing",
            [*db, *tech, "export", "--period", "2026Q3", "-o", str(p / "gone")],
            1,
        ),
        (
            "export named as admin",
            [*db, *admin, "export", "--period", "2026Q3", "--named", "-o", str(p)],
            1,
        ),
        ("export without user", [*db, "export", "--period", "2026Q3", "-o", str(p)], 1),
        ("export future quarter", [*db, *tech, "export", "--period", "2099Q1", "-o", str(p)], 1),
        ("monthly without user", [*db, "report", "monthly", "--month", "2026-09", "-o", out], 1),
        ("annual without user", [*db, "report", "annual", "--year", "2026", "-o", out], 1),
        (
            "quarterly as tech",
            [*db, *tech, "report", "quarterly", "--quarter", "2026Q3", "-o", out],
            1,
        ),
        (
            "usage register as tech",
            [
                *db,
                *tech,
                "report",
                "usage-register",
                "--from",
                "2026-10-01",
                "--to",
                "2026-10-31",
                "-o",
                out,
            ],
            1,
        ),
        ("wall schedule without user", [*db, "report", "wall-schedule", "-o", out], 1),
        ("equipment without user", [*db, "report", "equipment", "-o", out], 1),
        ("restore as admin", [*db, *admin, "restore", "--yes", str(p / "site.db")], 1),
        ("unknown user", [*db, "--user", "nobody", "check"], 1),
        ("db is a folder", ["--db", str(p / "folder"), "check"], 1),
        ("db is /etc/passwd", ["--db", "/etc/passwd", "check"], 1),
        ("db is a foreign sqlite", ["--db", str(p / "foreign.db"), "check"], 1),
        ("db in a missing folder", ["--db", str(p / "gone" / "x.db"), "check"], 1),
        ("db in /proc", ["--db", "/proc/x.db", "check"], 1),
        ("county import a folder", [*county, "import", str(p / "folder"), "--workspace", ws], 1),
        ("county import text", [*county, "import", str(p / "notes.txt"), "--workspace", ws], 1),
        (
            "county import empty zip",
            [*county, "import", str(p / "empty.zip"), "--workspace", ws],
            1,
        ),
        (
            "workspace a folder",
            [*county, "report", "--year", "2026", "--workspace", str(p / "folder"), "-o", out],
            1,
        ),
        (
            "workspace /etc/passwd",
            [*county, "report", "--year", "2026", "--workspace", "/etc/passwd", "-o", out],
            1,
        ),
        (
            "workspace the site register",
            [*county, "report", "--year", "2026", "--workspace", str(p / "site.db"), "-o", out],
            1,
        ),
        (
            "workspace in missing folder",
            [
                *county,
                "report",
                "--year",
                "2026",
                "--workspace",
                str(p / "gone" / "w.db"),
                "-o",
                out,
            ],
            1,
        ),
        (
            "workspace foreign sqlite",
            [*county, "import", str(p / "notes.txt"), "--workspace", str(p / "foreign.db")],
            1,
        ),
    ]


def sites_and_packages(workspace: Path) -> list[tuple[object, ...]]:
    con = sqlite3.connect(workspace)
    try:
        return con.execute(
            "SELECT (SELECT count(*) FROM county_site), (SELECT count(*) FROM county_package)"
        ).fetchall()
    finally:
        con.close()


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    try:
        code = main(argv)
    except SystemExit as exit_info:
        code = int(exit_info.code or 0)
    captured = capsys.readouterr()
    return code, captured.err + captured.out


def test_at_least_sixty_bad_command_lines(place: Path) -> None:
    assert len(lines(place)) >= 60


def test_each_bad_command_line_is_refused_in_words(
    place: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = sorted(path.name for path in place.rglob("*"))
    workspace = sites_and_packages(place / "county.db")
    foreign = (place / "foreign.db").read_bytes()
    wrong: list[str] = []
    for what, argv, expected in lines(place):
        code, text = run(argv, capsys)
        if code != expected or "Traceback" in text or not text.strip():
            wrong.append(f"{what}: exit {code} (expected {expected}): {text.strip()[-300:]}")
    assert not wrong, "\n".join(wrong)
    after = sorted(path.name for path in place.rglob("*"))
    assert after == before  # nothing written, nothing half-written, no folder moved
    assert (place / "foreign.db").read_bytes() == foreign
    assert sites_and_packages(place / "county.db") == workspace  # (its access log grows)
    assert (place / "folder" / "letter.txt").read_text() == "a person's own document"


def test_a_pipe_as_input_is_refused_not_waited_on(place: Path) -> None:
    """A FIFO as the roster or package would block a plain open() forever."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for argv in (
        ["--db", str(place / "site.db"), "--user", "admin", "import", "staff", str(place / "pipe")],
        [
            "--user",
            "wang",
            "county",
            "import",
            str(place / "pipe"),
            "--workspace",
            str(place / "county.db"),
        ],
        [
            "--db",
            str(place / "site.db"),
            "--user",
            "chair",
            "restore",
            "--yes",
            str(place / "pipe"),
        ],
    ):
        done = subprocess.run(
            [sys.executable, "-m", "app", *argv],
            capture_output=True,
            text=True,
            timeout=60,
            env=env,
            check=False,
        )
        assert done.returncode == 1, done.stderr
        assert "Traceback" not in done.stderr and done.stderr.strip()


def test_the_net_turns_a_defect_into_one_sentence_and_exit_3(
    place: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.cli import check
    from app.safety_net import log_file

    def broken(*_args: object) -> int:
        raise ZeroDivisionError("a defect nobody handled")

    monkeypatch.setattr(check, "check_database", broken)
    code, text = run(["--db", str(place / "site.db"), "check"], capsys)
    assert code == 3
    assert "Traceback" not in text and "ZeroDivisionError" not in text
    assert str(log_file()) in text and len(text.strip().splitlines()) == 1
    assert "ZeroDivisionError: a defect nobody handled" in log_file().read_text(encoding="utf-8")
