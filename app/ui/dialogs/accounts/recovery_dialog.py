"""A forgotten password: the recovery key opens the file and sets a new password."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QWidget

from app.domain.passwords import password_problem
from app.ui.account_messages import account_error_text, account_problem_text
from app.ui.forms.ui_recovery_dialog import Ui_RecoveryDialog
from app.ui.preload import PreloadFailed


class RecoveryDialog(QDialog):
    """`open_with(recovery_key, username, new_password)` returns the session."""

    def __init__(
        self, open_with: Callable[[str, str, str], Any], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_RecoveryDialog()
        self.ui.setupUi(self)
        self.open_with = open_with
        self.value: Any = None
        self.failure: BaseException | None = None
        self.ui.buttonBox.accepted.connect(self.open_file)
        self.ui.buttonBox.rejected.connect(self.reject)

    def open_file(self) -> None:
        password = self.ui.passwordEdit.text()
        problem = password_problem(password, self.ui.confirmEdit.text())
        if problem:
            self.ui.errorLabel.setText(account_problem_text(problem))
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.value = self.open_with(
                self.ui.keyEdit.text(), self.ui.usernameEdit.text().strip(), password
            )
        except PreloadFailed as error:
            self.failure = error
            self.reject()
            return
        except Exception as error:
            if not self.explain(error):
                raise
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.accept()

    def explain(self, error: Exception) -> bool:
        """Say what went wrong in the dialog (or close it with `failure`); False: not ours."""
        # Imported here: the sign-in window opens before the services are imported (OK waited).
        from app.db.keyfile import WrongPassword
        from app.services.accounts import AccountError
        from app.services.login import DamagedDatabase

        if isinstance(error, WrongPassword):
            self.ui.errorLabel.setText(
                self.tr("This recovery key does not open this database. Check every group.")
            )
        elif isinstance(error, AccountError):
            self.ui.errorLabel.setText(account_error_text(error))
        elif isinstance(error, DamagedDatabase):
            self.failure = error
            self.reject()
        else:
            return False
        return True
