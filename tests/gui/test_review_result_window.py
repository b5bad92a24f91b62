"""The review result through the windows: the reviewer comments on a package and writes the
site's review result from the county window; the site's administrator previews it on the
Exchange page (the county's key fingerprint to confirm, what changes), applies it, and finds
the county's inspection in the register — closable, not editable."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox, QTableView
from pytestqt.qtbot import QtBot

from app.exchange import review_import
from app.services import county, inspections
from app.services.county import InspectionInput, ItemInput
from app.ui.county_window import CountyWindow
from app.ui.i18n import Language, Translations
from app.ui.main_window import MainWindow
from app.ui.pages.open_hours_page import INSPECTIONS
from tests.gui.conftest import screenshot
from tests.gui.county_packages import Packages, make_packages
from tests.gui.test_county_window import Messages, county_window, import_trusting, messages
from tests.gui.test_exchange_page import exchange
from tests.gui.test_open_hours_page import open_page
from tests.support import ADMIN, DEMO_TODAY

__all__ = ["county_window", "messages"]  # fixtures


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory, demo_file: Path) -> Packages:
    return make_packages(tmp_path_factory.mktemp("county"), demo_file)


def write_review_result(
    qtbot: QtBot, window: CountyWindow, messages: Messages, packages: Packages, stick: Path
) -> Path:
    import_trusting(qtbot, window, messages, [packages.demo_q3])
    code = window.inspected.row_at(0).code
    county.save_inspection(
        window.workspace, window.reviewer,
        InspectionInput(code, dt.date(2026, 10, 20), "县总工会 李审核", "消毒记录不全", 86.0,
                        (ItemInput("补全十月消毒记录", dt.date(2026, 11, 10)),
                         ItemInput("血压计送检校准", dt.date(2026, 12, 31)))),
    )  # fmt: skip
    # A comment on the package, from the Indicators tab.
    window.ui.figuresTable.selectRow(0)
    window.ask_comment = lambda _title, current: current + "讲座签到表请附照片"
    assert window.comment_package()
    assert county.package_comment(window.workspace, code, "2026Q3") == "讲座签到表请附照片"
    # The review result, from the Inspections tab, onto the stick.
    window.ui.tabs.setCurrentWidget(window.ui.inspectionsTab)
    window.ui.inspectionSitesTable.selectRow(0)
    window.choose_folder = lambda: stick
    before = len(messages.shown)
    qtbot.mouseClick(window.ui.returnButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(messages.shown) > before, timeout=30_000)
    (written,) = stick.glob("*.hrr")
    kind, text = messages.shown[-1]
    assert kind == "information" and str(written) in text and "2 项整改事项" in text, text
    assert window.ui.countyKeyLabel.text().count("-") >= 3  # the key's fingerprint, shown
    screenshot(window, "county-review-result-zh")
    return written


def test_review_result_from_the_county_window_to_the_site(
    qtbot: QtBot,
    county_window: CountyWindow,
    messages: Messages,
    packages: Packages,
    window: MainWindow,
    tmp_path: Path,
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    for shown_window in (county_window, window):
        shown_window.resize(1366, 768)  # the smallest screen the rooms' PCs have
    written = write_review_result(qtbot, county_window, messages, packages, stick)
    screenshot(county_window, "county-review-result-zh")
    # Each page is rebuilt on a language switch, so this walk stays in Chinese; the window
    # tour and the language-switch test show these dialogs and pages in English.

    page = exchange(qtbot, window)
    assert page.tools.reviewButton.isVisible() and "尚未收到" in page.tools.countyKeyLabel.text()
    page.check_review_file(written)
    qtbot.waitUntil(lambda: page.review_dialog is not None and page.review_dialog.isVisible(),
                    timeout=30_000)  # fmt: skip
    dialog = page.review_dialog
    assert dialog is not None
    # The county's first file: Apply only once the fingerprint was compared.
    assert not dialog.apply_button.isEnabled() and dialog.ui.confirmCheck.isVisible()
    assert dialog.ui.fingerprintLabel.text() in county_window.ui.countyKeyLabel.text()
    assert "新增 1" in dialog.ui.changesLabel.text()
    assert "讲座签到表请附照片" in dialog.ui.feedbackText.toPlainText()
    screenshot(dialog, "review-result-dialog-zh")
    dialog.ui.confirmCheck.setChecked(True)
    assert dialog.apply_button.isEnabled()
    shown: list[str] = []
    monkey = pytest.MonkeyPatch()
    monkey.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(text))
    try:
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(shown), timeout=30_000)
    finally:
        monkey.undo()
    assert "已导入巡检台账" in shown[0] or "巡检" in shown[0], shown
    assert review_import.pinned_fingerprint(window.context.db) == dialog.ui.fingerprintLabel.text()
    assert "讲座签到表请附照片" in page.tools.feedbackLabel.text()
    screenshot(window, "exchange-page-review-zh")

    # The county's inspection in the register: marked, not editable, its items closable.
    (received,) = [
        i for i in inspections.list_inspections(window.context.db, ADMIN) if i.from_county
    ]
    hours = open_page(qtbot, window)
    hours.show_tab(INSPECTIONS)
    panel = hours.inspections
    row = next(n for n in range(panel.rows.rowCount()) if panel.rows.row_at(n).id == received.id)
    panel.ui.inspectionsTable.selectRow(row)
    assert not panel.ui.editButton.isEnabled() and not panel.ui.deleteButton.isEnabled()
    assert panel.ui.closeItemButton.isEnabled()
    record = panel.rows.data(panel.rows.index(row, panel.rows.columnCount() - 1))
    assert record == "县级反馈"
    screenshot(window, "inspections-from-county-zh")
    said: list[str] = []
    monkey.setattr(QMessageBox, "information", lambda _p, _t, text: said.append(text))
    try:
        assert panel.edit() is None
    finally:
        monkey.undo()
    assert said and "县级" in said[0]

    # The county says it no longer uses that key: retired from the Exchange page (asked
    # first), its files are refused from then on.
    page = exchange(qtbot, window)
    fingerprint = dialog.ui.fingerprintLabel.text()
    assert f"{fingerprint}（{DEMO_TODAY.isoformat()} 起信任）" in page.tools.countyKeyLabel.text()
    offered: list[list[str]] = []

    def choose(_parent: object, _title: str, _label: str, items: list[str], *_a: object) -> object:
        offered.append(items)
        return items[0], True

    monkey.setattr(QInputDialog, "getItem", choose)
    monkey.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    try:
        page.tools.retireKeyButton.click()
    finally:
        monkey.undo()
    assert offered == [[fingerprint]]
    assert "已停用" in page.tools.countyKeyLabel.text()
    assert not page.tools.retireKeyButton.isEnabled()  # no trusted key left to retire
    page.check_review_file(written)
    qtbot.waitUntil(lambda: page.review_dialog is not dialog and page.review_dialog is not None
                    and page.review_dialog.isVisible(), timeout=30_000)  # fmt: skip
    refused = page.review_dialog
    assert refused is not None and "已停用" in refused.ui.statusLabel.text()
    assert not refused.apply_button.isEnabled()
    refused.reject()


def test_the_summary_tab(
    qtbot: QtBot,
    county_window: CountyWindow,
    messages: Messages,
    packages: Packages,
    translations: Translations,
) -> None:
    """Totals per indicator, the sites ranked on the indicator chosen, the commendation
    shortlist with the reasons a site was left off, the sites still due an inspection."""
    from app.catalogue.indicators import IndicatorKey

    window = county_window
    window.resize(1366, 768)
    import_trusting(qtbot, window, messages, [packages.demo_q3, packages.second_q3])
    panel = window.summary
    assert panel.summary is None  # computed only when shown
    window.ui.tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.summary is not None, timeout=30_000)
    assert window.ui.tabs.tabText(window.ui.tabs.indexOf(panel)) == "汇总"
    assert panel.totals.rowCount() == len(IndicatorKey)
    assert (
        "2026年第3季度" in panel.ui.periodNoteLabel.text()
        or "2026" in panel.ui.periodNoteLabel.text()
    )
    # Choosing an indicator ranks the two sites on it.
    row = list(IndicatorKey).index(IndicatorKey.USAGE_RATE)
    panel.ui.totalsTable.selectRow(row)
    assert panel.ranked.rowCount() == 2
    first, second = panel.ranked.row_at(0), panel.ranked.row_at(1)
    assert first.value >= second.value and first.rank == 1
    # Neither site is shortlisted (no annual package): each says why.
    assert panel.commended.rowCount() == 2
    why = panel.commended.data(panel.commended.index(0, 2))
    assert why and "数据包" in why
    assert "尚需巡检" in panel.ui.dueLabel.text() or "巡检" in panel.ui.dueLabel.text()
    screenshot(window, "county-summary-zh")
    tables = (panel.ui.totalsTable, panel.ui.rankingTable, panel.ui.commendationsTable)
    assert [last_column_gap(t) for t in tables] == [0, 0, 0]
    translations.apply(Language.ENGLISH)
    qtbot.waitUntil(lambda: window.ui.tabs.tabText(window.ui.tabs.indexOf(panel)) == "Summary")
    assert panel.totals.headerData(0, Qt.Orientation.Horizontal) == "Indicator"
    qtbot.wait(50)  # the layout settles
    # Each table's last column still reaches the table's right edge in the other language.
    assert [last_column_gap(t) for t in tables] == [0, 0, 0]
    screenshot(window, "county-summary-en")
    translations.apply(Language.CHINESE)
    qtbot.wait(50)
    assert [last_column_gap(t) for t in tables] == [0, 0, 0]


def last_column_gap(view: QTableView) -> int:
    """Pixels between a table's last column and its right edge (0: the column stretches)."""
    header = view.horizontalHeader()
    last = header.count() - 1
    end = header.sectionViewportPosition(last) + header.sectionSize(last)
    return max(0, view.viewport().width() - end)


def test_open_a_shared_workspace_from_the_county_window(
    qtbot: QtBot,
    county_window: CountyWindow,
    messages: Messages,
    monkeypatch: pytest.MonkeyPatch,
    pg_workspace: str,
) -> None:
    """File → Open a shared workspace on a server…: the address typed (checked first), then
    the workspace on the server opens in a new county window (signed in) and this one closes."""
    from PySide6.QtWidgets import QInputDialog

    import app.ui.county_open as county_open
    from tests.gui.test_county_window import signed_in

    typed = iter(["not an address", pg_workspace])
    monkeypatch.setattr(QInputDialog, "getText", lambda *_args, **_kw: (next(typed), True))
    opened: list[CountyWindow] = []

    def start(parent: object, place: str) -> CountyWindow | None:
        window = county_open.open_workspace_window(None, place, county_window.today, signed_in)
        assert window is not None
        opened.append(window)
        return window

    monkeypatch.setattr(county_open, "start_workspace", start)
    county_window.ui.actionOpenServer.trigger()  # refused: not an address, nothing opened
    assert not opened and "不是服务器地址" in messages.last()
    assert county_window.isVisible()
    county_window.ui.actionOpenServer.trigger()
    (server_window,) = opened
    qtbot.addWidget(server_window)
    assert server_window.workspace.on_server and not county_window.isVisible()
    assert (
        "@" in server_window.path_label.text() and "postgresql" in server_window.path_label.text()
    )
    server_window.close()
