"""The county workspace window: import the sites' packages (verified first, a changed key only
when confirmed, damaged ones refused with the reason), the sites × indicators table with
missing packages flagged, inspections with rectification items, and the county report."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
)
from pytestqt.qtbot import QtBot

from app.catalogue.language import Language as Speech
from app.db.county_models import Workspace, open_workspace
from app.db.migrate import open_database
from app.domain.county_roles import CountyRole
from app.domain.periods import Period
from app.exchange.export_package import export_package
from app.exchange.removable import RemovableDrive
from app.services import county, county_accounts, export_records
from app.services.county_accounts import CountyReviewer
from app.ui.county_open import open_workspace_window
from app.ui.county_window import CountyWindow
from app.ui.dialogs.accounts.create_chair_dialog import CreateChairDialog
from app.ui.dialogs.common.pdf_preview_dialog import PdfPreviewDialog
from app.ui.dialogs.county.county_inspection_dialog import CountyInspectionDialog
from app.ui.i18n import Translations
from app.ui.models.county_figures_model import FIXED, KEYS
from app.ui.widgets.indicator_card import COLOURS
from tests.gui.conftest import screenshot
from tests.gui.county_packages import SECOND_CODE, SECOND_NAME, Packages, make_packages
from tests.gui.test_sign_in import when_shown
from tests.support import COUNTY_PASSWORD, DEMO_TODAY, TECH


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory, demo_file: Path) -> Packages:
    return make_packages(tmp_path_factory.mktemp("county"), demo_file)


class Messages:
    """What the window told the reviewer (QMessageBox's static calls, answered as asked)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.shown: list[tuple[str, str]] = []
        self.questions: list[str] = []
        self.answer = QMessageBox.StandardButton.No
        for kind in ("information", "warning"):
            monkeypatch.setattr(QMessageBox, kind, self._keep(kind))
        monkeypatch.setattr(QMessageBox, "question", self._ask)

    def _keep(self, kind: str) -> object:
        def keep(_parent: object, _title: str, text: str, *_args: object) -> None:
            self.shown.append((kind, text))

        return keep

    def _ask(self, _parent: object, _title: str, text: str, *_args: object) -> object:
        self.questions.append(text)
        return self.answer

    def last(self) -> str:
        return self.shown[-1][1] if self.shown else ""


def signed_in(_parent: object, workspace: Workspace) -> CountyReviewer:
    """The reviewer 李审核 (account li) signs in; the administrator made the account."""
    if not county_accounts.has_accounts(workspace):
        admin = county_accounts.create_first_admin(workspace, "wang", COUNTY_PASSWORD, "王管理")
        county_accounts.add_account(workspace, admin, "li", CountyRole.REVIEWER, COUNTY_PASSWORD,
                                    "李审核")  # fmt: skip
    return county_accounts.sign_in(workspace, "li", COUNTY_PASSWORD)


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> Messages:
    return Messages(monkeypatch)


@pytest.fixture
def county_window(
    qtbot: QtBot, tmp_path: Path, translations: Translations, messages: Messages
) -> Iterator[CountyWindow]:
    window = open_workspace_window(None, tmp_path / "county.db", lambda: DEMO_TODAY, signed_in)
    assert window is not None
    qtbot.addWidget(window)
    window.resize(1400, 820)
    qtbot.waitExposed(window)
    yield window
    window.close()


def run_import(qtbot: QtBot, window: CountyWindow, messages: Messages, paths: list[Path]) -> str:
    before = len(messages.shown)
    window.import_files(paths)
    qtbot.waitUntil(lambda: len(messages.shown) > before, timeout=30_000)
    return messages.last()


def import_trusting(
    qtbot: QtBot, window: CountyWindow, messages: Messages, paths: list[Path]
) -> str:
    """Import, confirming each new site's key fingerprint as read out by its technician."""
    messages.answer = QMessageBox.StandardButton.Yes
    try:
        return run_import(qtbot, window, messages, paths)
    finally:
        messages.answer = QMessageBox.StandardButton.No


def choose_period(window: CountyWindow, code: str) -> None:
    combo = window.ui.periodCombo
    combo.setCurrentIndex(combo.findData(code))


def test_import_two_sites_and_compare_them(
    qtbot: QtBot, county_window: CountyWindow, messages: Messages, packages: Packages
) -> None:
    window = county_window
    assert "尚无数据包" in window.ui.figuresNoteLabel.text()
    stick = packages.demo_q3.parent
    window.drives = lambda: [RemovableDrive(stick, "KINGSTON (sdb1)")]
    messages.answer = QMessageBox.StandardButton.Yes  # the fingerprints match what was read out
    qtbot.mouseClick(window.ui.usbButton, Qt.MouseButton.LeftButton)  # every zip on the stick
    qtbot.waitUntil(lambda: bool(messages.shown), timeout=30_000)
    messages.answer = QMessageBox.StandardButton.No
    kind, summary = messages.shown[-1]
    assert kind == "information" and summary.count("已导入") == 3, summary
    # Each new site's first key was shown with its fingerprint and confirmed, once per site.
    assert len(messages.questions) == 2 and all("指纹" in q for q in messages.questions)
    combo = window.ui.periodCombo
    assert [combo.itemData(i) for i in range(combo.count())] == ["2026Q2", "2026Q3"]
    assert combo.currentData() == "2026Q3"  # the newest period
    assert combo.currentText() == "2026年第3季度"
    model = window.figures
    assert model.rowCount() == 2 and not any(r.missing for r in model.rows)
    codes = [r.code for r in model.rows]
    demo = model.rows[1 - codes.index(SECOND_CODE)]
    second = model.rows[codes.index(SECOND_CODE)]
    usage = FIXED + KEYS.index(next(k for k in KEYS if k.value == "usage_rate"))
    demo_usage, second_usage = (r.figures["usage_rate"].value for r in (demo, second))
    assert demo_usage is not None and second_usage is not None and second_usage < demo_usage
    row = codes.index(SECOND_CODE)
    state = model.state(row, usage)
    assert state in ("not_met", "open")
    brush = model.data(model.index(row, usage), Qt.ItemDataRole.BackgroundRole)
    assert brush.color().name() == COLOURS[state][0]
    assert "%" in model.data(model.index(row, usage))
    assert model.headerData(usage, Qt.Orientation.Horizontal) == "使用率"
    assert "各单位均已报送" in window.ui.figuresNoteLabel.text()
    screenshot(window, "county_workspace")
    choose_period(window, "2026Q2")  # the second site sent no package for Q2: flagged
    row = [r.code for r in model.rows].index(SECOND_CODE)
    assert model.rows[row].missing and model.state(row, usage) == "missing"
    assert "未报送" in model.data(model.index(row, 1))
    assert SECOND_NAME in window.ui.figuresNoteLabel.text()
    screenshot(window, "county_workspace_missing")
    # Sites and keys: the fingerprint the site reads out on the phone.
    db = open_database(packages.demo_db)
    own = export_records.key_fingerprint(db, TECH)
    db.close()
    fingerprints = {r.code: r.fingerprint for r in window.sites._rows}
    assert own is not None and own in fingerprints.values()
    window.ui.tabs.setCurrentWidget(window.ui.sitesTab)
    screenshot(window, "county_sites")
    log = county.access_log(window.workspace, window.reviewer)
    actions = [r.action for r in log]
    assert actions[-2:] == ["open", "sign_in"] and "import" in actions  # who, and what they did
    assert all(r.reviewer == "li" and r.channel == "window" for r in log)  # a reviewer's own
    imports = [r.said(Speech.EN) for r in log if r.action == "import"]
    # One line per package and try: each waited for its site's key to be confirmed, then came in.
    assert len(imports) == 6 and sum(": imported" in d for d in imports) == 3, imports


def test_reimport_newer_damaged_and_changed_key(
    qtbot: QtBot,
    county_window: CountyWindow,
    messages: Messages,
    packages: Packages,
    tmp_path: Path,
) -> None:
    window = county_window
    window.choose_packages = lambda: [packages.demo_q3, packages.second_q3]  # the file dialog
    messages.answer = QMessageBox.StandardButton.No  # first keys not confirmed: nothing in
    qtbot.mouseClick(window.ui.importButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(messages.shown), timeout=30_000)
    assert messages.last().count("未导入") == 2 and window.ui.periodCombo.count() == 0
    assert (
        import_trusting(qtbot, window, messages, [packages.demo_q3, packages.second_q3]).count(
            "已导入"
        )
        == 2
    )
    asked = len(messages.questions)
    again = run_import(qtbot, window, messages, [packages.demo_q3])
    assert "已导入过" in again and "未改变" in again
    # A newer package of the same period replaces the older one, with a visible note.
    db = open_database(packages.demo_db)
    newer = export_package(db, TECH, Period.parse("2026Q3"), tmp_path, as_of=DEMO_TODAY).path
    db.close()
    replaced = run_import(qtbot, window, messages, [newer])
    assert "替换" in replaced
    assert "替换" in window.ui.figuresNoteLabel.text()
    # Damaged and truncated packages: refused with the reason, nothing imported.
    data = bytearray(packages.demo_q2.read_bytes())
    data[len(data) // 2] ^= 0x01
    flipped = tmp_path / "flipped.zip"
    flipped.write_bytes(bytes(data))
    cut = tmp_path / "cut.zip"
    cut.write_bytes(packages.demo_q2.read_bytes()[: len(data) // 2])
    refused = run_import(qtbot, window, messages, [flipped, cut])
    assert messages.shown[-1][0] == "warning"
    assert "flipped.zip：拒绝导入" in refused and "cut.zip：拒绝导入" in refused
    assert "损坏" in refused or "改动" in refused
    assert window.ui.periodCombo.findData("2026Q2") == -1  # nothing of them was imported
    # The second site's key changes: refused unless the reviewer confirms.
    rekeyed_folder = tmp_path / "rekeyed"
    rekeyed_folder.mkdir()
    copy = tmp_path / "second-again.db"
    shutil.copyfile(packages.demo_db, copy)
    from sqlalchemy import delete, update

    from app.db.models import Setting, Site
    from app.services.exchange_keys import SIGNING_KEY
    from app.services.unit_of_work import unit_of_work

    db = open_database(copy)
    with unit_of_work(db) as session:
        session.execute(update(Site).values(code=SECOND_CODE, name=SECOND_NAME))
        session.execute(delete(Setting).where(Setting.key == SIGNING_KEY))
    rekeyed = export_package(
        db, TECH, Period.parse("2026Q3"), rekeyed_folder, as_of=DEMO_TODAY
    ).path
    new_print = export_records.key_fingerprint(db, TECH)
    db.close()
    old_print = county.pinned_fingerprint(window.workspace, SECOND_CODE)
    # A reviewer is told that only the administrator may trust a new key; nothing imported.
    before, asked = len(messages.shown), len(messages.questions)
    refused = run_import(qtbot, window, messages, [rekeyed])
    assert len(messages.questions) == asked and "只有县级管理员" in messages.shown[before][1]
    assert "未导入" in refused
    assert county.pinned_fingerprint(window.workspace, SECOND_CODE) == old_print
    window.reviewer = county_accounts.sign_in(window.workspace, "wang", COUNTY_PASSWORD)
    messages.answer = QMessageBox.StandardButton.No
    declined = run_import(qtbot, window, messages, [rekeyed])
    assert len(messages.questions) == asked + 1
    assert old_print is not None and new_print is not None
    assert old_print in messages.questions[-1] and new_print in messages.questions[-1]
    assert "未导入" in declined and messages.shown[-1][0] == "warning"
    assert county.pinned_fingerprint(window.workspace, SECOND_CODE) == old_print
    messages.answer = QMessageBox.StandardButton.Yes
    accepted = run_import(qtbot, window, messages, [rekeyed])
    assert "已导入" in accepted and "替换" in accepted, accepted
    assert county.pinned_fingerprint(window.workspace, SECOND_CODE) == new_print


def test_record_an_inspection_with_rectification_items(
    qtbot: QtBot, county_window: CountyWindow, messages: Messages, packages: Packages
) -> None:
    window = county_window
    import_trusting(qtbot, window, messages, [packages.demo_q3, packages.second_q3])
    window.ui.tabs.setCurrentWidget(window.ui.inspectionsTab)
    assert window.ui.yearSpin.value() == 2026
    sites = window.inspected
    row = [r.code for r in sites._rows].index(SECOND_CODE)
    window.ui.inspectionSitesTable.selectRow(row)
    before = len(sites.row_at(row).inspections)
    window.ui.addInspectionButton.click()
    dialog = window.findChild(CountyInspectionDialog)
    assert isinstance(dialog, CountyInspectionDialog)
    qtbot.waitExposed(dialog)
    assert SECOND_CODE in dialog.ui.siteValueLabel.text()
    save = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    save.click()  # no inspectors yet: refused, said where
    assert "检查人" in dialog.ui.errorLabel.text() and dialog.isVisible()
    dialog.ui.dateEdit.setDate(QDate(2026, 10, 20))
    dialog.ui.inspectorsEdit.insert("王督查, 赵科长")  # keyClicks types Latin-1 only
    dialog.ui.scoreSpin.setValue(86.5)
    dialog.ui.findingsEdit.insertPlainText("消毒记录缺10月第2周；血压计未校准")
    view = dialog.ui.itemsTable
    for text in ("补全消毒记录", "血压计送检校准"):
        dialog.ui.addItemButton.click()  # a new row, its text cell open for typing
        qtbot.wait(30)
        (editor,) = [e for e in view.viewport().findChildren(QLineEdit) if e.isVisible()]
        editor.insert(text)
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.wait(30)
    items = dialog.items
    items.setData(items.index(0, 2), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert [i.description for i in items.items] == ["补全消毒记录", "血压计送检校准"]
    assert items.items[1].deadline.isoformat() == "2026-11-19"  # 30 days after the visit
    screenshot(dialog, "county_inspection_dialog")
    save.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    site = window.inspected.row_at(window.ui.inspectionSitesTable.currentIndex().row())
    assert site.code == SECOND_CODE and len(site.inspections) == before + 1
    own = next(i for i in site.inspections if i.source == "county")
    assert own.inspectors == "王督查, 赵科长" and own.score == 86.5
    assert own.items[0][2] == "done" and own.items[1][2] == "open"
    rows = range(window.inspections.rowCount())
    shown = [window.inspections.data(window.inspections.index(r, 5)) for r in rows]
    # Done, with the day the reviewer ticked it (the county's own closure) by the window's
    # clock, not the computer's.
    assert any(f"补全消毒记录 (2026-11-19, 已完成 {DEMO_TODAY.isoformat()})" in text
               for text in shown)  # fmt: skip
    # Edit it: the dialog opens with what was saved.
    county_row = [i.review_id for i in window.inspections._rows].index(own.review_id)
    window.ui.inspectionsTable.selectRow(county_row)
    dialog2 = window.edit_inspection()
    assert dialog2 is not None
    assert dialog2.ui.inspectorsEdit.text() == "王督查, 赵科长"
    assert dialog2.items.rowCount() == 2 and dialog2.items.items[0].done
    dialog2.ui.scoreSpin.setValue(90)
    dialog2.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: not dialog2.isVisible())
    again = county.site_inspections(window.workspace, 2026)
    mine = next(s for s in again if s.code == SECOND_CODE)
    assert [i.score for i in mine.inspections if i.source == "county"] == [90]
    screenshot(window, "county_inspections")
    # Delete it: asked first (declined: kept), then removed and logged with who.
    window.ui.inspectionsTable.selectRow(county_row)
    assert window.delete_inspection() is False
    assert SECOND_NAME in messages.questions[-1] and "2026-10-20" in messages.questions[-1]
    assert len(county.site_inspections(window.workspace, 2026)[-1].inspections) >= 1
    messages.answer = QMessageBox.StandardButton.Yes
    window.ui.inspectionsTable.selectRow(county_row)
    assert window.delete_inspection() is True
    left = next(s for s in county.site_inspections(window.workspace, 2026) if s.code == SECOND_CODE)
    assert not [i for i in left.inspections if i.source == "county"]
    newest = county.access_log(window.workspace, window.reviewer)[0]
    assert newest.said(Speech.EN).startswith(f"deleted {SECOND_CODE}")
    # A site-reported inspection cannot be deleted here: said why, nothing asked.
    site_rows = [r for r, i in enumerate(window.inspections._rows) if i.review_id is None]
    assert site_rows  # the site's own package reports its inspections
    window.ui.inspectionsTable.selectRow(site_rows[0])
    asked = len(messages.questions)
    assert window.delete_inspection() is False
    assert len(messages.questions) == asked and "数据包" in messages.last()
    # Fewer than two inspections in a year: flagged in red (2025: no package, no record).
    assert not any(s.too_few for s in again)
    window.ui.yearSpin.setValue(2025)
    sites = window.inspected
    assert sites.rowCount() == 2
    for r in range(2):
        assert "不足2次" in sites.data(sites.index(r, 2))
        colour = sites.data(sites.index(r, 1), Qt.ItemDataRole.ForegroundRole).color().name()
        assert colour == "#c62828"


def test_county_report_is_written_in_a_worker_and_previewed(
    qtbot: QtBot,
    county_window: CountyWindow,
    messages: Messages,
    packages: Packages,
    tmp_path: Path,
) -> None:
    window = county_window
    import_trusting(
        qtbot, window, messages, [packages.demo_q2, packages.demo_q3, packages.second_q3]
    )
    target = tmp_path / "县级汇总.pdf"
    shown: list[Path] = []
    window.ask_year = lambda: 2026
    window.choose_file = lambda _name: target

    def look(preview: PdfPreviewDialog) -> None:  # the program's own print preview
        shown.append(preview.path)
        assert preview.windowTitle() and len(preview.page_sizes) >= 2
        preview.reject()

    when_shown(PdfPreviewDialog, look)
    qtbot.mouseClick(window.ui.reportButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shown == [target], timeout=30_000)
    text = "\n".join(p.extract_text() for p in PdfReader(target).pages)
    assert "2026年度职工健康生活室县级汇总" in text
    assert SECOND_NAME in text and "未报送" in text
    for section in ("全县合计", "前5名与后5名", "需关注单位", "表彰候选名单"):
        assert section in text, section  # the county's totals and lists, in the preview
    book = load_workbook(target.with_suffix(".xlsx"), read_only=True)
    assert "指标 2026Q3" in book.sheetnames and "巡检" in book.sheetnames
    book.close()
    shutil.copyfile(target, Path(screenshot(window, "county_after_report")).with_suffix(".pdf"))
    assert county.access_log(window.workspace, window.reviewer)[0].action == "report"


def test_a_site_register_is_not_a_workspace_and_back(
    qtbot: QtBot, tmp_path: Path, translations: Translations, messages: Messages, packages: Packages
) -> None:
    site = tmp_path / "site.db"
    shutil.copyfile(packages.demo_db, site)
    assert open_workspace_window(None, site, sign_in=signed_in) is None
    assert "单位的台账" in messages.last() and "不是县级工作区" in messages.last()
    workspace = tmp_path / "county.db"
    open_workspace(workspace).close()
    from app.ui.start import open_session

    assert open_session(workspace) is None  # the site's sign-in refuses it, and says why
    assert "县级工作区" in messages.last()
    assert open_workspace(workspace).path == workspace  # the workspace is still a workspace


def test_the_county_workspace_from_the_file_menu(
    qtbot: QtBot,
    window: object,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    translations: Translations,
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from app.ui import county_open
    from app.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    path = tmp_path / "new-county.db"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(path), ""))

    def first_admin(dialog: CreateChairDialog) -> None:  # a new workspace: its administrator
        assert dialog.windowTitle() == "新县级工作区——第一个管理员"
        assert dialog.ui.workspaceButton.isHidden()
        screenshot(dialog, "county_first_admin")
        dialog.ui.usernameEdit.setText("zhang")
        dialog.ui.displayNameEdit.setText("张审核")
        dialog.ui.passwordEdit.setText(COUNTY_PASSWORD)
        dialog.ui.confirmEdit.setText(COUNTY_PASSWORD)
        dialog.ui.buttonBox.accepted.emit()

    when_shown(CreateChairDialog, first_admin)
    window.ui.actionOpenCountyWorkspace.trigger()
    (opened,) = county_open._windows
    qtbot.addWidget(opened)
    assert opened.reviewer.username == "zhang" and opened.workspace.path == path
    assert opened.reviewer.role is CountyRole.ADMIN and "张审核（县级管理员）" in (
        opened.reviewer_label.text()
    )
    assert path.exists()
    assert opened.windowTitle() == "县级工作区——new-county.db"
    assert opened.ui.actionChinese.isChecked() and not opened.ui.actionEnglish.isChecked()
    opened.ui.actionEnglish.trigger()  # the window's own language menu, as the reviewer would
    qtbot.waitUntil(lambda: opened.windowTitle() == "County workspace — new-county.db")
    assert opened.ui.reportButton.text() == "County report…"
    assert opened.figures.headerData(FIXED, Qt.Orientation.Horizontal) == "Open ≥ 3 h"
    assert "No packages yet" in opened.ui.figuresNoteLabel.text()
    assert opened.ui.actionEnglish.isChecked() and not opened.ui.actionChinese.isChecked()
    assert window.ui.actionEnglish.isChecked()  # the site window follows the same choice
    opened.ui.actionChinese.trigger()
    qtbot.waitUntil(lambda: opened.windowTitle() == "县级工作区——new-county.db")
    opened.close()
    assert not county_open._windows


def test_the_start_screen_offers_the_county_workspace(
    qtbot: QtBot, tmp_path: Path, translations: Translations, packages: Packages
) -> None:
    from app.ui.dialogs.accounts.create_chair_dialog import CreateChairDialog
    from app.ui.dialogs.accounts.login_dialog import LoginDialog
    from app.ui.start import WorkspaceChosen, open_session

    # First run on a county office PC: no site account needed, straight to the workspace.
    when_shown(CreateChairDialog, lambda d: d.ui.workspaceButton.click())
    with pytest.raises(WorkspaceChosen):
        open_session(tmp_path / "new.db")
    assert not (tmp_path / "new.db").exists()
    # The sign-in of an existing register offers it too (not the lock screen).
    site = tmp_path / "site.db"
    shutil.copyfile(packages.demo_db, site)

    def choose(dialog: LoginDialog) -> None:
        assert dialog.ui.workspaceButton.isVisible()
        assert dialog.ui.workspaceButton.text() == "打开县级工作区…"
        screenshot(dialog, "login_dialog_workspace")
        dialog.ui.workspaceButton.click()

    when_shown(LoginDialog, choose)
    with pytest.raises(WorkspaceChosen):
        open_session(site)
    locked = LoginDialog(lambda _u, _p: None, None, "chair", locked=True, offer_workspace=True)
    qtbot.addWidget(locked)
    assert locked.ui.workspaceButton.isHidden()


def test_cancel_stops_the_import_between_packages(
    qtbot: QtBot, county_window: CountyWindow, messages: Messages, packages: Packages
) -> None:
    window = county_window
    task = window.import_files([packages.demo_q2, packages.demo_q3, packages.second_q3])
    assert task is not None
    task.signals.progress.connect(lambda _p, _m: task.cancel())  # Cancel after the first file
    cancelled: list[bool] = []
    task.signals.cancelled.connect(lambda: cancelled.append(True))
    qtbot.waitUntil(lambda: bool(cancelled), timeout=30_000)
    with window.workspace.sessions() as session:
        from app.db.county_models import CountyPackage

        assert session.query(CountyPackage).count() < 3  # what was imported stays whole
    assert not messages.shown  # no summary for a cancelled import


def test_an_administrator_makes_a_new_county_key(
    qtbot: QtBot, tmp_path: Path, translations: Translations, messages: Messages
) -> None:
    """单位与密钥 → 生成新的县级密钥…: a reviewer does not see it; the administrator is asked
    first, then shown the new fingerprint to read to the sites; the tab and the access log
    show it at once."""
    from app.exchange.county_return import key_fingerprint

    place = tmp_path / "county.db"
    as_reviewer = open_workspace_window(None, place, lambda: DEMO_TODAY, signed_in)
    assert as_reviewer is not None and as_reviewer.ui.newKeyButton.isHidden()
    as_reviewer.close()

    def administrator(_parent: object, workspace: Workspace) -> CountyReviewer:
        return county_accounts.sign_in(workspace, "wang", COUNTY_PASSWORD)

    window = open_workspace_window(None, place, lambda: DEMO_TODAY, administrator)
    assert window is not None
    qtbot.addWidget(window)
    window.resize(1366, 768)
    qtbot.waitExposed(window)
    window.ui.tabs.setCurrentWidget(window.ui.sitesTab)
    button = window.ui.newKeyButton
    assert button.isVisible() and button.text() == "生成新的县级密钥…"
    messages.answer = QMessageBox.StandardButton.No  # asked first: declined, nothing made
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert len(messages.questions) == 1 and key_fingerprint(window.workspace) is None
    messages.answer = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    first = key_fingerprint(window.workspace)
    assert (
        first is not None and first in messages.last() and first in window.ui.countyKeyLabel.text()
    )
    screenshot(window, "county_new_key")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    second = key_fingerprint(window.workspace)
    assert (
        second not in (None, first) and f"{second}" in messages.last() and first in messages.last()
    )
    log = county.access_log(window.workspace, window.reviewer)
    assert [a.action for a in log[:2]] == ["new_key", "new_key"]
    window.ui.actionEnglish.trigger()
    qtbot.waitUntil(lambda: button.text() == "Make a new county key…")
    assert f"sent to the sites: {second}" in window.ui.countyKeyLabel.text()
    screenshot(window, "county_new_key_en")
    window.ui.actionChinese.trigger()
    qtbot.waitUntil(lambda: button.text() == "生成新的县级密钥…")
    window.close()
