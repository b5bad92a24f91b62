"""活动通知: the year's notices with their coverage against 95 %, and the lowest of them."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDialog, QWidget

from app.catalogue.codes import NoticeChannel
from app.domain.participation import NOTICE_COVERAGE_TARGET
from app.services import notices
from app.services.notices import NoticeRow
from app.ui import column_fit
from app.ui.activity_messages import percent, ratio_text
from app.ui.context import AppContext
from app.ui.dialogs.activities.notice_dialog import NoticeDialog
from app.ui.forms.ui_notices_dialog import Ui_NoticesDialog
from app.ui.i18n import QT_TRANSLATE_NOOP, word
from app.ui.models.row_table_model import Column, RowTableModel
from app.ui.screen_fit import fit_to_screen


def _below(row: NoticeRow) -> bool:
    return row.coverage.meets(row.target) is False


COLUMNS: list[Column[NoticeRow]] = [
    Column(QT_TRANSLATE_NOOP("NoticesDialog", "Date"), lambda r: r.issued_on),
    Column(QT_TRANSLATE_NOOP("NoticesDialog", "Title"), lambda r: r.title),
    Column(QT_TRANSLATE_NOOP("NoticesDialog", "Channel"), lambda r: word(NoticeChannel(r.channel))),
    Column(
        QT_TRANSLATE_NOOP("NoticesDialog", "Staff reached"),
        lambda r: ratio_text(r.coverage),
        alert=_below,
        align_right=True,
    ),
    Column(QT_TRANSLATE_NOOP("NoticesDialog", "Activity"), lambda r: r.activity_title),
]


class NoticesDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_NoticesDialog()
        self.ui.setupUi(self)
        fit_to_screen(self, QSize(960, 600))
        self.editor: NoticeDialog | None = None
        self.model: RowTableModel[NoticeRow] = RowTableModel(COLUMNS, "NoticesDialog")
        self.ui.tableView.setModel(self.model)
        column_fit.keep_fitted(self.ui.tableView)  # the one rule of every list's columns
        year = context.today().year
        for y in range(year + 1, year - 5, -1):
            self.ui.yearCombo.addItem(str(y), y)
        self.ui.yearCombo.setCurrentIndex(self.ui.yearCombo.findData(year))
        self.ui.yearCombo.currentIndexChanged.connect(lambda _i: self.reload())
        self.ui.newButton.clicked.connect(lambda: self.open_editor(None))
        self.ui.editButton.clicked.connect(self.edit_selected)
        self.ui.deleteButton.clicked.connect(self.delete_selected)
        self.ui.tableView.doubleClicked.connect(lambda _i: self.edit_selected())
        self.ui.closeButton.clicked.connect(self.accept)
        self.reload()

    def reload(self) -> None:
        rows = notices.list_notices(
            self.context.db, self.context.actor, self.ui.yearCombo.currentData()
        )
        self.model.set_rows(rows)
        column_fit.fit_columns(self.ui.tableView)
        rated = [r for r in rows if r.coverage.denominator]
        if not rated:
            self.ui.summaryLabel.setText(self.tr("No notices recorded for this year."))
            return
        lowest = min(rated, key=lambda r: r.coverage.value or 0)
        below = sum(1 for r in rated if _below(r))
        text = self.tr(
            "%1 notice(s). Lowest coverage %2 % (%3); target %4 % for every notice; %5 below."
        )
        self.ui.summaryLabel.setText(
            text.replace("%1", str(len(rows)))
            .replace("%2", percent(lowest.coverage))
            .replace("%3", lowest.title)
            .replace("%4", f"{NOTICE_COVERAGE_TARGET * 100:g}")
            .replace("%5", str(below))
        )

    def selected(self) -> NoticeRow | None:
        index = self.ui.tableView.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def open_editor(self, notice_id: int | None) -> NoticeDialog:
        editor = NoticeDialog(self.context, notice_id, self)
        editor.accepted.connect(self.reload)
        self.editor = editor
        editor.open()
        return editor

    def edit_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self.open_editor(row.id)

    def delete_selected(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        row = self.selected()
        if row is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete notice"),
            self.tr("Delete the notice “%1”?").replace("%1", row.title),
        )
        if answer == QMessageBox.StandardButton.Yes:
            notices.delete_notice(self.context.db, self.context.actor, row.id)
            self.reload()
