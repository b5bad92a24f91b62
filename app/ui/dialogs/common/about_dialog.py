"""About: version, database in use (the site's register or the county's workspace) and the
bundled font's licence."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QWidget

from app import __version__
from app.ui.forms.ui_about_dialog import Ui_AboutDialog


class AboutDialog(QDialog):
    def __init__(self, database: Path | str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AboutDialog()
        self.ui.setupUi(self)
        self.ui.versionLabel.setText(self.tr("Version %1").replace("%1", __version__))
        self.ui.databaseLabel.setText(self.tr("Database: %1").replace("%1", str(database)))
        self.ui.buttonBox.rejected.connect(self.reject)
