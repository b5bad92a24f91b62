"""The check-up results import in the window: from the Staff page's button, through the
preview, the column mapping and the problems, to the findings and the refreshed health files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.db.models import Checkup, UsageVisit
from app.services import health_files
from app.services.unit_of_work import read_only
from app.ui.dialogs.staff.checkup_import_dialog import CheckupImportDialog
from app.ui.i18n import Language, Translations
from app.ui.main_window import MainWindow
from tests.checkup_files import HEADER, checkup_rows, people_of, write_checkups_xlsx
from tests.gui.conftest import screenshot
from tests.gui.test_staff_page import choose_field, staff_page, when_modal


def test_checkup_import_from_the_staff_page(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, translations: Translations
) -> None:
    page = staff_page(qtbot, window)
    db = page.context.db
    people = people_of(db.path, limit=30)
    rows = checkup_rows(people, on=dt.date(2026, 10, 20))
    rows[4][15] = "212 mg/dL"  # cholesterol in the wrong unit: an error at P7
    rows.append(["TJ9", "查无此人", "男", "40岁", "", "一车间", dt.date(2026, 10, 20)] + [""] * 20)
    header = ["检查时间" if h == "体检日期" else h for h in HEADER]  # a heading no guess places
    source = write_checkups_xlsx(tmp_path / "2026年体检结果.xlsx", rows, header)
    with read_only(db) as session:
        visits = session.scalar(select(func.count()).select_from(UsageVisit))

    opened: list[CheckupImportDialog] = []
    when_modal(CheckupImportDialog, lambda w: opened.append(w))  # type: ignore[arg-type]
    assert page.tools.checkupImportButton.isVisible()
    qtbot.mouseClick(page.tools.checkupImportButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)

    dialog = CheckupImportDialog(page.context, page)  # deleted with the page, its parent
    dialog.resize(1366, 768)
    dialog.show()
    dialog.ui.fileEdit.setText(str(source))
    qtbot.mouseClick(dialog.ui.checkButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=20_000)
    assert dialog.preview is not None and not dialog.ui.importButton.isEnabled()
    assert dialog.ui.tabs.currentIndex() == 0  # the check-up date is not mapped
    assert "体检日期" in dialog.ui.summaryLabel.text() or dialog.preview.errors
    screenshot(dialog, "checkup_import_columns_zh")

    dialog.preview = None
    choose_field(qtbot, dialog.mapping_view, "检查时间", "checkup_date")
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=20_000)
    preview = dialog.preview
    assert preview is not None and len(preview.errors) == 1
    problems = dialog.problem_model
    error_row = next(
        r for r in range(problems.rowCount()) if problems.index(r, 1).data().startswith("P")
    )
    assert problems.index(error_row, 0).data() == "7"
    assert "mg/dL" in problems.index(error_row, 4).data()
    assert any(
        "名册上找不到此人" in problems.index(r, 4).data() for r in range(problems.rowCount())
    )
    assert not dialog.ui.importButton.isEnabled()
    screenshot(dialog, "checkup_import_problems_zh")

    rows[4][15] = 5.6
    write_checkups_xlsx(source, rows, header)
    dialog.preview = None
    qtbot.mouseClick(dialog.ui.checkButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=20_000)
    assert dialog.preview is not None and dialog.preview.new == 30
    assert dialog.ui.importButton.isEnabled()
    assert dialog.plan_model.rowCount() == 30
    qtbot.mouseClick(dialog.ui.importButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.imported, timeout=30_000)
    assert dialog.ui.tabs.currentIndex() == 3
    assert dialog.findings_model.rowCount() > 0
    assert "30" in dialog.ui.summaryLabel.text()
    screenshot(dialog, "checkup_import_findings_zh")

    translations.apply(Language.ENGLISH)
    dialog.ui.retranslateUi(dialog)
    dialog.show_preview(dialog.preview)
    assert dialog.findings_model.index(0, 0).data() == "Item"
    screenshot(dialog, "checkup_import_findings_en")
    dialog.close()

    with read_only(db) as session:
        assert session.scalar(select(func.count()).select_from(Checkup)) == 30
        assert session.scalar(select(func.count()).select_from(UsageVisit)) == visits
        staff_id = session.scalar(select(Checkup.staff_id).order_by(Checkup.staff_id).limit(1))
    assert staff_id is not None
    view = health_files.get_health_file(db, page.context.actor, staff_id, dt.date(2026, 11, 16))
    assert view.file is not None and view.file.last_checkup_date == dt.date(2026, 10, 20)
    assert view.current
