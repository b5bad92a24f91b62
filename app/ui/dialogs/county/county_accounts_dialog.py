"""The county administrator's list of the workspace's accounts (add, new password, disable or
enable), and every reviewer's own password change. The same forms as the site's accounts;
the accounts are the workspace's, kept by `app.services.county_accounts`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QWidget

from app.db.county_models import Workspace
from app.domain.county_roles import CountyRole
from app.domain.passwords import password_problem
from app.services import county_accounts
from app.services.accounts import AccountError
from app.services.county_accounts import AccountRow, CountyReviewer
from app.ui.account_messages import account_error_text, account_problem_text
from app.ui.dialogs.accounts.account_list import AccountListDialog
from app.ui.forms.ui_change_password_dialog import Ui_ChangePasswordDialog
from app.ui.forms.ui_user_edit_dialog import Ui_UserEditDialog
from app.ui.i18n import QT_TRANSLATE_NOOP, word
from app.ui.models.row_table_model import Column

CONTEXT = "CountyAccountsDialog"


def _status(row: AccountRow) -> str:
    if not row.active:
        return QCoreApplication.translate("CountyAccountsDialog", "Disabled")
    if row.locked_until is not None:
        return QCoreApplication.translate("CountyAccountsDialog", "Locked until %1").replace(
            "%1", f"{row.locked_until:%H:%M}"
        )
    return QCoreApplication.translate("CountyAccountsDialog", "Active")


COLUMNS: list[Column[AccountRow]] = [
    Column(QT_TRANSLATE_NOOP("CountyAccountsDialog", "User name"), lambda r: r.username),
    Column(QT_TRANSLATE_NOOP("CountyAccountsDialog", "Full name"), lambda r: r.display_name),
    Column(
        QT_TRANSLATE_NOOP("CountyAccountsDialog", "Role"),
        lambda r: word(r.role),
    ),
    Column(QT_TRANSLATE_NOOP("CountyAccountsDialog", "Status"), _status,
           alert=lambda r: not r.active),
    Column(QT_TRANSLATE_NOOP("CountyAccountsDialog", "Last sign-in"), lambda r: r.last_sign_in),
]  # fmt: skip


class CountyAccountEditDialog(QDialog):
    """A new account (`reset_for` None), or a new password for `reset_for`."""

    def __init__(
        self,
        workspace: Workspace,
        actor: CountyReviewer,
        reset_for: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace, self.actor, self.reset_for = workspace, actor, reset_for
        self.ui = Ui_UserEditDialog()
        self.ui.setupUi(self)
        for role in CountyRole:
            self.ui.roleCombo.addItem(word(role), role.value)
        self.setWindowTitle(self.tr("New county account"))
        if reset_for is not None:
            self.setWindowTitle(self.tr("Set a new password"))
            self.ui.usernameEdit.setText(reset_for)
            self.ui.usernameEdit.setReadOnly(True)
            for widget in (self.ui.displayNameLabel, self.ui.displayNameEdit, self.ui.roleLabel,
                           self.ui.roleCombo):  # fmt: skip
                widget.hide()
            self.ui.passwordEdit.setFocus()
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)

    def save(self) -> None:
        password = self.ui.passwordEdit.text()
        problem = password_problem(password, self.ui.confirmEdit.text())
        if problem:
            self.ui.errorLabel.setText(account_problem_text(problem))
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if self.reset_for is not None:
                county_accounts.reset_password(self.workspace, self.actor, self.reset_for, password)
            else:
                county_accounts.add_account(
                    self.workspace, self.actor, self.ui.usernameEdit.text(),
                    CountyRole(self.ui.roleCombo.currentData()), password,
                    self.ui.displayNameEdit.text(),
                )  # fmt: skip
        except AccountError as error:
            self.ui.errorLabel.setText(account_error_text(error))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.accept()


class CountyAccountsDialog(AccountListDialog[AccountRow]):
    def __init__(
        self, workspace: Workspace, actor: CountyReviewer, parent: QWidget | None = None
    ) -> None:
        super().__init__(COLUMNS, CONTEXT, parent)
        self.workspace, self.actor = workspace, actor
        self.setWindowTitle(self.tr("Reviewers' accounts"))
        self.ui.introLabel.setText(
            self.tr("Everyone who works in this county workspace has an account of their own. "
                    "Reviewers import, record inspections and print; county administrators "
                    "also manage the accounts, read everyone's access log and accept a site's "
                    "new key.")
        )  # fmt: skip
        self.ui.addButton.clicked.connect(self.add_account)
        self.ui.resetButton.clicked.connect(self.reset_password)
        self.ui.activeButton.clicked.connect(self.toggle_active)
        self.reload()

    def rows(self) -> list[AccountRow]:
        return county_accounts.list_accounts(self.workspace, self.actor)

    def add_account(self) -> CountyAccountEditDialog:
        dialog = CountyAccountEditDialog(self.workspace, self.actor, parent=self)
        dialog.accepted.connect(self.reload)
        dialog.open()
        return dialog

    def reset_password(self) -> CountyAccountEditDialog | None:
        row = self.selected()
        if row is None:
            return None
        dialog = CountyAccountEditDialog(self.workspace, self.actor, row.username, self)
        dialog.accepted.connect(self.reload)
        dialog.open()
        return dialog

    def toggle_active(self) -> None:
        row = self.selected()
        if row is not None:
            workspace, actor = self.workspace, self.actor
            self.change(
                row,
                lambda: county_accounts.set_active(workspace, actor, row.username, not row.active),
            )


class CountyPasswordDialog(QDialog):
    """A reviewer changes their own password."""

    def __init__(
        self, workspace: Workspace, reviewer: CountyReviewer, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace, self.reviewer = workspace, reviewer
        self.ui = Ui_ChangePasswordDialog()
        self.ui.setupUi(self)
        self.ui.introLabel.setText(self.tr("New password for %1.").replace("%1", reviewer.username))
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)

    def save(self) -> None:
        new = self.ui.newEdit.text()
        problem = password_problem(new, self.ui.confirmEdit.text())
        if problem:
            self.ui.errorLabel.setText(account_problem_text(problem))
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            county_accounts.change_own_password(
                self.workspace, self.reviewer, self.ui.oldEdit.text(), new
            )
        except AccountError as error:
            self.ui.errorLabel.setText(account_error_text(error))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.accept()
