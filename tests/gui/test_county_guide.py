"""The county window's Help menu: the reviewers' guide (F1), the log folder and About, in
both languages; every place the guide names is in the county window, every link is there."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMenu, QWidget
from pytestqt.qtbot import QtBot

from app import catalogue
from app.paths import log_dir
from app.ui.county_window import CountyWindow
from app.ui.dialogs.common.about_dialog import AboutDialog
from app.ui.dialogs.common.guide_dialog import GuideDialog
from app.ui.guide import county_guide_html, guide_html, links, menu_paths
from app.ui.i18n import Language, Translations
from tests.gui.conftest import screenshot
from tests.gui.test_county_window import county_window, messages
from tests.gui.test_guide import document_anchors, enter, plain

__all__ = ["county_window", "messages"]  # fixtures

LANGUAGES = {Language.CHINESE: catalogue.Language.ZH, Language.ENGLISH: catalogue.Language.EN}
# What a reviewer does first, each a section of the guide.
SECTIONS = {"workspace", "import", "figures", "inspections", "return", "report", "accounts"}


def walk(window: CountyWindow, steps: list[str]) -> None:
    """A menu and its item, or a tab (then what is on it), or a button of the window."""
    first, *rest = [plain(s) for s in steps]
    menus = {plain(m.title()): m for m in window.menuBar().findChildren(QMenu) if m.title()}
    if first in menus:
        actions = [plain(a.text()) for a in menus[first].actions()]  # an administrator's too
        assert len(rest) == 1 and rest[0] in actions, (steps, actions)
        return
    scope: QWidget = window
    for step in [first, *rest]:
        scope = enter(scope, step)


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_the_county_help_menu_in_both_languages(
    qtbot: QtBot,
    county_window: CountyWindow,
    translations: Translations,
    language: Language,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    translations.apply(language)
    QCoreApplication.processEvents()
    window = county_window
    ui = window.ui
    titles = [plain(a.text()) for a in ui.menuHelp.actions() if not a.isSeparator()]
    expected = {
        Language.CHINESE: ["审核人员使用手册", "打开日志文件夹", "关于健康小屋台账"],
        Language.ENGLISH: ["Guide for reviewers", "Open the log folder", "About HealthRoom Ledger"],
    }
    assert plain(ui.menuHelp.title()) == ("帮助" if language is Language.CHINESE else "Help")
    assert titles == expected[language]
    assert ui.actionGuide.shortcut().toString() == "F1"

    # The guide: the county's own, in the window's language, opened at its contents.
    ui.actionGuide.trigger()
    guide = window.guide
    assert isinstance(guide, GuideDialog) and guide.isVisible()
    html = county_guide_html(LANGUAGES[language])
    text = guide.ui.browser.toPlainText()
    heading = "县级审核 使用手册" if language is Language.CHINESE else "County review: user guide"
    assert heading in text and guide.section == "contents"
    assert html != guide_html(LANGUAGES[language])  # not the site's guide
    shown = document_anchors(guide)
    assert SECTIONS | {"contents"} <= shown and links(html) <= shown
    paths = menu_paths(html)
    assert len(paths) >= 15
    for steps in paths:
        walk(window, steps)
    ui.actionGuide.trigger()
    assert window.findChildren(GuideDialog) == [guide]  # one guide, brought forward again
    guide.resize(820, 620)
    screenshot(guide, f"county-guide-{language.value}")
    guide.close()

    # The log folder, and About naming the workspace.
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    ui.actionShowLog.trigger()
    assert [Path(u.toLocalFile()) for u in opened] == [log_dir()]
    shown_about: list[AboutDialog] = []
    monkeypatch.setattr(AboutDialog, "exec", lambda self: shown_about.append(self) or 0)
    ui.actionAbout.trigger()
    (about,) = shown_about
    assert window.workspace.location in about.ui.databaseLabel.text()


def test_the_county_guide_follows_a_language_switch(
    qtbot: QtBot, county_window: CountyWindow, translations: Translations
) -> None:
    guide = county_window.show_guide("inspections")
    assert "登记巡检督查" in guide.ui.browser.toPlainText()
    translations.apply(Language.ENGLISH)
    qtbot.waitUntil(lambda: "Record inspections" in guide.ui.browser.toPlainText())
    assert guide.section == "inspections" and guide.ui.browser.verticalScrollBar().value() > 0
    assert "登记" not in guide.ui.browser.toPlainText()
    translations.apply(Language.CHINESE)
    qtbot.waitUntil(lambda: "登记巡检督查" in guide.ui.browser.toPlainText())
    QApplication.processEvents()
    guide.close()
