"""The Activities page as the health administrator uses it: scan cards and tick attendees at the
door, record an activity, import a sign-in sheet, notices, the plan and the outreach list."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.catalogue.codes import ActivityKind, ActivityStatus
from app.db.models import Attendance, HospitalVisit
from app.services import activities, sign_in
from app.services.unit_of_work import read_only
from app.ui.dialogs.activities.activity_dialog import ActivityDialog
from app.ui.dialogs.activities.notices_dialog import NoticesDialog
from app.ui.dialogs.activities.outreach_dialog import OutreachDialog
from app.ui.dialogs.activities.plan_dialog import PlanDialog
from app.ui.dialogs.activities.sign_in_dialog import SignInDialog
from app.ui.main_window import PAGES, MainWindow
from app.ui.pages.activities_page import ActivitiesPage
from tests.gui.conftest import screenshot

ACTIVITIES_ROW = [key for key, _ in PAGES].index("activities")


def open_page(qtbot: QtBot, window: MainWindow) -> ActivitiesPage:
    item = window.ui.navList.item(ACTIVITIES_ROW)
    rect = window.ui.navList.visualItemRect(item)
    qtbot.mouseClick(window.ui.navList.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    page = window.current_page()
    assert isinstance(page, ActivitiesPage)
    assert page.filling  # the list comes from a worker: the page is usable meanwhile
    qtbot.waitUntil(lambda: not page.filling)
    return page


def click_row(qtbot: QtBot, page: ActivitiesPage, activity_id: int) -> None:
    view = page.ui.tableView
    for row in range(page.model.rowCount()):
        if page.model.row_at(row).id == activity_id:
            rect = view.visualRect(page.model.index(row, 2))
            qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            return
    raise AssertionError(f"activity {activity_id} is not listed")


def upcoming_lecture(page: ActivitiesPage) -> int:
    rows = [page.model.row_at(r) for r in range(page.model.rowCount())]
    return next(
        r.id for r in rows if r.kind is ActivityKind.LECTURE and r.status is ActivityStatus.PLANNED
    )


def scan(qtbot: QtBot, dialog: SignInDialog, code: str) -> None:
    qtbot.keyClicks(dialog.ui.scanEdit, code)
    qtbot.keyClick(dialog.ui.scanEdit, Qt.Key.Key_Return)


def test_the_sign_in_list_gives_its_room_to_the_department_not_to_an_empty_method(
    qtbot: QtBot, window: MainWindow
) -> None:
    """The 1366×768 review: the empty 方式 column took the dialog's spare width."""
    page = open_page(qtbot, window)
    lecture_id = upcoming_lecture(page)
    click_row(qtbot, page, lecture_id)
    qtbot.mouseClick(page.tools.signInButton, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, SignInDialog)
    qtbot.waitExposed(dialog)
    view = dialog.ui.attendeeView
    header = view.horizontalHeader()
    model = dialog.model
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    how, department = titles.index("方式"), titles.index("部门")
    assert not any(model.index(r, how).data() for r in range(model.rowCount()))
    assert header.sectionSize(how) <= header.sectionSizeHint(how) + 12  # as narrow as its title
    spare = view.viewport().width() - sum(
        header.sectionSize(c) for c in range(len(titles)) if c != department
    )
    assert header.sectionSize(department) >= spare - 1 > view.sizeHintForColumn(department)

    first = model.row_at(0)
    scan(qtbot, dialog, first.employee_no)
    assert model.index(0, how).data() == "刷卡"
    assert header.sectionSize(how) >= view.sizeHintForColumn(how)  # the word shown whole
    screenshot(dialog, "sign_in_columns")


def test_scanning_and_ticking_attendees(qtbot: QtBot, window: MainWindow) -> None:
    page = open_page(qtbot, window)
    lecture_id = upcoming_lecture(page)
    click_row(qtbot, page, lecture_id)
    assert page.tools.signInButton.isEnabled()
    qtbot.mouseClick(page.tools.signInButton, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, SignInDialog)
    qtbot.waitExposed(dialog)
    eligible = [dialog.model.row_at(r) for r in range(dialog.model.rowCount())]
    total = len(eligible)
    assert total > 10 and all(r.eligible and not r.present for r in eligible)
    assert dialog.ui.countLabel.text().startswith(f"0 / {total} 人")
    assert dialog.focusWidget() is dialog.ui.scanEdit  # the card reader types straight into it

    first, second, third = eligible[0], eligible[1], eligible[2]
    scan(qtbot, dialog, first.employee_no)
    assert "✓" in dialog.ui.scanResultLabel.text()
    assert first.name in dialog.ui.scanResultLabel.text()
    assert dialog.ui.countLabel.text().startswith(f"1 / {total} 人")
    assert dialog.ui.scanEdit.text() == ""  # ready for the next card
    assert dialog.model.row_at(0).present

    scan(qtbot, dialog, first.employee_no.lower())  # the same card again
    assert "已签到" in dialog.ui.scanResultLabel.text()
    assert dialog.ui.countLabel.text().startswith(f"1 / {total} 人")

    scan(qtbot, dialog, "NO-SUCH-CARD")
    assert "NO-SUCH-CARD" in dialog.ui.scanResultLabel.text()

    # Tick the second person with the mouse on the tick box, the third with the space bar.
    view = dialog.ui.attendeeView
    rect = view.visualRect(dialog.model.index(1, 0))
    box = QPoint(rect.left() + 11, rect.center().y())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=box)
    assert dialog.model.row_at(1).present
    view.setFocus()
    view.setCurrentIndex(dialog.model.index(2, 0))
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert dialog.model.row_at(2).present
    assert dialog.ui.countLabel.text().startswith(f"3 / {total} 人")
    needed = sign_in.get_participation(window.context.db, window.context.actor, lecture_id)
    assert f"还需 {needed.still_needed} 人" in dialog.ui.countLabel.text()

    # A walk-in not on the roster: a guest, never counted.
    qtbot.keyClicks(dialog.ui.guestEdit, "Li Ming (city union)")
    qtbot.mouseClick(dialog.ui.addGuestButton, Qt.MouseButton.LeftButton)
    assert dialog.guests.rowCount() == 1
    assert dialog.ui.countLabel.text().startswith(f"3 / {total} 人")
    assert "来宾" in dialog.ui.detailLabel.text()
    screenshot(dialog, "sign_in_panel")

    with read_only(window.context.db) as session:
        rows = {
            (a.staff_id, a.guest_name, a.method)
            for a in session.scalars(select(Attendance).where(Attendance.activity_id == lecture_id))
        }
    assert rows == {
        (first.id, None, "scan"),
        (second.id, None, "tick"),
        (third.id, None, "tick"),
        (None, "Li Ming (city union)", "tick"),
    }
    qtbot.mouseClick(dialog.ui.closeButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: not page.filling)  # the list is filled again from a worker
    row = next(
        page.model.row_at(r)
        for r in range(page.model.rowCount())
        if page.model.row_at(r).id == lecture_id
    )
    assert (row.counted, row.eligible, row.guests) == (3, total, 1)
    assert row.status is ActivityStatus.HELD  # people came: it took place
    screenshot(window, "activities_page")


def test_recording_a_partner_hospital_clinic(qtbot: QtBot, window: MainWindow) -> None:
    page = open_page(qtbot, window)
    before = page.model.rowCount()
    qtbot.mouseClick(page.tools.newButton, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, ActivityDialog)
    ui = dialog.ui
    ui.kindCombo.setCurrentIndex(ui.kindCombo.findData(ActivityKind.FREE_CLINIC))
    save = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert ui.errorLabel.text() == "请填写标题。"  # nothing saved without a title
    qtbot.keyClicks(ui.titleEdit, "Free clinic: blood pressure")
    qtbot.keyClicks(ui.placeEdit, "Hall")
    ui.statusCombo.setCurrentIndex(ui.statusCombo.findData(ActivityStatus.HELD))
    ui.partnerGroup.setChecked(True)  # fills the hospital and the purpose from the kind
    assert ui.organisationEdit.text() != ""
    assert ui.purposeClinicCheck.isChecked()
    qtbot.keyClicks(ui.expertsEdit, "Dr Zhang, Nurse Wang")
    ui.departmentsRadio.setChecked(True)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert "部门" in ui.errorLabel.text()  # chosen departments, but none ticked
    first = dialog.departments.index(0)
    dialog.departments.setData(first, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    screenshot(dialog, "activity_editor")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.saved is not None
    qtbot.waitUntil(lambda: not page.filling)
    assert page.model.rowCount() == before + 1
    assert page.selected() is not None and page.selected().id == dialog.saved.id  # type: ignore[union-attr]
    with read_only(window.context.db) as session:
        visit = session.scalars(
            select(HospitalVisit).where(HospitalVisit.activity_id == dialog.saved.id)
        ).one()
        assert visit.experts == "Dr Zhang, Nurse Wang" and visit.purposes == "free_clinic"


def workbook(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def test_importing_a_sign_in_spreadsheet(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    page = open_page(qtbot, window)
    lecture_id = upcoming_lecture(page)
    click_row(qtbot, page, lecture_id)
    dialog = page.sign_in_selected()
    assert dialog is not None
    people = [dialog.model.row_at(r) for r in range(3)]
    bad = workbook(
        tmp_path / "bad.xlsx",
        [["工号", "姓名"], [people[0].employee_no, people[0].name], ["HB99999", "某人"]],
    )
    preview = dialog.start_import(bad)
    qtbot.waitUntil(lambda: preview.preview is not None, timeout=5000)
    assert not preview.ui.applyButton.isEnabled()
    problems = [preview.model.row_at(r) for r in range(preview.model.rowCount())]
    assert [(p.row, p.column) for p in problems] == [(3, "A")]
    assert preview.model.index(0, 4).data().startswith("名册中没有这个工号")
    screenshot(preview, "sign_in_import_errors")
    preview.reject()

    good = workbook(
        tmp_path / "good.xlsx",
        [["签到表"], ["工号", "姓名", "签名"], *[[p.employee_no, p.name, p.name] for p in people]],
    )
    preview = dialog.start_import(good)
    qtbot.waitUntil(lambda: preview.preview is not None, timeout=5000)
    assert preview.ui.applyButton.isEnabled()
    qtbot.mouseClick(preview.ui.applyButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: preview.import_result is not None, timeout=5000)
    qtbot.waitUntil(lambda: dialog.ui.countLabel.text().startswith("3 / "))
    assert all(dialog.model.row_at(r).present for r in range(3))


def test_notices_plan_and_outreach(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    page = open_page(qtbot, window)
    qtbot.mouseClick(page.tools.noticesButton, Qt.MouseButton.LeftButton)
    notices = page.dialog
    assert isinstance(notices, NoticesDialog)
    assert notices.model.rowCount() > 3
    assert "95" in notices.ui.summaryLabel.text()
    screenshot(notices, "notices")
    editor = notices.open_editor(None)
    qtbot.keyClicks(editor.ui.titleEdit, "Flu vaccination notice")
    editor.ui.tickRadio.setChecked(True)
    qtbot.mouseClick(editor.ui.tickAllButton, Qt.MouseButton.LeftButton)
    assert "100.0 %" in editor.ui.coverageLabel.text()
    screenshot(editor, "notice_editor")
    qtbot.mouseClick(
        editor.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save),
        Qt.MouseButton.LeftButton,
    )
    qtbot.waitUntil(lambda: not editor.isVisible())
    assert editor.saved is not None and editor.saved.coverage.value == 1.0
    notices.accept()

    qtbot.mouseClick(page.tools.planButton, Qt.MouseButton.LeftButton)
    plan = page.dialog
    assert isinstance(plan, PlanDialog)
    assert plan.model.rowCount() >= 8
    assert "第1季度" in plan.ui.summaryLabel.text()
    assert plan.model.index(0, 0).data() == "第1季度"
    screenshot(plan, "promotion_plan")
    plan.save_pdf(tmp_path / "plan.pdf", with_actual=True)
    qtbot.waitUntil(lambda: "plan.pdf" in plan.ui.messageLabel.text(), timeout=10000)
    assert (tmp_path / "plan.pdf").stat().st_size > 1000
    plan.accept()

    qtbot.mouseClick(page.tools.outreachButton, Qt.MouseButton.LeftButton)
    outreach = page.dialog
    assert isinstance(outreach, OutreachDialog)
    assert outreach.model.rowCount() > 0
    screenshot(outreach, "outreach")
    outreach.save(tmp_path / "outreach.xlsx")
    qtbot.waitUntil(lambda: "outreach.xlsx" in outreach.ui.messageLabel.text(), timeout=10000)
    outreach.accept()


def test_the_sign_in_sheet_from_the_page(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    page = open_page(qtbot, window)
    lecture_id = upcoming_lecture(page)
    click_row(qtbot, page, lecture_id)
    page.tools.barcodeCheck.setChecked(True)
    page.save_sheet(lecture_id, tmp_path / "sheet.pdf", page.tools.barcodeCheck.isChecked())
    qtbot.waitUntil(lambda: "sheet.pdf" in page.tools.messageLabel.text(), timeout=10000)
    detail = activities.get_activity(window.context.db, window.context.actor, lecture_id)
    from pypdf import PdfReader

    text = PdfReader(tmp_path / "sheet.pdf").pages[0].extract_text()
    assert detail.data.title in text


def test_a_lecture_title_with_a_slash_suggests_a_name_windows_accepts(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "高血压/糖尿病" in the suggested name would make a folder (or fail on Windows)."""
    from PySide6.QtWidgets import QFileDialog

    from app.db.models import Activity
    from app.services.unit_of_work import unit_of_work

    page = open_page(qtbot, window)
    lecture_id = upcoming_lecture(page)
    with unit_of_work(window.context.db) as session:
        activity = session.get(Activity, lecture_id)
        assert activity is not None
        activity.title = '高血压/糖尿病: 问答 "CON"'
    page.reload()
    qtbot.waitUntil(lambda: not page.filling)
    click_row(qtbot, page, lecture_id)
    suggested: list[str] = []

    def dialog(_parent: object, _title: str, path: str, *_args: object) -> tuple[str, str]:
        suggested.append(path)
        return "", ""  # the person cancels

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    page.choose_sheet()
    (path,) = suggested
    name = Path(path).name
    assert "高血压／糖尿病： 问答 ＂CON＂" in name and name.endswith(".pdf")
    assert not set(':/\\?*"<>|') & set(name)


def test_a_sign_in_sheet_with_unknown_headings_is_mapped(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    page = open_page(qtbot, window)
    lecture_id = upcoming_lecture(page)
    click_row(qtbot, page, lecture_id)
    dialog = page.sign_in_selected()
    assert dialog is not None
    people = [dialog.model.row_at(r) for r in range(2)]
    sheet = workbook(
        tmp_path / "sheet.xlsx", [["代码", "备注"], *[[p.employee_no, "到"] for p in people]]
    )
    preview = dialog.start_import(sheet)
    qtbot.waitUntil(lambda: preview.preview is not None, timeout=5000)
    assert not preview.ui.applyButton.isEnabled()
    assert preview.ui.tabs.currentIndex() == 1  # the columns: nothing says who signed
    view = preview.mapping_view
    assert view.model.index(0, 2).data().startswith(people[0].employee_no)
    screenshot(preview, "sign_in_import_columns")
    box = view.table.indexWidget(view.model.index(0, 3))
    assert isinstance(box, QComboBox)
    preview.preview = None
    box.setCurrentIndex(box.findData("employee_no"))
    box.activated.emit(box.currentIndex())
    qtbot.waitUntil(lambda: preview.preview is not None, timeout=5000)
    assert preview.preview is not None and preview.preview.new == 2
    assert preview.ui.applyButton.isEnabled()
    qtbot.mouseClick(preview.ui.applyButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: preview.import_result is not None, timeout=5000)
    assert all(dialog.model.row_at(r).present for r in range(2))
