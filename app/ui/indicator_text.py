"""Indicators in the UI language: names, definitions, gaps and the codes of the lists behind
the figures from the catalogue; the lists' column headings and the figures worded here."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from app.catalogue.codes import (
    DeviceStatus,
    HospitalVisitPurpose,
    InspectionBody,
    NoticeChannel,
    StockSource,
)
from app.catalogue.indicators import indicator
from app.domain.indicators import (
    Cell,
    ColumnKind,
    DrillColumn,
    IndicatorResult,
    Scope,
    gap_wording,
)
from app.domain.periods import Period, PeriodError, PeriodKind
from app.domain.targets import IndicatorKey, TargetKind
from app.ui.i18n import QT_TRANSLATE_NOOP, catalogue_language, field_name, list_separator, word
from app.ui.labels import weekday
from app.ui.models.row_table_model import display

CONTEXT = "Indicators"

COLUMNS: dict[str, str] = {
    "employee_no": QT_TRANSLATE_NOOP("Indicators", "Employee no."),
    "name": QT_TRANSLATE_NOOP("Indicators", "Name"),
    "department": QT_TRANSLATE_NOOP("Indicators", "Department"),
    "missing_fields": QT_TRANSLATE_NOOP("Indicators", "Missing"),
    "data_updated_on": QT_TRANSLATE_NOOP("Indicators", "Data last updated"),
    "last_visit": QT_TRANSLATE_NOOP("Indicators", "Last visit before the period"),
    "date": QT_TRANSLATE_NOOP("Indicators", "Date"),
    "weekday": QT_TRANSLATE_NOOP("Indicators", "Weekday"),
    "hours": QT_TRANSLATE_NOOP("Indicators", "Scheduled hours"),
    "opened": QT_TRANSLATE_NOOP("Indicators", "Opened"),
    "closed": QT_TRANSLATE_NOOP("Indicators", "Closed"),
    "actual_hours": QT_TRANSLATE_NOOP("Indicators", "Hours open (log)"),
    "title": QT_TRANSLATE_NOOP("Indicators", "Title"),
    "speaker": QT_TRANSLATE_NOOP("Indicators", "Speaker"),
    "target_group": QT_TRANSLATE_NOOP("Indicators", "Target group"),
    "attended": QT_TRANSLATE_NOOP("Indicators", "Signed in"),
    "group_size": QT_TRANSLATE_NOOP("Indicators", "Group on the roster"),
    "rate": QT_TRANSLATE_NOOP("Indicators", "Rate"),
    "still_needed": QT_TRANSLATE_NOOP("Indicators", "Short of the target"),
    "channel": QT_TRANSLATE_NOOP("Indicators", "Channel"),
    "reached": QT_TRANSLATE_NOOP("Indicators", "Reached"),
    "active_staff": QT_TRANSLATE_NOOP("Indicators", "Staff on the roster"),
    "asset_no": QT_TRANSLATE_NOOP("Indicators", "Asset no."),
    "device": QT_TRANSLATE_NOOP("Indicators", "Device"),
    "status": QT_TRANSLATE_NOOP("Indicators", "Status"),
    "since": QT_TRANSLATE_NOOP("Indicators", "Since"),
    "reason": QT_TRANSLATE_NOOP("Indicators", "Reason"),
    "hospital": QT_TRANSLATE_NOOP("Indicators", "Hospital"),
    "purposes": QT_TRANSLATE_NOOP("Indicators", "Purpose"),
    "experts": QT_TRANSLATE_NOOP("Indicators", "Experts"),
    "items": QT_TRANSLATE_NOOP("Indicators", "Items received"),
    "source": QT_TRANSLATE_NOOP("Indicators", "Source"),
    "inspectors": QT_TRANSLATE_NOOP("Indicators", "Inspectors"),
    "body": QT_TRANSLATE_NOOP("Indicators", "Inspected by"),
    "score": QT_TRANSLATE_NOOP("Indicators", "Score"),
    "findings": QT_TRANSLATE_NOOP("Indicators", "Findings"),
}


def _t(text: str, n: int = -1) -> str:
    """Translate a string marked with QT_TRANSLATE_NOOP("Indicators", …)."""
    return QCoreApplication.translate(CONTEXT, text, "", n)


def translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def name(key: IndicatorKey) -> str:
    return word(key)


def short_name(key: IndicatorKey) -> str:
    return indicator(key).short.in_(catalogue_language())


def definition(key: IndicatorKey) -> str:
    return indicator(key).definition.in_(catalogue_language())


def list_title(key: IndicatorKey) -> str:
    return indicator(key).list_title.in_(catalogue_language())


def column_header(column: DrillColumn) -> str:
    return _t(COLUMNS[column.key]) if column.key in COLUMNS else column.key


def period_name(period: Period) -> str:
    if period.kind is PeriodKind.YEAR:
        text = QCoreApplication.translate("Indicators", "Year %1")
    elif period.kind is PeriodKind.QUARTER:
        text = QCoreApplication.translate("Indicators", "Q%2 %1")
    else:
        text = QCoreApplication.translate("Indicators", "%2/%1")
    return text.replace("%1", str(period.year)).replace("%2", str(period.number))


def period_code_name(code: str) -> str:
    """A stored period code (2026Q3) as people read it (2026年第3季度); an unreadable code as
    it is, never a traceback."""
    try:
        return period_name(Period.parse(code))
    except PeriodError:
        return code


def percent(value: float | None) -> str:
    return (
        QCoreApplication.translate("Indicators", "n/a") if value is None else f"{value * 100:.1f} %"
    )


def value_text(result: IndicatorResult) -> str:
    if result.value is None:
        return QCoreApplication.translate("Indicators", "n/a")
    if result.kind is TargetKind.RATE:
        return percent(result.value)
    return f"{result.value:.0f}"


# What a figure covers, said on its card: the quarter, the year, or what they are made of.
SCOPE_HEADINGS: dict[tuple[PeriodKind, Scope], str] = {
    (PeriodKind.MONTH, Scope.PERIOD): QT_TRANSLATE_NOOP("Indicators", "This month"),
    (PeriodKind.QUARTER, Scope.PERIOD): QT_TRANSLATE_NOOP("Indicators", "This quarter"),
    (PeriodKind.YEAR, Scope.PERIOD): QT_TRANSLATE_NOOP("Indicators", "This year"),
    (PeriodKind.MONTH, Scope.YEAR_TO_DATE): QT_TRANSLATE_NOOP("Indicators", "Year to date"),
    (PeriodKind.QUARTER, Scope.YEAR_TO_DATE): QT_TRANSLATE_NOOP(
        "Indicators", "Year to this quarter's end"
    ),
    (PeriodKind.MONTH, Scope.QUARTER_TO_DATE): QT_TRANSLATE_NOOP("Indicators", "Quarter to date"),
    (PeriodKind.YEAR, Scope.WEAKEST_QUARTER): QT_TRANSLATE_NOOP(
        "Indicators", "This year (weakest quarter)"
    ),
}


def scope_heading(result: IndicatorResult) -> str:
    """本季度 / 年初至本季度末 / 本年度（最少的季度）…: exactly what the figure covers."""
    return _t(SCOPE_HEADINGS[(result.period.kind, result.scope)])


def target_text(result: IndicatorResult) -> str:
    if not result.due:
        return QCoreApplication.translate("Indicators", "not due yet")
    if result.kind is TargetKind.RATE:
        return f"≥ {result.target * 100:.0f} %"
    return f"≥ {result.target:.0f}"


def gap_text(result: IndicatorResult) -> str:
    """The gap in words ("还需 12 人参加讲座"); empty when met or not applicable."""
    if not result.shortfall or result.met is not False:
        return ""
    return gap_wording(result).format(catalogue_language(), n=result.shortfall)


def state_text(result: IndicatorResult) -> str:
    if not result.due:
        return ""  # the target says "not due yet"
    if result.met is None:
        return QCoreApplication.translate("Indicators", "not applicable")
    if result.met:
        return QCoreApplication.translate("Indicators", "met")
    return (
        QCoreApplication.translate("Indicators", "not yet met")
        if result.still_open
        else QCoreApplication.translate("Indicators", "not met")
    )


# The codes a list's column holds, by the column's key: their words are the catalogue's.
CODE_COLUMNS: dict[str, type[StrEnum]] = {
    "status": DeviceStatus,
    "purposes": HospitalVisitPurpose,
    "source": StockSource,
    "body": InspectionBody,
    "channel": NoticeChannel,
}


def code_text(column: str, code: str) -> str:
    if code.startswith("weekday_") and code[8:].isdigit():
        return weekday(int(code[8:]))
    if column == "missing_fields":
        return field_name(code)
    kind = CODE_COLUMNS.get(column)
    if kind is not None and code in kind.__members__.values():
        return word(kind(code))
    return code  # free text in a code column (never a code: the test of the lists says so)


def cell_text(column: DrillColumn, value: Cell) -> str:
    kind = column.kind
    if value is None:
        return ""
    if kind is ColumnKind.RATE and isinstance(value, int | float):
        return percent(float(value))
    if kind is ColumnKind.CODE:
        return code_text(column.key, str(value))
    if kind is ColumnKind.CODES:
        return list_separator().join(code_text(column.key, c) for c in str(value).split(",") if c)
    if kind is ColumnKind.HOURS and isinstance(value, int | float):
        return QCoreApplication.translate("Indicators", "%1 h").replace("%1", f"{value:g}")
    if kind is ColumnKind.DATE and isinstance(value, dt.datetime):
        return value.date().isoformat()
    return display(value)
