"""First run: the union chair's own account, before anything else is recorded."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QWidget

from app.domain.passwords import password_problem, username_problem
from app.ui.account_messages import account_error_text, account_problem_text
from app.ui.forms.ui_create_chair_dialog import Ui_CreateChairDialog
from app.ui.preload import PreloadFailed


class CreateChairDialog(QDialog):
    """`create(username, display_name, password)` makes the account and returns the session."""

    def __init__(
        self, create: Callable[[str, str, str], Any], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_CreateChairDialog()
        self.ui.setupUi(self)
        self.make_account = create
        self.value: Any = None
        self.failure: BaseException | None = None  # the program could not be loaded
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.workspace_requested = False  # a county reviewer needs no site account
        self.ui.workspaceButton.clicked.connect(self.choose_workspace)

    def choose_workspace(self) -> None:
        self.workspace_requested = True
        self.reject()

    def save(self) -> None:
        username = self.ui.usernameEdit.text().strip()
        password = self.ui.passwordEdit.text()
        problem = username_problem(username)
        if problem:
            self.ui.errorLabel.setText(account_problem_text(problem))
            self.ui.usernameEdit.setFocus()
            return
        problem = password_problem(password, self.ui.confirmEdit.text())
        if problem:
            self.ui.errorLabel.setText(account_problem_text(problem))
            self.ui.passwordEdit.setFocus()
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.value = self.make_account(
                username, self.ui.displayNameEdit.text().strip(), password
            )
        except PreloadFailed as error:
            self.failure = error
            self.reject()
            return
        except Exception as error:
            from app.services.accounts import AccountError  # loaded by now: OK waited for it

            if not isinstance(error, AccountError):
                raise
            self.ui.errorLabel.setText(account_error_text(error))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.accept()
