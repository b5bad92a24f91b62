"""Pages whose lists take long at 50,000 staff fill from a worker: the page is on screen at once
with "Loading…", the rows arrive from the pool, a newer fill wins over an older one, a page
closed meanwhile is never written to, and a failure is said on the page."""

from __future__ import annotations

import threading

import pytest
import shiboken6
from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot

from app.services import activities
from app.services.activities import ActivityRow
from app.ui.main_window import PAGES, MainWindow
from app.ui.pages.activities_page import ActivitiesPage

ACTIVITIES_ROW = [key for key, _ in PAGES].index("activities")


def open_activities(window: MainWindow) -> ActivitiesPage:
    window.ui.navList.setCurrentRow(ACTIVITIES_ROW)
    page = window.current_page()
    assert isinstance(page, ActivitiesPage)
    return page


def shown_ids(page: ActivitiesPage) -> list[int]:
    return [page.model.row_at(r).id for r in range(page.model.rowCount())]


def test_the_activities_list_comes_from_a_worker(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: list[threading.Thread] = []
    real = activities.list_activities

    def listing(*args: object, **kwargs: object) -> list[ActivityRow]:
        threads.append(threading.current_thread())  # the real query, noting where it ran
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(activities, "list_activities", listing)
    page = open_activities(window)
    assert page.filling and page.ui.countLabel.text() == "正在加载…"
    with qtbot.waitSignal(page.filled, timeout=30_000):
        pass
    assert not page.filling
    assert threads and all(t is not threading.main_thread() for t in threads)
    year = page.ui.filterCombo.currentData()
    expected = real(window.context.db, window.context.actor, year=year)
    assert expected and shown_ids(page) == [row.id for row in expected]
    assert page.ui.countLabel.text() == f"共 {len(expected)} 条"


def test_the_newest_fill_wins_and_the_selection_stays(qtbot: QtBot, window: MainWindow) -> None:
    page = open_activities(window)
    qtbot.waitUntil(lambda: not page.filling)
    context = window.context
    every_year = activities.list_activities(context.db, context.actor, year=None)
    chosen = every_year[-1]  # the oldest: listed under "all years", not under this year
    combo = page.ui.filterCombo
    combo.setCurrentIndex(combo.findData(None))  # all years: a fill starts …
    combo.setCurrentIndex(combo.findData(context.today().year))  # … and another overtakes it
    combo.setCurrentIndex(combo.findData(None))
    qtbot.waitUntil(lambda: not page.filling)
    assert shown_ids(page) == [row.id for row in every_year]
    assert page.select(chosen.id)
    page.reload()
    page.reload()  # twice in a row: the wish made while the first was under way stands
    qtbot.waitUntil(lambda: not page.filling)
    selected = page.selected()
    assert selected is not None and selected.id == chosen.id
    assert page.tools.signInButton.isEnabled()


def test_a_page_closed_while_filling_is_left_alone(qtbot: QtBot, window: MainWindow) -> None:
    page = open_activities(window)
    assert page.filling
    window.ui.pageStack.removeWidget(page)
    shiboken6.delete(page)  # gone before its answer is delivered (queued to the UI thread)
    assert QThreadPool.globalInstance().waitForDone(30_000)
    qtbot.wait(50)  # the answer, were it delivered, would raise on the deleted page
    assert not shiboken6.isValid(page)


def test_a_fill_that_fails_says_so_on_the_page(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = open_activities(window)
    qtbot.waitUntil(lambda: not page.filling)
    before = page.model.rowCount()

    def broken(*_args: object, **_kwargs: object) -> list[ActivityRow]:
        raise OSError("disk I/O error")

    monkeypatch.setattr(activities, "list_activities", broken)
    with qtbot.waitSignal(page.filled, timeout=30_000):
        page.reload()
    assert page.ui.countLabel.text() == "列表未能加载，原因见日志文件。"
    assert page.model.rowCount() == before  # what it showed stays
