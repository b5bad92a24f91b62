"""No page shows a code where a word belongs: every text on every page, Chinese, is worded."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.catalogue import Language, word
from app.catalogue.indicators import IndicatorKey
from app.catalogue.readings import ReadingGroup
from app.ui.main_window import MainWindow
from tests.unit.catalogue.raw_codes import raw_codes_in

ROWS = 300  # enough of each table to meet every code the demo register holds
# The demo's accounts are named like the roles (chair, admin, tech): on the pages that say who
# did what, those are people's user names, not codes.
USER_NAMES = {"chair", "admin", "tech"}
PAGES_WITH_USERS = {"审计日志", "数据交换"}


def model_texts(model: QAbstractItemModel) -> list[str]:
    texts = []
    # A list model has one column (Qt keeps its columnCount private).
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount()
    for column in range(columns):
        texts.append(str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
    for row in range(min(model.rowCount(QModelIndex()), ROWS)):
        for column in range(columns):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(model.index(row, column), role)
                if value is not None:
                    texts.append(str(value))
    return texts


def widget_texts(root: QWidget) -> list[str]:
    texts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        texts.append(widget.toolTip())
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QLineEdit):
            texts += [widget.text(), widget.placeholderText()]
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            texts += model_texts(widget.model())
    return texts


def test_every_page_words_every_code(qtbot: QtBot, window: MainWindow) -> None:
    nav = window.ui.navList
    seen: list[str] = []
    for row in range(nav.count()):
        nav.setCurrentRow(row)
        QApplication.processEvents()
        page = window.ui.pageStack.currentWidget()
        qtbot.wait(200)  # lists filled in the background arrive
        texts = widget_texts(page)
        found = raw_codes_in(texts)
        if nav.item(row).text() in PAGES_WITH_USERS:
            found -= USER_NAMES
        assert not found, (nav.item(row).text(), found)
        seen += texts
    # The pages were read, in Chinese, with the catalogue's words for readings and indicators.
    everything = "\n".join(seen)
    assert word(ReadingGroup.BLOOD_PRESSURE, Language.ZH) in everything
    assert word(IndicatorKey.USAGE_RATE, Language.ZH) in everything


def test_the_audit_trail_says_each_entry_in_words(qtbot: QtBot, window: MainWindow) -> None:
    """Who did what to which record, before beside after: no code, no key, no JSON."""
    from app.services import backups, report_log

    db, actor = window.context.db, window.context.actor
    backups.backup(db, actor, window.context.data_dir / "copy.db") if False else None
    nav = window.ui.navList
    nav.setCurrentRow(window.page_keys.index("audit"))
    page = window.current_page()
    page.reload()
    view = page.ui.tableView
    rows = view.model().rowCount()
    assert rows >= 3
    for row in range(rows):
        view.selectRow(row)
        texts = widget_texts(page)
        found = raw_codes_in(texts) - USER_NAMES
        assert not found, (row, found)
        details = "\n".join(model_texts(page.detail.changesView.model()))
        assert "{" not in details and '"' not in details, details
    del report_log
