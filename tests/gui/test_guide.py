"""使用手册 (F1): the guide opens beside the window at the current page's section, in the UI
language; every menu path it names exists in the real window and every section it links to is
there; its indicator table is the catalogue's."""

from __future__ import annotations

import re
from html import unescape

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QMenu,
    QTabBar,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app import catalogue
from app.catalogue.founding_rules import INDICATOR_CLAUSES
from app.catalogue.indicators import INDICATORS
from app.paths import resource
from app.ui.dialogs.common.guide_dialog import GuideDialog
from app.ui.guide import (
    GUIDE_FILES,
    INDICATORS_MARK,
    PAGE_SECTIONS,
    guide_html,
    links,
    menu_paths,
    target_text,
)
from app.ui.i18n import Language, Translations
from app.ui.main_window import PAGES, MainWindow
from tests.gui.conftest import screenshot

LANGUAGES = {Language.CHINESE: catalogue.Language.ZH, Language.ENGLISH: catalogue.Language.EN}


def plain(text: str) -> str:
    """A label as the guide writes it: no mnemonic ("(&F)", "&F"), no trailing ellipsis."""
    text = re.sub(r"&(?=\S)", "", re.sub(r"\(&.\)", "", text))
    return text.replace("…", "").strip()


def document_anchors(guide: GuideDialog) -> set[str]:
    """The anchors Qt found in the guide as shown (not as the file says)."""
    found: set[str] = set()
    block = guide.ui.browser.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            found.update(it.fragment().charFormat().anchorNames())
            it += 1
        block = block.next()
    return found


def enter(scope: QWidget, step: str) -> QWidget:
    """The widget a step of a path leads to inside `scope` (a tab, a list row, a filter choice,
    a button or a group): the tab's page for a tab, else the same scope."""
    for tabs in scope.findChildren(QTabWidget):
        for i in range(tabs.count()):
            if plain(tabs.tabText(i)) == step:
                tabs.setCurrentIndex(i)
                return tabs.widget(i)
    for bar in scope.findChildren(QTabBar):  # a page's views as tabs (its widgets stay)
        for i in range(bar.count()):
            if plain(bar.tabText(i)) == step and bar.isVisibleTo(scope):
                bar.setCurrentIndex(i)
                return scope
    for combo in scope.findChildren(QComboBox):
        for i in range(combo.count()):
            if plain(combo.itemText(i)) == step:
                combo.setCurrentIndex(i)
                return scope
    for view in [*scope.findChildren(QTableView), *scope.findChildren(QTreeView)]:
        model = view.model()
        for row in range(model.rowCount() if model is not None else 0):
            if plain(str(model.index(row, 0).data())) == step:
                view.setCurrentIndex(model.index(row, 0))
                return scope
    for button in scope.findChildren(QAbstractButton):
        if plain(button.text()) == step:
            return scope
    for group in scope.findChildren(QGroupBox):
        if plain(group.title()) == step:
            return group
    raise AssertionError(f"“{step}” is not on {scope.objectName() or type(scope).__name__}")


def walk(window: MainWindow, steps: list[str]) -> None:
    first, *rest = [plain(s) for s in steps]
    menus = {plain(m.title()): m for m in window.menuBar().findChildren(QMenu) if m.title()}
    if first in menus:
        actions = [plain(a.text()) for a in menus[first].actions() if a.isVisible()]
        assert len(rest) == 1 and rest[0] in actions, (steps, actions)
        return
    nav = window.ui.navList
    pages = [plain(nav.item(row).text()) for row in range(nav.count())]
    assert first in pages, (steps, pages)
    nav.setCurrentRow(pages.index(first))
    QCoreApplication.processEvents()
    scope: QWidget = window.current_page()
    for step in rest:
        scope = enter(scope, step)


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_every_menu_path_and_link_of_the_guide_exists(
    qtbot: QtBot, window: MainWindow, translations: Translations, language: Language
) -> None:
    translations.apply(language)
    QCoreApplication.processEvents()
    html = guide_html(LANGUAGES[language])
    paths = menu_paths(html)
    assert len(paths) >= 30  # the guide shows where things are, throughout
    for steps in paths:
        walk(window, steps)

    guide = window.show_guide("contents")
    shown = document_anchors(guide)
    assert links(html) <= shown, links(html) - shown
    assert set(PAGE_SECTIONS.values()) | {"contents", "indicators", "refused"} <= shown
    assert set(PAGE_SECTIONS) == {key for key, _make in PAGES}  # every page has its section


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_the_indicator_section_is_the_catalogue(language: Language) -> None:
    lang = LANGUAGES[language]
    source = resource("help", GUIDE_FILES[lang])
    assert INDICATORS_MARK in source.read_text(encoding="utf-8")
    html = guide_html(lang)
    assert INDICATORS_MARK not in html
    section = html[html.index('<a name="indicators">') : html.index('<a name="refused">')]
    for key, spec in INDICATORS.items():
        clause = INDICATOR_CLAUSES[key]
        for text in (spec.name, spec.definition, clause.ref, clause.text):
            assert text.in_(lang) in unescape(section), text
        assert target_text(spec, lang) in section
    assert len(re.findall("<tr>", section)) == len(INDICATORS) + 1


def test_f1_opens_the_section_of_the_page_and_follows_the_language(
    qtbot: QtBot, window: MainWindow, translations: Translations
) -> None:
    window.resize(1366, 768)
    for row, key in enumerate(window.page_keys):
        window.ui.navList.setCurrentRow(row)
        window.ui.actionGuide.trigger()
        guide = window.guide
        assert isinstance(guide, GuideDialog) and guide.isVisible()
        assert guide.section == PAGE_SECTIONS[key]
    assert window.ui.actionGuide.shortcut().toString() == "F1"
    assert window.findChildren(GuideDialog) == [guide]  # one guide, brought forward again

    # Each page's own link opens its section too.
    staff = window.pages["staff"]
    staff.ui.helpLabel.linkActivated.emit("#help")
    assert guide.section == "staff"
    bar = guide.ui.browser.verticalScrollBar()
    assert bar.value() > 0  # scrolled down to the section
    assert "职工名册与健康档案" in guide.ui.browser.toPlainText()
    assert guide.windowTitle() == "使用手册" and staff.ui.helpLabel.text().endswith("本页说明</a>")
    # A link within the guide, then Back to where the reader was.
    at_staff = bar.value()
    guide.ui.browser.anchorClicked.emit(QUrl("#indicators"))
    assert guide.section == "indicators" and bar.value() != at_staff
    assert guide.ui.backButton.isEnabled()
    qtbot.mouseClick(guide.ui.backButton, Qt.MouseButton.LeftButton)
    assert bar.value() == at_staff and not guide.ui.backButton.isEnabled()
    qtbot.mouseClick(guide.ui.contentsButton, Qt.MouseButton.LeftButton)
    assert bar.value() < 20 and guide.section == "contents"  # the top
    guide.show_section("staff")
    screenshot(window, "guide-window-zh")
    guide.resize(820, 620)
    screenshot(guide, "guide-zh")

    translations.apply(Language.ENGLISH)
    qtbot.waitUntil(lambda: "The roster and health files" in guide.ui.browser.toPlainText())
    assert guide.section == "staff" and bar.value() > 0
    assert guide.windowTitle() == "User guide"
    guide.show_section("indicators")
    screenshot(guide, "guide-indicators-en")
    translations.apply(Language.CHINESE)
    qtbot.waitUntil(lambda: "各项指标的含义和出处" in guide.ui.browser.toPlainText())
    screenshot(guide, "guide-indicators-zh")
    guide.close()
