"""Save and open dialogs: Documents first, then the folder last used for that kind of file;
names safe on Windows; Qt's own dialog in Chinese; every dialog of the program goes through
the one helper."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QAbstractButton, QApplication, QFileDialog, QLabel, QTreeView, QWidget
from pytestqt.qtbot import QtBot

from app.ui.file_dialogs import FolderKind, ask_folder, ask_open_file, ask_save_file, start_folder
from app.ui.i18n import Language, Translations
from tests.gui.conftest import screenshot

APP = Path(__file__).resolve().parents[2] / "app"


@pytest.fixture(autouse=True)
def fresh_folders(tmp_path: Path) -> None:
    """No folder remembered from an earlier test; Documents is a scratch folder of this one."""
    for kind in FolderKind:
        QSettings().remove(f"files/last_folder/{kind.value}")
    QStandardPaths.setTestModeEnabled(True)  # Documents under a test location
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    Path(documents).mkdir(parents=True, exist_ok=True)


def documents() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))


def answer_with(monkeypatch: pytest.MonkeyPatch, chosen: str, seen: list[str]) -> None:
    def dialog(_parent: object, _title: str, start: str, *_args: object, **_kw: object):  # type: ignore[no-untyped-def]
        seen.append(start)
        return chosen, ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", dialog)


def test_a_first_save_starts_in_documents_with_a_windows_safe_name(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[str] = []
    answer_with(monkeypatch, "", seen)  # the person cancels
    assert (
        ask_save_file(None, FolderKind.REPORT, "t", '高血压/糖尿病 "CON".pdf', "PDF (*.pdf)")
        is None
    )
    (start,) = seen
    assert Path(start).parent == documents()
    assert Path(start).name == "高血压／糖尿病 ＂CON＂.pdf"
    assert start_folder(FolderKind.REPORT) == documents()  # a cancel remembers nothing


def test_the_last_folder_is_remembered_per_kind_of_file(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reports = tmp_path / "月报"
    reports.mkdir()
    seen: list[str] = []
    answer_with(monkeypatch, str(reports / "十月"), seen)
    saved = ask_save_file(None, FolderKind.REPORT, "t", "月报.pdf", "PDF (*.pdf)", suffix=".pdf")
    assert saved == reports / "十月.pdf"  # the suffix added to a typed name without it
    ask_save_file(None, FolderKind.REPORT, "t", "季报.pdf", "PDF (*.pdf)")
    assert Path(seen[1]) == reports / "季报.pdf"  # the next report starts where the last went
    ask_open_file(None, FolderKind.SPREADSHEET, "t", "*.xlsx")
    assert Path(seen[2]) == documents()  # a roster to read is another kind: still Documents
    reports.rmdir()  # the remembered folder is gone (a USB stick pulled): Documents again
    assert start_folder(FolderKind.REPORT) == documents()


def test_a_backup_folder_chosen_is_offered_next_time(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[str] = []

    def directory(_parent: object, _title: str, start: str) -> str:
        seen.append(start)
        return str(tmp_path)

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", directory)
    assert ask_folder(None, FolderKind.BACKUP, "t") == tmp_path
    assert ask_folder(None, FolderKind.BACKUP, "t") == tmp_path
    assert [Path(s) for s in seen] == [documents(), tmp_path]


def test_every_file_dialog_of_the_program_goes_through_the_helper() -> None:
    """A new QFileDialog call elsewhere would start in the working folder again."""
    allowed = {APP / "ui" / "file_dialogs.py"}
    callers = [
        path.relative_to(APP)
        for path in APP.rglob("*.py")
        if path not in allowed
        and re.search(r"\bQFileDialog[.(,\s]", path.read_text(encoding="utf-8"))
    ]
    assert callers == []


def latin_words(widget: QWidget) -> list[str]:
    texts = [label.text() for label in widget.findChildren(QLabel)]
    texts += [button.text() for button in widget.findChildren(QAbstractButton)]
    texts += [button.toolTip() for button in widget.findChildren(QAbstractButton)]
    return [t for t in texts if re.search(r"[A-Za-z]{2,}", t.replace("&", ""))]


@pytest.mark.parametrize(
    "mode", [QFileDialog.AcceptMode.AcceptOpen, QFileDialog.AcceptMode.AcceptSave]
)
def test_qts_own_file_dialog_speaks_chinese(
    qtbot: QtBot, translations: Translations, mode: QFileDialog.AcceptMode
) -> None:
    dialog = QFileDialog(None, "保存", str(Path(__file__).parents[1]))  # tests/: folders
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # what Linux shows
    dialog.setAcceptMode(mode)
    qtbot.addWidget(dialog)
    dialog.resize(800, 500)
    dialog.show()
    assert latin_words(dialog) == []  # "Look in:" and "Files of type:" were English
    assert dialog.findChild(QLabel, "lookInLabel").text() == "查找范围(&L)："
    view = dialog.findChild(QTreeView, "treeView")
    qtbot.waitUntil(lambda: view.model().rowCount(view.rootIndex()) > 0)  # the folder is read
    types = {view.model().index(row, 2, view.rootIndex()).data() for row in range(5)}
    assert "文件夹" in types and "Folder" not in types
    screenshot(dialog, f"file_dialog_zh_{mode.name}")
    translations.apply(Language.ENGLISH)  # the gaps are filled in Chinese only
    english = QFileDialog(None, "Save")
    english.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(english)
    assert english.findChild(QLabel, "lookInLabel").text() == "&Look in:"
