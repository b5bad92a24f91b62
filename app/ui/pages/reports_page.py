"""报表: the printouts the room produces, with the periods the register holds data for."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.ui.context import AppContext
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.models.row_table_model import Column, RowTableModel
from app.ui.pages.list_page import ListPage


@dataclass(frozen=True)
class ReportKind:
    id: str
    name: str  # English source, translated in the "ReportsPage" context
    audience: str


REPORTS = (
    ReportKind(
        "wall-schedule",
        QT_TRANSLATE_NOOP("ReportsPage", "Open-hours wall schedule"),
        QT_TRANSLATE_NOOP("ReportsPage", "The room's door"),
    ),
    ReportKind(
        "monthly",
        QT_TRANSLATE_NOOP("ReportsPage", "Monthly report"),
        QT_TRANSLATE_NOOP("ReportsPage", "Union chair"),
    ),
    ReportKind(
        "quarterly",
        QT_TRANSLATE_NOOP("ReportsPage", "Quarterly participation report"),
        QT_TRANSLATE_NOOP("ReportsPage", "Union chair, county union"),
    ),
    ReportKind(
        "annual",
        QT_TRANSLATE_NOOP("ReportsPage", "Annual summary"),
        QT_TRANSLATE_NOOP("ReportsPage", "Union chair, county union"),
    ),
    ReportKind(
        "equipment",
        QT_TRANSLATE_NOOP("ReportsPage", "Equipment ledger"),
        QT_TRANSLATE_NOOP("ReportsPage", "Union assets, inspectors"),
    ),
    ReportKind(
        "usage-register",
        QT_TRANSLATE_NOOP("ReportsPage", "Usage register"),
        QT_TRANSLATE_NOOP("ReportsPage", "Inspectors"),
    ),
)


def tr(text: str) -> str:
    return QCoreApplication.translate("ReportsPage", text)


COLUMNS: list[Column[ReportKind]] = [
    Column(QT_TRANSLATE_NOOP("ReportsPage", "Report"), lambda r: tr(r.name)),
    Column(QT_TRANSLATE_NOOP("ReportsPage", "For"), lambda r: tr(r.audience)),
    Column(QT_TRANSLATE_NOOP("ReportsPage", "Command line"), lambda r: f"healthroom report {r.id}"),
]


class ReportsPage(ListPage):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model: RowTableModel[ReportKind] = RowTableModel(COLUMNS, "ReportsPage")
        self.ui.tableView.setModel(self.model)
        self.ui.searchEdit.hide()
        self.ui.filterCombo.hide()

    def page_title(self) -> str:
        return self.tr("Reports")

    def retranslate(self) -> None:
        super().retranslate()
        self.model.retranslate()

    def reload(self) -> None:
        self.model.set_rows(REPORTS)
        self.show_count(len(REPORTS))
        self.fit_columns()
