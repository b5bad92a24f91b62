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
        assert not found, (nav.item(row).text(), found)
        seen += texts
    # The pages were read, in Chinese, with the catalogue's words for readings and indicators.
    everything = "\n".join(seen)
    assert word(ReadingGroup.BLOOD_PRESSURE, Language.ZH) in everything
    assert word(IndicatorKey.USAGE_RATE, Language.ZH) in everything
