"""Add an account (the chair), or set a new password for one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QWidget

from app.catalogue.codes import Role
from app.services import accounts
from app.services.accounts import AccountError
from app.ui.account_messages import account_error_text, role_name
from app.ui.context import AppContext
from app.ui.forms.ui_user_edit_dialog import Ui_UserEditDialog

SITE_ROLES = (Role.ADMIN, Role.TECH, Role.CHAIR)


class UserEditDialog(QDialog):
    def __init__(
        self, context: AppContext, reset_for: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.reset_for = reset_for
        self.ui = Ui_UserEditDialog()
        self.ui.setupUi(self)
        for role in SITE_ROLES:
            self.ui.roleCombo.addItem(role_name(role), role)
        if reset_for is not None:
            self.setWindowTitle(self.tr("Set a new password"))
            self.ui.usernameEdit.setText(reset_for)
            self.ui.usernameEdit.setReadOnly(True)
            for widget in (
                self.ui.displayNameLabel,
                self.ui.displayNameEdit,
                self.ui.roleLabel,
                self.ui.roleCombo,
            ):
                widget.hide()
            self.ui.passwordEdit.setFocus()
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)

    def save(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if self.reset_for is not None:
                accounts.reset_password(
                    self.context.db,
                    self.context.actor,
                    self.reset_for,
                    self.ui.passwordEdit.text(),
                    self.ui.confirmEdit.text(),
                )
            else:
                accounts.create_user(
                    self.context.db,
                    self.context.actor,
                    self.ui.usernameEdit.text(),
                    Role(self.ui.roleCombo.currentData()),
                    self.ui.passwordEdit.text(),
                    self.ui.displayNameEdit.text(),
                    self.ui.confirmEdit.text(),
                )
        except AccountError as error:
            self.ui.errorLabel.setText(account_error_text(error))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.accept()
