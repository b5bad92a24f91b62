"""First run on an empty database: create a new site, or open the demo data."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QProgressDialog
from pytestqt.qtbot import QtBot

from app.catalogue import Language as CatalogueLanguage
from app.catalogue import word
from app.catalogue.demo import DemoStage
from app.db.migrate import Database, open_database
from app.services.site_profile import get_profile
from app.ui.app import offer_first_run
from app.ui.dialogs.setup.first_run_dialog import FirstRunDialog
from app.ui.dialogs.setup.site_setup_dialog import SiteSetupDialog
from app.ui.i18n import Translations
from tests.gui.conftest import open_window, screenshot


def when_shown(kind: type[QDialog], act: object) -> None:
    """Act on the modal dialog of `kind` as soon as it is open."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            act(dialog)  # type: ignore[operator]
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(20, poll)


def test_create_a_new_site(qtbot: QtBot, tmp_path: Path, translations: Translations) -> None:
    db = open_database(tmp_path / "new.db")
    window = open_window(qtbot, db, translations)
    assert window.pages["staff"].ui.tableView.model().rowCount() == 0

    def fill_site(dialog: SiteSetupDialog) -> None:
        screenshot(dialog, "site_setup_dialog")
        dialog.ui.buttonBox.accepted.emit()  # Save with the name still empty
        assert "建设单位" in dialog.ui.errorLabel.text()  # named as the form labels it
        assert dialog.isVisible()
        dialog.form.siteNameEdit.insert("沧州测试化工有限公司")  # as an input method commits it
        qtbot.keyClicks(dialog.form.siteCodeEdit, "130900-0099")
        dialog.form.areaSpin.setValue(18)
        dialog.form.chairNameEdit.insert("张建国")
        dialog.ui.buttonBox.accepted.emit()

    def choose_new_site(dialog: FirstRunDialog) -> None:
        screenshot(dialog, "first_run_dialog")
        when_shown(SiteSetupDialog, fill_site)
        dialog.ui.newSiteButton.click()

    when_shown(FirstRunDialog, choose_new_site)
    assert offer_first_run(window) == []
    profile = get_profile(db)
    assert profile is not None
    assert (profile.site_name, profile.site_code, profile.area_m2) == (
        "沧州测试化工有限公司",
        "130900-0099",
        18,
    )
    assert profile.room_name == "职工健康生活室"
    assert "沧州测试化工有限公司" in window.site_label.text()
    db.close()


def test_open_the_demo_data(qtbot: QtBot, tmp_path: Path, translations: Translations) -> None:
    db: Database = open_database(tmp_path / "demo.db")
    window = open_window(qtbot, db, translations)
    when_shown(FirstRunDialog, lambda dialog: dialog.ui.demoButton.click())
    labels: set[str] = set()

    watch = QTimer(window)  # reads the progress dialog's line as the stages go by
    watch.timeout.connect(
        lambda: labels.update(d.labelText() for d in window.findChildren(QProgressDialog))
    )
    watch.start(5)
    tasks = offer_first_run(window)
    assert len(tasks) == 1
    overview = window.pages["overview"].ui.tableView.model()
    # When the worker is done the window reloads: the overview then counts the demo staff.
    qtbot.waitUntil(lambda: overview.index(0, 1).data() not in (None, "0"), timeout=60_000)
    watch.stop()
    # Each stage in the catalogue's words (the command line's progress says the same), never
    # its code.
    stages = labels - {"", "正在生成演示数据…"}
    assert stages and stages <= {word(stage, CatalogueLanguage.ZH) for stage in DemoStage}
    assert "使用登记" in stages
    assert get_profile(db) is not None
    window.ui.navList.setCurrentRow(2)
    assert window.pages["staff"].ui.tableView.model().rowCount() > 100
    db.close()
