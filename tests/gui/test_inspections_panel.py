"""Inspections received, as the health administrator records them on the Open hours page:
the inspection with its items, then an item put right."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.catalogue.codes import InspectionBody
from app.services import inspections
from app.ui.dialogs.inspections.close_item_dialog import CloseItemDialog
from app.ui.dialogs.inspections.inspection_dialog import InspectionDialog
from app.ui.i18n import Language, Translations
from app.ui.main_window import MainWindow
from app.ui.pages.open_hours_page import INSPECTIONS
from tests.gui.conftest import screenshot
from tests.gui.test_open_hours_page import open_page, when_shown
from tests.support import ADMIN, DEMO_TODAY


def test_record_an_inspection_and_close_an_item(
    qtbot: QtBot, window: MainWindow, translations: Translations
) -> None:
    page = open_page(qtbot, window)
    page.show_tab(INSPECTIONS)
    panel = page.inspections
    assert page.page.tabs.tabText(INSPECTIONS) == "巡检督查"
    before = panel.rows.rowCount()
    assert before >= 1  # the demo's inspections of this year

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, InspectionDialog)
        ui = dialog.ui
        ui.dateEdit.setDate(QDate(2026, 11, 12))
        ui.bodyCombo.setCurrentIndex(ui.bodyCombo.findData(InspectionBody.COUNTY_UNION.value))
        ui.inspectorsEdit.setText("运河区总工会 高红")
        ui.findingsEdit.setPlainText("消毒登记不全")
        qtbot.mouseClick(ui.addItemButton, Qt.MouseButton.LeftButton)
        items = dialog.items
        items.setData(items.index(0, 0), "补全消毒登记")
        items.setData(items.index(0, 1), "健康管理员 王芳")
        items.setData(items.index(0, 2), QDate(2026, 11, 14))
        screenshot(dialog, "inspection-dialog-zh")
        dialog.save()

    when_shown(InspectionDialog, fill)
    dialog = panel.add()
    assert dialog.saved is not None
    assert panel.rows.rowCount() == before + 1
    chosen = panel.current()
    assert chosen is not None and chosen.inspectors == "运河区总工会 高红"
    assert chosen.items[0].overdue(DEMO_TODAY)
    state = panel.items.index(0, 3)
    assert panel.items.data(state) == "已逾期"
    assert panel.items.data(state, Qt.ItemDataRole.ForegroundRole) is not None  # in red
    window.resize(1366, 768)
    screenshot(window, "inspections-panel-zh")

    panel.ui.itemsTable.selectRow(0)

    def close(dialog: QWidget) -> None:
        assert isinstance(dialog, CloseItemDialog)
        dialog.ui.dateEdit.setDate(QDate(2026, 11, 15))
        dialog.ui.noteEdit.setPlainText("已补全10月、11月消毒登记")
        dialog.save()

    when_shown(CloseItemDialog, close)
    panel.close_item()
    saved = inspections.get_inspection(window.context.db, ADMIN, chosen.id)
    assert saved.items[0].closed and saved.items[0].done_on == dt.date(2026, 11, 15)
    assert panel.items.data(panel.items.index(0, 3)) == "已于 2026-11-15 完成"

    translations.apply(Language.ENGLISH)
    # Pages retranslate on the LanguageChange event Qt posts to every widget.
    qtbot.waitUntil(lambda: page.page.tabs.tabText(INSPECTIONS) == "Inspections")
    assert panel.ui.addButton.text() == "Record an inspection…"
    assert panel.ui.countLabel.text() == f"{before + 1} inspection(s)"
    screenshot(window, "inspections-panel-en")
