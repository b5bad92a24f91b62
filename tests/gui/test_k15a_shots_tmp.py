"""Temporary: screenshots of the audit log and the Exchange page (not committed)."""

from __future__ import annotations

import shutil

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.db.migrate import Database
from app.ui.i18n import Language, Translations
from tests.gui.conftest import open_window
from tests.gui.test_audit_words import DENSE
from tests.registers import build


def test_shots(qtbot: QtBot, demo_db: Database, translations: Translations) -> None:
    build(demo_db, DENSE)
    window = open_window(qtbot, demo_db, translations)
    window.resize(1366, 768)
    for language in (Language.CHINESE, Language.ENGLISH):
        translations.apply(language)
        QApplication.processEvents()
        window.ui.navList.setCurrentRow(window.page_keys.index("audit"))
        page = window.current_page()
        page.reload()
        view = page.ui.tableView
        model = view.model()
        for row in range(model.rowCount()):
            if model.index(row, 4).data() in ("建设单位与生活室信息", "Site and room profile"):
                view.selectRow(row)
                break
        qtbot.wait(300)
        path = f"/tmp/k15a_shots/audit_{language.value}.png"
        window.grab().save(path)
        for row in range(model.rowCount()):
            if model.index(row, 4).data() in ("巡检督查", "Inspection"):
                view.selectRow(row)
                break
        qtbot.wait(200)
        window.grab().save(f"/tmp/k15a_shots/audit2_{language.value}.png")
        window.ui.navList.setCurrentRow(window.page_keys.index("exchange"))
        qtbot.wait(500)
        window.grab().save(f"/tmp/k15a_shots/exchange_{language.value}.png")
    translations.apply(Language.CHINESE)
    shutil.copy(demo_db.path, "/tmp/k15a_shots/dense.db") if hasattr(demo_db, "path") else None
