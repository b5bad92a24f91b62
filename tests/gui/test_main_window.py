"""The window as a newcomer meets it: every page shows its records, in Chinese or English."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from app.ui.i18n import Language
from app.ui.main_window import PAGES, MainWindow
from app.ui.pages.exchange_page import ExchangePage
from tests.gui.conftest import screenshot

NAV_ZH = [
    "首页",
    "使用登记",
    "职工与健康档案",
    "设备与消耗品",
    "开放时间",
    "活动与签到",
    "报表",
    "数据交换",
    "审计日志",
]


def visit(qtbot: QtBot, window: MainWindow, row: int) -> None:
    item = window.ui.navList.item(row)
    rect = window.ui.navList.visualItemRect(item)
    qtbot.mouseClick(window.ui.navList.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_every_page_lists_records_from_the_database(qtbot: QtBot, window: MainWindow) -> None:
    assert [window.ui.navList.item(i).text() for i in range(len(PAGES))] == NAV_ZH
    for row, (key, _page) in enumerate(PAGES):
        visit(qtbot, window, row)
        page = window.current_page()
        assert page is window.pages[key]
        qtbot.waitUntil(lambda p=page: not getattr(p, "filling", False))  # some fill in a worker
        model = page.ui.tableView.model()
        if isinstance(page, ExchangePage):  # the demo wrote no package: its history has rows
            assert model.rowCount() == 0 and page.history_model.rowCount() > 0
        else:
            assert model.rowCount() > 0, f"page {key} shows no rows"
        assert page.ui.titleLabel.text() == NAV_ZH[row]
        assert model.headerData(0, Qt.Orientation.Horizontal) not in (None, "")
        image = QImage(str(screenshot(window, f"page_{row}_{key}")))
        assert image.width() >= 1200


def test_status_bar_names_the_site_and_database(window: MainWindow) -> None:
    assert "沧州" in window.site_label.text() or "单位" in window.site_label.text()
    assert str(window.context.db.path) in window.db_label.text()


def test_the_language_switch_changes_visible_text(qtbot: QtBot, window: MainWindow) -> None:
    visit(qtbot, window, 2)
    page = window.current_page()
    assert page.ui.titleLabel.text() == "职工与健康档案"
    assert page.ui.tableView.model().headerData(1, Qt.Orientation.Horizontal) == "姓名"

    window.ui.actionEnglish.trigger()
    assert window.ui.navList.item(0).text() == "Overview"
    # The pages are built again in the new language; the same page stays in view.
    page = window.current_page()
    qtbot.waitUntil(lambda: page.ui.titleLabel.text() == "Staff & health files")
    assert page.ui.tableView.model().headerData(1, Qt.Orientation.Horizontal) == "Name"
    assert window.ui.menuFile.title() == "&File"
    assert "record" in page.ui.countLabel.text()
    assert window.translations.language is Language.ENGLISH
    screenshot(window, "english_staff")

    window.ui.actionChinese.trigger()
    assert window.ui.navList.item(0).text() == "首页"
    assert window.ui.menuFile.title() == "文件(&F)"


def test_staff_search_by_pinyin_initials(qtbot: QtBot, window: MainWindow) -> None:
    visit(qtbot, window, 2)
    page = window.current_page()
    model = page.ui.tableView.model()
    everyone = model.rowCount()
    first_name = model.index(0, 1).data()
    from app.domain.pinyin import pinyin_keys

    initials = pinyin_keys(first_name)[1]
    qtbot.keyClicks(page.ui.searchEdit, initials)
    qtbot.waitUntil(lambda: model.rowCount() < everyone)
    names = [model.index(r, 1).data() for r in range(model.rowCount())]
    assert first_name in names
    assert all(pinyin_keys(n)[1].startswith(initials) for n in names)


def test_the_usage_log_fetches_more_rows_when_scrolled(qtbot: QtBot, window: MainWindow) -> None:
    visit(qtbot, window, 1)
    page = window.current_page()
    model = page.ui.tableView.model()
    first = model.rowCount()
    assert first == 200  # one page, not the whole register
    page.ui.tableView.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > first)
