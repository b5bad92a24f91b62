"""The room's upkeep on the Equipment page: the disinfection interval and the printable monthly
清洁消毒登记表 (filled and blank)."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.services import room_upkeep
from app.ui.main_window import MainWindow
from app.ui.pages.equipment_page import ROOM
from tests.gui.conftest import screenshot
from tests.gui.test_equipment_page import choose_view, open_page


def test_interval_and_the_cleaning_log_from_the_window(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    page = open_page(qtbot, window)
    choose_view(qtbot, page, ROOM)
    panel = page.panel
    assert panel.intervalSpin.isVisible() and panel.intervalSpin.value() == 1
    assert "消毒" in panel.warningLabel.text()  # when the next one is due, or since when late
    panel.intervalSpin.setValue(3)
    panel.intervalSpin.editingFinished.emit()
    db, actor = page.context.db, page.context.actor
    assert room_upkeep.disinfection_interval(db, actor) == 3
    window.resize(1366, 768)
    screenshot(window, "equipment-room-interval-zh")

    opened: list[Path] = []
    page.printouts.open_file = opened.append
    for button, name, blank in ((panel.cleaningLogButton, "log.pdf", False),
                                (panel.blankLogButton, "blank.pdf", True)):  # fmt: skip
        target = tmp_path / name
        page.printouts.ask_save_path = lambda *_args, t=target: t  # type: ignore[method-assign]
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda t=target: opened[-1:] == [t], timeout=30_000)
        text = "".join(p.extract_text() for p in PdfReader(target).pages)
        assert "清洁消毒登记表" in text and "2026年11月" in text
        assert "每 3 个开放日至少消毒一次" in text
        assert ("本月开放日" in text) is not blank
