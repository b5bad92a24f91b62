"""The usage register page as the health administrator uses it: keyboard first."""

from __future__ import annotations

import datetime as dt
import gc
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRunnable, Qt, QThreadPool
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.catalogue.follow_up_reasons import follow_up_reason
from app.catalogue.language import Language as Speech
from app.db.models import AuditEntry, FollowUp, UsageVisit
from app.domain.pinyin import pinyin_keys
from app.domain.readings import ReadingType
from app.domain.visit_items import ReadingGroup
from app.services import person_card, roster, usage_log
from app.ui.main_window import MainWindow
from app.ui.pages.usage_page import UsagePage
from tests.gui.conftest import screenshot
from tests.support import CHAIR, DEMO_TODAY

ROOT = Path(__file__).resolve().parents[2]
USAGE_ROW = 1


class Keyboard:
    """Types into whatever has the focus, as a person at the keyboard does, and counts."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.count = 0

    def focus(self) -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        return widget

    def type(self, text: str) -> None:
        for char in text:
            QTest.keyClick(self.focus(), char)
            self.count += 1

    def press(self, key: Qt.Key) -> None:
        QTest.keyClick(self.focus(), key)
        self.count += 1


@pytest.fixture
def page(qtbot: QtBot, window: MainWindow) -> Iterator[UsagePage]:
    window.ui.navList.setCurrentRow(USAGE_ROW)
    usage = window.pages["usage"]
    assert isinstance(usage, UsagePage)
    window.activateWindow()
    qtbot.waitUntil(lambda: usage.entry.person_edit.hasFocus())
    counted(qtbot, usage)
    yield usage


def counted(qtbot: QtBot, page: UsagePage) -> int:
    """Large results are counted in the background: wait for the count."""
    qtbot.waitUntil(lambda: not page.counting)
    return page.model.total


def known_person(page: UsagePage) -> tuple[int, str]:
    """A regular whose pinyin initials pick them alone and who came for blood pressure."""
    db, actor = page.context.db, page.context.actor
    staff = roster.list_staff(db, actor)
    counts: dict[str, int] = {}
    for row in staff:
        initials = pinyin_keys(row.name)[1]
        counts[initials] = counts.get(initials, 0) + 1
    for row in staff:
        initials = pinyin_keys(row.name)[1]
        if counts[initials] != 1 or not initials.isascii():
            continue
        card = person_card.person_card(db, actor, row.id)
        if card.last_visit_at and card.default_groups[0] is ReadingGroup.BLOOD_PRESSURE:
            return row.id, initials
    raise AssertionError("the demo has no regular with unique initials")


def visits(page: UsagePage) -> int:
    with page.context.db.sessions() as session:
        return int(session.scalar(select(func.count()).select_from(UsageVisit)) or 0)


def test_a_routine_blood_pressure_visit_takes_at_most_12_keystrokes(
    qtbot: QtBot, page: UsagePage
) -> None:
    staff_id, initials = known_person(page)
    before = visits(page)
    keys = Keyboard(qtbot)
    keys.type(initials)
    keys.press(Qt.Key.Key_Return)  # picks the person, jumps to systolic
    keys.type("128")
    keys.press(Qt.Key.Key_Tab)
    keys.type("82")
    keys.press(Qt.Key.Key_Return)  # saves
    assert keys.count <= 12, keys.count
    assert visits(page) == before + 1
    top = page.today_model.row_at(0)
    assert top.staff_id == staff_id
    assert {(r.type, r.value) for r in top.readings} == {("systolic", 128), ("diastolic", 82)}
    assert top.visited_at.date() == DEMO_TODAY
    # Cleared for the next person, the cursor back in the person field.
    assert page.entry.person_edit.text() == ""
    assert page.entry.person_edit.hasFocus()
    assert page.today_view.currentIndex().row() == 0
    screenshot(page.window(), "usage_after_keyboard_entry")


def pick(qtbot: QtBot, page: UsagePage, staff_id: int, initials: str) -> None:
    keys = Keyboard(qtbot)
    keys.type(initials)
    keys.press(Qt.Key.Key_Return)
    assert page.entry.card is not None and page.entry.card.id == staff_id


def test_an_abnormal_reading_is_kept_in_red_with_measure_again_and_follow_up(
    qtbot: QtBot, page: UsagePage
) -> None:
    staff_id, initials = known_person(page)
    pick(qtbot, page, staff_id, initials)
    keys = Keyboard(qtbot)
    keys.type("152")
    keys.press(Qt.Key.Key_Tab)
    keys.type("96")
    entry = page.entry
    assert entry.readings.ui.bpFlagLabel.text() == "1级高血压"  # graded while typing
    assert "复测" in entry.ui.messageLabel.text()
    QTest.keyClick(entry, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert entry.ui.adviceEdit.text().startswith("血压偏高")
    entry.ui.adviceEdit.setFocus()
    keys.press(Qt.Key.Key_Return)
    top = page.today_model.row_at(0)
    assert top.abnormal and top.staff_id == staff_id
    assert top.advice.startswith("血压偏高")
    red = page.today_model.index(0, 2).data(Qt.ItemDataRole.ForegroundRole)
    assert red is not None and red.color().name() == "#c62828"
    assert entry.ui.resultFrame.isVisible() and entry.ui.remeasureButton.isVisible()
    screenshot(page.window(), "usage_abnormal_result")

    # One click: a follow-up of this visit.
    qtbot.mouseClick(entry.ui.followUpButton, Qt.MouseButton.LeftButton)
    with page.context.db.sessions() as session:
        follow_up = session.scalars(select(FollowUp).where(FollowUp.visit_id == top.id)).one()
    assert follow_up.staff_id == staff_id and follow_up.reason == ""  # proposed: codes
    said = {
        language: follow_up_reason(follow_up.reason, follow_up.reason_codes, language)
        for language in Speech
    }  # the readings, in whoever reads it's language
    assert said[Speech.ZH] == "血压 152/96 mmHg 1级高血压", said
    assert said[Speech.EN].startswith("Blood pressure 152/96 mmHg"), said
    # 1级 hypertension: the follow-up table proposes four weeks, not a fixed two.
    assert follow_up.next_date == page.context.today() + dt.timedelta(days=28)
    assert not entry.ui.followUpButton.isEnabled()

    # Measure again (F6): same visit, new values; the visit's result is the average (139/88
    # 正常高值, not abnormal), both readings kept and shown, the advice and note typed now too.
    QTest.keyClick(entry, Qt.Key.Key_F6)
    assert entry.remeasuring is not None and entry.person_edit.isReadOnly()
    keys.type("126")
    keys.press(Qt.Key.Key_Tab)
    keys.type("80")
    entry.ui.adviceEdit.setFocus()
    keys.type("yzhfc")  # 一周后复测, typed with the input method
    entry.ui.noteEdit.setFocus()
    keys.type("xxh")
    keys.press(Qt.Key.Key_Return)
    again = page.today_model.row_at(0)
    assert again.id == top.id and not again.abnormal
    systolic = [(r.value, r.round, r.counted) for r in again.readings if r.type == "systolic"]
    assert systolic == [(152, 1, False), (126, 2, False), (139, 0, True)]
    assert again.advice.startswith("血压偏高") and again.advice.endswith("yzhfc")
    assert again.note.endswith("xxh")
    shown = page.today_model.index(0, 2).data()
    assert "血压 139/88 正常高值" in shown and "测量2次：血压 152/96、126/80" in shown
    assert "152/96" in entry.ui.resultLabel.text()
    assert page.today_model.rowCount() == 1


def test_an_implausible_value_is_refused_with_a_message(qtbot: QtBot, page: UsagePage) -> None:
    staff_id, initials = known_person(page)
    pick(qtbot, page, staff_id, initials)
    before = visits(page)
    keys = Keyboard(qtbot)
    keys.type("400")
    keys.press(Qt.Key.Key_Tab)
    keys.type("90")
    keys.press(Qt.Key.Key_Return)
    assert visits(page) == before
    message = page.entry.ui.messageLabel.text()
    assert "收缩压 400 mmHg" in message and "50" in message and "300" in message
    systolic = page.entry.readings.ui.systolicEdit
    assert systolic.hasFocus() and systolic.selectedText() == "400"
    keys.type("140")  # typed over the selection
    keys.press(Qt.Key.Key_Return)
    assert visits(page) == before + 1
    assert page.today_model.row_at(0).abnormal  # 140 is high: accepted, flagged


def test_a_visitor_is_recorded_by_name(qtbot: QtBot, page: UsagePage) -> None:
    entry = page.entry
    qtbot.mouseClick(entry.ui.visitorCheck, Qt.MouseButton.LeftButton)
    assert entry.person_edit.hasFocus()
    keys = Keyboard(qtbot)
    keys.type("Wang Fang")
    keys.press(Qt.Key.Key_Return)
    keys.type("118")
    keys.press(Qt.Key.Key_Tab)
    keys.type("76")
    keys.press(Qt.Key.Key_Return)
    top = page.today_model.row_at(0)
    assert top.is_visitor and top.person == "Wang Fang" and top.staff_id is None
    assert page.today_model.index(0, 1).data() == "Wang Fang（访客）"
    assert not entry.ui.visitorCheck.isChecked()  # visitors are one-offs


def test_a_paper_visit_is_entered_later_with_its_real_time(qtbot: QtBot, page: UsagePage) -> None:
    import datetime as dt

    entry = page.entry
    qtbot.mouseClick(entry.ui.paperCheck, Qt.MouseButton.LeftButton)
    written = dt.datetime.combine(DEMO_TODAY - dt.timedelta(days=6), dt.time(9, 35))
    entry.ui.paperTimeEdit.setDateTime(written)
    staff_id, initials = known_person(page)
    entry.person_edit.setFocus()
    pick(qtbot, page, staff_id, initials)
    keys = Keyboard(qtbot)
    keys.type("126")
    keys.press(Qt.Key.Key_Tab)
    keys.type("80")
    keys.press(Qt.Key.Key_Return)
    with page.context.db.sessions() as session:
        visit = session.scalars(select(UsageVisit).order_by(UsageVisit.id.desc()).limit(1)).one()
    assert visit.visited_at == written and visit.entered_late
    assert visit.recorded_at.date() == DEMO_TODAY
    assert entry.ui.paperCheck.isChecked()  # a paper session stays on for the next line
    row = page.model.row_at(0)  # the log is newest first: the paper visit is not on top
    assert row.id != visit.id


def test_a_staff_card_scan_picks_by_employee_no(qtbot: QtBot, page: UsagePage) -> None:
    staff = roster.list_staff(page.context.db, CHAIR)[5]
    keys = Keyboard(qtbot)
    keys.type(staff.employee_no)  # the wedge reader types fast and ends with Enter
    keys.press(Qt.Key.Key_Return)
    assert page.entry.card is not None and page.entry.card.id == staff.id
    assert page.entry.person_edit.text() == staff.name


def test_log_filters_and_sorting(qtbot: QtBot, page: UsagePage) -> None:
    model = page.model
    everyone = model.total
    f = page.filters_ui
    f.abnormalCheck.setChecked(True)
    assert 0 < counted(qtbot, page) < everyone
    assert all(model.row_at(i).abnormal for i in range(model.rowCount()))
    f.itemsCombo.setCurrentIndex(f.itemsCombo.findText("血糖"))
    glucose = {"glucose_fasting", "glucose_2h", "glucose_random"}
    assert all(
        glucose & {r.type for r in model.row_at(i).readings} for i in range(model.rowCount())
    )
    f.abnormalCheck.setChecked(False)
    f.itemsCombo.setCurrentIndex(0)
    start = DEMO_TODAY.replace(day=1)
    f.dateFromEdit.setDate(start)
    f.dateToEdit.setDate(DEMO_TODAY)
    assert 0 < counted(qtbot, page) < everyone
    assert all(model.row_at(i).visited_at.date() >= start for i in range(model.rowCount()))
    page.ui.filterCombo.setCurrentIndex(1)  # a department
    department = page.ui.filterCombo.currentText()
    assert all(model.row_at(i).department == department for i in range(model.rowCount()))
    page.ui.filterCombo.setCurrentIndex(0)

    # Person: the roster search (pinyin initials) narrows the log to the matches.
    staff_id, initials = known_person(page)
    qtbot.keyClicks(page.ui.searchEdit, initials)
    qtbot.waitUntil(lambda: 0 < model.total < 50 and not page.counting)
    assert {model.row_at(i).staff_id for i in range(model.rowCount())} == {staff_id}
    page.ui.searchEdit.clear()
    qtbot.waitUntil(lambda: model.rowCount() > 50)

    # Sorting: a click on the header's time column turns the order round.
    header = page.ui.tableView.horizontalHeader()
    newest = model.row_at(0).visited_at
    at = QPoint(header.sectionViewportPosition(0) + 5, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert model.row_at(0).visited_at < newest
    times = [model.row_at(i).visited_at for i in range(model.rowCount())]
    assert times == sorted(times)
    page.ui.tableView.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # by employee no.
    numbers = [model.row_at(i).employee_no for i in range(model.rowCount())]
    assert numbers == sorted(numbers)
    page.ui.tableView.sortByColumn(5, Qt.SortOrder.AscendingOrder)  # advice: not sortable
    assert header.sortIndicatorSection() == 1
    assert [model.row_at(i).employee_no for i in range(model.rowCount())] == numbers


def audit_entries(page: UsagePage, visit_id: int) -> list[AuditEntry]:
    with page.context.db.sessions() as session:
        return list(
            session.scalars(
                select(AuditEntry)
                .where(AuditEntry.entity == "usage_visit", AuditEntry.entity_id == str(visit_id))
                .order_by(AuditEntry.id)
            )
        )


def test_correcting_a_visit_needs_a_reason_and_is_audited(qtbot: QtBot, page: UsagePage) -> None:
    from app.ui.dialogs.usage.visit_edit_dialog import VisitEditDialog

    row = page.model.row_at(0)
    dialog = VisitEditDialog(page.context, row.id, page.entry.thresholds, page)
    qtbot.addWidget(dialog)
    dialog.show()
    systolic = dialog.readings.ui.systolicEdit
    assert systolic.text() == f"{next(r.value for r in row.readings if r.type == 'systolic'):g}"
    systolic.selectAll()
    qtbot.keyClicks(systolic, "151")
    save = dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.result() == 0 and "原因" in dialog.ui.errorLabel.text()  # no reason yet
    assert dialog.focusWidget() is dialog.ui.reasonEdit
    qtbot.keyClicks(dialog.ui.reasonEdit, "typo on paper")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.result() == 1
    (entry,) = [e for e in audit_entries(page, row.id) if e.action == "update"]
    assert '"readings": "***"' in entry.after_json and "151" not in entry.after_json  # masked
    assert "typo on paper" in entry.after_json
    screenshot(dialog, "usage_edit_dialog")


def test_deleting_a_visit_from_the_page_asks_why(qtbot: QtBot, page: UsagePage) -> None:
    from PySide6.QtCore import QTimer

    from app.ui.dialogs.usage.visit_delete_dialog import VisitDeleteDialog

    page.ui.tableView.selectRow(0)
    row = page.model.row_at(0)
    total = page.model.total

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, VisitDeleteDialog)
        assert not dialog.delete_button.isEnabled()
        qtbot.keyClicks(dialog.ui.reasonEdit, "entered twice")
        screenshot(dialog, "usage_delete_dialog")
        qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(100, answer)
    qtbot.mouseClick(page.actions_ui.deleteButton, Qt.MouseButton.LeftButton)
    assert counted(qtbot, page) == total - 1
    assert page.model.row_at(0).id != row.id
    (entry,) = audit_entries(page, row.id)
    assert entry.action == "delete" and "entered twice" in entry.after_json
    assert row.person in entry.before_json or str(row.staff_id) in entry.before_json


def test_person_history_shows_readings_and_trend_charts(qtbot: QtBot, page: UsagePage) -> None:
    from PySide6.QtCharts import QChartView, QLineSeries

    from app.ui.dialogs.usage.person_history_dialog import PersonHistoryDialog

    staff_id, _initials = known_person(page)
    dialog = PersonHistoryDialog(page.context, staff_id, page)
    qtbot.addWidget(dialog)
    dialog.resize(1000, 640)
    dialog.show()
    assert dialog.model.rowCount() > 0
    assert all(dialog.model.row_at(i).staff_id == staff_id for i in range(dialog.model.rowCount()))
    chart_view = dialog.charts["blood_pressure"]
    assert isinstance(chart_view, QChartView)
    series = {s.name(): s for s in chart_view.chart().series() if isinstance(s, QLineSeries)}
    assert series["收缩压"].count() == len(dialog.trends.series[ReadingType.SYSTOLIC])
    limit = series["收缩压界值 140"]
    assert {point.y() for point in limit.points()} == {140.0}
    dialog.ui.tabs.setCurrentIndex(1)
    screenshot(dialog, "usage_history_bp")
    dialog.ui.tabs.setCurrentIndex(3)
    screenshot(dialog, "usage_history_body")


def test_thresholds_are_edited_in_settings_and_used_for_new_readings(
    qtbot: QtBot, page: UsagePage
) -> None:
    from PySide6.QtCore import QTimer

    from app.ui.dialogs.usage.thresholds_dialog import ThresholdsDialog

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ThresholdsDialog)
        screenshot(dialog, "usage_thresholds_dialog")
        dialog.spins["systolic_high"].setValue(130)
        save = dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Save)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

    QTimer.singleShot(100, answer)
    qtbot.mouseClick(page.actions_ui.thresholdsButton, Qt.MouseButton.LeftButton)
    assert page.entry.thresholds.systolic_high == 130
    page.window().activateWindow()  # back from the modal dialog
    qtbot.waitUntil(lambda: page.entry.person_edit.hasFocus())
    staff_id, initials = known_person(page)
    pick(qtbot, page, staff_id, initials)
    keys = Keyboard(qtbot)
    keys.type("135")
    keys.press(Qt.Key.Key_Tab)
    keys.type("80")
    keys.press(Qt.Key.Key_Return)
    assert page.today_model.row_at(0).abnormal  # 135 is high under the new limit


def test_the_register_is_printed_to_pdf_and_xlsx(
    qtbot: QtBot, page: UsagePage, tmp_path: Path
) -> None:
    import datetime as dt

    from app.ui.dialogs.usage.register_print_dialog import RegisterPrintDialog

    start = DEMO_TODAY - dt.timedelta(days=14)
    dialog = RegisterPrintDialog(page.context, start, DEMO_TODAY, page)
    qtbot.addWidget(dialog)
    dialog.show()
    # Suggested as the other printouts are: the register's name and its dates.
    suggested = Path(dialog.ui.pathEdit.text()).name
    assert suggested == f"使用登记表_{start.isoformat()}_{DEMO_TODAY.isoformat()}.pdf"
    target = tmp_path / "register.pdf"
    dialog.ui.pathEdit.setText(str(target))
    dialog.ui.xlsxCheck.setChecked(True)
    screenshot(dialog, "usage_print_dialog")
    save = dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.open_button.isEnabled(), timeout=20000)
    assert target.exists() and target.with_suffix(".xlsx").exists()
    assert "人次" in dialog.ui.messageLabel.text()


def test_the_match_list_follows_the_arrow_keys(qtbot: QtBot, page: UsagePage) -> None:
    entry = page.entry
    keys = Keyboard(qtbot)
    keys.type("hb1")
    qtbot.waitUntil(lambda: entry.picker.list.isVisible())
    matches = entry.picker.matches()
    assert len(matches) == 8 and all(m.employee_no.startswith("HB1") for m in matches)
    screenshot(page.window(), "usage_person_matches")
    keys.press(Qt.Key.Key_Down)
    keys.press(Qt.Key.Key_Down)
    keys.press(Qt.Key.Key_Return)
    assert entry.card is not None and entry.card.id == matches[2].id
    assert not entry.picker.list.isVisible()
    assert entry.readings.first_field() is QApplication.focusWidget()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # clears the form
    assert entry.card is None and entry.person_edit.hasFocus()


def test_the_page_follows_a_language_switch(qtbot: QtBot, page: UsagePage) -> None:
    window = page.window()
    assert isinstance(window, MainWindow)
    assert page.actions_ui.printButton.text() == "打印登记表…"
    window.ui.actionEnglish.trigger()
    page = window.pages["usage"]  # built again in English
    assert isinstance(page, UsagePage)
    qtbot.waitUntil(lambda: page.actions_ui.printButton.text() == "Print register…")
    assert page.entry.ui.saveButton.text() == "Save (Enter)"
    assert page.entry.readings.ui.bloodPressureBox.title() == "&Blood pressure"
    assert page.filters_ui.itemsCombo.itemText(0) == "All items"
    assert page.model.headerData(4, Qt.Orientation.Horizontal) == "Readings"
    screenshot(window, "usage_english")
    window.ui.actionChinese.trigger()
    page = window.pages["usage"]
    assert isinstance(page, UsagePage)
    qtbot.waitUntil(lambda: page.actions_ui.printButton.text() == "打印登记表…")


class Blocker(QRunnable):
    """Keeps a pool thread busy until released, so the next job waits in the queue."""

    def __init__(self, release: threading.Event) -> None:
        super().__init__()
        self.release = release

    def run(self) -> None:
        self.release.wait(30)


@pytest.mark.parametrize("queued", [False, True], ids=["counting", "queued"])
def test_a_page_closed_before_its_count_ends_is_not_called_back(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, queued: bool
) -> None:
    """The count of a large log ends after its page was closed and deleted (while it ran, or
    before it started): nothing is emitted into the deleted page and nothing fails."""
    started, release = threading.Event(), threading.Event()
    real_count = usage_log.count_visits
    totals: list[int] = []

    def held_count(*args: Any, **kwargs: Any) -> int:
        started.set()
        release.wait(30)
        totals.append(real_count(*args, **kwargs))
        return totals[-1]

    monkeypatch.setattr(usage_log, "count_visits", held_count)
    pool = QThreadPool.globalInstance()
    if queued:  # every pool thread busy: the count waits in the queue
        for _ in range(pool.maxThreadCount()):
            pool.start(Blocker(release))
    closing = UsagePage(window.context)
    closing.show()
    closing.reload()
    assert closing.counting  # the demo's log is longer than a page: counted in a worker
    assert started.is_set() is False if queued else started.wait(30)
    closing.close()
    closing.deleteLater()
    del closing
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # Qt deletes it now
    gc.collect()
    release.set()
    assert pool.waitForDone(30_000)
    QApplication.processEvents()
    assert totals and totals[0] > 0  # the worker really counted, into no page


QUIT_MID_COUNT = """
import datetime as dt, sys, threading
from app.db.migrate import open_database
from app.catalogue.codes import Role
from app.services import usage_log
from app.services.actor import Actor
from app.ui.app import create_application
from app.ui.context import AppContext
from app.ui.pages.usage_page import UsagePage

counting, real_count = threading.Event(), usage_log.count_visits
def held_count(*args, **kwargs):
    counting.set()
    threading.Event().wait(1.0)  # the application ends meanwhile
    return real_count(*args, **kwargs)
usage_log.count_visits = held_count
app = create_application([])
db = open_database(sys.argv[1])
context = AppContext(db=db, actor=Actor("chair", Role.CHAIR), today=lambda: dt.date(2026, 11, 16))
page = UsagePage(context)
page.show()
page.reload()
assert page.counting and counting.wait(30)
page.close()
print("closed while counting", flush=True)
"""


def test_the_program_ends_while_a_count_runs_without_an_error(demo_file: Path) -> None:
    """Closing the page and the program while the log is still being counted: the worker
    finds its signal source deleted with the application and says nothing (it printed a
    traceback, "Signal source has been deleted")."""
    result = subprocess.run(
        [sys.executable, "-c", QUIT_MID_COUNT, str(demo_file)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
    )
    assert "closed while counting" in result.stdout, result.stderr
    assert "Traceback" not in result.stderr and "deleted" not in result.stderr, result.stderr
    assert result.returncode == 0
