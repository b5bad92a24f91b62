"""Sign in at start, and the lock screen after the register sat idle.

The dialog does not know how a password is checked: it calls `authenticate(user, password)`
and keeps what that returns (a session at start, an actor at the lock screen). A refused
sign-in is explained in the dialog; a problem the caller must handle (a damaged database)
closes it with `failure` set.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from app.ui.account_messages import sign_in_error_text
from app.ui.forms.ui_login_dialog import Ui_LoginDialog
from app.ui.preload import PreloadFailed


class LoginDialog(QDialog):
    def __init__(
        self,
        authenticate: Callable[[str, str], Any],
        parent: QWidget | None = None,
        username: str = "",
        locked: bool = False,
        recover: Callable[[QWidget], Any] | None = None,
        offer_workspace: bool = False,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self.authenticate = authenticate
        self.recover = recover
        self.locked = locked
        self.value: Any = None
        self.failure: BaseException | None = None
        self.ui.buttonBox.accepted.connect(self.sign_in)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.recoveryButton.setVisible(recover is not None)
        self.ui.recoveryButton.clicked.connect(self.use_recovery_key)
        self.workspace_requested = False  # the county reviewer chose the county workspace
        self.ui.workspaceButton.setVisible(offer_workspace and not locked)
        self.ui.workspaceButton.clicked.connect(self.choose_workspace)
        self.ui.usernameEdit.setText(username)
        if locked:
            self.ui.usernameEdit.setReadOnly(True)
            self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        self.retranslate()
        (self.ui.passwordEdit if username else self.ui.usernameEdit).setFocus()

    def choose_workspace(self) -> None:
        self.workspace_requested = True
        self.reject()

    def retranslate(self) -> None:
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Sign in"))
        cancel = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Quit") if self.locked else self.tr("Cancel"))
        if self.locked:
            self.setWindowTitle(self.tr("Locked"))
            self.ui.titleLabel.setText(self.tr("The register is locked"))
            self.ui.introLabel.setText(
                self.tr(
                    "Nobody used the program for a while, so it locked itself to protect the "
                    "staff's health data. Enter the password of %1 to continue."
                ).replace("%1", self.ui.usernameEdit.text())
            )

    def sign_in(self) -> None:
        username = self.ui.usernameEdit.text().strip()
        password = self.ui.passwordEdit.text()
        if not username:
            self.show_message(self.tr("Enter your user name."))
            self.ui.usernameEdit.setFocus()
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.value = self.authenticate(username, password)
        except PreloadFailed as error:  # the program could not be loaded: the caller raises it
            self.failure = error
            self.reject()
            return
        except Exception as error:
            if not self.explain(error):
                raise
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.ui.passwordEdit.clear()
        self.accept()

    def explain(self, error: Exception) -> bool:
        """Say why the sign-in was refused (or close with `failure`); False: not ours."""
        # Imported here: at start this window opens before the services are imported, and
        # `authenticate` has waited for them by the time it raises.
        from app.db.keyfile import KeyFileError
        from app.services.accounts import SignInError
        from app.services.login import DamagedDatabase

        if isinstance(error, SignInError):
            self.show_message(sign_in_error_text(error))
            self.ui.passwordEdit.clear()
            self.ui.passwordEdit.setFocus()
        elif isinstance(error, KeyFileError):
            self.show_message(
                QCoreApplication.translate(
                    "LoginDialog",
                    "The key file beside the database cannot be read (%1). Restore it from "
                    "a backup, or use the recovery key.",
                ).replace("%1", str(error))
            )
        elif isinstance(error, DamagedDatabase):
            self.failure = error
            self.reject()
        else:
            return False
        return True

    def use_recovery_key(self) -> None:
        if self.recover is None:
            return
        value = self.recover(self)
        if value is not None:
            self.value = value
            self.accept()

    def show_message(self, text: str) -> None:
        self.ui.messageLabel.setText(text)
