"""Grades, urgent values and follow-up days in the window: the settings dialog, the entry
form. Screenshots at 1366×768 in both languages go to build/screenshots."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.catalogue.readings import Flag, ReadingGroup
from app.catalogue.urgent import UrgentAction
from app.db.models import UrgentCase
from app.domain.readings import ReadingType, ResultRule
from app.services import reading_thresholds, roster, urgent_cases
from app.ui.context import AppContext
from app.ui.dialogs.usage.thresholds_dialog import ThresholdsDialog
from app.ui.i18n import Language, Translations
from app.ui.main_window import MainWindow
from app.ui.pages.usage_page import UsagePage
from tests.gui.conftest import screenshot
from tests.gui.test_language_switch import answer_next_question
from tests.gui.test_usage_page import USAGE_ROW, Keyboard, counted, known_person, pick
from tests.support import CHAIR, DEMO_TODAY


@pytest.fixture
def context(demo_db: object, translations: Translations) -> Iterator[AppContext]:
    yield AppContext(db=demo_db, actor=CHAIR, today=lambda: DEMO_TODAY)  # type: ignore[arg-type]


@pytest.fixture
def page(qtbot: QtBot, window: MainWindow) -> UsagePage:
    """The usage page shown, the cursor in the person field."""
    window.ui.navList.setCurrentRow(USAGE_ROW)
    usage = window.pages["usage"]
    assert isinstance(usage, UsagePage)
    window.activateWindow()
    qtbot.waitUntil(lambda: usage.entry.person_edit.hasFocus())
    counted(qtbot, usage)
    return usage


@pytest.mark.parametrize("language", [Language.CHINESE, Language.ENGLISH])
def test_the_settings_name_each_guideline_and_save_grades_and_follow_up_days(
    qtbot: QtBot, context: AppContext, translations: Translations, language: Language
) -> None:
    translations.apply(language)
    dialog = ThresholdsDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.height() <= 768 and dialog.width() <= 1366
    source = dialog.sources["blood_pressure"].text()
    assert ("中国高血压防治指南" if language is Language.CHINESE else "hypertension") in source
    glucose = dialog.sources["glucose"].text()
    assert ("2型糖尿病" if language is Language.CHINESE else "diabetes") in glucose
    for index in range(dialog.ui.tabs.count()):
        dialog.ui.tabs.setCurrentIndex(index)
        screenshot(dialog, f"thresholds_{language.value}_{index}")

    # Out of order: refused with both labels named, the page with the field shown.
    dialog.ui.tabs.setCurrentIndex(0)
    dialog.spins["systolic_high_normal"].setValue(145)
    dialog.save()
    assert dialog.result() == 0 and dialog.ui.errorLabel.text()
    assert dialog.ui.tabs.currentWidget() is dialog.pages["blood_pressure"]
    dialog.spins["systolic_high_normal"].setValue(125)
    dialog.spins["urgent_systolic"].setValue(170)
    dialog.day_spins[(ReadingGroup.BLOOD_PRESSURE, Flag.GRADE_1)].setValue(21)
    dialog.ui.resultRuleCombo.setCurrentIndex(1)  # the repeat instead of the average
    dialog.save()
    assert dialog.result() == 1
    db = context.db
    thresholds = reading_thresholds.get_thresholds(db, CHAIR)
    assert (thresholds.systolic_high_normal, thresholds.urgent_systolic) == (125, 170)
    plan = reading_thresholds.get_follow_up_plan(db, CHAIR)
    assert plan.days[(ReadingGroup.BLOOD_PRESSURE, Flag.GRADE_1)] == 21
    assert reading_thresholds.get_result_rule(db, CHAIR) is ResultRule.REPEAT
    QApplication.processEvents()


def test_an_urgent_blood_pressure_visit_cannot_be_left_without_the_action(
    qtbot: QtBot, page: UsagePage
) -> None:
    window = page.window()
    assert isinstance(window, MainWindow)
    staff_id, initials = known_person(page)
    pick(qtbot, page, staff_id, initials)
    keys = Keyboard(qtbot)
    keys.type("186")
    keys.press(Qt.Key.Key_Tab)
    keys.type("116")
    entry = page.entry
    assert "建议立即就医" in entry.ui.messageLabel.text()  # while typing already
    assert entry.readings.ui.bpFlagLabel.text() == "3级高血压"
    keys.press(Qt.Key.Key_Return)  # saved: the urgent state
    visit = entry.urgent
    assert visit is not None and visit.urgent_case_id is not None
    assert entry.ui.urgentFrame.isVisible()
    assert "危急值" in entry.ui.urgentLabel.text() and "建议立即就医" in entry.ui.urgentLabel.text()
    assert entry.ui.actionCombo.hasFocus()
    window.resize(1366, 768)
    screenshot(window, "urgent_entry_zh")

    # Esc, another person, another page, closing the window: all refused, with the reason.
    keys.press(Qt.Key.Key_Escape)
    assert entry.urgent is visit and entry.ui.urgentFrame.isVisible()
    assert "记录" in entry.ui.messageLabel.text()
    entry.person_edit.setFocus()
    keys.type("zz")
    assert entry.person_edit.text() == visit.person  # read-only until the action
    window.ui.navList.setCurrentRow(0)
    assert window.ui.pageStack.currentWidget() is page
    assert window.ui.navList.currentRow() == 1
    assert not window.close()
    assert window.isVisible()
    # Listed on the overview meanwhile.
    with page.context.db.sessions() as session:
        assert urgent_cases.count_open(session) == 1

    # Record the action by keyboard: choose it, Tab to the note, type, Enter.
    entry.ui.actionCombo.setFocus()
    keys.press(Qt.Key.Key_Return)  # nothing chosen: refused
    assert entry.urgent is visit
    entry.ui.actionCombo.setFocus()
    keys.press(Qt.Key.Key_Down)
    keys.press(Qt.Key.Key_Down)  # the second action: called 120
    assert entry.ui.actionCombo.currentData() == UrgentAction.CALLED_120.value
    keys.press(Qt.Key.Key_Tab)
    assert entry.ui.actionNoteEdit.hasFocus()
    keys.type("120 10:42 arrived")
    keys.press(Qt.Key.Key_Return)
    assert entry.urgent is None and not entry.ui.urgentFrame.isVisible()
    assert entry.person_edit.hasFocus() and not entry.person_edit.isReadOnly()
    with page.context.db.sessions() as session:
        case = session.scalars(select(UrgentCase).where(UrgentCase.visit_id == visit.id)).one()
        assert (case.action, case.action_note) == ("called_120", "120 10:42 arrived")
        assert urgent_cases.count_open(session) == 0
    window.ui.navList.setCurrentRow(0)  # now it may go
    assert window.ui.pageStack.currentWidget() is not page


def test_an_open_urgent_case_waits_on_the_overview_and_resumes_on_the_form(
    qtbot: QtBot, window: MainWindow
) -> None:
    from app.domain.readings import ReadingType as R
    from app.services import visit_entry
    from app.services.visit_entry import VisitInput

    context = window.context
    staff = roster.list_staff(context.db, context.actor, limit=1)[0]
    visit = visit_entry.record_visit(
        context.db, context.actor, VisitInput(staff.id, readings={R.GLUCOSE_RANDOM: 2.4})
    )
    assert visit.urgent_case_id is not None
    from app.ui.pages.overview_page import OverviewPage

    overview = window.pages["overview"]
    assert isinstance(overview, OverviewPage)
    overview.reload()  # from a worker
    qtbot.waitUntil(lambda: not overview.filling)
    model = overview.ui.tableView.model()
    first = model.index(0, 0)
    assert first.data() == "危急值未处置"
    assert model.index(0, 1).data() == staff.name
    window.resize(1366, 768)
    screenshot(window, "urgent_overview_zh")
    overview.ui.tableView.doubleClicked.emit(first)
    usage = window.pages["usage"]
    assert isinstance(usage, UsagePage)
    assert window.ui.pageStack.currentWidget() is usage
    assert usage.entry.urgent is not None and usage.entry.urgent.id == visit.id
    assert usage.entry.ui.urgentFrame.isVisible()


def test_a_language_switch_keeps_the_open_urgent_visit_and_says_it_in_the_new_language(
    qtbot: QtBot, page: UsagePage, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The urgent visit is saved: the switch asks nothing, the page stays with its visit, and
    the result line, the red frame and the prompt speak the new language."""
    window = page.window()
    assert isinstance(window, MainWindow)
    monkeypatch.setattr(QMessageBox, "question", QMessageBox.question)  # put back after
    asked = answer_next_question(QMessageBox.StandardButton.No)
    staff_id, initials = known_person(page)
    pick(qtbot, page, staff_id, initials)
    entry = page.entry
    entry.readings.edit_for(ReadingType.SYSTOLIC).setText("186")
    entry.readings.edit_for(ReadingType.DIASTOLIC).setText("116")
    entry.save()
    visit = entry.urgent
    assert visit is not None and "请休息后复测" in entry.ui.resultLabel.text()

    window.ui.actionEnglish.trigger()
    qtbot.waitUntil(lambda: "Urgent value" in entry.ui.urgentLabel.text())  # its event
    QApplication.processEvents()  # the window's own pass over its pages
    assert asked == []
    assert window.pages["usage"] is page and entry.urgent is visit
    assert entry.person_edit.text() == visit.person and entry.person_edit.isReadOnly()
    assert "Measure again after a rest" in entry.ui.resultLabel.text()
    assert entry.ui.messageLabel.text().startswith("Urgent value: record what was done")
    window.resize(1366, 768)
    screenshot(window, "urgent_entry_switched_en")


@pytest.mark.parametrize("language", [Language.ENGLISH])
def test_the_urgent_state_in_english(
    qtbot: QtBot, page: UsagePage, translations: Translations, language: Language
) -> None:
    translations.apply(language)
    staff_id, initials = known_person(page)
    pick(qtbot, page, staff_id, initials)
    page.entry.readings.edit_for(ReadingType.SYSTOLIC).setText("192")
    page.entry.readings.edit_for(ReadingType.DIASTOLIC).setText("100")
    page.entry.save()
    label = page.entry.ui.urgentLabel.text()
    assert "Urgent value" in label and "See a doctor now" in label and "192/100" in label
    window = page.window()
    window.resize(1366, 768)
    screenshot(window, "urgent_entry_en")


def test_the_personal_record_is_printed_from_the_history_and_the_health_file(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    from app.ui.dialogs.staff.health_file_dialog import HealthFileDialog
    from app.ui.dialogs.staff.personal_record_print import PersonalRecordPrint
    from app.ui.dialogs.usage.person_history_dialog import PersonHistoryDialog

    staff = roster.list_staff(context.db, context.actor, limit=1)[0]
    history = PersonHistoryDialog(context, staff.id)
    qtbot.addWidget(history)
    assert history.print_button.text() == "打印个人健康记录…"
    health = HealthFileDialog(context, staff.id)
    qtbot.addWidget(health)
    assert health.print_button.text() == "打印个人健康记录…"
    printer = PersonalRecordPrint(history, context, staff.id, staff.name)
    target = tmp_path / "record.pdf"
    answered: list[str] = []

    def close_message() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            answered.append(box.text())
            box.accept()
        else:
            QTimer.singleShot(50, close_message)

    QTimer.singleShot(50, close_message)
    printer.write(target)
    qtbot.waitUntil(lambda: printer.written is not None, timeout=20000)
    qtbot.waitUntil(lambda: bool(answered), timeout=5000)
    assert printer.written == target and target.stat().st_size > 0
    assert str(target) in answered[0]
