"""The chair's list of accounts: add, set a new password, disable or enable."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.services import accounts
from app.services.accounts import UserRow
from app.ui.account_messages import role_name
from app.ui.context import AppContext
from app.ui.dialogs.accounts.account_list import AccountListDialog
from app.ui.dialogs.accounts.user_edit_dialog import UserEditDialog
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.models.row_table_model import Column


def _status(row: UserRow) -> str:
    if not row.active:
        return QCoreApplication.translate("UsersDialog", "Disabled")
    return QCoreApplication.translate("UsersDialog", "Active")


COLUMNS: list[Column[UserRow]] = [
    Column(QT_TRANSLATE_NOOP("UsersDialog", "User name"), lambda r: r.username),
    Column(QT_TRANSLATE_NOOP("UsersDialog", "Full name"), lambda r: r.display_name),
    Column(QT_TRANSLATE_NOOP("UsersDialog", "Role"), lambda r: role_name(r.role)),
    Column(QT_TRANSLATE_NOOP("UsersDialog", "Status"), _status, alert=lambda r: not r.active),
]


class UsersDialog(AccountListDialog[UserRow]):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(COLUMNS, "UsersDialog", parent)
        self.context = context
        self.ui.addButton.clicked.connect(self.add_user)
        self.ui.resetButton.clicked.connect(self.reset_password)
        self.ui.activeButton.clicked.connect(self.toggle_active)
        self.reload()

    def rows(self) -> list[UserRow]:
        return accounts.list_users(self.context.db, self.context.actor)

    def add_user(self) -> None:
        if UserEditDialog(self.context, parent=self).exec():
            self.ui.errorLabel.clear()
            self.reload()

    def reset_password(self) -> None:
        row = self.selected()
        if row is not None and UserEditDialog(self.context, row.username, self).exec():
            self.ui.errorLabel.clear()
            self.reload()
            self.select(row.username)

    def toggle_active(self) -> None:
        row = self.selected()
        if row is None:
            return
        if not row.active:
            # A disabled account lost its key wrap: it comes back with a new password.
            self.reset_password()
            return
        db, actor = self.context.db, self.context.actor
        self.change(row, lambda: accounts.set_active(db, actor, row.username, False))
