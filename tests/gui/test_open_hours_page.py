"""The Open hours page as the health administrator uses it: slots, closures, profile, poster."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable

from PySide6.QtCore import QDate, Qt, QTime, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from app.services import open_hours
from app.services.site_profile import get_profile
from app.ui.dialogs.common.pdf_preview_dialog import PdfPreviewDialog
from app.ui.dialogs.open_hours.close_dates_dialog import CloseDatesDialog
from app.ui.dialogs.open_hours.slots_dialog import SlotsDialog
from app.ui.main_window import MainWindow
from app.ui.pages.open_hours_page import EXCEPTIONS, PROFILE, WALL, OpenHoursPage
from tests.gui.conftest import screenshot
from tests.support import ADMIN, DEMO_TODAY

SATURDAY = 5


def when_shown(kind: type[QWidget], act: Callable[[QWidget], None]) -> None:
    """Act on the modal dialog of `kind` as soon as it is open.

    A failed check inside `act` closes the dialog, so the test fails instead of waiting on
    a modal dialog for ever (pytest-qt reports the exception raised in the callback).
    """

    deadline = time.monotonic() + 20  # a dialog that never comes must not haunt later tests

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            try:
                act(dialog)
            except BaseException:
                dialog.close()
                raise
        elif time.monotonic() < deadline:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(20, poll)


def click_button(box: QWidget, text: str) -> None:
    button = next(b for b in box.findChildren(QPushButton) if b.text() == text)
    button.click()


def open_page(qtbot: QtBot, window: MainWindow) -> OpenHoursPage:
    nav = window.ui.navList
    rect = nav.visualItemRect(nav.item(4))
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    page = window.current_page()
    assert isinstance(page, OpenHoursPage)
    return page


def test_open_now_line_and_the_week_in_force(qtbot: QtBot, window: MainWindow) -> None:
    page = open_page(qtbot, window)
    assert page.ui.titleLabel.text() == "开放时间"
    page.now = lambda: dt.datetime.combine(DEMO_TODAY, dt.time(9))  # type: ignore[method-assign]
    page.update_status()
    status = page.page.statusLabel.text()
    assert "正在开放" in status and "至 11:30" in status and "每周 30 小时" in status
    page.now = lambda: dt.datetime.combine(DEMO_TODAY, dt.time(18))  # type: ignore[method-assign]
    page.update_status()
    assert "现在闭室" in page.page.statusLabel.text()
    assert "2026-11-17" in page.page.statusLabel.text()  # opens Tuesday morning

    model = page.ui.tableView.model()
    assert model.rowCount() == 7
    assert model.index(0, 1).data() == "08:30–11:30、14:30–17:30"  # 、 between, in Chinese
    assert model.index(0, 2).data() == "6 小时"
    assert model.index(SATURDAY, 1).data() == "闭室"
    assert "执行中" in page.page.versionCombo.currentText()
    assert page.page.versionCombo.count() == 2
    assert page.page.weekTotalLabel.text() == "每周开放 30 小时"
    screenshot(window, "open_hours_week")


def test_edit_a_day_with_the_three_hour_warning(qtbot: QtBot, window: MainWindow) -> None:
    page = open_page(qtbot, window)
    answers: list[str] = []

    def short_saturday(dialog: QWidget) -> None:
        assert isinstance(dialog, SlotsDialog)
        assert "星期六" in dialog.ui.introLabel.text()
        qtbot.mouseClick(dialog.ui.addSlotButton, Qt.MouseButton.LeftButton)
        row = dialog.rows[0]
        row.start.setTime(QTime(9, 0))
        row.end.setTime(QTime(10, 30))
        assert dialog.ui.totalLabel.text() == "开放 1.5 小时"
        assert "不足 3 小时" in dialog.ui.warningLabel.text()
        screenshot(dialog, "slots_dialog_short_day")

        def go_back(box: QWidget) -> None:
            answers.append(box.text())  # type: ignore[attr-defined]
            click_button(box, "返回修改")
            # Back in the editor: a second slot brings the day to 3 h, saved without asking.
            QTimer.singleShot(0, lambda: make_it_three_hours(dialog))

        when_shown(QMessageBox, go_back)
        dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Save).click()

    def make_it_three_hours(dialog: SlotsDialog) -> None:
        assert dialog.isVisible()
        qtbot.mouseClick(dialog.ui.addSlotButton, Qt.MouseButton.LeftButton)
        second = dialog.rows[1]
        second.start.setTime(QTime(10, 0))  # overlaps the first: counted once
        second.end.setTime(QTime(12, 0))
        assert dialog.ui.totalLabel.text() == "开放 3 小时"
        assert "合并" in dialog.ui.warningLabel.text()
        dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Save).click()

    when_shown(SlotsDialog, short_saturday)
    view = page.ui.tableView
    rect = view.visualRect(view.model().index(SATURDAY, 1))
    # A real double-click: Qt's views want the press before the double-click.
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    assert answers and "只开放 1.5 小时" in answers[0]
    assert view.model().index(SATURDAY, 1).data() == "09:00–12:00"
    assert view.model().index(SATURDAY, 3).data() == ""
    version = open_hours.version_in_force(window.context.db, ADMIN, DEMO_TODAY)
    assert version is not None and version.days[SATURDAY].hours == 3
    assert page.page.weekTotalLabel.text() == "每周开放 33 小时"


def test_a_confirmed_short_day_is_saved_and_flagged(qtbot: QtBot, window: MainWindow) -> None:
    page = open_page(qtbot, window)

    def short_monday(dialog: QWidget) -> None:
        assert isinstance(dialog, SlotsDialog)
        qtbot.mouseClick(dialog.rows[1].remove, Qt.MouseButton.LeftButton)  # drop the afternoon
        dialog.rows[0].end.setTime(QTime(10, 30))
        when_shown(QMessageBox, lambda box: click_button(box, "仍然保存"))
        dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Save).click()

    when_shown(SlotsDialog, short_monday)
    page.ui.tableView.selectRow(0)
    qtbot.mouseClick(page.page.editDayButton, Qt.MouseButton.LeftButton)
    model = page.ui.tableView.model()
    assert model.index(0, 1).data() == "08:30–10:30"
    assert model.index(0, 3).data() == "不足 3 小时：计为开放时长不足"
    assert model.index(0, 3).data(Qt.ItemDataRole.ForegroundRole) is not None  # in red
    assert "不足 3 小时：星期一" in page.page.versionInfoLabel.text()
    calendar = open_hours.load_calendar(window.context.db, ADMIN)
    assert calendar.short_days(DEMO_TODAY, DEMO_TODAY) == [DEMO_TODAY]
    screenshot(window, "open_hours_short_monday")


def test_add_a_closure_for_a_date_range(qtbot: QtBot, window: MainWindow) -> None:
    page = open_page(qtbot, window)
    page.page.tabs.setCurrentIndex(EXCEPTIONS)
    before = page.exceptions.rowCount()

    def close_two_days(dialog: QWidget) -> None:
        assert isinstance(dialog, CloseDatesDialog)
        dialog.ui.firstEdit.setDate(QDate(2026, 12, 24))
        dialog.ui.lastEdit.setDate(QDate(2026, 12, 25))
        assert dialog.ui.summaryLabel.text().startswith("闭室 2 天；其中 2 天原本应开放。")
        save = dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Save)
        save.click()  # no reason yet
        assert "请填写原因" in dialog.ui.errorLabel.text()
        assert dialog.isVisible()
        dialog.ui.reasonCombo.lineEdit().insert("年终设备盘点")  # as an input method commits it
        screenshot(dialog, "close_dates_dialog")
        save.click()

    when_shown(CloseDatesDialog, close_two_days)
    qtbot.mouseClick(page.page.closeDatesButton, Qt.MouseButton.LeftButton)

    model = page.exceptions
    assert model.rowCount() == before + 2
    rows = [model.row_at(r) for r in range(model.rowCount())]
    added = [r for r in rows if r.reason == "年终设备盘点"]
    assert [r.on_date for r in added] == [dt.date(2026, 12, 24), dt.date(2026, 12, 25)]
    index = model.index(rows.index(added[0]), 2)
    assert index.data() == "全天闭室"
    assert model.index(rows.index(added[0]), 1).data() == "闭室"
    screenshot(window, "open_hours_exceptions")

    # Undo one of them: the week applies again on that date.
    page.page.exceptionsView.selectRow(rows.index(added[1]))
    qtbot.mouseClick(page.page.removeExceptionButton, Qt.MouseButton.LeftButton)
    assert model.rowCount() == before + 1
    calendar = open_hours.load_calendar(window.context.db, ADMIN)
    assert calendar.hours_on(dt.date(2026, 12, 25)) == 6
    assert calendar.hours_on(dt.date(2026, 12, 24)) == 0


def test_room_profile_checklist_and_a_further_administrator(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.ui.actionRoomProfile.trigger()  # File › Room profile…
    page = window.current_page()
    assert isinstance(page, OpenHoursPage)
    assert page.page.tabs.currentIndex() == PROFILE
    panel = page.profile
    assert panel.ui.checklistSummary.text().endswith("10 项要求中已满足 10 项</span>")
    screenshot(window, "room_profile")

    form = panel.fields.form
    form.areaSpin.setValue(10)
    qtbot.mouseClick(form.addAdminButton, Qt.MouseButton.LeftButton)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.insert("李娜")  # as an input method commits it
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # to the phone cell
    view = form.moreAdminsView
    view.edit(view.model().index(1, 1))
    qtbot.keyClicks(QApplication.focusWidget(), "13900001111")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.mouseClick(panel.ui.saveButton, Qt.MouseButton.LeftButton)

    assert panel.ui.errorLabel.text() == ""
    profile = get_profile(window.context.db)
    assert profile is not None and profile.area_m2 == 10
    assert [(a.name, a.phone) for a in profile.more_admins][-1] == ("李娜", "13900001111")
    assert profile.house_rules  # the rules edited elsewhere are kept
    checklist = panel.checklist
    area = checklist.row_at(0)
    assert not area.passed
    assert checklist.index(0, 2).data() == "仅 10 平方米"
    assert checklist.index(0, 0).data() == "⚠"
    assert "10 项要求中已满足 9 项" in panel.ui.checklistSummary.text()
    screenshot(window, "room_profile_warning")


def test_wall_schedule_preview_from_the_page(qtbot: QtBot, window: MainWindow) -> None:
    window.ui.actionWallSchedule.trigger()
    page = window.current_page()
    assert isinstance(page, OpenHoursPage) and page.page.tabs.currentIndex() == WALL
    wall = page.wall
    edit = wall.ui.houseRulesEdit
    edit.selectAll()
    edit.insertPlainText("使用须知\n一、请先登记再使用。")  # as an input method commits it
    assert wall.ui.rulesStatusLabel.text() == "尚未保存"
    screenshot(window, "wall_schedule_tab")
    seen: dict[str, object] = {}

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, PdfPreviewDialog)
        seen["pages"] = dialog.page_count
        seen["title"] = dialog.windowTitle()
        seen["name"] = dialog.suggested_name
        seen["text"] = dialog.document[0].get_textpage().get_text_range()
        screenshot(dialog, "wall_schedule_preview")
        dialog.accept()

    when_shown(PdfPreviewDialog, look)
    qtbot.mouseClick(wall.ui.previewButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "pages" in seen, timeout=20_000)
    assert seen["pages"] == 1
    assert seen["title"] == "开放时间表"
    assert seen["name"] == "开放时间表 2026-11-16.pdf"
    assert "请先登记再使用" in str(seen["text"])
    profile = get_profile(window.context.db)
    assert profile is not None and profile.house_rules == "使用须知\n一、请先登记再使用。"


def test_the_page_follows_a_language_switch(qtbot: QtBot, window: MainWindow) -> None:
    page = open_page(qtbot, window)
    page.show_tab(PROFILE)
    window.ui.actionEnglish.trigger()
    page = window.current_page()  # built again in English, on the tab that was shown
    assert isinstance(page, OpenHoursPage)
    qtbot.waitUntil(lambda: page.ui.titleLabel.text() == "Open hours")
    assert page.page.tabs.tabText(0) == "Weekly schedule"
    assert page.page.tabs.currentIndex() == PROFILE
    assert (
        "Closed now" in page.page.statusLabel.text() or "Open now" in page.page.statusLabel.text()
    )
    assert page.ui.tableView.model().index(SATURDAY, 1).data() == "Closed"
    assert page.profile.checklist.index(0, 1).data() == "Room area at least 12 m²"
    assert (
        page.profile.fields.form.moreAdminsView.model().headerData(0, Qt.Orientation.Horizontal)
        == "Name"
    )
    screenshot(window, "room_profile_english")
    window.ui.actionChinese.trigger()
    page = window.current_page()
    assert isinstance(page, OpenHoursPage)
    qtbot.waitUntil(lambda: page.page.tabs.tabText(0) == "每周时间表")


def test_special_hours_on_a_date(qtbot: QtBot, window: MainWindow) -> None:
    page = open_page(qtbot, window)
    page.show_tab(EXCEPTIONS)

    def fire_drill(dialog: QWidget) -> None:
        assert isinstance(dialog, SlotsDialog)
        assert dialog.ui.dateEdit.isVisible() and not dialog.ui.noteLabel.isVisible()
        dialog.ui.dateEdit.setDate(QDate(2026, 11, 20))
        dialog.ui.reasonEdit.insert("下午消防演练")
        qtbot.mouseClick(dialog.ui.addSlotButton, Qt.MouseButton.LeftButton)  # 08:30–11:30
        assert dialog.ui.totalLabel.text() == "开放 3 小时"
        dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Save).click()

    when_shown(SlotsDialog, fire_drill)
    qtbot.mouseClick(page.page.specialHoursButton, Qt.MouseButton.LeftButton)
    rows = [page.exceptions.row_at(r) for r in range(page.exceptions.rowCount())]
    drill = next(r for r in rows if r.on_date == dt.date(2026, 11, 20))
    assert (drill.reason, drill.hours) == ("下午消防演练", 3)
    assert page.exceptions.index(rows.index(drill), 2).data() == "08:30–11:30 (3 小时)"
    calendar = open_hours.load_calendar(window.context.db, ADMIN)
    assert calendar.intervals_on(dt.date(2026, 11, 20))[-1].end == dt.time(11, 30)


def test_a_role_without_the_right_gets_a_message(qtbot: QtBot, window: MainWindow) -> None:
    from app.ui.context import AppContext
    from tests.support import TECH

    version = open_hours.version_in_force(window.context.db, ADMIN, DEMO_TODAY)
    assert version is not None
    context = AppContext(window.context.db, TECH, lambda: DEMO_TODAY)
    dialog = SlotsDialog(context, version.days[0].slots, window, version=version)
    qtbot.addWidget(dialog)
    assert "2026-07-16" in dialog.ui.noteLabel.text()  # editing a schedule with a past
    dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Save).click()
    assert dialog.ui.errorLabel.text() == "用户 tech（技术员）无权修改开放时间。"
