"""The room profile: the site and room form, and the checklist of the founding rules."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QHeaderView, QWidget

from app.services import site_profile
from app.services.actor import PermissionDenied
from app.services.site_profile import Check, CheckItem, Finding, ProfileError, SiteProfile
from app.ui.context import AppContext
from app.ui.forms.ui_room_profile_panel import Ui_RoomProfilePanel
from app.ui.i18n import QT_TRANSLATE_NOOP, catalogue_language, listed, word
from app.ui.labels import weekday
from app.ui.models.row_table_model import Column, RowTableModel
from app.ui.site_profile_fields import SiteProfileFields, profile_error_text

CONTEXT = "RoomProfilePanel"


def requirement(item: CheckItem) -> str:
    return word(item.check)


def finding(item: CheckItem) -> str:
    """What was found, in words: the area, the name, or what is missing."""
    value = item.value
    if item.finding is Finding.OK:
        if item.check is Check.AREA:
            return QCoreApplication.translate("RoomProfilePanel", "%1 m²").replace("%1", value)
        if item.check is Check.NAMEPLATE and value:
            return QCoreApplication.translate("RoomProfilePanel", "Since %1").replace("%1", value)
        if item.check is Check.SCHEDULE:
            return QCoreApplication.translate("RoomProfilePanel", "Met")
        return value or QCoreApplication.translate("RoomProfilePanel", "Yes")
    if item.finding is Finding.TOO_SMALL:
        return QCoreApplication.translate("RoomProfilePanel", "Only %1 m²").replace("%1", value)
    if item.finding is Finding.NO_PHONE:
        return QCoreApplication.translate("RoomProfilePanel", "%1, but no phone number").replace(
            "%1", value
        )
    if item.finding is Finding.SHORT_DAYS:
        days = listed(weekday(int(d)) for d in value.split(",") if d)
        return QCoreApplication.translate("RoomProfilePanel", "Under 3 h on %1").replace("%1", days)
    if item.finding is Finding.NO_SCHEDULE:
        return QCoreApplication.translate("RoomProfilePanel", "No weekly schedule in force")
    if item.check in (Check.AREA, Check.CHAIR, Check.ADMIN, Check.HOSPITAL, Check.LIAISON):
        return QCoreApplication.translate("RoomProfilePanel", "Not entered")
    return QCoreApplication.translate("RoomProfilePanel", "Not ticked")


CHECK_COLUMNS: list[Column[CheckItem]] = [
    Column("", lambda r: "✓" if r.passed else "⚠", alert=lambda r: not r.passed),
    Column(QT_TRANSLATE_NOOP("RoomProfilePanel", "Requirement"), requirement),
    Column(QT_TRANSLATE_NOOP("RoomProfilePanel", "Found"), finding, alert=lambda r: not r.passed),
]


class RoomProfilePanel(QWidget):
    profile_saved = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_RoomProfilePanel()
        self.ui.setupUi(self)
        self.fields = SiteProfileFields(self.ui.formHost)
        self.checklist: RowTableModel[CheckItem] = RowTableModel(
            CHECK_COLUMNS, CONTEXT, row_id=lambda r: r.check.value
        )
        view = self.ui.checklistView
        view.setModel(self.checklist)
        header = view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.revertButton.clicked.connect(self.load)
        self.loaded: SiteProfile | None = None

    def load(self) -> None:
        self.ui.errorLabel.clear()
        self.loaded = site_profile.get_profile(self.context.db)
        if self.loaded is not None:
            self.fields.write(self.loaded)
        self.refresh_checklist()

    def refresh_checklist(self) -> None:
        items = site_profile.room_checklist(
            self.context.db, self.context.actor, self.context.today()
        )
        self.checklist.set_rows(items)
        self.ui.checklistView.resizeRowsToContents()
        met = sum(i.passed for i in items)
        text = (
            QCoreApplication.translate("RoomProfilePanel", "%1 of %2 requirements met")
            .replace("%1", str(met))
            .replace("%2", str(len(items)))
        )
        colour = "#2e7d32" if met == len(items) else "#b45309"
        self.ui.checklistSummary.setText(f'<span style="color:{colour}">{text}</span>')

    def save(self) -> None:
        # The house rules are edited on the wall schedule tab: keep the saved text.
        saved = site_profile.get_profile(self.context.db)
        profile = dataclasses.replace(
            self.fields.read(), house_rules=saved.house_rules if saved else ""
        )
        try:
            self.loaded = site_profile.save_profile(self.context.db, self.context.actor, profile)
        except ProfileError as error:
            self.ui.errorLabel.setText(profile_error_text(error))
            self.fields.focus(error)
            return
        except PermissionDenied as refused:
            self.ui.errorLabel.setText(refused.said(catalogue_language()))
            return
        self.fields.write(self.loaded)
        self.ui.errorLabel.clear()
        self.refresh_checklist()
        self.profile_saved.emit()

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self.fields.retranslate(self.ui.formHost)
        self.checklist.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self.checklist.rowCount():
                self.refresh_checklist()
        super().changeEvent(event)
