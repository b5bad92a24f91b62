"""First run on an empty database: create a new site, or open the demo data."""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import QDialog, QWidget

from app.ui.forms.ui_first_run_dialog import Ui_FirstRunDialog


class FirstRunChoice(Enum):
    NEW_SITE = "new_site"
    DEMO = "demo"


class FirstRunDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FirstRunDialog()
        self.ui.setupUi(self)
        self.choice: FirstRunChoice | None = None
        self.ui.newSiteButton.clicked.connect(lambda: self._choose(FirstRunChoice.NEW_SITE))
        self.ui.demoButton.clicked.connect(lambda: self._choose(FirstRunChoice.DEMO))
        self.ui.buttonBox.rejected.connect(self.reject)

    def _choose(self, choice: FirstRunChoice) -> None:
        self.choice = choice
        self.accept()
