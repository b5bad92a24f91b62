"""The daily routine without needless clicks: a whole lecture signed in at once (everyone, a
department, a batch of cards), card numbers read as the usage register reads them, the kind of
an activity taken from its title."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.catalogue.codes import ActivityKind
from app.services import sign_in
from app.ui.dialogs.activities.activity_dialog import ActivityDialog
from app.ui.dialogs.activities.sign_in_dialog import SignInDialog
from app.ui.i18n import Language
from app.ui.main_window import MainWindow
from tests.gui.conftest import screenshot
from tests.gui.test_activities import click_row, open_page, scan, upcoming_lecture


def open_sign_in(qtbot: QtBot, window: MainWindow) -> SignInDialog:
    page = open_page(qtbot, window)
    lecture_id = upcoming_lecture(page)
    click_row(qtbot, page, lecture_id)
    qtbot.mouseClick(page.tools.signInButton, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, SignInDialog)
    qtbot.waitExposed(dialog)
    return dialog


def type_text(widget: QWidget, text: str) -> None:
    """Key presses carrying Chinese text, as an input method delivers them (QTest's keyClicks
    takes ASCII only)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def listed(dialog: SignInDialog) -> list[sign_in.AttendeeRow]:
    return [dialog.model.row_at(r) for r in range(dialog.model.rowCount())]


def test_a_department_then_the_whole_lecture_ticked_at_once(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_sign_in(qtbot, window)
    everyone = listed(dialog)
    departments = sorted({r.department for r in everyone})
    assert len(departments) > 1
    combo = dialog.ui.departmentCombo
    combo.setCurrentIndex(combo.findData(departments[0]))
    one_department = listed(dialog)
    assert one_department and {r.department for r in one_department} == {departments[0]}
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    qtbot.mouseClick(dialog.ui.tickAllButton, Qt.MouseButton.LeftButton)
    assert str(len(one_department)) in asked[-1]
    assert all(r.present for r in listed(dialog))
    assert dialog.ui.countLabel.text().startswith(f"{len(one_department)} / {len(everyone)} 人")
    assert f"{len(one_department)} 人已签到" in dialog.ui.scanResultLabel.text()

    combo.setCurrentIndex(0)  # all departments: the rest of the lecture in one go
    assert len(listed(dialog)) == len(everyone)
    qtbot.mouseClick(dialog.ui.tickAllButton, Qt.MouseButton.LeftButton)
    assert str(len(everyone) - len(one_department)) in asked[-1]  # only those not yet in
    assert all(r.present for r in listed(dialog))
    assert dialog.ui.countLabel.text().startswith(f"{len(everyone)} / {len(everyone)} 人")
    screenshot(dialog, "sign_in_everyone_ticked")


def test_a_batch_of_cards_and_short_numbers(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_sign_in(qtbot, window)
    people = listed(dialog)[:3]
    digits = people[2].employee_no.lstrip("HB")
    pasted = f"{people[0].employee_no}\n{people[1].employee_no.lower()}\nNO-SUCH-CARD\n"
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *_a, **_k: (pasted, True))
    qtbot.mouseClick(dialog.ui.batchScanButton, Qt.MouseButton.LeftButton)
    text = dialog.ui.scanResultLabel.text()
    assert "2 人已签到" in text and "NO-SUCH-CARD" in text
    assert [r.present for r in listed(dialog)[:3]] == [True, True, False]
    scan(qtbot, dialog, digits)  # only the card's digits, as the usage register accepts
    assert "✓" in dialog.ui.scanResultLabel.text()
    assert people[2].name in dialog.ui.scanResultLabel.text()
    assert listed(dialog)[2].present
    screenshot(dialog, "sign_in_batch_of_cards")


def test_the_usage_register_and_the_sign_in_take_the_same_short_number(
    qtbot: QtBot, window: MainWindow
) -> None:
    from app.ui.pages.usage_page import UsagePage

    dialog = open_sign_in(qtbot, window)
    person = listed(dialog)[0]
    short = person.employee_no.lstrip("HB").lstrip("0")
    dialog.close()
    window.ui.navList.setCurrentRow(window.page_keys.index("usage"))
    page = window.current_page()
    assert isinstance(page, UsagePage)
    picked: list[str] = []
    picker = page.entry.picker
    picker.picked.connect(lambda row: picked.append(row.employee_no))
    picker.edit.setText(short)
    assert picker.pick_now()
    assert picked == [person.employee_no]


def test_the_kind_follows_the_title_until_chosen_by_hand(
    qtbot: QtBot, window: MainWindow, translations: object
) -> None:
    for language in (Language.CHINESE, Language.ENGLISH):
        window.translations.apply(language)
        dialog = ActivityDialog(window.context, None, window)
        qtbot.addWidget(dialog)
        dialog.show()
        kind = dialog.ui.kindCombo
        kind.setCurrentIndex(kind.findData(ActivityKind.OTHER))
        type_text(dialog.ui.titleEdit, "市医院义诊")
        assert kind.currentData() == ActivityKind.FREE_CLINIC
        dialog.ui.titleEdit.clear()
        type_text(dialog.ui.titleEdit, "健康讲座：高血压防治")
        assert kind.currentData() == ActivityKind.LECTURE
        screenshot(dialog, f"activity_kind_from_title_{language.value}")
        kind.activated.emit(kind.findData(ActivityKind.TRAINING))  # the person's own choice
        kind.setCurrentIndex(kind.findData(ActivityKind.TRAINING))
        type_text(dialog.ui.titleEdit, "与义诊")
        assert kind.currentData() == ActivityKind.TRAINING  # kept
        dialog.reject()
    window.translations.apply(Language.CHINESE)


def test_mondays_hours_copied_to_the_working_week(qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtCore import QTime

    from app.services import open_hours
    from app.ui.dialogs.open_hours.slots_dialog import SlotsDialog
    from tests.gui.test_open_hours_page import open_page, when_shown
    from tests.support import ADMIN, DEMO_TODAY

    page = open_page(qtbot, window)

    def longer_monday_for_the_week(dialog: QWidget) -> None:
        assert isinstance(dialog, SlotsDialog)
        assert dialog.ui.copyGroup.isVisible()
        assert not dialog.copy_checks[0].isVisible()  # Monday is the day being edited
        dialog.rows[1].end.setTime(QTime(18, 0))
        qtbot.mouseClick(dialog.ui.workdaysButton, Qt.MouseButton.LeftButton)
        ticked = [day for day, check in dialog.copy_checks.items() if check.isChecked()]
        assert ticked == [1, 2, 3, 4]
        screenshot(dialog, "slots_dialog_copy_to_the_week")
        dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Save).click()

    when_shown(SlotsDialog, longer_monday_for_the_week)
    page.ui.tableView.selectRow(0)
    qtbot.mouseClick(page.page.editDayButton, Qt.MouseButton.LeftButton)
    version = open_hours.version_in_force(window.context.db, ADMIN, DEMO_TODAY)
    assert version is not None
    week = [day.slots for day in version.days]
    assert all(slots == week[0] for slots in week[:5])  # Tuesday to Friday as Monday
    assert str(week[0][-1].end)[:5] == "18:00"
    assert not week[6]  # Sunday untouched (closed in the demo)
    model = page.ui.tableView.model()
    assert model.index(4, 1).data() == model.index(0, 1).data()


def test_the_status_line_follows_a_schedule_that_starts_later(
    qtbot: QtBot, window: MainWindow
) -> None:
    """ "尚无每周时间表" was shown after Monday of a schedule starting next month was saved."""
    import datetime as dt

    from sqlalchemy import delete

    from app.db.models import ScheduleSlot, ScheduleVersion
    from app.services import open_hours
    from app.services.unit_of_work import unit_of_work
    from tests.gui.test_open_hours_page import open_page
    from tests.support import ADMIN, DEMO_TODAY

    db = window.context.db
    with unit_of_work(db) as session:  # a new site: no schedule yet
        session.execute(delete(ScheduleSlot))
        session.execute(delete(ScheduleVersion))
    page = open_page(qtbot, window)
    page.reload()
    assert "尚无每周时间表" in page.page.statusLabel.text()
    start = DEMO_TODAY + dt.timedelta(days=15)
    version = open_hours.create_version(db, ADMIN, start)
    page.reload()
    assert "尚无开放时段" in page.page.statusLabel.text()  # saved, but no hours yet
    open_hours.save_day(db, ADMIN, version.id, 0, [(dt.time(8, 30), dt.time(11, 30))],
                        confirm_short=False)  # fmt: skip
    page.reload()
    status = page.page.statusLabel.text()
    assert "尚无每周时间表" not in status
    assert f"{start:%Y-%m-%d}" in status and "3 小时" in status
    screenshot(window, "open_hours_schedule_starts_later")
