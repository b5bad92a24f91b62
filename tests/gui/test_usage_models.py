"""The usage register's table models obey Qt's model contract (qtmodeltester)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.db.migrate import Database
from app.services import usage_log
from app.services.usage_log import VisitFilter, VisitRow, VisitSort
from app.ui.models.lazy_table_model import PAGE
from app.ui.models.row_table_model import RowTableModel
from app.ui.models.visit_log_model import LOG_COLUMNS, TODAY_COLUMNS, VisitLogModel
from tests.support import CHAIR


def test_the_log_model_fetches_pages_and_sorts_through_the_database(
    qtmodeltester: ModelTester, qtbot: QtBot, demo_db: Database
) -> None:
    model = VisitLogModel(LOG_COLUMNS)
    flt = VisitFilter(abnormal_only=True)

    def load() -> None:
        order = model.order

        def fetch(offset: int, limit: int) -> list[VisitRow]:
            return usage_log.fetch_visits(demo_db, CHAIR, flt, offset, limit, order)

        first = fetch(0, PAGE)
        model.reset_with(first, usage_log.count_visits(demo_db, CHAIR, flt), fetch)

    load()
    model.sort_changed.connect(load)
    qtmodeltester.check(model)
    assert model.index(0, 0).data(Qt.ItemDataRole.UserRole) == model.row_at(0).id
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == model.total > PAGE
    assert all(model.row_at(i).abnormal for i in range(model.rowCount()))
    red = model.index(0, 4).data(Qt.ItemDataRole.ForegroundRole)
    assert red is not None
    with qtbot.waitSignal(model.sort_changed):
        model.sort(2, Qt.SortOrder.AscendingOrder)
    assert model.order is VisitSort.PERSON
    numbers = [model.row_at(i).employee_no for i in range(model.rowCount())]
    assert numbers == sorted(numbers)
    qtmodeltester.check(model)


def test_the_today_model(qtmodeltester: ModelTester, demo_db: Database) -> None:
    model: RowTableModel[VisitRow] = RowTableModel(TODAY_COLUMNS, "VisitLogModel")
    model.set_rows(usage_log.fetch_visits(demo_db, CHAIR, VisitFilter(), 0, 30))
    qtmodeltester.check(model)
    assert model.index(0, 0).data() == model.row_at(0).visited_at.strftime("%H:%M")
