"""The overview as the union chair sees it: cards against targets, and the lists behind them."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.db.models import UsageVisit
from app.domain.periods import Period, PeriodKind
from app.domain.targets import IndicatorKey
from app.services.indicators import compute_indicators
from app.services.unit_of_work import unit_of_work
from app.ui.dialogs.overview.indicator_detail_dialog import IndicatorDetailDialog
from app.ui.dialogs.overview.targets_dialog import TargetsDialog
from app.ui.main_window import MainWindow
from app.ui.pages.overview_page import OverviewPage
from tests.gui.conftest import screenshot
from tests.support import CHAIR, DEMO_TODAY

K = IndicatorKey


def overview(window: MainWindow) -> OverviewPage:
    page = window.pages["overview"]
    assert isinstance(page, OverviewPage)
    return page


def open_dialogs() -> list[IndicatorDetailDialog]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, IndicatorDetailDialog) and w.isVisible()
    ]


def test_cards_show_this_quarter_and_year_against_targets(qtbot: QtBot, window: MainWindow) -> None:
    page = overview(window)
    assert window.current_page() is page
    assert set(page.cards) == set(IndicatorKey)
    quarter = Period.containing(DEMO_TODAY, PeriodKind.QUARTER)
    expected = compute_indicators(window.context.db, CHAIR, quarter, as_of=DEMO_TODAY)
    usage = expected[K.USAGE_RATE]
    card = page.cards[K.USAGE_RATE]
    assert card.ui.nameLabel.text() == "健康生活室使用率"
    text = card.labels["quarter"].text()
    assert text.startswith("本季度") and f"{usage.value * 100:.1f} %" in text  # type: ignore[operator]
    state = card.ui.quarterButton.property("state")
    assert state == ("met" if usage.met else "open")  # usage can still grow this quarter
    # A card that misses its target says by how much, in words.
    lecture = page.cards[K.LECTURE_PARTICIPATION]
    result = lecture.results["year"]
    if result.met is False:
        assert f"还需 {result.shortfall} 人参加讲座" in lecture.labels["year"].text()
        assert lecture.ui.yearButton.property("state") == "not_met"
    # Each figure says what it covers: lectures are the year so far, not the quarter; a year
    # of quarterly hospital visits is its weakest quarter (they read 本季度 and 本年度 before).
    assert page.cards[K.LECTURES_COUNT].labels["quarter"].text().startswith("年初至本季度末")
    assert page.cards[K.HOSPITAL_VISITS].labels["year"].text().startswith("本年度（最少的季度）")
    assert page.cards[K.LECTURES_COUNT].labels["year"].text().startswith("本年度")
    assert "开放" in page.panel_ui.roomStatusLabel.text()
    assert page.model.rowCount() > 0  # follow-ups, stock, coming activities of the demo
    assert page.load_ms < 3000
    screenshot(window, "overview")


def test_a_card_opens_the_list_behind_it(qtbot: QtBot, window: MainWindow) -> None:
    page = overview(window)
    card = page.cards[K.USAGE_RATE]
    result = card.results["quarter"]
    qtbot.mouseClick(card.ui.quarterButton, Qt.MouseButton.LeftButton)
    dialogs = open_dialogs()
    assert len(dialogs) == 1
    dialog = dialogs[0]
    model = dialog.ui.tableView.model()
    # The people who have not come this quarter: the denominator minus the numerator.
    assert result.denominator is not None and result.numerator is not None
    assert model.rowCount() == result.denominator - result.numerator
    assert model.headerData(1, Qt.Orientation.Horizontal) == "姓名"
    assert "健康生活室使用率" in dialog.ui.headingLabel.text()
    screenshot(dialog, "overview_usage_list")
    dialog.close()


def test_a_lecture_lists_who_did_not_come(qtbot: QtBot, window: MainWindow) -> None:
    page = overview(window)
    card = page.cards[K.LECTURE_PARTICIPATION]
    qtbot.mouseClick(card.ui.yearButton, Qt.MouseButton.LeftButton)
    (dialog,) = open_dialogs()
    view = dialog.ui.tableView
    model = view.model()
    assert model.rowCount() == len(card.results["year"].drill) > 0
    signed = model.index(0, 3).data()
    group = model.index(0, 4).data()
    rect = view.visualRect(model.index(0, 1))
    # A real double click: the press selects the row, the second press is the double click.
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    absent = [d for d in open_dialogs() if d is not dialog]
    assert len(absent) == 1
    assert absent[0].ui.tableView.model().rowCount() == int(group) - int(signed)
    screenshot(absent[0], "overview_absentees")
    for d in open_dialogs():
        d.close()


def test_targets_dialog_changes_the_colours(qtbot: QtBot, window: MainWindow) -> None:
    page = overview(window)
    dialog = TargetsDialog(window.context, page)
    field = dialog.fields[K.HEALTH_DATA_UPDATED]
    field.setValue(1)  # 1 %: every site meets it
    dialog.save()
    assert dialog.result() == TargetsDialog.DialogCode.Accepted
    page.reload()
    assert page.filling  # from a worker: the page stays usable meanwhile
    qtbot.waitUntil(lambda: not page.filling)
    assert page.cards[K.HEALTH_DATA_UPDATED].ui.quarterButton.property("state") == "met"
    dialog = TargetsDialog(window.context, page)
    dialog.fill_defaults()
    assert dialog.values()[K.HEALTH_DATA_UPDATED] == 1.0
    dialog.save()


def test_the_indicators_are_computed_again_only_when_the_register_changed(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Reloading with nothing written keeps the computed indicators (the same objects); a
    change to the register, here a recorded visit, computes them again."""
    page = overview(window)
    before = page.sets
    page.reload()
    qtbot.waitUntil(lambda: not page.filling)
    assert page.sets is before and page.figures  # the room and counts are read every time
    with unit_of_work(window.context.db) as session:
        session.add(UsageVisit(visited_at=dt.datetime(2026, 11, 16, 9, 30), visitor_name="来访"))
    page.reload()
    qtbot.waitUntil(lambda: not page.filling)
    assert page.sets is not before
    assert page.figures["visits_today"] >= 1


def test_a_reload_overtaken_by_another_shows_the_newest(qtbot: QtBot, window: MainWindow) -> None:
    page = overview(window)
    page.reload()
    page.reload()  # the first answer, when it comes, is dropped
    with qtbot.waitSignal(page.filled, timeout=30_000):
        pass
    qtbot.waitUntil(lambda: not page.filling)
    assert page.sets and all(card.results for card in page.cards.values())
