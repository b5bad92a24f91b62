"""The Staff page as the health administrator uses it: search, import, health files, departures."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from app.catalogue.codes import Sex
from app.domain.health_risk import RiskLevel
from app.domain.id_number import make_id_number
from app.domain.pinyin import pinyin_keys
from app.services import follow_ups, health_files, roster
from app.ui.dialogs.staff.departure_dialog import DepartureDialog
from app.ui.dialogs.staff.health_file_dialog import HealthFileDialog
from app.ui.dialogs.staff.person_dialog import PersonDialog
from app.ui.dialogs.staff.roster_import_dialog import RosterImportDialog
from app.ui.dialogs.usage.follow_up_dialog import FollowUpDialog
from app.ui.main_window import MainWindow
from app.ui.pages.staff_page import StaffPage, View
from app.ui.widgets.column_mapping_view import ColumnMappingView
from tests.gui.conftest import screenshot
from tests.roster_files import people, write_xlsx
from tests.support import DEMO_TODAY

STAFF_ROW = 2


def staff_page(qtbot: QtBot, window: MainWindow) -> StaffPage:
    item = window.ui.navList.item(STAFF_ROW)
    rect = window.ui.navList.visualItemRect(item)
    qtbot.mouseClick(window.ui.navList.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    page = window.current_page()
    assert isinstance(page, StaffPage)
    return page


def names_shown(page: StaffPage) -> list[str]:
    model = page.ui.tableView.model()
    return [model.index(r, 1).data() for r in range(model.rowCount())]


def show_view(qtbot: QtBot, page: StaffPage, view: View) -> None:
    page.set_view(view)
    qtbot.waitUntil(lambda: page.overview is not None or view is View.ROSTER, timeout=10_000)
    qtbot.waitUntil(lambda: page.ui.tableView.model() is page.health_models.get(view, page.model))


def select_row(page: StaffPage, row: int) -> None:
    view = page.ui.tableView
    view.setCurrentIndex(view.model().index(row, 0))


def when_modal(kind: type[QWidget], action: Callable[[QWidget], None]) -> None:
    """Run `action` on the modal dialog of `kind` once it is open, then close it."""

    def look() -> None:
        widget = QApplication.activeModalWidget()
        if not isinstance(widget, kind):
            QTimer.singleShot(20, look)
            return
        try:
            action(widget)
        finally:
            widget.close()

    QTimer.singleShot(0, look)


def test_search_by_pinyin_initials_full_pinyin_and_number(qtbot: QtBot, window: MainWindow) -> None:
    page = staff_page(qtbot, window)
    model = page.model
    everyone = model.total
    name = model.index(7, 1).data()
    number = model.index(7, 0).data()
    full, initials = pinyin_keys(name)

    qtbot.keyClicks(page.ui.searchEdit, initials)
    qtbot.waitUntil(lambda: model.total < everyone)
    shown = names_shown(page)
    assert name in shown
    assert all(pinyin_keys(n)[1].startswith(initials) or initials in n for n in shown)
    screenshot(window, "staff_search_initials")

    page.ui.searchEdit.clear()
    qtbot.keyClicks(page.ui.searchEdit, full.upper())
    qtbot.waitUntil(lambda: name in names_shown(page) and model.total < everyone)
    assert all(pinyin_keys(n)[0].startswith(full) for n in names_shown(page))

    page.ui.searchEdit.clear()
    qtbot.keyClicks(page.ui.searchEdit, number[2:])  # digits only, without the HB prefix
    qtbot.waitUntil(lambda: model.total == 1)
    assert names_shown(page) == [name]
    assert model.index(0, 6).data().startswith("**************")  # ID number masked
    assert len(model.index(0, 7).data()) == 11 and model.index(0, 7).data().startswith("*******")


def test_import_preview_refuses_errors_then_applies(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    page = staff_page(qtbot, window)
    before = page.model.total
    rows = people(3, seed=11, first_no=70001)
    rows[0][5] = "新建检修车间"
    bad = [list(r) for r in rows]
    bad[2][4] = bad[2][4][:-1] + ("0" if bad[2][4][-1] != "0" else "1")  # wrong check digit
    source = write_xlsx(tmp_path / "花名册.xlsx", bad)

    dialog = RosterImportDialog(page.context, page)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.fileEdit.setText(str(source))
    qtbot.mouseClick(dialog.ui.checkButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    assert dialog.preview is not None and len(dialog.preview.errors) == 1
    assert not dialog.ui.importButton.isEnabled()
    problems = dialog.problem_model
    assert problems.index(0, 0).data() == "5"
    assert problems.index(0, 1).data() == "E  身份证号"
    assert "校验位" in problems.index(0, 4).data()
    assert "不会导入" in dialog.ui.summaryLabel.text()
    screenshot(dialog, "import_preview_with_error")

    write_xlsx(source, rows)
    dialog.preview = None
    qtbot.mouseClick(dialog.ui.checkButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    assert dialog.ui.importButton.isEnabled()
    assert dialog.preview is not None and dialog.preview.new == 3
    assert dialog.plan_model.rowCount() == 3
    screenshot(dialog, "import_preview_ready")
    qtbot.mouseClick(dialog.ui.importButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.imported, timeout=10_000)
    assert not dialog.ui.importButton.isEnabled()
    screenshot(dialog, "import_applied")
    template = tmp_path / "模板.xlsx"
    dialog.write_template(template)
    qtbot.waitUntil(template.exists, timeout=10_000)
    qtbot.waitUntil(lambda: "模板" in dialog.ui.summaryLabel.text())
    from openpyxl import load_workbook

    assert load_workbook(template).worksheets[0]["E2"].number_format == "@"
    dialog.close()

    page.fill_department_filter()
    page.refresh()
    assert page.model.total == before + 3
    assert page.ui.filterCombo.findText("新建检修车间") >= 0
    found = roster.list_staff(page.context.db, page.context.actor, search="ZG7000")
    assert {r.employee_no for r in found} == {"ZG70001", "ZG70002", "ZG70003"}


def test_editing_a_health_file_completes_it(qtbot: QtBot, window: MainWindow) -> None:
    page = staff_page(qtbot, window)
    show_view(qtbot, page, View.INCOMPLETE)
    model = page.health_models[View.INCOMPLETE]
    assert model.rowCount() > 0
    assert "%" in page.tools.summaryLabel.text()
    screenshot(window, "staff_incomplete_files")
    target = next(
        r for r in range(model.rowCount()) if model.row_at(r).has_file and model.row_at(r).missing
    )
    person = model.row_at(target)

    dialog = HealthFileDialog(page.context, person.id, page)
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    assert "color:#c62828" in ui.completenessLabel.text()
    ui.allergyNoneCheck.setChecked(True)
    for combo in (ui.smokingCombo, ui.drinkingCombo, ui.exerciseCombo):
        if combo.currentData() is None:
            combo.setCurrentIndex(1)
    for edit, text in ((ui.systolicEdit, "128"), (ui.diastolicEdit, "82")):
        edit.clear()
        qtbot.keyClicks(edit, text)
    dialog.chronic.boxes["hypertension"].setChecked(True)
    dialog.chronic.boxes["none"].setChecked(True)
    assert dialog.chronic.codes() == "none"  # "none" unticks the conditions
    qtbot.mouseClick(
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert dialog.view.missing == (), ui.errorLabel.text()
    assert "color:#c62828" not in ui.completenessLabel.text()
    assert ui.errorLabel.text() == "已保存。"
    screenshot(dialog, "health_file_dialog")
    dialog.close()

    saved = health_files.get_health_file(page.context.db, page.context.actor, person.id, DEMO_TODAY)
    assert saved.file is not None and saved.file.allergies == "none"
    assert (saved.file.systolic, saved.file.diastolic) == (128, 82)
    assert saved.file.data_updated_on == DEMO_TODAY  # changed values: collected today
    page.refresh()
    qtbot.waitUntil(lambda: page.overview is not None, timeout=10_000)
    assert person.id not in [model.row_at(r).id for r in range(model.rowCount())]


def test_implausible_values_are_refused_with_the_field_named(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = staff_page(qtbot, window)
    staff_id = page.model.row_at(3).id
    dialog = HealthFileDialog(page.context, staff_id, page)
    qtbot.addWidget(dialog)
    dialog.ui.heightEdit.setText("17.5")  # metres typed as centimetres
    dialog.save()
    assert "身高" in dialog.ui.errorLabel.text() and "50" in dialog.ui.errorLabel.text()
    assert dialog.ui.heightEdit.hasFocus() or not dialog.isVisible()
    assert not dialog.changed


def test_double_click_opens_the_health_file_and_risk_reasons_show(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = staff_page(qtbot, window)
    show_view(qtbot, page, View.AT_RISK)
    model = page.health_models[View.AT_RISK]
    assert model.row_at(0).risk.level is RiskLevel.HIGH  # most serious first
    assert model.index(0, 4).data()  # the reasons in words
    screenshot(window, "staff_at_risk")
    seen: list[str] = []

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, HealthFileDialog)
        seen.append(dialog.ui.riskLabel.text())
        screenshot(dialog, "health_file_high_risk")

    when_modal(HealthFileDialog, look)
    view = page.ui.tableView
    rect = view.visualRect(model.index(0, 1))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: bool(seen), timeout=5_000)
    assert "高危" in seen[0]


def test_follow_up_due_list_and_recording_the_outcome(qtbot: QtBot, window: MainWindow) -> None:
    page = staff_page(qtbot, window)
    db, actor = page.context.db, page.context.actor
    due = follow_ups.follow_ups_due(db, actor, DEMO_TODAY)
    assert due, "the demo has open follow-ups"
    show_view(qtbot, page, View.FOLLOW_UPS_DUE)
    model = page.health_models[View.FOLLOW_UPS_DUE]
    assert {model.row_at(r).id for r in range(model.rowCount())} == {d.staff_id for d in due}
    screenshot(window, "staff_follow_ups_due")

    dialog = FollowUpDialog(page.context, due[0].staff_id, due[0], "", page)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.outcomeEdit.insertPlainText("已复测，血压 132/84")  # Chinese arrives via the IME
    screenshot(dialog, "follow_up_dialog")
    qtbot.mouseClick(
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert dialog.saved is not None and dialog.saved.outcome == "已复测，血压 132/84"
    assert dialog.saved.reason_codes == due[0].reason_codes  # the proposed reason kept
    remaining = follow_ups.follow_ups_due(db, actor, DEMO_TODAY)
    assert due[0].id not in [r.id for r in remaining]


def test_add_a_person_with_sex_and_birth_date_from_the_id(qtbot: QtBot, window: MainWindow) -> None:
    page = staff_page(qtbot, window)
    dialog = PersonDialog(page.context, None, page)
    qtbot.addWidget(dialog)
    dialog.show()
    id_number = make_id_number("130902", dt.date(1992, 8, 8), 31, Sex.FEMALE)
    qtbot.keyClicks(dialog.ui.employeeNoEdit, "HB99001")
    dialog.ui.nameEdit.insert("欧阳 娜娜")  # Chinese arrives via the IME, not as key clicks
    dialog.ui.departmentCombo.setCurrentText("质检部")
    qtbot.keyClicks(dialog.ui.idNumberEdit, id_number.lower())
    assert dialog.ui.birthDateEdit.text() == "1992-08-08"
    assert dialog.ui.sexCombo.currentData() == "F"
    qtbot.keyClicks(dialog.ui.phoneEdit, "138 0000 1234")
    dialog.ui.hireDateEdit.insert("2024年3月1日")
    screenshot(dialog, "person_dialog")
    qtbot.mouseClick(
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert dialog.saved is not None, dialog.ui.errorLabel.text()
    assert dialog.saved.name == "欧阳娜娜" and dialog.saved.hire_date == dt.date(2024, 3, 1)
    found = roster.list_staff(page.context.db, page.context.actor, search="oyn")
    assert [r.employee_no for r in found] == ["HB99001"]


def test_a_bad_id_number_is_explained_next_to_the_form(qtbot: QtBot, window: MainWindow) -> None:
    page = staff_page(qtbot, window)
    dialog = PersonDialog(page.context, None, page)
    qtbot.addWidget(dialog)
    dialog.ui.employeeNoEdit.setText("HB99002")
    dialog.ui.nameEdit.setText("赵六")
    dialog.ui.departmentCombo.setCurrentText("质检部")
    good = make_id_number("130902", dt.date(1992, 8, 8), 31, Sex.FEMALE)
    dialog.ui.idNumberEdit.setText(good[:-1] + ("1" if good[-1] == "0" else "0"))
    dialog.save()
    assert dialog.saved is None
    assert "身份证号" in dialog.ui.errorLabel.text() and "校验位" in dialog.ui.errorLabel.text()


def test_departure_keeps_history_and_moves_the_person_to_departed(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = staff_page(qtbot, window)
    select_row(page, 4)
    person = page.model.row_at(4)
    active = page.model.total
    dialog = DepartureDialog(page.context, person.id, page)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.dateEdit.setText(DEMO_TODAY.isoformat())
    screenshot(dialog, "departure_dialog")
    dialog.save()
    assert dialog.saved is not None and dialog.saved.departure_date == DEMO_TODAY
    page.refresh()
    assert page.model.total == active - 1
    page.tools.statusCombo.setCurrentIndex(page.tools.statusCombo.findData("departed"))
    assert person.name in names_shown(page)
    index: QModelIndex = page.model.index(names_shown(page).index(person.name), 9)
    assert index.data() == DEMO_TODAY.isoformat()


def choose_field(qtbot: QtBot, view: ColumnMappingView, heading: str, field: str) -> None:
    """Pick `field` in the drop-down of the column headed `heading`, as a person would."""
    model = view.model
    row = next(r for r in range(model.rowCount()) if model.index(r, 1).data() == heading)
    box = view.table.indexWidget(model.index(row, 3))
    assert isinstance(box, QComboBox)
    box.setCurrentIndex(box.findData(field))
    box.activated.emit(box.currentIndex())


def test_a_column_no_guess_places_is_mapped_in_the_dialog(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    page = staff_page(qtbot, window)
    header = ["员工编号", "姓名", "性别", "出生日期", "身份证号", "所在组别", "联系手机", "备注"]
    rows = [[*r[:5], "甲班", r[6], "x"] for r in people(3, seed=31, first_no=71001)]
    source = write_xlsx(tmp_path / "hr.xlsx", rows, header)
    dialog = RosterImportDialog(page.context, page)
    qtbot.addWidget(dialog)
    dialog.resize(1366, 768)
    dialog.show()
    dialog.ui.fileEdit.setText(str(source))
    qtbot.mouseClick(dialog.ui.checkButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    assert dialog.preview is not None and not dialog.ui.importButton.isEnabled()
    assert dialog.ui.tabs.currentIndex() == 0  # the columns: department is missing
    view = dialog.mapping_view
    shown = {view.model.index(r, 1).data(): view.model.index(r, 3).data() for r in range(8)}
    assert shown["所在组别"] == "不导入"
    assert shown["联系手机"] == "手机"
    assert view.model.index(6, 4).data() == "猜测，请核对"
    assert view.model.index(5, 2).data() == "甲班；甲班；甲班"
    screenshot(dialog, "import_columns_missing_zh")

    dialog.preview = None
    choose_field(qtbot, view, "所在组别", "department")
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    assert dialog.preview is not None and dialog.preview.new == 3
    assert dialog.ui.importButton.isEnabled()
    assert view.model.index(5, 3).data() == "部门" and view.model.index(5, 4).data() == "已确认"
    screenshot(dialog, "import_columns_chosen_zh")
    qtbot.mouseClick(dialog.ui.importButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.imported, timeout=10_000)
    found = roster.list_staff(page.context.db, page.context.actor, search="ZG7100")
    assert {r.department for r in found} == {"甲班"}

    # The next file with the same headings is mapped as confirmed.
    again = RosterImportDialog(page.context, page)
    qtbot.addWidget(again)
    again.ui.fileEdit.setText(str(source))
    again.check()
    qtbot.waitUntil(lambda: again.preview is not None, timeout=10_000)
    assert again.preview is not None and again.preview.unchanged == 3
    assert not again.preview.errors
    dialog.close()
    again.close()
