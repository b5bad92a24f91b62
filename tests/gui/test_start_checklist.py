"""入门清单 on a new site's overview: each step is a link to where it is done and ticks itself
from the register once done there; the list hides when all six are done. Walked on a fresh
register with the real widgets, as a new administrator would."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from app.catalogue.attention import StartStep
from app.db.migrate import open_database
from app.services import promotion_plan
from app.ui.dialogs.activities.plan_dialog import PlanDialog
from app.ui.dialogs.common import pdf_preview_dialog
from app.ui.dialogs.open_hours.schedule_version_dialog import ScheduleVersionDialog
from app.ui.dialogs.open_hours.slots_dialog import SlotsDialog
from app.ui.dialogs.staff.person_dialog import PersonDialog
from app.ui.i18n import Language, Translations
from app.ui.main_window import MainWindow
from app.ui.pages.activities_page import ActivitiesPage
from app.ui.pages.open_hours_page import PROFILE, WALL, WEEK, OpenHoursPage
from app.ui.pages.overview_page import OverviewPage
from app.ui.pages.staff_page import StaffPage
from app.ui.pages.usage_page import UsagePage
from tests.gui.conftest import open_window, screenshot
from tests.gui.test_new_site import set_up_a_site
from tests.gui.test_open_hours_page import when_shown
from tests.gui.test_usage_page import Keyboard
from tests.support import DEMO_TODAY


def overview(qtbot: QtBot, window: MainWindow) -> OverviewPage:
    """Back to the overview, its reload (in the background) finished."""
    window.ui.navList.setCurrentRow(window.page_keys.index("overview"))
    page = window.current_page()
    assert isinstance(page, OverviewPage)
    qtbot.waitUntil(lambda: not page.filling, timeout=30_000)
    return page


def ticked(page: OverviewPage) -> list[StartStep]:
    return [s.step for s in page.checklist.states if s.done]


def follow(page: OverviewPage, step: StartStep) -> None:
    """Click the step's link (a label link: its activation is what a click does)."""
    label = page.checklist.labels[step]
    assert f'href="{step.value}"' in label.text(), "a step not done is a link"
    label.linkActivated.emit(step.value)


@pytest.fixture
def new_site(qtbot: QtBot, tmp_path: Path, translations: Translations) -> MainWindow:
    db = open_database(tmp_path / "new.db")
    window = open_window(qtbot, db, translations)
    window.resize(1366, 768)
    set_up_a_site(qtbot, window)
    return window


def test_a_new_site_walks_the_checklist_to_the_end(
    qtbot: QtBot, new_site: MainWindow, translations: Translations, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = new_site
    page = overview(qtbot, window)
    assert page.checklist.isVisible() and ticked(page) == []
    title = page.checklist.ui.titleLabel.text()
    assert "还差 6 步" in title and "不适用" in title and "下一步：填写生活室概况" in title
    assert page.ui.countLabel.text() == "暂无需要处理的事项。请先：填写生活室概况。"
    screenshot(window, "start-checklist-new-zh")
    translations.apply(Language.ENGLISH)
    # The pages are built again in the new language, just after the switch.
    qtbot.waitUntil(lambda: window.pages.built().get("overview") is not page)
    page = overview(qtbot, window)
    assert "6 step(s) left" in page.checklist.ui.titleLabel.text()
    assert "First: Fill in the room profile." in page.ui.countLabel.text()
    screenshot(window, "start-checklist-new-en")
    english = page
    translations.apply(Language.CHINESE)
    qtbot.waitUntil(lambda: window.pages.built().get("overview") is not english)
    page = overview(qtbot, window)

    # 1. The room profile: the link opens its tab; area, the two responsible persons, the
    # partner hospital.
    follow(page, StartStep.SITE_PROFILE)
    hours = window.current_page()
    assert isinstance(hours, OpenHoursPage) and hours.page.tabs.currentIndex() == PROFILE
    form = hours.profile.fields.form
    form.areaSpin.setValue(16)
    form.chairNameEdit.insert("刘建国")
    form.adminNameEdit.insert("王芳")
    form.hospitalEdit.insert("沧州市中心医院")
    qtbot.mouseClick(hours.profile.ui.saveButton, Qt.MouseButton.LeftButton)
    assert hours.profile.ui.errorLabel.text() == ""
    page = overview(qtbot, window)
    assert ticked(page) == [StartStep.SITE_PROFILE]
    assert "✓" in page.checklist.labels[StartStep.SITE_PROFILE].text()

    # 2. The roster: the link opens the staff page; one person added.
    follow(page, StartStep.ROSTER)
    staff = window.current_page()
    assert isinstance(staff, StaffPage)

    def add_person(dialog: QWidget) -> None:
        assert isinstance(dialog, PersonDialog)
        qtbot.keyClicks(dialog.ui.employeeNoEdit, "A001")
        dialog.ui.nameEdit.insert("张三")
        dialog.ui.departmentCombo.setCurrentText("一车间")
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()

    when_shown(PersonDialog, add_person)
    staff.tools.addButton.click()  # type: ignore[attr-defined]
    page = overview(qtbot, window)
    assert ticked(page) == [StartStep.SITE_PROFILE, StartStep.ROSTER]

    # 3. Open hours: a weekly schedule from next Monday, Monday 08:30–11:30.
    follow(page, StartStep.OPEN_HOURS)
    hours = window.current_page()
    assert isinstance(hours, OpenHoursPage) and hours.page.tabs.currentIndex() == WEEK
    when_shown(ScheduleVersionDialog, lambda d: d.ui.buttonBox.accepted.emit())  # type: ignore[attr-defined]
    hours.new_version()

    def monday(dialog: QWidget) -> None:
        assert isinstance(dialog, SlotsDialog)
        qtbot.mouseClick(dialog.ui.addSlotButton, Qt.MouseButton.LeftButton)
        dialog.rows[0].start.setTime(QTime(8, 30))
        dialog.rows[0].end.setTime(QTime(11, 30))
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()

    when_shown(SlotsDialog, monday)
    assert hours.edit_day(0)
    page = overview(qtbot, window)
    assert StartStep.OPEN_HOURS in ticked(page)

    # 4. The wall schedule: the link opens its tab; printed from the preview.
    follow(page, StartStep.WALL_SCHEDULE)
    hours = window.current_page()
    assert isinstance(hours, OpenHoursPage) and hours.page.tabs.currentIndex() == WALL
    previewed: list[Path] = []

    def preview(_parent: object, path: Path, *_args: object) -> None:
        kept = Path(window.context.db.path).with_name("wall.pdf")
        shutil.copyfile(path, kept)
        previewed.append(kept)

    monkeypatch.setattr(pdf_preview_dialog, "preview_pdf", preview)
    qtbot.mouseClick(hours.wall.ui.previewButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(previewed), timeout=60_000)
    page = overview(qtbot, window)
    assert StartStep.WALL_SCHEDULE in ticked(page)

    # 5. This year's lectures: the link opens the year's plan; one lecture in the 2nd quarter.
    follow(page, StartStep.LECTURES_PLANNED)
    activities = window.current_page()
    assert isinstance(activities, ActivitiesPage)
    plan = activities.dialog
    assert isinstance(plan, PlanDialog) and plan.isVisible()
    editor = plan.open_editor(None)
    editor.ui.quarterCombo.setCurrentIndex(1)
    editor.ui.kindCombo.setCurrentIndex(editor.ui.kindCombo.findData("lecture"))
    editor.ui.titleEdit.insert("高血压的自我管理")
    editor.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: not editor.isVisible())
    db, actor = window.context.db, window.context.actor
    year = promotion_plan.year_plan(db, actor, DEMO_TODAY.year)
    assert [i.title for q in year.quarters for i in q.items] == ["高血压的自我管理"]
    plan.accept()
    page = overview(qtbot, window)
    assert StartStep.LECTURES_PLANNED in ticked(page)
    screenshot(window, "start-checklist-one-left-zh")

    # 6. The first visit: the link opens the usage register; a blood pressure by keyboard.
    follow(page, StartStep.FIRST_VISIT)
    usage = window.current_page()
    assert isinstance(usage, UsagePage)
    window.activateWindow()
    usage.entry.person_edit.setFocus()
    qtbot.waitUntil(lambda: usage.entry.person_edit.hasFocus())
    keys = Keyboard(qtbot)
    keys.type("A001")
    keys.press(Qt.Key.Key_Return)
    keys.type("128")
    keys.press(Qt.Key.Key_Tab)
    keys.type("82")
    keys.press(Qt.Key.Key_Return)
    assert usage.today_model.rowCount() == 1

    page = overview(qtbot, window)
    assert ticked(page) == list(StartStep)
    assert not page.checklist.isVisible()  # all done: out of the way
    assert "请先" not in page.ui.countLabel.text()
    screenshot(window, "start-checklist-done-zh")
