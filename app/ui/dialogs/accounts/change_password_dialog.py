"""Change one's own password (it also re-wraps the database key)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QWidget

from app.services import accounts
from app.services.accounts import AccountError
from app.ui.account_messages import account_error_text
from app.ui.context import AppContext
from app.ui.forms.ui_change_password_dialog import Ui_ChangePasswordDialog


class ChangePasswordDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_ChangePasswordDialog()
        self.ui.setupUi(self)
        self.ui.introLabel.setText(
            self.tr("New password for %1.").replace("%1", context.actor.username)
        )
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)

    def save(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            accounts.change_password(
                self.context.db,
                self.context.actor,
                self.ui.oldEdit.text(),
                self.ui.newEdit.text(),
                self.ui.confirmEdit.text(),
            )
        except AccountError as error:
            self.ui.errorLabel.setText(account_error_text(error))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.accept()
