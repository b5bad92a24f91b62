"""The table models obey Qt's model contract (pytest-qt's qtmodeltester)."""

from __future__ import annotations

from pytestqt.modeltest import ModelTester

from app.db.migrate import Database
from app.services import roster
from app.services.usage_log import VisitFilter, count_visits, fetch_visits
from app.ui.models.lazy_table_model import LazyRowTableModel
from app.ui.models.row_table_model import RowTableModel
from app.ui.pages import staff_page, usage_page
from tests.support import CHAIR


def test_row_model(qtmodeltester: ModelTester, demo_db: Database) -> None:
    model = RowTableModel(staff_page.COLUMNS, "StaffPage")
    model.set_rows(roster.list_staff(demo_db, CHAIR))
    qtmodeltester.check(model)
    first = model.row_at(0)
    from PySide6.QtCore import Qt

    assert model.index(0, 0).data(Qt.ItemDataRole.UserRole) == first.id


def test_lazy_model(qtmodeltester: ModelTester, demo_db: Database) -> None:
    model = LazyRowTableModel(usage_page.COLUMNS, "UsagePage")
    flt = VisitFilter()
    total = count_visits(demo_db, CHAIR, flt)
    model.reset_source(total, lambda o, n: fetch_visits(demo_db, CHAIR, flt, o, n))
    qtmodeltester.check(model)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == total
