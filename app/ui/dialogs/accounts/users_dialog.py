"""The chair's list of accounts: add, set a new password, disable or enable."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from app.services import accounts
from app.services.accounts import AccountError, UserRow
from app.ui.account_messages import account_error_text, role_name
from app.ui.context import AppContext
from app.ui.dialogs.accounts.user_edit_dialog import UserEditDialog
from app.ui.forms.ui_users_dialog import Ui_UsersDialog
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.models.row_table_model import Column, RowTableModel


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


class UsersDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_UsersDialog()
        self.ui.setupUi(self)
        self.model: RowTableModel[UserRow] = RowTableModel(COLUMNS, "UsersDialog")
        self.ui.tableView.setModel(self.model)
        self.ui.tableView.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.ui.addButton.clicked.connect(self.add_user)
        self.ui.resetButton.clicked.connect(self.reset_password)
        self.ui.activeButton.clicked.connect(self.toggle_active)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.tableView.selectionModel().selectionChanged.connect(
            lambda *_: self.update_buttons()
        )
        self.reload()

    def reload(self) -> None:
        self.model.set_rows(accounts.list_users(self.context.db, self.context.actor))
        self.update_buttons()

    def selected(self) -> UserRow | None:
        rows = self.ui.tableView.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select(self, username: str) -> None:
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).username == username:
                self.ui.tableView.selectRow(row)

    def update_buttons(self) -> None:
        row = self.selected()
        self.ui.resetButton.setEnabled(row is not None)
        self.ui.activeButton.setEnabled(row is not None)
        enable = row is not None and not row.active
        self.ui.activeButton.setText(self.tr("Enable") if enable else self.tr("Disable"))

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
        try:
            accounts.set_active(self.context.db, self.context.actor, row.username, False)
        except AccountError as error:
            self.ui.errorLabel.setText(account_error_text(error))
            return
        self.ui.errorLabel.clear()
        self.reload()
        self.select(row.username)
