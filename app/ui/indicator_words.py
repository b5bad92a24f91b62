"""Words for the indicators and the lists behind them, in the UI language."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from app.domain.indicators import Cell, ColumnKind, DrillColumn, IndicatorResult
from app.domain.periods import Period, PeriodKind
from app.domain.targets import IndicatorKey, TargetKind
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.labels import label, weekday
from app.ui.models.row_table_model import display

CONTEXT = "Indicators"
K = IndicatorKey

NAMES: dict[IndicatorKey, str] = {
    K.OPEN_HOURS_DAILY: QT_TRANSLATE_NOOP("Indicators", "Open ≥ 3 h on every open day"),
    K.LECTURES_COUNT: QT_TRANSLATE_NOOP("Indicators", "Health lectures held"),
    K.LECTURE_PARTICIPATION: QT_TRANSLATE_NOOP("Indicators", "Lecture participation (lowest)"),
    K.HEALTH_FILE_COMPLETENESS: QT_TRANSLATE_NOOP("Indicators", "Health file completeness"),
    K.HEALTH_DATA_UPDATED: QT_TRANSLATE_NOOP("Indicators", "Health data updated in 12 months"),
    K.USAGE_RATE: QT_TRANSLATE_NOOP("Indicators", "Usage rate"),
    K.NOTICE_COVERAGE: QT_TRANSLATE_NOOP("Indicators", "Notice coverage (lowest)"),
    K.EQUIPMENT_INTACT_RATE: QT_TRANSLATE_NOOP("Indicators", "Equipment intact rate"),
    K.HOSPITAL_VISITS: QT_TRANSLATE_NOOP("Indicators", "Partner-hospital visits per quarter"),
    K.CONSUMABLES_REPLENISHED: QT_TRANSLATE_NOOP("Indicators", "Consumables replenished"),
    K.INSPECTIONS: QT_TRANSLATE_NOOP("Indicators", "County inspections"),
}

DEFINITIONS: dict[IndicatorKey, str] = {
    K.OPEN_HOURS_DAILY: QT_TRANSLATE_NOOP(
        "Indicators", "Share of the scheduled open days whose scheduled hours are at least 3 h."
    ),
    K.LECTURES_COUNT: QT_TRANSLATE_NOOP(
        "Indicators",
        "Health lectures held from 1 January to the end of the period; at least 4 a year, "
        "judged pro rata before the year ends.",
    ),
    K.LECTURE_PARTICIPATION: QT_TRANSLATE_NOOP(
        "Indicators",
        "For each lecture: staff of its target group who signed in ÷ staff of the group on "
        "the roster that day; the figure is the lowest lecture. Guests do not count.",
    ),
    K.HEALTH_FILE_COMPLETENESS: QT_TRANSLATE_NOOP(
        "Indicators",
        "Staff on the roster whose health file has every required field ÷ staff on the roster.",
    ),
    K.HEALTH_DATA_UPDATED: QT_TRANSLATE_NOOP(
        "Indicators",
        "Staff on the roster whose health data was updated in the last 12 months ÷ staff on "
        "the roster.",
    ),
    K.USAGE_RATE: QT_TRANSLATE_NOOP(
        "Indicators",
        "Staff on the roster with at least one recorded visit in the period ÷ staff on the "
        "roster. Visitors do not count.",
    ),
    K.NOTICE_COVERAGE: QT_TRANSLATE_NOOP(
        "Indicators",
        "For each notice: staff reached ÷ staff on the roster that day; the figure is the "
        "lowest notice.",
    ),
    K.EQUIPMENT_INTACT_RATE: QT_TRANSLATE_NOOP(
        "Indicators",
        "Registered devices that are not damaged, lost or under repair ÷ registered devices.",
    ),
    K.HOSPITAL_VISITS: QT_TRANSLATE_NOOP(
        "Indicators",
        "Partner-hospital visits (lecture, data collection, free clinic, consultation); at "
        "least one every quarter. A year shows its weakest quarter.",
    ),
    K.CONSUMABLES_REPLENISHED: QT_TRANSLATE_NOOP(
        "Indicators",
        "Days consumables were received; at least one every quarter. A year shows its weakest "
        "quarter.",
    ),
    K.INSPECTIONS: QT_TRANSLATE_NOOP(
        "Indicators",
        "County or city union inspections from 1 January to the end of the period; at least 2 "
        "a year, judged pro rata before the year ends.",
    ),
}

GAPS: dict[str, str] = {
    K.OPEN_HOURS_DAILY: QT_TRANSLATE_NOOP("Indicators", "%n open day(s) under 3 h"),
    K.LECTURES_COUNT: QT_TRANSLATE_NOOP("Indicators", "%n more lecture(s) needed"),
    K.LECTURE_PARTICIPATION: QT_TRANSLATE_NOOP("Indicators", "%n more attendee(s) needed"),
    K.HEALTH_FILE_COMPLETENESS: QT_TRANSLATE_NOOP("Indicators", "%n more complete file(s) needed"),
    K.HEALTH_DATA_UPDATED: QT_TRANSLATE_NOOP("Indicators", "%n more update(s) needed"),
    K.USAGE_RATE: QT_TRANSLATE_NOOP("Indicators", "%n more staff need to use the room"),
    K.NOTICE_COVERAGE: QT_TRANSLATE_NOOP("Indicators", "%n more staff to reach"),
    K.EQUIPMENT_INTACT_RATE: QT_TRANSLATE_NOOP(
        "Indicators", "%n device(s) damaged, lost or in repair"
    ),
    K.HOSPITAL_VISITS: QT_TRANSLATE_NOOP("Indicators", "%n more hospital visit(s) needed"),
    "hospital_visits_quarters": QT_TRANSLATE_NOOP(
        "Indicators", "%n quarter(s) without a hospital visit"
    ),
    K.CONSUMABLES_REPLENISHED: QT_TRANSLATE_NOOP("Indicators", "%n more replenishment(s) needed"),
    "consumables_replenished_quarters": QT_TRANSLATE_NOOP(
        "Indicators", "%n quarter(s) without a replenishment"
    ),
    K.INSPECTIONS: QT_TRANSLATE_NOOP("Indicators", "%n more inspection(s) needed"),
}

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

# What the list behind each figure shows.
LISTS: dict[IndicatorKey, str] = {
    K.OPEN_HOURS_DAILY: QT_TRANSLATE_NOOP("Indicators", "Open days under 3 h"),
    K.LECTURES_COUNT: QT_TRANSLATE_NOOP("Indicators", "Lectures held"),
    K.LECTURE_PARTICIPATION: QT_TRANSLATE_NOOP(
        "Indicators", "Each lecture's participation (double-click a lecture: who did not come)"
    ),
    K.HEALTH_FILE_COMPLETENESS: QT_TRANSLATE_NOOP("Indicators", "Incomplete health files"),
    K.HEALTH_DATA_UPDATED: QT_TRANSLATE_NOOP(
        "Indicators", "Staff without health data in the last 12 months"
    ),
    K.USAGE_RATE: QT_TRANSLATE_NOOP("Indicators", "Staff who have not come in this period"),
    K.NOTICE_COVERAGE: QT_TRANSLATE_NOOP("Indicators", "Each notice's coverage"),
    K.EQUIPMENT_INTACT_RATE: QT_TRANSLATE_NOOP("Indicators", "Devices not intact"),
    K.HOSPITAL_VISITS: QT_TRANSLATE_NOOP("Indicators", "Partner-hospital visits"),
    K.CONSUMABLES_REPLENISHED: QT_TRANSLATE_NOOP("Indicators", "Replenishments"),
    K.INSPECTIONS: QT_TRANSLATE_NOOP("Indicators", "Inspections"),
}

# Codes in the lists that labels.py does not know.
CODES: dict[str, str] = {
    "no_health_file": QT_TRANSLATE_NOOP("Indicators", "no health file"),
    "sex": QT_TRANSLATE_NOOP("Indicators", "sex"),
    "birth_date": QT_TRANSLATE_NOOP("Indicators", "birth date"),
    "height_cm": QT_TRANSLATE_NOOP("Indicators", "height"),
    "weight_kg": QT_TRANSLATE_NOOP("Indicators", "weight"),
    "fasting_glucose": QT_TRANSLATE_NOOP("Indicators", "fasting glucose"),
    "chronic_conditions": QT_TRANSLATE_NOOP("Indicators", "chronic conditions"),
    "allergies": QT_TRANSLATE_NOOP("Indicators", "allergies"),
    "smoking": QT_TRANSLATE_NOOP("Indicators", "smoking"),
    "drinking": QT_TRANSLATE_NOOP("Indicators", "drinking"),
    "exercise": QT_TRANSLATE_NOOP("Indicators", "exercise"),
    "hazard_exposure": QT_TRANSLATE_NOOP("Indicators", "hazard exposure"),
    "last_checkup_date": QT_TRANSLATE_NOOP("Indicators", "last check-up"),
    "wechat_group": QT_TRANSLATE_NOOP("Indicators", "WeChat group"),
    "notice_board": QT_TRANSLATE_NOOP("Indicators", "Notice board"),
    "meeting": QT_TRANSLATE_NOOP("Indicators", "Meeting"),
    "data_collection": QT_TRANSLATE_NOOP("Indicators", "Data collection"),
    "publicity": QT_TRANSLATE_NOOP("Indicators", "Health publicity"),
    "hospital_replenishment": QT_TRANSLATE_NOOP("Indicators", "Partner hospital"),
    "purchase": QT_TRANSLATE_NOOP("Indicators", "Purchase"),
    "county_union": QT_TRANSLATE_NOOP("Indicators", "County union"),
    "city_union": QT_TRANSLATE_NOOP("Indicators", "City union"),
}


def _t(text: str, n: int = -1) -> str:
    """Translate a string marked with QT_TRANSLATE_NOOP("Indicators", …)."""
    return QCoreApplication.translate(CONTEXT, text, "", n)


def translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def name(key: IndicatorKey) -> str:
    return _t(NAMES[key])


def definition(key: IndicatorKey) -> str:
    return _t(DEFINITIONS[key])


def list_title(key: IndicatorKey) -> str:
    return _t(LISTS[key])


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


def target_text(result: IndicatorResult) -> str:
    if result.kind is TargetKind.RATE:
        return f"≥ {result.target * 100:.0f} %"
    return f"≥ {result.target:.0f}"


def gap_text(result: IndicatorResult) -> str:
    """The gap in words ("还需 12 人参加讲座"); empty when met or not applicable."""
    if not result.shortfall or result.met is not False:
        return ""
    key = result.key.value
    if result.parts and result.key in (K.HOSPITAL_VISITS, K.CONSUMABLES_REPLENISHED):
        key = f"{key}_quarters"
    return _t(GAPS[key], result.shortfall)


def state_text(result: IndicatorResult) -> str:
    if result.met is None:
        return QCoreApplication.translate("Indicators", "not applicable")
    if result.met:
        return QCoreApplication.translate("Indicators", "met")
    return (
        QCoreApplication.translate("Indicators", "not yet met")
        if result.still_open
        else QCoreApplication.translate("Indicators", "not met")
    )


def code_text(code: str) -> str:
    if code.startswith("weekday_") and code[8:].isdigit():
        return weekday(int(code[8:]))
    return _t(CODES[code]) if code in CODES else label(code)


def cell_text(kind: ColumnKind, value: Cell) -> str:
    if value is None:
        return ""
    if kind is ColumnKind.RATE and isinstance(value, int | float):
        return percent(float(value))
    if kind is ColumnKind.CODE:
        return code_text(str(value))
    if kind is ColumnKind.CODES:
        return "、".join(code_text(c) for c in str(value).split(",") if c)
    if kind is ColumnKind.HOURS and isinstance(value, int | float):
        return QCoreApplication.translate("Indicators", "%1 h").replace("%1", f"{value:g}")
    if kind is ColumnKind.DATE and isinstance(value, dt.datetime):
        return value.date().isoformat()
    return display(value)
