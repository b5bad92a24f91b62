"""Export for county review: the period, where to (a USB stick or any folder), and whether
the package names people (only with the union chair's password)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QDialog, QWidget

from app.domain.periods import Period, PeriodError, PeriodKind
from app.exchange.removable import RemovableDrive, removable_drives
from app.ui.context import AppContext
from app.ui.file_dialogs import FolderKind, ask_folder
from app.ui.forms.ui_export_dialog import Ui_ExportDialog
from app.ui.indicator_text import period_name

YEARS_NAMED = 10  # the periods read back from their words: this year and the ten before


@dataclass(frozen=True)
class ExportChoice:
    period: Period
    folder: Path
    named: bool
    chair_password: str


class ExportDialog(QDialog):
    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        drives: list[RemovableDrive] | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.choice: ExportChoice | None = None
        self.ui = Ui_ExportDialog()
        self.ui.setupUi(self)
        last_quarter = Period.containing(context.today(), PeriodKind.QUARTER).previous()
        self.examples = (Period.of_year(last_quarter.year), last_quarter,
                         Period.of_month(last_quarter.year, 10))  # fmt: skip
        self.ui.periodEdit.setText(period_name(last_quarter))  # 2026年第3季度, not 2026Q3
        self.ui.periodEdit.setPlaceholderText(period_name(last_quarter))
        for drive in removable_drives() if drives is None else drives:
            self.add_destination(drive.path, self.tr("USB drive %1").replace("%1", drive.label))
        self.ui.namedCheck.toggled.connect(self.named_toggled)
        self.named_toggled(False)
        self.ui.browseButton.clicked.connect(self.browse)
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)

    def add_destination(self, folder: Path, text: str) -> None:
        self.ui.destinationCombo.addItem(f"{text}  {folder}", str(folder))
        self.ui.destinationCombo.setCurrentIndex(self.ui.destinationCombo.count() - 1)

    def named_toggled(self, on: bool) -> None:
        self.ui.passwordEdit.setEnabled(on)
        self.ui.passwordLabel.setEnabled(on)

    def browse(self) -> None:
        folder = ask_folder(self, FolderKind.PACKAGE, self.tr("Save the package in"))
        if folder is not None:
            self.add_destination(folder, self.tr("Folder"))

    def save(self) -> None:
        try:
            period = read_period(self.ui.periodEdit.text(), self.context.today())
        except PeriodError:
            text = self.tr("Write the period like %1 (a year), %2 (a quarter) or %3 (a month).")
            for number, example in enumerate(self.examples, start=1):
                text = text.replace(f"%{number}", period_name(example))
            self.ui.errorLabel.setText(text)
            return
        folder = self.ui.destinationCombo.currentData()
        if not folder or not Path(folder).is_dir():
            self.ui.errorLabel.setText(self.tr("Choose a USB drive or a folder to save to."))
            return
        named = self.ui.namedCheck.isChecked()
        password = self.ui.passwordEdit.text()
        if named and not password:
            self.ui.errorLabel.setText(self.tr("A named export needs the union chair's password."))
            return
        self.choice = ExportChoice(period, Path(folder), named, password)
        self.accept()


def read_period(text: str, today: dt.date) -> Period:
    """The period in the words the field shows it in (2026年第3季度 / Q3 2026) or as its code
    (2026Q3, 2026, 2026-10)."""
    named = {}
    for year in range(today.year - YEARS_NAMED, today.year + 1):
        periods = [Period.of_year(year)]
        periods += [Period.of_quarter(year, q) for q in range(1, 5)]
        periods += [Period.of_month(year, m) for m in range(1, 13)]
        named.update({period_name(p): p for p in periods})
    return named.get(text.strip()) or Period.parse(text)
