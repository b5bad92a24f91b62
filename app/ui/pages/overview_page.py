"""首页: the room at a glance (the indicator cards replace this table later)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.services import overview
from app.services.overview import OverviewFigure
from app.ui.context import AppContext
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.models.row_table_model import Column, RowTableModel
from app.ui.pages.list_page import ListPage

FIGURES = {
    "active_staff": QT_TRANSLATE_NOOP("OverviewPage", "Staff on the roster"),
    "visits_today": QT_TRANSLATE_NOOP("OverviewPage", "Visits today"),
    "visits_this_month": QT_TRANSLATE_NOOP("OverviewPage", "Visits this month"),
    "devices_in_service": QT_TRANSLATE_NOOP("OverviewPage", "Devices in service"),
    "upcoming_activities": QT_TRANSLATE_NOOP("OverviewPage", "Upcoming activities"),
}


def figure_name(row: OverviewFigure) -> str:
    return QCoreApplication.translate("OverviewPage", FIGURES.get(row.key, row.key))


COLUMNS: list[Column[OverviewFigure]] = [
    Column(QT_TRANSLATE_NOOP("OverviewPage", "Figure"), figure_name),
    Column(QT_TRANSLATE_NOOP("OverviewPage", "Value"), lambda r: r.value, align_right=True),
]


class OverviewPage(ListPage):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model: RowTableModel[OverviewFigure] = RowTableModel(
            COLUMNS, "OverviewPage", row_id=lambda r: r.key
        )
        self.ui.tableView.setModel(self.model)
        self.ui.searchEdit.hide()
        self.ui.filterCombo.hide()

    def page_title(self) -> str:
        return self.tr("Overview")

    def retranslate(self) -> None:
        super().retranslate()
        self.model.retranslate()

    def reload(self) -> None:
        rows = overview.overview_figures(self.context.db, self.context.actor, self.context.today())
        self.model.set_rows(rows)
        self.show_count(len(rows))
        self.ui.tableView.setColumnWidth(0, 280)
