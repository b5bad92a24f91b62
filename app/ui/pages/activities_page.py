"""活动与签到: lectures, free clinics and other activities with their attendance."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.services import activities
from app.services.activities import ActivityRow
from app.ui.context import AppContext
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.labels import label
from app.ui.models.row_table_model import Column, RowTableModel
from app.ui.pages.list_page import ListPage

COLUMNS: list[Column[ActivityRow]] = [
    Column(QT_TRANSLATE_NOOP("ActivitiesPage", "Date"), lambda r: r.starts_at),
    Column(QT_TRANSLATE_NOOP("ActivitiesPage", "Type"), lambda r: label(r.kind)),
    Column(QT_TRANSLATE_NOOP("ActivitiesPage", "Title"), lambda r: r.title),
    Column(QT_TRANSLATE_NOOP("ActivitiesPage", "Speaker"), lambda r: r.speaker),
    Column(QT_TRANSLATE_NOOP("ActivitiesPage", "Place"), lambda r: r.place),
    Column(QT_TRANSLATE_NOOP("ActivitiesPage", "Status"), lambda r: label(r.status)),
    Column(
        QT_TRANSLATE_NOOP("ActivitiesPage", "Attendees"), lambda r: r.attendees, align_right=True
    ),
]


class ActivitiesPage(ListPage):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model: RowTableModel[ActivityRow] = RowTableModel(COLUMNS, "ActivitiesPage")
        self.ui.tableView.setModel(self.model)
        self.ui.searchEdit.hide()

    def page_title(self) -> str:
        return self.tr("Activities & sign-in")

    def retranslate(self) -> None:
        super().retranslate()
        year = self.context.today().year
        self.fill_choices(
            [(self.tr("All years"), None), *((str(y), y) for y in range(year, year - 5, -1))]
        )
        self.model.retranslate()

    def reload(self) -> None:
        rows = activities.list_activities(
            self.context.db, self.context.actor, year=self.ui.filterCombo.currentData()
        )
        self.model.set_rows(rows)
        self.show_count(len(rows))
        self.fit_columns()
