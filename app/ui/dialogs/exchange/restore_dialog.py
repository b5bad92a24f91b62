"""Restore: what the backup holds (site, date, counts), confirmed before anything changes."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from app.services.backups import BackupPreview
from app.ui.forms.ui_restore_dialog import Ui_RestoreDialog
from app.ui.i18n import QT_TRANSLATE_NOOP

COUNTED = {
    "staff": QT_TRANSLATE_NOOP("RestoreDialog", "staff"),
    "usage_visit": QT_TRANSLATE_NOOP("RestoreDialog", "visits"),
    "measurement": QT_TRANSLATE_NOOP("RestoreDialog", "readings"),
    "device": QT_TRANSLATE_NOOP("RestoreDialog", "devices"),
    "activity": QT_TRANSLATE_NOOP("RestoreDialog", "activities"),
    "app_user": QT_TRANSLATE_NOOP("RestoreDialog", "accounts"),
}


class RestoreDialog(QDialog):
    def __init__(self, shown: BackupPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RestoreDialog()
        self.ui.setupUi(self)
        facts = shown.facts
        self.ui.fileLabel.setText(str(shown.path))
        site = facts.site_name or self.tr("(no site yet)")
        self.ui.siteLabel.setText(f"{site} {facts.site_code or ''}".strip())
        when = facts.last_change or shown.file_time
        self.ui.dateLabel.setText(when.strftime("%Y-%m-%d %H:%M"))
        self.ui.countsLabel.setText(
            ", ".join(
                f"{self.tr(COUNTED[table])} {count}"
                for table, count in facts.counts.items()
                if table in COUNTED
            )
        )
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Restore"))
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
