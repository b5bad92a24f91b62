"""The warning a person reads when their role may not do what they asked: a technician signed in
to the real window records an upkeep event (the Action table lets a technician see the
equipment, not change it) and reads who they are, their role and what they may not do, in
Chinese and then in English, while nothing is written."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.catalogue.codes import Role
from app.db.migrate import Database
from app.db.models import AuditEntry, DeviceEvent
from app.domain.permissions import Action, allowed
from app.services.actor import Actor
from app.services.unit_of_work import read_only
from app.ui.app import build_window
from app.ui.context import AppContext
from app.ui.dialogs.equipment.device_event_dialog import DeviceEventDialog
from app.ui.i18n import Language, Translations
from app.ui.pages.equipment_page import EquipmentPage
from tests.gui.conftest import screenshot
from tests.gui.test_equipment_page import dialog_of, save, scan
from tests.support import DEMO_TODAY

TECH = Actor("tech", Role.TECH)


def written(db: Database) -> tuple[int, int]:
    with read_only(db) as session:
        events = session.scalar(select(func.count()).select_from(DeviceEvent))
        entries = session.scalar(select(func.count()).select_from(AuditEntry))
    return int(events or 0), int(entries or 0)


def test_a_technician_reads_why_an_upkeep_event_is_refused(
    qtbot: QtBot, demo_db: Database, translations: Translations
) -> None:
    assert allowed(Role.TECH, Action.READ_EQUIPMENT)
    assert not allowed(Role.TECH, Action.EDIT_EQUIPMENT)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window = build_window(app, demo_db, translations, TECH)
    window.context = AppContext(db=demo_db, actor=TECH, today=lambda: DEMO_TODAY)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    nav = window.ui.navList
    item = next(nav.item(r) for r in range(nav.count()) if nav.item(r).text() == "设备与消耗品")
    rect = window.ui.navList.visualItemRect(item)
    qtbot.mouseClick(window.ui.navList.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    page = window.current_page()
    assert isinstance(page, EquipmentPage)
    page.context = window.context
    before = written(demo_db)

    scan(qtbot, page, "ZC-2025-001")
    qtbot.mouseClick(page.panel.eventButton, Qt.MouseButton.LeftButton)
    dialog = dialog_of(page)
    assert isinstance(dialog, DeviceEventDialog)
    save(qtbot, dialog)
    assert dialog.isVisible()  # refused: the dialog stays, with the reason
    assert dialog.ui.errorLabel.text() == "用户 tech（技术员）无权修改设备设施。"
    screenshot(dialog, "permission_warning_zh")

    dialog.reject()

    translations.apply(Language.ENGLISH)  # the same, asked again in English
    qtbot.mouseClick(page.panel.eventButton, Qt.MouseButton.LeftButton)
    dialog = dialog_of(page)
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.ui.errorLabel.text() == "tech (Technician) may not change the equipment."
    screenshot(dialog, "permission_warning_en")
    assert written(demo_db) == before  # no event, no audit entry
    dialog.reject()
