"""数据交换: imports and exports of this register, from the audit trail."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.domain.codes import AuditAction
from app.services import audit_log
from app.services.audit_log import AuditRow
from app.ui.context import AppContext
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.labels import label
from app.ui.models.row_table_model import Column, RowTableModel
from app.ui.pages.list_page import ListPage

COLUMNS: list[Column[AuditRow]] = [
    Column(QT_TRANSLATE_NOOP("ExchangePage", "Time"), lambda r: r.at),
    Column(QT_TRANSLATE_NOOP("ExchangePage", "Action"), lambda r: label(r.action)),
    Column(QT_TRANSLATE_NOOP("ExchangePage", "What"), lambda r: r.entity),
    Column(QT_TRANSLATE_NOOP("ExchangePage", "User"), lambda r: r.username),
]

EXCHANGES = (AuditAction.IMPORT, AuditAction.EXPORT, AuditAction.GENERATE)


class ExchangePage(ListPage):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model: RowTableModel[AuditRow] = RowTableModel(COLUMNS, "ExchangePage")
        self.ui.tableView.setModel(self.model)
        self.ui.searchEdit.hide()
        self.ui.filterCombo.hide()

    def page_title(self) -> str:
        return self.tr("Data exchange")

    def retranslate(self) -> None:
        super().retranslate()
        self.model.retranslate()

    def reload(self) -> None:
        rows = audit_log.list_entries(self.context.db, self.context.actor, EXCHANGES)
        self.model.set_rows(rows)
        self.show_count(len(rows))
        self.fit_columns()
