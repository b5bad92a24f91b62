"""Every list page's table at 1366×768, the list dialogs and the county window's tables keep
the one column rule (app.ui.column_fit): no column wider than its header and rows need (but the
column of words, which takes the room left), an empty column as narrow as its header, and no
date or number cut short."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QTableView
from pytestqt.qtbot import QtBot

from app.ui.column_fit import SAMPLE, WIDEST, is_words, only_words, words_column
from app.ui.context import AppContext
from app.ui.county_window import CountyWindow
from app.ui.dialogs.accounts.users_dialog import UsersDialog
from app.ui.dialogs.activities.notice_dialog import NoticeDialog
from app.ui.dialogs.activities.notices_dialog import NoticesDialog
from app.ui.dialogs.activities.outreach_dialog import OutreachDialog
from app.ui.dialogs.activities.plan_dialog import PlanDialog
from app.ui.i18n import Language, Translations
from app.ui.main_window import MainWindow
from app.ui.pages.list_page import ListPage
from tests.gui.county_packages import Packages, make_packages
from tests.gui.test_county_window import Messages, county_window, import_trusting, messages
from tests.support import CHAIR

__all__ = ["county_window", "messages"]  # fixtures


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory, demo_file: Path) -> Packages:
    return make_packages(tmp_path_factory.mktemp("county"), demo_file)


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
    behind = sum(header.sectionSize(c) for c in range(header.count()) if not view.isColumnHidden(c))
    behind -= view.viewport().width()
    spare = sum(
        header.sectionSize(c) - max(header.sectionSizeHint(c), least)
        for c in range(header.count())
        if not view.isColumnHidden(c) and only_words(view, c)
    )
    if behind > 0 and spare >= behind:  # columns of words could have made room
        found.append(f"{where}: {behind} px behind a sideways scroll, {spare} px of words")
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


def list_dialogs(context: AppContext) -> dict[str, Callable[[], QDialog]]:
    """The dialogs that list records (they sized their columns by Qt's resize-to-contents)."""
    chair = AppContext(db=context.db, actor=CHAIR, today=context.today)  # manages accounts
    return {
        "plan": lambda: PlanDialog(context),
        "notices": lambda: NoticesDialog(context),
        "notice": lambda: NoticeDialog(context, None),
        "outreach": lambda: OutreachDialog(context),
        "accounts": lambda: UsersDialog(chair),
    }


@pytest.mark.parametrize("language", [Language.CHINESE, Language.ENGLISH])
def test_the_list_dialogs_keep_the_rule(
    qtbot: QtBot, window: MainWindow, language: Language
) -> None:
    window.set_language(language)
    QApplication.processEvents()
    problems: list[str] = []
    checked = set()
    for name, make in list_dialogs(window.context).items():
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        for view in dialog.findChildren(QTableView):
            if view.isVisible() and view.model() is not None and view.model().rowCount():
                problems += check(view, f"{name}/{view.objectName()}")
                checked.add(name)
        dialog.close()
    assert checked == set(list_dialogs(window.context))  # each lists the demo's records
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", [Language.CHINESE, Language.ENGLISH])
def test_the_county_window_tables_keep_the_rule(
    qtbot: QtBot,
    county_window: CountyWindow,
    messages: Messages,
    packages: Packages,
    translations: Translations,
    language: Language,
) -> None:
    import_trusting(qtbot, county_window, messages, [packages.demo_q2, packages.demo_q3,
                                                     packages.second_q3])  # fmt: skip
    translations.apply(language)
    county_window.resize(1366, 720)
    QApplication.processEvents()
    problems: list[str] = []
    checked = 0
    tabs = county_window.ui.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        if tabs.currentWidget() is county_window.summary:  # its figures come from a worker
            qtbot.waitUntil(lambda: county_window.summary.summary is not None, timeout=30_000)
        QApplication.processEvents()
        for view in tabs.widget(index).findChildren(QTableView):
            if view.isVisible() and view.model() is not None and view.model().rowCount():
                problems += check(view, f"county/{view.objectName()}")
                checked += 1
    assert checked >= 6  # figures, the inspected sites, sites, access log, the summary's
    assert not problems, "\n".join(problems)
