"""使用登记: the usage register, newest visits first, fetched page by page."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.services import usage_log
from app.services.usage_log import VisitFilter, VisitRow
from app.ui.context import AppContext
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.labels import label
from app.ui.models.lazy_table_model import LazyRowTableModel
from app.ui.models.row_table_model import Column, display
from app.ui.pages.list_page import ListPage


def readings_text(row: VisitRow) -> str:
    parts = []
    values = {r.type: r for r in row.readings}
    if "systolic" in values and "diastolic" in values:
        systolic, diastolic = values["systolic"].value, values["diastolic"].value
        parts.append(f"{label('blood_pressure')} {systolic:g}/{diastolic:g}")
    for reading in row.readings:
        if reading.type not in ("systolic", "diastolic"):
            parts.append(f"{label(reading.type)} {display(reading.value)}")
    return "; ".join(parts)


COLUMNS: list[Column[VisitRow]] = [
    Column(QT_TRANSLATE_NOOP("UsagePage", "Time"), lambda r: r.visited_at),
    Column(QT_TRANSLATE_NOOP("UsagePage", "Employee no."), lambda r: r.employee_no),
    Column(QT_TRANSLATE_NOOP("UsagePage", "Name"), lambda r: r.person),
    Column(QT_TRANSLATE_NOOP("UsagePage", "Department"), lambda r: r.department),
    Column(QT_TRANSLATE_NOOP("UsagePage", "Readings"), readings_text, alert=lambda r: r.abnormal),
    Column(QT_TRANSLATE_NOOP("UsagePage", "Advice"), lambda r: r.advice),
]


class UsagePage(ListPage):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model: LazyRowTableModel[VisitRow] = LazyRowTableModel(COLUMNS, "UsagePage")
        self.ui.tableView.setModel(self.model)
        self.ui.searchEdit.hide()  # the person filter arrives with the usage register issue

    def page_title(self) -> str:
        return self.tr("Usage register")

    def retranslate(self) -> None:
        super().retranslate()
        self.fill_department_filter()
        self.model.retranslate()

    def reload(self) -> None:
        flt = VisitFilter(department_id=self.ui.filterCombo.currentData())
        db, actor = self.context.db, self.context.actor
        total = usage_log.count_visits(db, actor, flt)
        self.model.reset_source(
            total, lambda offset, limit: usage_log.fetch_visits(db, actor, flt, offset, limit)
        )
        self.show_count(total)
        self.fit_columns()
