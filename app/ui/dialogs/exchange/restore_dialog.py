"""Restore: what the backup holds (site, date, counts), confirmed before anything changes."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from app.catalogue.codes import BackupCount
from app.services.backups import BackupPreview
from app.ui.forms.ui_restore_dialog import Ui_RestoreDialog
from app.ui.i18n import listed, word


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
            listed(
                f"{word(BackupCount(table))} {count}"
                for table, count in facts.counts.items()
                if table in BackupCount.__members__.values()
            )
        )
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Restore"))
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
