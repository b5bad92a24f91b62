"""The window on a path that is not a register: it says so, and moves or creates nothing.

(Before, `--db` on a folder moved the whole folder, with the person's documents, into
`quarantine/`, and a foreign SQLite file was "repaired".)
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.ui.i18n import Translations
from app.ui.start import open_session


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the window told the person (QMessageBox's static calls)."""
    shown: list[str] = []

    def keep(_parent: object, _title: str, text: str, *_args: object) -> None:
        shown.append(text)

    for kind in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, kind, keep)
    return shown


def test_a_folder_or_a_foreign_database_is_left_alone(
    qtbot: QtBot, tmp_path: Path, translations: Translations, told: list[str]
) -> None:
    folder = tmp_path / "我的文档"
    folder.mkdir()
    (folder / "letter.txt").write_text("a person's own document")
    foreign = tmp_path / "accounts.sqlite"
    con = sqlite3.connect(foreign)
    con.execute("CREATE TABLE invoice (amount REAL)")
    con.commit()
    con.close()
    before = foreign.read_bytes()

    assert open_session(folder) is None
    assert "是文件夹，不是台账文件" in told[-1]
    assert open_session(foreign) is None
    assert "其他程序的数据库" in told[-1]

    assert sorted(p.name for p in tmp_path.iterdir()) == ["accounts.sqlite", "我的文档"]
    assert [p.name for p in folder.iterdir()] == ["letter.txt"]
    assert foreign.read_bytes() == before


def test_an_emptied_register_with_backups_offers_the_newest_backup(
    qtbot: QtBot,
    tmp_path: Path,
    translations: Translations,
    demo_file: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A zero-length register with backups beside it is not a new site (no first-run chair
    account over it): the newest good backup is offered."""
    import shutil

    register = tmp_path / "site.db"
    register.write_bytes(b"")
    (tmp_path / "backups").mkdir()
    shutil.copyfile(demo_file, tmp_path / "backups" / "site-daily-20261115-180000.db")
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    assert open_session(register) is None
    (text,) = asked
    assert "2026-11-15 18:00" in text  # the newest good backup, offered
    assert (tmp_path / "backups" / "site-daily-20261115-180000.db").exists()
