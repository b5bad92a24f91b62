"""The recovery key, shown once to the union chair to print and keep."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from app.ui.forms.ui_recovery_key_dialog import Ui_RecoveryKeyDialog


class RecoveryKeyDialog(QDialog):
    def __init__(self, recovery_key: str, database: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RecoveryKeyDialog()
        self.ui.setupUi(self)
        self.recovery_key = recovery_key
        self.database = database
        # Four groups to a line so the key never breaks inside a group.
        groups = recovery_key.split("-")
        lines = ["-".join(groups[i : i + 4]) for i in range(0, len(groups), 4)]
        self.ui.keyLabel.setText("\n".join(lines))
        self.ok_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setEnabled(False)
        self.ui.keptCheck.toggled.connect(self.ok_button.setEnabled)
        self.ui.copyButton.clicked.connect(
            lambda: QGuiApplication.clipboard().setText(self.recovery_key)
        )
        self.ui.printButton.clicked.connect(self.print_key)
        self.ui.buttonBox.accepted.connect(self.accept)

    def reject(self) -> None:
        if self.ui.keptCheck.isChecked():  # Escape cannot skip past the key unseen
            super().reject()

    def sheet(self) -> QTextDocument:
        document = QTextDocument(self)
        title = self.tr("HealthRoom Ledger — recovery key")
        note = self.tr("Database: %1").replace("%1", self.database)
        keep = self.tr("Keep this sheet locked away. Whoever holds it can open the data.")
        document.setHtml(
            f"<h2>{title}</h2><p>{note}</p>"
            f"<p style='font-family: monospace; font-size: 16pt'>{self.recovery_key}</p>"
            f"<p>{keep}</p>"
        )
        return document

    def print_key(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.sheet().print_(printer)
