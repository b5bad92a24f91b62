"""职工与健康档案: the roster with search by employee no., name or pinyin."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.services import roster
from app.services.roster import StaffRow
from app.ui.context import AppContext
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.labels import label
from app.ui.models.row_table_model import Column, RowTableModel
from app.ui.pages.list_page import ListPage

COLUMNS: list[Column[StaffRow]] = [
    Column(QT_TRANSLATE_NOOP("StaffPage", "Employee no."), lambda r: r.employee_no),
    Column(QT_TRANSLATE_NOOP("StaffPage", "Name"), lambda r: r.name),
    Column(QT_TRANSLATE_NOOP("StaffPage", "Sex"), lambda r: label(r.sex)),
    Column(QT_TRANSLATE_NOOP("StaffPage", "Birth date"), lambda r: r.birth_date),
    Column(QT_TRANSLATE_NOOP("StaffPage", "Department"), lambda r: r.department),
    Column(QT_TRANSLATE_NOOP("StaffPage", "Job"), lambda r: r.job_title),
    Column(QT_TRANSLATE_NOOP("StaffPage", "ID number"), lambda r: r.id_number_masked),
    Column(QT_TRANSLATE_NOOP("StaffPage", "Mobile"), lambda r: r.phone_masked),
    Column(QT_TRANSLATE_NOOP("StaffPage", "Left on"), lambda r: r.departure_date),
]


class StaffPage(ListPage):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model: RowTableModel[StaffRow] = RowTableModel(COLUMNS, "StaffPage")
        self.ui.tableView.setModel(self.model)

    def page_title(self) -> str:
        return self.tr("Staff & health files")

    def retranslate(self) -> None:
        super().retranslate()
        self.ui.searchEdit.setPlaceholderText(
            self.tr("Search by employee no., name or pinyin (zs, zhangsan)")
        )
        self.fill_department_filter()
        self.model.retranslate()

    def reload(self) -> None:
        rows = roster.list_staff(
            self.context.db,
            self.context.actor,
            search=self.ui.searchEdit.text(),
            department_id=self.ui.filterCombo.currentData(),
        )
        self.model.set_rows(rows)
        self.show_count(len(rows))
        self.fit_columns()
