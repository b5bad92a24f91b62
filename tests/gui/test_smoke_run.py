"""Smoke runs (HEALTHROOM_EXIT_AFTER_MS): the real program opens its window and quits by itself.

The bundle test and the start-up benchmark rely on this; here it runs from source, in a fresh
process, as `python -m app`.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def smoke_run(database: Path, picture: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HEALTHROOM_EXIT_AFTER_MS": "300",
        # No one can answer the sign-in dialog in a smoke run: it signs in as this user.
        "HEALTHROOM_USER": "admin" if database.exists() else "chair",
        "HEALTHROOM_PASSWORD": "demo1234",
    }
    if picture is not None:
        env["HEALTHROOM_SMOKE_SCREENSHOT"] = str(picture)
    return subprocess.run(
        [sys.executable, "-m", "app", "--db", str(database)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_smoke_run_shows_the_window_then_exits_cleanly(tmp_path: Path, demo_file: Path) -> None:
    database = tmp_path / "demo.db"
    shutil.copyfile(demo_file, database)
    picture = tmp_path / "window.png"
    result = smoke_run(database, picture)
    assert result.returncode == 0, result.stderr
    assert "main window shown" in result.stderr
    assert "first page filled" in result.stderr
    assert "Traceback" not in result.stderr
    assert picture.stat().st_size > 10_000
    cpu = [  # each moment with the CPU spent so far, in the order they happen
        float(line.rsplit("(cpu ", 1)[1].split()[0].rstrip(","))
        for moment in ("password given", "main window shown", "first page filled")
        for line in result.stderr.splitlines()
        if moment in line
    ]
    assert len(cpu) == 3 and 0 < cpu[0] <= cpu[1] <= cpu[2]
    # Today's backup, made in the background once the first page was filled; closing waited
    # for it and made none of its own: nothing was written since.
    made = sorted(p.name for p in (tmp_path / "backups").glob("demo-*.db"))
    assert [name.split("-")[1] for name in made] == ["daily"], made
    assert "checked before the sign-in" in result.stderr  # no note of a clean close yet
    again = smoke_run(database)  # closed cleanly: the check runs beside the sign-in this time
    assert again.returncode == 0, again.stderr
    assert "checked in the background" in again.stderr and "first page filled" in again.stderr
    assert "Traceback" not in again.stderr


def test_smoke_run_ends_even_while_the_first_run_question_is_open(tmp_path: Path) -> None:
    # A new file: the chair's account is made, then "new site or demo?" waits in a modal dialog.
    result = smoke_run(tmp_path / "empty.db")
    assert result.returncode == 0, result.stderr
    assert "main window shown" in result.stderr
    assert "Traceback" not in result.stderr


def test_the_window_opens_on_a_county_workspace(tmp_path: Path) -> None:
    """`healthroom --workspace FILE`: the county window, the opening logged with who."""
    from app.db.county_models import open_workspace
    from app.services import county
    from tests.support import COUNTY_ADMIN

    workspace = tmp_path / "county.db"
    picture = tmp_path / "county.png"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HEALTHROOM_EXIT_AFTER_MS": "300",
        "HEALTHROOM_USER": "reviewer-li",
        "HEALTHROOM_PASSWORD": "smoke-2026",  # a new workspace: its first administrator
        "HEALTHROOM_SMOKE_SCREENSHOT": str(picture),
    }
    result = subprocess.run(
        [sys.executable, "-m", "app", "--workspace", str(workspace)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "main window shown" in result.stderr and "Traceback" not in result.stderr
    assert picture.stat().st_size > 10_000
    opened = open_workspace(workspace)
    entries = county.access_log(opened, COUNTY_ADMIN)
    opened.close()
    assert [(e.reviewer, e.action) for e in entries] == [
        ("reviewer-li", "open"), ("reviewer-li", "account")
    ]  # fmt: skip


# The real program, with a fault forced once its window has been up (the window's start-up
# returns, then something fails before the program ends): what escapes reaches the last net.
FAULT_AFTER_THE_WINDOW = """
import logging
import sys
from PySide6.QtCore import QSettings
import app.ui.start as start
from app import APP_ID
from app.launch import main
from app.ui import smoke

QSettings(APP_ID, APP_ID).setValue("ui/language", "en")  # the person chose English
window_run = start.run


def run_then_fail(*args, **kwargs):
    window_run(*args, **kwargs)
    for copy in smoke._stream:  # a smoke run copies the log to stderr; a person's run does not
        logging.getLogger().removeHandler(copy)
    raise RuntimeError("a forced fault after the window was up")


start.run = run_then_fail
sys.exit(main(sys.argv[1:]))
"""


def test_a_fault_after_the_window_is_up_is_told_in_the_windows_language(
    tmp_path: Path, demo_file: Path
) -> None:
    """The system speaks Chinese, the window English: the crash sentence follows the window
    (its language is known once Qt started), one sentence, no traceback, the log written."""
    database = tmp_path / "demo.db"
    shutil.copyfile(demo_file, database)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HEALTHROOM_EXIT_AFTER_MS": "300",  # also ends the error dialog's loop
        "HEALTHROOM_USER": "admin",
        "HEALTHROOM_PASSWORD": "demo1234",
        "LC_ALL": "C.UTF-8",  # names no language: the system's is Chinese
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    result = subprocess.run(
        [sys.executable, "-c", FAULT_AFTER_THE_WINDOW, "--db", str(database)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=180,
    )  # fmt: skip
    assert result.returncode == 3, result.stderr
    assert "main window shown" in result.stderr  # the fault came after the window was up
    shown = result.stderr.split("first page filled", 1)[1]  # the person's console from there
    assert "Traceback" not in shown and "RuntimeError" not in shown
    (sentence,) = [line for line in shown.splitlines() if "unexpected problem" in line]
    assert sentence.startswith("An unexpected problem stopped the last action")
    assert not re.search(r"[\u4e00-\u9fff]", sentence)  # not the system's Chinese
    log = Path(sentence.rsplit("details are in the log ", 1)[1])
    assert log.is_file() and str(tmp_path) in str(log)
    written = log.read_text(encoding="utf-8")
    assert "Traceback" in written and "a forced fault after the window was up" in written
