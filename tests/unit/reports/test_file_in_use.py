"""A target open in Excel/WPS (Windows refuses to replace it) or held for a moment by an
antivirus scanner.

Linux never refuses the rename this way, so the refusal Windows gives (PermissionError from
the replace) is made by standing in for the one renaming step; the files are real.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from app.db import renaming
from app.reports.atomic import OutputError, write_bytes


def refusing(times: int) -> tuple[list[int], object]:
    calls: list[int] = []
    real = renaming._rename

    def rename(source: Path, target: Path) -> None:
        calls.append(1)
        if len(calls) <= times:
            raise PermissionError(13, "The process cannot access the file because it is in use")
        real(source, target)

    return calls, rename


def test_a_short_lock_is_waited_out(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "季报.xlsx"
    target.write_bytes(b"old")
    calls, rename = refusing(2)  # an antivirus scan: let go after two tries
    monkeypatch.setattr(renaming, "_rename", rename)
    write_bytes(target, b"new")
    assert target.read_bytes() == b"new" and len(calls) == 3
    assert sorted(p.name for p in tmp_path.iterdir()) == ["季报.xlsx"]


def test_a_file_open_in_excel_is_named_and_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "季报.xlsx"
    target.write_bytes(b"old")
    calls, rename = refusing(100)  # open in Excel: it never lets go
    monkeypatch.setattr(renaming, "_rename", rename)
    monkeypatch.setattr(renaming, "RENAME_PAUSES", (0.01, 0.01))
    with pytest.raises(OutputError) as refused:
        write_bytes(target, b"new")
    assert refused.value.reason == "in_use" and len(calls) == 3
    assert target.read_bytes() == b"old"  # the open file is left as it was
    assert sorted(p.name for p in tmp_path.iterdir()) == ["季报.xlsx"]  # no temporary file


def test_the_command_line_says_close_it_in_excel(
    tmp_path: Path,
    demo_file: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    import shutil

    from app.cli import main

    db = tmp_path / "demo.db"
    shutil.copyfile(demo_file, db)
    target = tmp_path / "设备台账.pdf"
    target.write_bytes(b"open elsewhere")
    _calls, rename = refusing(100)
    monkeypatch.setattr(renaming, "_rename", rename)
    monkeypatch.setattr(renaming, "RENAME_PAUSES", (0.01,))
    code = main(["--db", str(db), "--user", "admin", "report", "equipment", "-o", str(target)])
    assert code == 1
    assert "请先在 Excel/WPS 中关闭该文件" in capsys.readouterr().err
    assert target.read_bytes() == b"open elsewhere"


def test_a_restore_waits_for_a_register_held_a_moment(
    tmp_path: Path, demo_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A connection another thread has not yet closed holds the register on Windows: the swap
    is tried again instead of failing half-way."""
    import shutil

    from app.db.migrate import open_database
    from app.services import backups
    from tests.support import TECH

    live = tmp_path / "site.db"
    shutil.copyfile(demo_file, live)
    db = open_database(live)
    copy = backups.backup_to(db, TECH, tmp_path / "copy.db")
    held: list[Path] = []
    real = renaming._rename

    def rename(source: Path, target: Path) -> None:
        if Path(target) == live and len(held) < 2:
            held.append(Path(target))
            raise PermissionError(13, "in use by another process")
        real(source, target)

    monkeypatch.setattr(renaming, "_rename", rename)
    restored = backups.restore(db, TECH, copy)
    restored.database.close()
    assert len(held) == 2 and live.exists()
    assert not list(tmp_path.glob(".*.tmp"))  # no half-done swap left behind
