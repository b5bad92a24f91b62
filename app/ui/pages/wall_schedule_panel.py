"""The wall schedule: its house rules, paper and horizon, and the print preview."""

from __future__ import annotations

import dataclasses
import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from app.catalogue.reports import ReportKey
from app.reports.house_rules import default_house_rules
from app.reports.request import ReportRequest, write_report
from app.services import site_profile
from app.services.actor import PermissionDenied
from app.services.site_profile import ProfileError
from app.ui.context import AppContext
from app.ui.error_dialog import show_unexpected
from app.ui.forms.ui_wall_schedule_panel import Ui_WallSchedulePanel
from app.ui.i18n import catalogue_language
from app.ui.site_profile_fields import profile_error_text
from app.ui.tasks import Progress, Task, run_with_progress


class WallSchedulePanel(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_WallSchedulePanel()
        self.ui.setupUi(self)
        self.ui.paperCombo.addItem("A4", "A4")
        self.ui.paperCombo.addItem("A3", "A3")
        self.ui.defaultRulesButton.clicked.connect(self.use_default_rules)
        self.ui.saveRulesButton.clicked.connect(self.save_rules)
        self.ui.previewButton.clicked.connect(self.preview)
        self.ui.houseRulesEdit.modificationChanged.connect(self._show_modified)
        self.task: Task | None = None  # kept alive until its signals have arrived
        self.ui.houseRulesEdit.setPlaceholderText(default_house_rules(catalogue_language()))

    def load(self) -> None:
        profile = site_profile.get_profile(self.context.db)
        self.ui.houseRulesEdit.setPlainText(profile.house_rules if profile else "")
        self.ui.houseRulesEdit.document().setModified(False)
        self.ui.rulesStatusLabel.clear()

    def _show_modified(self, modified: bool) -> None:
        self.ui.rulesStatusLabel.setText(self.tr("Not saved yet") if modified else "")

    def use_default_rules(self) -> None:
        edit = self.ui.houseRulesEdit
        cursor = edit.textCursor()
        cursor.select(cursor.SelectionType.Document)
        cursor.insertText(default_house_rules(catalogue_language()))  # one undo step: Ctrl+Z
        edit.setFocus()

    def save_rules(self) -> bool:
        profile = site_profile.get_profile(self.context.db)
        if profile is None:
            self.ui.rulesStatusLabel.setText(self.tr("Enter the room profile first."))
            return False
        rules = self.ui.houseRulesEdit.toPlainText()
        try:
            site_profile.save_profile(
                self.context.db,
                self.context.actor,
                dataclasses.replace(profile, house_rules=rules),
            )
        except ProfileError as error:
            self.ui.rulesStatusLabel.setText(profile_error_text(error))
            return False
        except PermissionDenied as refused:
            self.ui.rulesStatusLabel.setText(refused.said(catalogue_language()))
            return False
        self.ui.houseRulesEdit.document().setModified(False)
        self.ui.rulesStatusLabel.setText(self.tr("Saved"))
        return True

    def preview(self) -> None:
        """Save changed rules, write the PDF in the background, then show the preview."""
        from app.ui.dialogs.common.pdf_preview_dialog import preview_pdf

        if self.ui.houseRulesEdit.document().isModified() and not self.save_rules():
            return
        db, actor, today = self.context.db, self.context.actor, self.context.today()
        folder = Path(tempfile.mkdtemp(prefix="healthroom-wall-"))
        request = ReportRequest(
            folder / "wall-schedule.pdf", language=catalogue_language(), as_of=today,
            options={
                "a3": self.ui.paperCombo.currentData() == "A3",
                "weeks": self.ui.weeksSpin.value(),
            },
        )  # fmt: skip

        def job(progress: Progress) -> Path:
            # The PDF machinery is imported now, when the poster is printed.
            return write_report(ReportKey.WALL_SCHEDULE, db, actor, request, progress)

        def done(path: object) -> None:
            try:
                name = self.tr("Open hours %1.pdf").replace("%1", today.isoformat())
                preview_pdf(self, Path(str(path)), self.tr("Wall schedule"), name)
            finally:
                shutil.rmtree(folder, ignore_errors=True)

        def failed(error: BaseException) -> None:
            shutil.rmtree(folder, ignore_errors=True)
            show_unexpected(error)

        self.task = run_with_progress(
            self, self.tr("Preparing the wall schedule…"), job, done, failed
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
        super().changeEvent(event)
