"""The Equipment page driven as a person would: scan, click, type, save."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QCheckBox, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from app.catalogue.codes import DeviceEventKind, DeviceStatus
from app.domain.day_log import DayState
from app.services import consumable_items, equipment_register, equipment_rows, room_upkeep
from app.ui.column_fit import words_column
from app.ui.dialogs.common.record_dialog import RecordDialog, qdate
from app.ui.i18n import Language
from app.ui.main_window import PAGES, MainWindow
from app.ui.pages.equipment_page import (
    CONSUMABLES,
    DETAILS_LEAST,
    DEVICES,
    DUE,
    ROOM,
    EquipmentPage,
)
from tests.gui.conftest import screenshot
from tests.support import DEMO_TODAY

ROW = [key for key, _ in PAGES].index("equipment")


def open_page(qtbot: QtBot, window: MainWindow) -> EquipmentPage:
    item = window.ui.navList.item(ROW)
    rect = window.ui.navList.visualItemRect(item)
    qtbot.mouseClick(window.ui.navList.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    page = window.current_page()
    assert isinstance(page, EquipmentPage)
    return page


def choose_view(qtbot: QtBot, page: EquipmentPage, view: str) -> None:
    """One click on the view's tab (the room's day log is a first-rank tab)."""
    tabs = page.tabs
    index = next(i for i in range(tabs.count()) if tabs.tabData(i) == view)
    qtbot.mouseClick(tabs, Qt.MouseButton.LeftButton, pos=tabs.tabRect(index).center())
    assert page.view() == view
    assert not page.ui.filterCombo.isVisible()  # the tabs, not a combo box, choose


def scan(qtbot: QtBot, page: EquipmentPage, asset_no: str) -> None:
    page.ui.searchEdit.setFocus()
    qtbot.keyClicks(page.ui.searchEdit, asset_no)
    qtbot.keyClick(page.ui.searchEdit, Qt.Key.Key_Return)


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type like a person: keys for ASCII, the input method's commit for Chinese."""
    widget.setFocus()
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def tick(qtbot: QtBot, box: QCheckBox) -> None:
    """Click the box itself (a wide check box only reacts on its square and its text)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert box.isChecked()


def dialog_of(page: EquipmentPage) -> RecordDialog:
    assert isinstance(page.dialog, RecordDialog), page.panel.messageLabel.text()
    assert page.dialog.isVisible()
    return page.dialog


def save(qtbot: QtBot, dialog: RecordDialog) -> None:
    button = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def device_named(page: EquipmentPage, asset_no: str) -> equipment_rows.DeviceRow:
    rows = equipment_register.list_devices(page.context.db, page.context.actor, DEMO_TODAY)
    return next(r for r in rows if r.asset_no == asset_no)


def test_scan_damage_and_same_model_replacement(qtbot: QtBot, window: MainWindow) -> None:
    page = open_page(qtbot, window)
    assert page.ui.tableView.model().rowCount() >= 10
    target = "ZC-2025-001"
    # The scanner types the asset no. and Enter: the device is selected, the search cleared.
    scan(qtbot, page, target.lower())
    assert page.selected_id() == device_named(page, target).id
    assert page.ui.searchEdit.text() == "" and page.focusWidget() is page.ui.searchEdit
    assert target in page.panel.deviceTitleLabel.text()
    everything = page.ui.tableView.model().rowCount()
    scan(qtbot, page, "ZC-1999-999")
    assert "ZC-1999-999" in page.panel.messageLabel.text()
    assert page.ui.searchEdit.selectedText() == "ZC-1999-999"
    qtbot.keyClick(page.ui.searchEdit, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: page.ui.tableView.model().rowCount() == everything)
    page.select_id(device_named(page, target).id)

    # A device in service cannot be replaced: the page says why.
    qtbot.mouseClick(page.panel.replaceButton, Qt.MouseButton.LeftButton)
    assert page.dialog is None
    assert "损坏或遗失" in page.panel.messageLabel.text()

    # Record the damage.
    qtbot.mouseClick(page.panel.eventButton, Qt.MouseButton.LeftButton)
    dialog = dialog_of(page)
    kinds = dialog.form.kindCombo  # type: ignore[attr-defined]
    kinds.setFocus()
    while kinds.currentData() != DeviceEventKind.DAMAGED:
        qtbot.keyClick(kinds, Qt.Key.Key_Down)
    type_text(qtbot, dialog.form.noteEdit, "袖带气囊破裂漏气")  # type: ignore[attr-defined]
    screenshot(dialog, "equipment_damage_dialog")
    save(qtbot, dialog)
    assert page.dialog is None
    assert device_named(page, target).status is DeviceStatus.DAMAGED
    assert "损坏" in page.panel.messageLabel.text()

    # Replace it: another model without a reason is refused, the same model is accepted.
    qtbot.mouseClick(page.panel.replaceButton, Qt.MouseButton.LeftButton)
    dialog = dialog_of(page)
    new_form = dialog.device_form  # type: ignore[attr-defined]
    assert new_form.modelEdit.text() == "HEM-7136"  # copied from the old device
    suggested = new_form.assetNoEdit.text()
    assert suggested.startswith("ZC-2026-")
    qtbot.keyClicks(new_form.serialEdit, "HEM00009999")
    new_form.modelEdit.clear()
    qtbot.keyClicks(new_form.modelEdit, "HEM-7137")
    save(qtbot, dialog)
    assert page.dialog is dialog and "理由" in dialog.ui.errorLabel.text()
    assert dialog.focusWidget() is dialog.form.reasonEdit  # type: ignore[attr-defined]
    new_form.modelEdit.clear()
    qtbot.keyClicks(new_form.modelEdit, "HEM 7136")  # the same model, written differently
    screenshot(dialog, "equipment_replacement_dialog")
    save(qtbot, dialog)
    assert page.dialog is None
    old = device_named(page, target)
    assert old.status is DeviceStatus.REPLACED and old.replaced_by_asset_no == suggested
    new = device_named(page, suggested)
    assert new.replaces_asset_no == target and new.serial_no == "HEM00009999"
    assert page.selected_id() == new.id  # the new device is shown
    history = equipment_register.device_events(page.context.db, page.context.actor, old.id)
    assert history[-1].kind is DeviceEventKind.REPLACED and history[-1].cost == 399.0
    screenshot(window, "equipment_devices")


def test_disinfection_of_a_device_and_of_the_room(qtbot: QtBot, window: MainWindow) -> None:
    page = open_page(qtbot, window)
    scan(qtbot, page, "ZC-2025-003")
    qtbot.mouseClick(page.panel.eventButton, Qt.MouseButton.LeftButton)
    dialog = dialog_of(page)
    kinds = dialog.form.kindCombo  # type: ignore[attr-defined]
    kinds.setFocus()
    while kinds.currentData() != DeviceEventKind.DISINFECTION:
        qtbot.keyClick(kinds, Qt.Key.Key_Down)
    type_text(qtbot, dialog.form.noteEdit, "75%医用酒精擦拭测试口")  # type: ignore[attr-defined]
    save(qtbot, dialog)
    device = device_named(page, "ZC-2025-003")
    last = equipment_register.device_events(page.context.db, page.context.actor, device.id)[-1]
    assert last.kind is DeviceEventKind.DISINFECTION and last.on_date == DEMO_TODAY
    assert page.history.row_at(0).kind is DeviceEventKind.DISINFECTION  # newest first

    # The room: the calendar marks the days without a record; fill one in.
    choose_view(qtbot, page, ROOM)
    month = room_upkeep.month_upkeep(page.context.db, page.context.actor, 2026, 11, DEMO_TODAY)
    missing = [d.day for d in month.days if d.state is DayState.MISSING]
    day = missing[0] if missing else DEMO_TODAY
    calendar = page.panel.calendar
    calendar.setSelectedDate(qdate(day))
    page.select_id(day)
    qtbot.mouseClick(page.panel.recordDayButton, Qt.MouseButton.LeftButton)
    dialog = dialog_of(page)
    form = dialog.form  # type: ignore[attr-defined]
    assert form.openedEdit.time().hour() == 8  # the scheduled hours are suggested
    type_text(qtbot, form.dutyEdit, "李敏")
    tick(qtbot, form.cleanedCheck)
    type_text(qtbot, form.cleanedByEdit, "王芳")
    tick(qtbot, form.disinfectedCheck)
    save(qtbot, dialog)
    assert "消毒" in dialog.ui.errorLabel.text()  # what was disinfected is required
    type_text(qtbot, form.whatEdit, "血压计袖带、桌椅及门把手")
    form.agentCombo.setFocus()
    type_text(qtbot, form.agentCombo.lineEdit(), "75%医用酒精擦拭")
    type_text(qtbot, form.disinfectedByEdit, "李敏")
    screenshot(dialog, "equipment_day_log_dialog")
    save(qtbot, dialog)
    assert page.dialog is None
    saved = room_upkeep.get_day(page.context.db, page.context.actor, day)
    assert saved is not None and saved.facts.disinfected and saved.facts.cleaned_by == "王芳"
    row = next(r for r in page.room.rows() if r.day == day)
    assert row.state in (DayState.COMPLETE, DayState.PENDING)
    assert calendar.dateTextFormat(qdate(day)).fontUnderline()  # disinfected days underlined
    if missing[1:]:
        other = calendar.dateTextFormat(qdate(missing[1])).background().color().name()
        assert other == "#fde2e1"  # still missing: highlighted
    screenshot(window, "equipment_room_upkeep")


def test_stock_use_beyond_the_stock_is_refused(qtbot: QtBot, window: MainWindow) -> None:
    page = open_page(qtbot, window)
    choose_view(qtbot, page, CONSUMABLES)
    assert "7号电池" in page.panel.warningLabel.text()  # low stock warned
    item = next(r for r in page.stock.rows() if r.name == "血糖试纸")
    page.select_id(item.id)
    assert page.stock.lots.rowCount() >= 1
    qtbot.mouseClick(page.panel.useButton, Qt.MouseButton.LeftButton)
    dialog = dialog_of(page)
    quantity = dialog.form.quantitySpin  # type: ignore[attr-defined]
    quantity.selectAll()
    qtbot.keyClicks(quantity, str(item.stock + 1))
    save(qtbot, dialog)
    assert (
        "库存不足" in dialog.ui.errorLabel.text() and str(item.stock) in dialog.ui.errorLabel.text()
    )
    quantity.selectAll()
    qtbot.keyClicks(quantity, "3")
    save(qtbot, dialog)
    assert page.dialog is None
    after = next(r for r in page.stock.rows() if r.id == item.id)
    assert after.stock == item.stock - 3
    screenshot(window, "equipment_consumables")


def test_printouts_from_the_page(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    page = open_page(qtbot, window)
    opened: list[Path] = []
    page.printouts.open_file = opened.append
    page.printouts.generate_ledger(tmp_path / "ledger.pdf")
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=20000)
    assert "设备台账" in PdfReader(opened[0]).pages[0].extract_text()
    page.printouts.generate_labels(tmp_path / "labels.pdf")
    qtbot.waitUntil(lambda: len(opened) == 2, timeout=20000)
    assert "ZC-2025-001" in PdfReader(opened[1]).pages[0].extract_text()
    page.stock.generate_stock_sheet(tmp_path / "stock.pdf")
    qtbot.waitUntil(lambda: len(opened) == 3, timeout=20000)
    assert "日常消耗品库存表" in PdfReader(opened[2]).pages[0].extract_text()
    page.printouts.generate_ledger(tmp_path / "missing" / "ledger.pdf")
    qtbot.waitUntil(lambda: "missing" in page.panel.messageLabel.text(), timeout=20000)
    assert len(opened) == 3
    choose_view(qtbot, page, DEVICES)
    assert consumable_items.list_items(page.context.db, page.context.actor, dt.date(2026, 11, 16))


def test_each_view_is_one_click_on_its_tab_from_the_search_box(
    qtbot: QtBot, window: MainWindow
) -> None:
    """The room's day log is a first-rank tab; leaving the search box for it (the box hides,
    its focus moves to the list) shows the days, not a device taken for a day."""
    page = open_page(qtbot, window)
    window.activateWindow()
    for view in (DUE, CONSUMABLES, ROOM, DEVICES, ROOM):
        page.ui.searchEdit.setFocus()
        choose_view(qtbot, page, view)
        assert page.ui.searchEdit.isVisible() is (view != ROOM)
    assert page.ui.tableView.model() is page.room.days
    assert page.room.days.rowCount() >= 28 and page.panel.dayInfoLabel.text()
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == [
        "设备设施", "保养校准提醒", "日常消耗品", "房间日常",
    ]  # fmt: skip


@pytest.mark.parametrize("language", [Language.CHINESE, Language.ENGLISH])
def test_the_whole_consumables_list_is_in_view_without_scrolling(
    qtbot: QtBot, window: MainWindow, language: Language
) -> None:
    """The 1366×768 review: the 提醒 column sat right of the list's edge, behind a sideways
    scroll; then, at the 1200 px the window opens at on that laptop, 类别 still did. At that
    size and at full width, in both languages, every column is in view and the details beside
    the list keep their room. Every figure and date is whole; only in English at 1200 px the
    last column of words (the category) is cut to what is left, its tooltip the rest."""
    window.set_language(language)  # the pages are built again in it
    QApplication.processEvents()
    page = open_page(qtbot, window)
    choose_view(qtbot, page, CONSUMABLES)
    view = page.ui.tableView
    model = view.model()
    assert any(model.index(r, 1).data() for r in range(model.rowCount()))  # the demo warns
    for size in ((1200, 696), (1366, 720)):
        window.resize(*size)
        qtbot.wait(50)
        assert view.horizontalScrollBar().maximum() == 0, size  # nothing to scroll to
        for column in range(model.columnCount()):
            title = model.headerData(column, Qt.Orientation.Horizontal)
            right = view.columnViewportPosition(column) + view.columnWidth(column)
            assert view.columnViewportPosition(column) >= 0, (size, title)
            assert right <= view.viewport().width(), (size, title)
            whole = view.columnWidth(column) >= view.sizeHintForColumn(column)
            if column != words_column(view) or size[0] >= 1366 or language is Language.CHINESE:
                assert whole, (size, title)
            else:  # English at 1200 px: "Health education prescriptions" ends in "…"
                header = view.horizontalHeader()
                assert view.columnWidth(column) >= header.sectionSizeHint(column), (size, title)
        details = page.panel.splitter.widget(1)
        assert details.width() >= DETAILS_LEAST, size
        screenshot(window, f"equipment-consumables-{size[0]}-{language.value}")
    # Back on the devices the list has its usual share again.
    choose_view(qtbot, page, DEVICES)
    first, second = page.panel.splitter.sizes()
    assert abs(first - (first + second) * 3 // 5) <= 2
