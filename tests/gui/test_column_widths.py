"""Every list page's table at 1366×768 keeps the one column rule (app.ui.column_fit): no
column wider than its header and rows need (but the column of words, which takes the room
left), an empty column as narrow as its header, and no date or number cut short."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from app.ui.column_fit import SAMPLE, WIDEST, is_words, words_column
from app.ui.i18n import Language, Translations
from app.ui.main_window import MainWindow
from app.ui.pages.list_page import ListPage

MARGIN = 12  # px over what the widest cell or header needs
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")


def needed(view: QTableView, column: int) -> int:
    """What the column's header and its first rows need, as Qt measures them."""
    header = view.horizontalHeader()
    return max(header.sectionSizeHint(column), view.sizeHintForColumn(column))


def cells(view: QTableView, column: int) -> list[str]:
    model = view.model()
    rows = range(min(model.rowCount(), SAMPLE))
    return [str(model.index(r, column).data(Qt.ItemDataRole.DisplayRole) or "") for r in rows]


def check(view: QTableView, where: str) -> list[str]:
    found: list[str] = []
    header = view.horizontalHeader()
    words = words_column(view)
    least = header.minimumSectionSize()
    for column in range(header.count()):
        if view.isColumnHidden(column):
            continue
        name = view.model().headerData(column, Qt.Orientation.Horizontal)
        width, need = header.sectionSize(column), needed(view, column)
        texts = cells(view, column)
        if column != words and width > max(need, least) + MARGIN:
            found.append(f"{where} “{name}”: {width} px for {need} px of content")
        if any(DATE.match(t) or (t and not is_words(t)) for t in texts) and width < min(
            need, WIDEST
        ):
            found.append(f"{where} “{name}”: {width} px cuts dates or figures needing {need} px")
        if not any(texts) and width > max(header.sectionSizeHint(column), least) + MARGIN:
            found.append(f"{where} “{name}” is empty but {width} px wide")
    if words is not None:
        used = sum(header.sectionSize(c) for c in range(header.count()))
        assert used <= view.viewport().width() + MARGIN or header.sectionSize(words) <= (
            max(needed(view, words), least) + MARGIN
        ), where
    return found


@pytest.mark.parametrize("language", [Language.CHINESE, Language.ENGLISH])
def test_every_list_sizes_its_columns_to_their_contents_at_1366(
    qtbot: QtBot, window: MainWindow, translations: Translations, language: Language
) -> None:
    translations.apply(language)
    window.resize(1366, 720)
    problems: list[str] = []
    checked = 0
    for row, key in enumerate(window.page_keys):
        window.ui.navList.setCurrentRow(row)
        page = window.current_page()
        assert isinstance(page, ListPage)
        qtbot.waitUntil(lambda page=page: not page.filling, timeout=20_000)  # type: ignore[misc]
        for view in page.findChildren(QTableView):
            model = view.model()
            if not view.isVisible() or model is None or model.rowCount() == 0:
                continue
            problems += check(view, f"{key}/{view.objectName()}")
            checked += 1
    assert checked >= 8  # the pages' lists, and the tables beside them
    assert not problems, "\n".join(problems)


def test_the_staff_list_gives_its_room_to_words_not_to_an_empty_date(
    qtbot: QtBot, window: MainWindow
) -> None:
    """The walkthrough's case: an empty 离职日期 took 550 px while dates were squeezed."""
    window.resize(1366, 720)
    window.show_page_of("staff")
    page = window.current_page()
    qtbot.waitUntil(lambda: not page.filling, timeout=20_000)
    view = page.ui.tableView
    model = view.model()
    header = view.horizontalHeader()
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    words = words_column(view)
    assert words is not None and is_words(str(model.index(0, words).data()))
    for column, title in enumerate(titles):
        texts = cells(view, column)
        if any(DATE.match(t) for t in texts):  # dates shown whole
            assert header.sectionSize(column) >= view.sizeHintForColumn(column), title
        if not any(texts):  # an empty column stays narrow
            assert header.sectionSize(column) <= max(header.sectionSizeHint(column), 60) + MARGIN
    # The whole table fits the screen: nothing hides behind a sideways scroll.
    assert sum(header.sectionSize(c) for c in range(len(titles))) <= view.viewport().width() + 1
    # The column of words follows the window's width; the others keep theirs.
    before = [header.sectionSize(c) for c in range(len(titles))]
    window.resize(1280, 720)
    qtbot.waitUntil(lambda: header.sectionSize(words) < before[words])
    after = [header.sectionSize(c) for c in range(len(titles))]
    assert before[words] - after[words] == 86  # the 86 px the window gave up
    assert [w for c, w in enumerate(after) if c != words] == [
        w for c, w in enumerate(before) if c != words
    ]
