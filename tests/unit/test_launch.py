"""`healthroom` without a command opens the window; anything else goes to the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.launch import window_database, window_workspace
from app.paths import default_database


@pytest.mark.parametrize(
    ("argv", "database"),
    [
        ([], default_database()),
        (["--db", "x.db"], Path("x.db")),
        (["--db=y.db"], Path("y.db")),
        (["--user", "chair"], default_database()),
        (["--db", "x.db", "check"], None),
        (["--db"], None),  # the command line explains the missing value (exit 2)
        (["-h"], None),
        (["--version"], None),
        (["demo", "--staff", "5"], None),
    ],
)
def test_window_or_command_line(argv: list[str], database: Path | None) -> None:
    assert window_database(argv) == database


@pytest.mark.parametrize(
    ("argv", "workspace"),
    [
        (["--workspace", "county.db"], Path("county.db")),
        (["--workspace=c.db"], Path("c.db")),
        (["--workspace", "postgresql://li@db.local/county"], "postgresql://li@db.local/county"),
        ([], None),
        (["--db", "x.db"], None),
        (["county", "import", "a.zip", "--workspace", "c.db"], None),  # the command line
    ],
)
def test_the_county_window_or_not(argv: list[str], workspace: Path | str | None) -> None:
    assert window_workspace(argv) == workspace
