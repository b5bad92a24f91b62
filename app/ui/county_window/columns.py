"""The county window's tables: which columns each shows, in the window's words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.catalogue.codes import RectificationStatus
from app.catalogue.county import AccessChannel, AccessEvent, InspectionSource
from app.services.county import AccessRow, InspectionRow, SiteInspections, SiteRow
from app.ui.i18n import (
    QT_TRANSLATE_NOOP,
    catalogue_language,
    joined,
    word_of,
)
from app.ui.models.row_table_model import Column

CONTEXT = "CountyWindow"


def _items_text(row: InspectionRow) -> str:
    return joined(
        f"{i.description} ({i.deadline.isoformat() if i.deadline else '—'}, "
        f"{word_of(RectificationStatus, i.status)}"
        f"{' ' + i.done_on.isoformat() if i.done_on else ''})"
        for i in row.items
    )


TOO_FEW = QT_TRANSLATE_NOOP("County", "fewer than 2 inspections — flagged")
ENOUGH = QT_TRANSLATE_NOOP("County", "at least 2 inspections")


SITE_COLUMNS: list[Column[SiteRow]] = [
    Column(QT_TRANSLATE_NOOP("CountyWindow", "Code"), lambda r: r.code),
    Column(QT_TRANSLATE_NOOP("CountyWindow", "Site"), lambda r: r.name),
    Column(QT_TRANSLATE_NOOP("CountyWindow", "County"), lambda r: r.county),
    Column(QT_TRANSLATE_NOOP("CountyWindow", "Key fingerprint"), lambda r: r.fingerprint),
    Column(QT_TRANSLATE_NOOP("CountyWindow", "Key pinned"), lambda r: r.pinned_at),
    Column(QT_TRANSLATE_NOOP("CountyWindow", "Packages"), lambda r: r.packages, align_right=True),
    Column(QT_TRANSLATE_NOOP("CountyWindow", "Latest period"), lambda r: r.last_period),
]
INSPECTED_COLUMNS: list[Column[SiteInspections]] = [
    Column(QT_TRANSLATE_NOOP("CountyWindow", "Site"), lambda r: f"{r.name} ({r.code})"),
    Column(
        QT_TRANSLATE_NOOP("CountyWindow", "Inspections this year"),
        lambda r: len(r.inspections),
        alert=lambda r: r.too_few,
        align_right=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("CountyWindow", "State"),
        lambda r: QCoreApplication.translate("County", TOO_FEW if r.too_few else ENOUGH),
        alert=lambda r: r.too_few,
    ),
]
INSPECTION_COLUMNS: list[Column[InspectionRow]] = [
    Column(QT_TRANSLATE_NOOP("CountyWindow", "Date"), lambda r: r.inspected_on),
    Column(
        QT_TRANSLATE_NOOP("CountyWindow", "Source"),
        lambda r: word_of(InspectionSource, r.source),
    ),
    Column(QT_TRANSLATE_NOOP("CountyWindow", "Inspectors"), lambda r: r.inspectors),
    Column(QT_TRANSLATE_NOOP("CountyWindow", "Score"), lambda r: r.score, align_right=True),
    Column(QT_TRANSLATE_NOOP("CountyWindow", "Findings"), lambda r: r.findings),
    Column(QT_TRANSLATE_NOOP("CountyWindow", "Rectification items (deadline, state)"), _items_text),
]
ACCESS_COLUMNS: list[Column[AccessRow]] = [
    Column(QT_TRANSLATE_NOOP("CountyWindow", "Time"), lambda r: r.at),
    Column(QT_TRANSLATE_NOOP("CountyWindow", "Reviewer"), lambda r: r.reviewer),
    Column(
        QT_TRANSLATE_NOOP("CountyWindow", "Action"),
        lambda r: word_of(AccessEvent, r.action),
    ),
    Column(QT_TRANSLATE_NOOP("CountyWindow", "Detail"), lambda r: r.said(catalogue_language())),
    Column(
        QT_TRANSLATE_NOOP("CountyWindow", "Through"),
        lambda r: word_of(AccessChannel, r.channel),
    ),
]
