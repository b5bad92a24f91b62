"""Switching the language at run time: every page, tab and a sample of dialogs speak it.

The register's own data (names, departments, places) stays as typed; everything the program
says is scanned: no Chinese in English, no English words (beyond a short list) in Chinese.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLineEdit,
    QMessageBox,
    QStyle,
    QStyleOptionFrame,
    QTabBar,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.catalogue import Language as Speech
from app.catalogue import word
from app.catalogue.codes import ActivityKind
from app.catalogue.indicators import IndicatorKey
from app.services import activities, roster
from app.ui.context import AppContext
from app.ui.dialogs.accounts.change_password_dialog import ChangePasswordDialog
from app.ui.dialogs.accounts.users_dialog import UsersDialog
from app.ui.dialogs.activities.activity_dialog import ActivityDialog
from app.ui.dialogs.activities.notice_dialog import NoticeDialog
from app.ui.dialogs.activities.notices_dialog import NoticesDialog
from app.ui.dialogs.activities.outreach_dialog import OutreachDialog
from app.ui.dialogs.activities.plan_dialog import PlanDialog
from app.ui.dialogs.activities.sign_in_dialog import SignInDialog
from app.ui.dialogs.equipment.day_log_dialog import DayLogDialog
from app.ui.dialogs.equipment.per_reading_dialog import PerReadingDialog
from app.ui.dialogs.exchange.export_dialog import ExportDialog
from app.ui.dialogs.overview.targets_dialog import TargetsDialog
from app.ui.dialogs.setup.site_setup_dialog import SiteSetupDialog
from app.ui.dialogs.staff.departure_dialog import DepartureDialog
from app.ui.dialogs.staff.person_dialog import PersonDialog
from app.ui.dialogs.staff.roster_import_dialog import RosterImportDialog
from app.ui.dialogs.usage.person_history_dialog import PersonHistoryDialog
from app.ui.dialogs.usage.thresholds_dialog import ThresholdsDialog
from app.ui.i18n import Language
from app.ui.main_window import MainWindow
from app.ui.pages.reports_page import ReportsPage
from app.ui.pages.usage_page import UsagePage
from app.ui.widgets.search_hint import hint_width
from tests.gui.conftest import screenshot
from tests.gui.test_no_raw_codes_on_pages import widget_texts
from tests.language_scan import cjk_in, latin_in, register_texts

SIZE = (1366, 768)  # a common office laptop
OPENED = (1200, 696)  # the size the window opens at on that laptop (its form's, fitted)


def cut_placeholders(root: QWidget) -> list[str]:
    """Visible empty fields whose hint ("Diastolic") does not fit: it is cut to "Diast…"."""
    cut = []
    for edit in root.findChildren(QLineEdit):
        hint = edit.placeholderText()
        if not hint or not edit.isVisible() or edit.text():
            continue
        option = QStyleOptionFrame()
        edit.initStyleOption(option)
        room = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
        margins = edit.textMargins()
        width = room.width() - margins.left() - margins.right() - 4  # Qt's own inner margin
        if edit.fontMetrics().horizontalAdvance(hint) > width:
            cut.append(f"{hint!r} {edit.objectName()} {width}")
    return cut


def unfitted_searches(root: QWidget) -> list[str]:
    """Visible search fields not kept as wide as their hint: whole now, cut in a narrower
    window (every list page and list dialog fits its field to its hint: set_search_hint)."""
    found = []
    for edit in root.findChildren(QLineEdit, "searchEdit"):
        hint = edit.placeholderText()
        if not edit.isVisible():
            continue
        need = min(hint_width(edit, hint), edit.maximumWidth())
        if not hint or edit.minimumWidth() < need:
            found.append(f"{hint!r} {edit.objectName()}: at least {edit.minimumWidth()} px")
    return found


def cut_at_both_sizes(window: MainWindow, page: QWidget) -> list[str]:
    """Hints cut at full width, or at the narrower size the window first opens at."""
    cut = cut_placeholders(page) + unfitted_searches(page)
    window.resize(*OPENED)
    QApplication.processEvents()
    cut += [f"{hint} at {OPENED[0]} px" for hint in cut_placeholders(page)]
    window.resize(*SIZE)
    QApplication.processEvents()
    return cut


def every_page_text(
    qtbot: QtBot, window: MainWindow, language: Language
) -> tuple[list[str], list[str]]:
    """Visit every page and each of its tabs, as a person would, with a screenshot of each:
    the texts shown, and the field hints cut short."""
    cut: list[str] = []
    texts = [window.windowTitle(), window.site_label.text(), window.user_label.text()]
    texts += [action.text() for action in window.findChildren(type(window.ui.actionQuit))]
    nav = window.ui.navList
    for row in range(nav.count()):
        nav.setCurrentRow(row)
        QApplication.processEvents()
        qtbot.wait(200)  # lists filled in the background arrive
        page = window.ui.pageStack.currentWidget()
        texts.append(nav.item(row).text())
        for tabs in page.findChildren(QTabWidget):
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                qtbot.wait(50)
                texts += widget_texts(page)
                cut += cut_at_both_sizes(window, page)
        for views in page.findChildren(QTabBar):  # a page's views as tabs (the day log)
            if isinstance(views.parent(), QTabWidget):
                continue
            for index in [*range(1, views.count()), 0]:
                views.setCurrentIndex(index)
                qtbot.wait(50)
                texts += widget_texts(page)
                cut += cut_at_both_sizes(window, page)
        texts += widget_texts(page)
        cut += cut_at_both_sizes(window, page)
        screenshot(window, f"language-{language.value}-{row}")
    return texts, cut


def test_every_page_speaks_the_language_switched_to(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(*SIZE)
    data = register_texts(window.context.db.path)
    for row in range(window.ui.navList.count()):  # every page built in Chinese first
        window.ui.navList.setCurrentRow(row)
    qtbot.wait(200)

    window.ui.actionEnglish.trigger()
    qtbot.waitUntil(lambda: window.ui.navList.item(0).text() == "Overview")
    english, cut = every_page_text(qtbot, window, Language.ENGLISH)
    assert cut == []
    found = cjk_in(english, data)
    assert found == [], "\n".join(found)
    assert word(IndicatorKey.USAGE_RATE, Speech.EN) in "\n".join(english)
    assert window.ui.actionEnglish.isChecked() and not window.ui.actionChinese.isChecked()

    window.ui.actionChinese.trigger()
    qtbot.waitUntil(lambda: window.ui.navList.item(0).text() == "首页")
    chinese, cut = every_page_text(qtbot, window, Language.CHINESE)
    assert cut == []
    found = latin_in(chinese, data)
    assert found == [], "\n".join(found)
    assert word(IndicatorKey.USAGE_RATE, Speech.ZH) in "\n".join(chinese)


def test_the_scan_finds_the_other_language() -> None:
    """The scan itself: it is not blind to a stray word, and data is not held against a page."""
    assert cjk_in(["Filter: 全部", "Site: 沧州机械"], ["沧州机械"]) == ["Filter: 全部"]
    assert cjk_in(["语言：简体中文"], []) == ["语言：简体中文"]
    assert latin_in(["体重 (kg)", "BMI 22.1", "全部 All", "<b>正在开放</b>"], []) == ["全部 All"]
    assert latin_in(["签到：Zhang Wei"], ["Zhang Wei"]) == []
    assert latin_in(["English"], ["li"]) == []  # a name is taken out as a word, not inside one


def test_reports_are_printed_in_the_window_language_by_default(
    qtbot: QtBot, window: MainWindow
) -> None:
    def report_language() -> object:
        page = window.pages["reports"]
        assert isinstance(page, ReportsPage)
        return page.panel_ui.languageCombo.currentData()

    assert report_language() == "zh"
    window.ui.actionEnglish.trigger()
    qtbot.waitUntil(lambda: window.ui.navList.item(0).text() == "Overview")
    assert report_language() == "en"


def answer_next_question(answer: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(_parent: QWidget, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return answer

    QMessageBox.question = question  # type: ignore[method-assign, assignment]
    return asked


def test_a_visit_being_typed_is_not_lost_without_asking(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", QMessageBox.question)
    window.ui.navList.setCurrentRow(window.page_keys.index("usage"))
    usage = window.pages["usage"]
    assert isinstance(usage, UsagePage)
    qtbot.keyClicks(usage.entry.person_edit, "zhang")

    asked = answer_next_question(QMessageBox.StandardButton.No)
    window.ui.actionEnglish.trigger()
    QApplication.processEvents()
    assert len(asked) == 1
    assert window.pages["usage"] is usage and usage.entry.person_edit.text() == "zhang"
    assert window.ui.actionChinese.isChecked() and not window.ui.actionEnglish.isChecked()
    assert window.ui.navList.item(0).text() == "首页"

    asked = answer_next_question(QMessageBox.StandardButton.Yes)
    window.ui.actionEnglish.trigger()
    qtbot.waitUntil(lambda: window.ui.navList.item(0).text() == "Overview")
    rebuilt = window.pages["usage"]
    assert rebuilt is not usage and isinstance(rebuilt, UsagePage)
    assert rebuilt.entry.person_edit.text() == ""
    assert window.ui.pageStack.currentWidget() is rebuilt


def dialog_makers(context: AppContext) -> dict[str, Callable[[], QDialog]]:
    staff_id = roster.list_staff(context.db, context.actor, limit=1)[0].id
    lecture = activities.list_activities(context.db, context.actor, kind=ActivityKind.LECTURE)[0].id
    return {
        "change-password": lambda: ChangePasswordDialog(context),
        "users": lambda: UsersDialog(context),
        "person": lambda: PersonDialog(context, staff_id),
        "departure": lambda: DepartureDialog(context, staff_id),
        "person-history": lambda: PersonHistoryDialog(context, staff_id),
        "roster-import": lambda: RosterImportDialog(context),
        "thresholds": lambda: ThresholdsDialog(context),
        "targets": lambda: TargetsDialog(context),
        "site-setup": lambda: SiteSetupDialog(context),
        "activity": lambda: ActivityDialog(context, None),
        "notices": lambda: NoticesDialog(context),
        "outreach": lambda: OutreachDialog(context),
        "plan": lambda: PlanDialog(context),
        "per-reading": lambda: PerReadingDialog(context),
        "day-log": lambda: DayLogDialog(context, dt.date(2026, 11, 16)),
        "export": lambda: ExportDialog(context),
        "notice": lambda: NoticeDialog(context, None),
        "sign-in": lambda: SignInDialog(context, lecture),
    }


def test_a_sample_of_dialogs_speaks_the_language(qtbot: QtBot, window: MainWindow) -> None:
    data = register_texts(window.context.db.path)
    for language in (Language.ENGLISH, Language.CHINESE):
        window.set_language(language)
        QApplication.processEvents()
        for name, make in dialog_makers(window.context).items():
            dialog = make()
            qtbot.addWidget(dialog)
            dialog.show()
            qtbot.wait(50)
            texts = [dialog.windowTitle(), *widget_texts(dialog)]
            screenshot(dialog, f"language-dialog-{language.value}-{name}")
            found = cjk_in(texts, data) if language is Language.ENGLISH else latin_in(texts, data)
            assert found == [], (language, name, found)
            cut = cut_placeholders(dialog) + unfitted_searches(dialog)
            assert cut == [], (language, name, cut)
            dialog.close()
