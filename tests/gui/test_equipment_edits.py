"""Corrections on the Equipment page and the choices behind its printouts and the usage
register: a device's description, a consumable item, the consumables each reading uses and
the asset label sheet — driven as a person would, then checked in the database and the PDF."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.catalogue.codes import DeviceStatus
from app.db.models import AuditEntry
from app.domain.readings import ReadingType
from app.reports.equipment_dataset import IN_THE_ROOM
from app.services import (
    consumable_items,
    consumable_per_reading,
    consumable_stock,
    equipment_register,
    roster,
)
from app.services.consumable_per_reading import ReadingUse
from app.ui.context import AppContext
from app.ui.dialogs.equipment.asset_labels_dialog import AssetLabelsDialog
from app.ui.dialogs.equipment.per_reading_dialog import PerReadingDialog
from app.ui.main_window import MainWindow
from app.ui.pages.equipment_page import CONSUMABLES, DEVICES, EquipmentPage
from app.ui.pages.usage_page import UsagePage
from tests.gui.conftest import screenshot
from tests.gui.test_equipment_page import (
    choose_view,
    device_named,
    dialog_of,
    open_page,
    save,
    type_text,
)
from tests.support import DEMO_TODAY, TECH
from tests.unit.reports.test_equipment_reports import label_positions

USAGE_ROW = 1


def audit_of(page: object, entity: str) -> list[tuple[str | None, str | None]]:
    with page.context.db.sessions() as session:  # type: ignore[attr-defined]
        rows = session.execute(
            select(AuditEntry.before_json, AuditEntry.after_json)
            .where(AuditEntry.entity == entity, AuditEntry.action == "update")
            .order_by(AuditEntry.id)
        )
        return [(before, after) for before, after in rows]


def device_count_in_room(page: EquipmentPage) -> int:
    rows = equipment_register.list_devices(page.context.db, page.context.actor, DEMO_TODAY)
    return sum(r.status in IN_THE_ROOM for r in rows)


def test_editing_a_device_changes_its_description_not_its_status(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = open_page(qtbot, window)
    before = device_named(page, "ZC-2025-002")
    page.select_id(before.id)
    # Double-click the row: the device's details open for correction.
    table = page.ui.tableView
    index = table.model().index(table.currentIndex().row(), 1)
    rect = table.visualRect(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = dialog_of(page)
    form = dialog.form  # type: ignore[attr-defined]
    assert form.assetNoEdit.text() == "ZC-2025-002" and not form.assetNoEdit.isEnabled()
    assert form.modelEdit.text() == before.model and form.serialEdit.text() == before.serial_no
    form.nameEdit.clear()
    save(qtbot, dialog)
    assert page.dialog is dialog and dialog.ui.errorLabel.text()  # the name is required
    assert dialog.focusWidget() is form.nameEdit
    type_text(qtbot, form.nameEdit, "上臂式电子血压计（备用）")
    form.serialEdit.clear()
    qtbot.keyClicks(form.serialEdit, "SN-CORRECTED-7")
    form.locationEdit.clear()
    type_text(qtbot, form.locationEdit, "健康生活室二号柜")
    form.maintenanceSpin.selectAll()
    qtbot.keyClicks(form.maintenanceSpin, "120")
    screenshot(dialog, "equipment_edit_device_dialog")
    save(qtbot, dialog)
    assert page.dialog is None
    after = device_named(page, "ZC-2025-002")
    assert (after.name, after.serial_no, after.location, after.maintenance_interval_days) == (
        "上臂式电子血压计（备用）", "SN-CORRECTED-7", "健康生活室二号柜", 120
    )  # fmt: skip
    assert after.status is before.status and after.model == before.model
    assert "ZC-2025-002" in page.panel.messageLabel.text()
    assert "上臂式电子血压计（备用）" in page.panel.deviceTitleLabel.text()
    old, new = audit_of(page, "device")[-1]
    assert old and new and '"SN-CORRECTED-7"' in new and before.serial_no in old
    assert "status" not in new

    # A damaged device is corrected all the same; it stays damaged.
    assert device_named(page, "ZC-2025-001").status is DeviceStatus.IN_SERVICE
    page.select_id(device_named(page, "ZC-2025-001").id)
    qtbot.mouseClick(page.panel.editDeviceButton, Qt.MouseButton.LeftButton)
    dialog = dialog_of(page)
    dialog.form.brandEdit.clear()  # type: ignore[attr-defined]
    type_text(qtbot, dialog.form.brandEdit, "欧姆龙（OMRON）")  # type: ignore[attr-defined]
    save(qtbot, dialog)
    assert device_named(page, "ZC-2025-001").brand == "欧姆龙（OMRON）"


def test_editing_a_consumable_item_keeps_its_stock(qtbot: QtBot, window: MainWindow) -> None:
    page = open_page(qtbot, window)
    choose_view(qtbot, page, CONSUMABLES)
    item = next(r for r in page.stock.rows() if r.name == "7号电池")
    assert "7号电池" in page.panel.warningLabel.text()  # below its minimum
    page.select_id(item.id)
    qtbot.mouseClick(page.panel.editItemButton, Qt.MouseButton.LeftButton)
    dialog = dialog_of(page)
    form = dialog.form  # type: ignore[attr-defined]
    assert form.nameEdit.text() == "7号电池" and form.minimumSpin.value() == item.min_stock
    assert str(item.stock) in dialog.ui.introLabel.text()
    form.nameEdit.clear()
    type_text(qtbot, form.nameEdit, "5号电池")
    form.minimumSpin.selectAll()
    qtbot.keyClicks(form.minimumSpin, "0")
    screenshot(dialog, "equipment_edit_item_dialog")
    save(qtbot, dialog)
    assert page.dialog is None
    after = next(r for r in page.stock.rows() if r.id == item.id)
    assert (after.name, after.min_stock, after.stock) == ("5号电池", 0, item.stock)
    assert "电池" not in page.panel.warningLabel.text()  # no longer below its minimum
    old, new = audit_of(page, "consumable")[-1]
    assert old and new and "7号电池" in old and "5号电池" in new


def test_the_consumable_per_reading_is_chosen_and_used_by_the_register(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = open_page(qtbot, window)
    db, actor = page.context.db, page.context.actor
    choose_view(qtbot, page, CONSUMABLES)
    rows = {r.name: r for r in page.stock.rows()}
    strips, lancets = rows["血糖试纸"], rows["采血针"]
    qtbot.mouseClick(page.panel.perReadingButton, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, PerReadingDialog) and dialog.isVisible()
    combo = dialog.items[ReadingType.GLUCOSE_RANDOM]
    assert combo.currentData() == strips.id  # glucose uses a test strip by default
    assert dialog.items[ReadingType.SYSTOLIC].currentData() is None
    assert not dialog.quantities[ReadingType.SYSTOLIC].isEnabled()
    # Random glucose: two lancets per reading from now on, chosen with the keyboard.
    combo.setFocus()
    while combo.currentData() != lancets.id:
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    spin = dialog.quantities[ReadingType.GLUCOSE_RANDOM]
    assert spin.isEnabled() and spin.suffix().strip() == lancets.unit
    spin.selectAll()
    qtbot.keyClicks(spin, "2")
    screenshot(dialog, "equipment_per_reading_dialog")
    save(qtbot, dialog)  # type: ignore[arg-type]
    assert page.dialog is None
    chosen = consumable_per_reading.per_reading_items(db, actor)
    assert chosen[ReadingType.GLUCOSE_RANDOM] == ReadingUse(lancets.id, 2, configured=True)
    assert chosen[ReadingType.GLUCOSE_FASTING] == ReadingUse(strips.id)  # untouched
    assert len(audit_of(page, "setting")) == 1

    # A visit with a random glucose reading, typed in the usage register.
    window.ui.navList.setCurrentRow(USAGE_ROW)
    usage = window.pages["usage"]
    assert isinstance(usage, UsagePage)
    window.activateWindow()
    qtbot.waitUntil(lambda: usage.entry.person_edit.hasFocus())
    person = roster.list_staff(db, actor)[0]
    type_text(qtbot, usage.entry.person_edit, person.name)
    QTest.keyClick(usage.entry.person_edit, Qt.Key.Key_Return)
    assert usage.entry.card is not None and usage.entry.card.id == person.id
    readings = usage.entry.readings
    for group, box in readings.boxes.items():  # only glucose: tick its box off/on as needed
        wanted = box is readings.ui.glucoseBox
        if box.isChecked() != wanted:
            qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(10, 8))
        assert box.isChecked() == wanted, group
    glucose_type = readings.ui.glucoseTypeCombo
    glucose_type.setFocus()
    while glucose_type.currentData() != ReadingType.GLUCOSE_RANDOM.value:
        qtbot.keyClick(glucose_type, Qt.Key.Key_Down)
    readings.glucose_edit.setFocus()
    qtbot.keyClicks(readings.glucose_edit, "6.4")
    qtbot.keyClick(readings.glucose_edit, Qt.Key.Key_Return)
    top = usage.today_model.row_at(0)
    assert top.staff_id == person.id, usage.entry.ui.messageLabel.text()
    assert {(r.type, r.value) for r in top.readings} == {("glucose_random", 6.4)}
    after = {r.name: r for r in consumable_items.list_items(db, actor, DEMO_TODAY)}
    assert after["采血针"].stock == lancets.stock - 2  # the newly chosen item, two of them
    assert after["血糖试纸"].stock == strips.stock  # no longer the strip
    used = consumable_stock.list_movements(db, actor, lancets.id, limit=1)[0]
    assert used.visit_id == top.id and used.quantity == 2
    QApplication.processEvents()


def test_labels_for_the_selected_devices_from_a_chosen_position(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    page = open_page(qtbot, window)
    choose_view(qtbot, page, DEVICES)
    opened: list[Path] = []
    page.printouts.open_file = opened.append
    target = tmp_path / "labels.pdf"
    page.printouts.ask_save_path = lambda *_args: target  # type: ignore[method-assign]
    # Pick two devices with Ctrl+click.
    table = page.ui.tableView
    wanted = ["ZC-2025-003", "ZC-2025-005"]
    for n, asset_no in enumerate(wanted):
        row = next(
            r for r in range(table.model().rowCount())
            if table.model().index(r, 0).data() == asset_no
        )  # fmt: skip
        rect = table.visualRect(table.model().index(row, 1))
        modifier = Qt.KeyboardModifier.ControlModifier if n else Qt.KeyboardModifier.NoModifier
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())
    assert page.selected_device_ids() == [device_named(page, no).id for no in wanted]
    qtbot.mouseClick(page.panel.labelsButton, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, AssetLabelsDialog) and dialog.isVisible()
    form = dialog.form
    assert form.selectedRadio.isChecked() and "2" in form.selectedRadio.text()
    # Point at the 8th label (row 3, middle) on the picture of the sheet.
    preview = dialog.preview
    cell = preview._cell(7).center().toPoint()
    qtbot.mouseClick(preview, Qt.MouseButton.LeftButton, pos=cell)
    assert form.startSpin.value() == 8
    assert "1–7" in form.summaryLabel.text()
    screenshot(dialog, "equipment_asset_labels_dialog")
    save(qtbot, dialog)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=20000)
    assert label_positions(opened[0]) == {"ZC-2025-003": (1, 2), "ZC-2025-005": (2, 2)}
    assert len(PdfReader(opened[0]).pages) == 1

    # The next print starts after them: position 10, all devices in the room this time.
    qtbot.mouseClick(page.panel.labelsButton, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, AssetLabelsDialog)
    assert dialog.form.startSpin.value() == 10
    radio = dialog.form.allRadio
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))
    in_room = device_count_in_room(page)
    assert radio.isChecked() and f"{in_room} 枚标签" in dialog.form.summaryLabel.text()
    assert str(in_room) in dialog.form.allRadio.text()
    save(qtbot, dialog)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: len(opened) == 2, timeout=20000)
    positions = label_positions(opened[1])
    assert len(positions) == in_room and positions["ZC-2025-001"] == (0, 3)  # the 10th label


def test_the_technician_sees_the_consumables_per_reading_but_cannot_change_them(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = open_page(qtbot, window)
    page.context = AppContext(db=page.context.db, actor=TECH, today=lambda: DEMO_TODAY)
    choose_view(qtbot, page, CONSUMABLES)
    qtbot.mouseClick(page.panel.perReadingButton, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, PerReadingDialog)
    assert not dialog.save_button().isEnabled()
    assert not dialog.items[ReadingType.GLUCOSE_FASTING].isEnabled()
    assert "工会主席" in dialog.ui.errorLabel.text()  # says who may change it
    assert dialog.items[ReadingType.GLUCOSE_FASTING].currentText().startswith("血糖试纸")
    dialog.reject()
