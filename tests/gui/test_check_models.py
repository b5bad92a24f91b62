"""The tick-box models obey Qt's model contract and report what was ticked."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from app.db.migrate import Database
from app.services import activities, sign_in
from app.services.sign_in import AttendeeRow
from app.ui.dialogs.activities import sign_in_dialog
from app.ui.models.check_table_model import CheckListModel, CheckTableModel
from tests.support import CHAIR

CHECK = Qt.ItemDataRole.CheckStateRole


def test_check_table_model(qtmodeltester: ModelTester, demo_db: Database) -> None:
    lecture = activities.list_activities(demo_db, CHAIR)[0]
    toggled: list[tuple[str, bool]] = []

    def toggle(row: AttendeeRow, ticked: bool) -> AttendeeRow | None:
        toggled.append((row.employee_no, ticked))
        return None if row.employee_no.endswith("9") else dataclasses.replace(row, present=ticked)

    model: CheckTableModel[AttendeeRow] = CheckTableModel(
        sign_in_dialog.COLUMNS, "SignInDialog", checked=lambda r: r.present, on_toggle=toggle
    )
    model.set_rows(sign_in.attendee_list(demo_db, CHAIR, lecture.id))
    qtmodeltester.check(model)
    first = model.index(0, 0)
    assert first.flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert not model.index(0, 1).flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert first.data(CHECK) == Qt.CheckState.Unchecked
    assert model.setData(first, Qt.CheckState.Checked.value, CHECK)
    assert first.data(CHECK) == Qt.CheckState.Checked
    assert model.toggle(0) and first.data(CHECK) == Qt.CheckState.Unchecked
    assert toggled[:2] == [
        (model.row_at(0).employee_no, True),
        (model.row_at(0).employee_no, False),
    ]


def test_check_list_model(qtmodeltester: ModelTester) -> None:
    model = CheckListModel()
    model.set_items([(3, "一车间"), (5, "二车间"), (8, "行政部")], checked=[5])
    qtmodeltester.check(model)
    assert model.checked_ids() == (5,)
    model.setData(model.index(2), Qt.CheckState.Checked.value, CHECK)
    model.setData(model.index(1), Qt.CheckState.Unchecked.value, CHECK)
    assert model.checked_ids() == (8,)
    assert model.index(0).data(Qt.ItemDataRole.UserRole) == 3
