"""审计日志: who did what to which record and when, filtered by user, action, record and dates.

The details of an entry are a table of its fields in words, before beside after (health
values are masked in the trail itself). The line above them says whether the hash chain is
intact (`healthroom check` says the same).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QWidget

from app.catalogue.codes import AuditAction
from app.catalogue.problems import audit_head_sentence
from app.services import audit_log
from app.services.audit_log import AuditDetailRow, AuditFilter
from app.ui import column_fit
from app.ui.audit_text import (
    AuditChange,
    changes,
    entity_name,
    record_text,
    summary,
    user_text,
)
from app.ui.context import AppContext
from app.ui.forms.ui_audit_detail import Ui_AuditDetail
from app.ui.forms.ui_audit_filters import Ui_AuditFilters
from app.ui.i18n import QT_TRANSLATE_NOOP, catalogue_language, word
from app.ui.models.row_table_model import Column, RowTableModel
from app.ui.pages.list_page import ListPage

LIMIT = 2000


COLUMNS: list[Column[AuditDetailRow]] = [
    Column(QT_TRANSLATE_NOOP("AuditPage", "Entry"), lambda r: r.id, align_right=True),
    Column(QT_TRANSLATE_NOOP("AuditPage", "Time"), lambda r: r.at),
    Column(QT_TRANSLATE_NOOP("AuditPage", "User"), lambda r: user_text(r.username)),
    Column(
        QT_TRANSLATE_NOOP("AuditPage", "Action"),
        lambda r: word(r.action),
        alert=lambda r: r.action is AuditAction.LOGIN_FAILED,
    ),
    Column(QT_TRANSLATE_NOOP("AuditPage", "Record"), lambda r: entity_name(r.entity)),
    Column(
        QT_TRANSLATE_NOOP("AuditPage", "Which"),
        lambda r: record_text(r.entity, r.entity_id, r.record),
    ),
]
CHANGE_COLUMNS: list[Column[AuditChange]] = [
    Column(QT_TRANSLATE_NOOP("AuditPage", "Field"), lambda c: c.field),
    Column(QT_TRANSLATE_NOOP("AuditPage", "Before"), lambda c: c.before),
    Column(QT_TRANSLATE_NOOP("AuditPage", "After"), lambda c: c.after, alert=lambda c: c.changed),
]


class AuditPage(ListPage):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model: RowTableModel[AuditDetailRow] = RowTableModel(COLUMNS, "AuditPage")
        self.ui.tableView.setModel(self.model)
        self.ui.searchEdit.hide()
        self.ui.filterCombo.hide()
        host = QWidget(self)
        self.filters = Ui_AuditFilters()
        self.filters.setupUi(host)
        self.ui.toolLayout.insertWidget(0, host)
        detail_host = QWidget(self)
        self.detail = Ui_AuditDetail()
        self.detail.setupUi(detail_host)
        self.change_model: RowTableModel[AuditChange] = RowTableModel(
            CHANGE_COLUMNS, "AuditPage", row_id=lambda _change: None
        )
        self.detail.changesView.setModel(self.change_model)
        self.detail.changesView.verticalHeader().hide()
        self.detail.changesView.horizontalHeader().setStretchLastSection(True)
        self.ui.pageLayout.addWidget(detail_host)
        self.ui.pageLayout.setStretchFactor(self.ui.tableView, 1)
        today = QDate.currentDate()
        self.filters.fromEdit.setDate(today.addMonths(-1))
        self.filters.toEdit.setDate(today)
        self.filters.fromEdit.setEnabled(False)
        self.filters.toEdit.setEnabled(False)
        self.filters.fromCheck.toggled.connect(self.filters.fromEdit.setEnabled)
        self.filters.toCheck.toggled.connect(self.filters.toEdit.setEnabled)
        for combo in (self.filters.userCombo, self.filters.actionCombo, self.filters.entityCombo):
            combo.currentIndexChanged.connect(lambda _index: self.refresh_rows())
        for check in (self.filters.fromCheck, self.filters.toCheck):
            check.toggled.connect(lambda _on: self.refresh_rows())
        for edit in (self.filters.fromEdit, self.filters.toEdit):
            edit.dateChanged.connect(lambda _date: self.refresh_rows())
        self.ui.tableView.selectionModel().selectionChanged.connect(lambda *_: self.show_detail())

    def page_title(self) -> str:
        return self.tr("Audit trail")

    def retranslate(self) -> None:
        super().retranslate()
        self.filters.retranslateUi(self.filters.userLabel.parentWidget())
        self.detail.retranslateUi(self.detail.changesView.parentWidget())
        self.model.retranslate()
        self.change_model.retranslate()
        self.show_detail()

    def current_filter(self) -> AuditFilter:
        f = self.filters

        def day(edit_date: QDate) -> dt.date:
            return dt.date(edit_date.year(), edit_date.month(), edit_date.day())

        action = f.actionCombo.currentData()  # Qt hands the enum back as its string value
        return AuditFilter(
            username=f.userCombo.currentData(),
            action=AuditAction(action) if action else None,
            entity=f.entityCombo.currentData(),
            date_from=day(f.fromEdit.date()) if f.fromCheck.isChecked() else None,
            date_to=day(f.toEdit.date()) if f.toCheck.isChecked() else None,
        )

    def fill_filters(self) -> None:
        choices = audit_log.filter_choices(self.context.db, self.context.actor)
        everyone = self.tr("All")
        self._fill(
            self.filters.userCombo,
            [(everyone, None), *((user_text(u), u) for u in choices.usernames)],
        )
        self._fill(
            self.filters.actionCombo, [(everyone, None), *((word(a), a) for a in AuditAction)]
        )
        self._fill(
            self.filters.entityCombo,
            [(everyone, None), *((entity_name(e), e) for e in choices.entities)],
        )

    @staticmethod
    def _fill(combo: QComboBox, items: list[tuple[str, object]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for text, data in items:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def refresh_rows(self) -> None:
        rows, total = audit_log.search(
            self.context.db, self.context.actor, self.current_filter(), LIMIT
        )
        self.model.set_rows(rows)
        self.show_count(len(rows), total)
        self.fit_columns()
        self.show_detail()

    def reload(self) -> None:
        """Everything: the filter choices, the rows and the hash chain's state."""
        self.fill_filters()
        self.refresh_rows()
        self.show_chain()

    def show_chain(self) -> None:
        status = audit_log.chain_status(self.context.db, self.context.actor)
        chain, head = status.chain, status.head
        if not chain.ok:
            text = self.tr(
                "The hash chain is broken at entry %1: an entry was edited or deleted outside "
                "the program."
            ).replace("%1", str(chain.first_broken_id))
        elif head.problem is not None:  # as `healthroom check` says it
            text = audit_head_sentence(
                head.problem, head.recorded, chain.entries, catalogue_language()
            )
        else:
            text = self.tr("Hash chain intact: %1 entries, none edited or deleted.").replace(
                "%1", str(chain.entries)
            )
        style = "color: #2e7d32;" if status.ok else "color: #c62828; font-weight: bold;"
        self.detail.chainLabel.setText(text)
        self.detail.chainLabel.setStyleSheet(style)

    def show_detail(self) -> None:
        rows = self.ui.tableView.selectionModel().selectedRows()
        if not rows:
            self.detail.retranslateUi(self.detail.changesView.parentWidget())  # the hint
            self.change_model.set_rows([])
            return
        row = self.model.row_at(rows[0].row())
        record = record_text(row.entity, row.entity_id, row.record)
        self.detail.summaryLabel.setText(
            summary(word(row.action), row.entity, record, row.username)
        )
        found = changes(row.entity, row.before_json, row.after_json)
        self.change_model.set_rows(found)
        column_fit.fit_columns(self.detail.changesView)
        self.detail.changesView.resizeRowsToContents()
