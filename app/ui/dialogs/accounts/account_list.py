"""What the site's accounts dialog and the county's share: the list of accounts in one form,
the chosen one, its buttons (new password; disable, or enable a disabled one) and the refusal
said below the list. Each dialog lists, adds and changes through its own service."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Generic, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from app.services.accounts import AccountError
from app.ui import column_fit
from app.ui.account_messages import account_error_text
from app.ui.forms.ui_users_dialog import Ui_UsersDialog
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.models.row_table_model import Column, RowTableModel

ENABLE = QT_TRANSLATE_NOOP("AccountListDialog", "Enable")
DISABLE = QT_TRANSLATE_NOOP("AccountListDialog", "Disable")


class Account(Protocol):
    @property
    def username(self) -> str: ...
    @property
    def active(self) -> bool: ...


RowT = TypeVar("RowT", bound=Account)


class AccountListDialog(QDialog, Generic[RowT]):
    def __init__(
        self, columns: Sequence[Column[RowT]], context: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_UsersDialog()
        self.ui.setupUi(self)
        self.model: RowTableModel[RowT] = RowTableModel(columns, context)
        self.ui.tableView.setModel(self.model)
        column_fit.keep_fitted(self.ui.tableView)  # the one rule of every list's columns
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.tableView.selectionModel().selectionChanged.connect(
            lambda *_: self.update_buttons()
        )

    def rows(self) -> list[RowT]:
        raise NotImplementedError  # the dialog's own service lists them

    def reload(self) -> None:
        self.model.set_rows(self.rows())
        column_fit.fit_columns(self.ui.tableView)
        self.update_buttons()

    def selected(self) -> RowT | None:
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
        self.ui.activeButton.setText(
            QCoreApplication.translate("AccountListDialog", ENABLE if enable else DISABLE)
        )

    def change(self, row: RowT, action: Callable[[], object]) -> bool:
        """Run `action` on the chosen account: the list shown again with it chosen, or the
        refusal said below the list."""
        try:
            action()
        except AccountError as error:
            self.ui.errorLabel.setText(account_error_text(error))
            return False
        self.ui.errorLabel.clear()
        self.reload()
        self.select(row.username)
        return True
