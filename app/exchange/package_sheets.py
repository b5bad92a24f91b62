"""The county package's workbook as people read it: sheet names and headings in words, codes in
words, yes/no for flags, rates as percentages.

`export_package` gathers each sheet with its stored names and codes; `readable` turns one into
what a reviewer opens in Excel or WPS. The county workspace reads two sheets by their codes
(the indicators and the inspections received): those go into the package a second time as
they are, hidden, so a package stays machine-readable and old packages still import.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from enum import StrEnum

from app.catalogue import Language, Wording, word
from app.catalogue.codes import (
    ActivityKind,
    ActivityStatus,
    ConsumableCategory,
    DeviceCategory,
    DeviceStatus,
    ExceptionKind,
    Funding,
    InspectionBody,
    RectificationStatus,
    Sex,
    SignInMethod,
)
from app.catalogue.fields import field_word
from app.catalogue.indicators import INDICATORS, IndicatorKey, TargetKind
from app.catalogue.language import LIST_SEPARATOR
from app.catalogue.readings import ReadingType
from app.reports.xlsx.workbook import COUNT, PERCENT, Cell, Formatted, Sheet

W = Wording
MACHINE_SHEETS = ("indicators", "inspections")  # what the county import reads, by code

TITLES: dict[str, Wording] = {
    "profile": W("单位与生活室", "Site and room"),
    "indicators": W("指标完成情况", "Indicator figures"),
    "equipment": W("设备设施", "Equipment"),
    "consumables": W("日常消耗品", "Consumables"),
    "open_hours": W("开放时间", "Open hours"),
    "room_day_log": W("房间日志", "Room day log"),
    "visits": W("使用登记", "Visits"),
    "activities": W("健康活动", "Activities"),
    "attendance": W("活动签到", "Sign-ins"),
    "health_files": W("健康档案汇总", "Health files by department"),
    "inspections": W("巡检督查", "Inspections received"),
}

# The codes a column holds, by (sheet, column): said with the catalogue's words.
CODES: dict[tuple[str, str], type[StrEnum]] = {
    ("equipment", "category"): DeviceCategory,
    ("equipment", "funding"): Funding,
    ("equipment", "status"): DeviceStatus,
    ("equipment", "readings"): ReadingType,
    ("consumables", "category"): ConsumableCategory,
    ("open_hours", "kind"): ExceptionKind,
    ("visits", "sex"): Sex,
    ("attendance", "sex"): Sex,
    ("activities", "kind"): ActivityKind,
    ("activities", "status"): ActivityStatus,
    ("attendance", "method"): SignInMethod,
    ("inspections", "status"): RectificationStatus,
    ("inspections", "body"): InspectionBody,
    ("indicators", "key"): IndicatorKey,
}
# Columns holding 1/0: yes or no.
FLAGS = frozenset(
    {"cleaned", "disinfected", "visitor", "abnormal", "entered_late", "by_partner_hospital",
     "target_all", "guest", "in_progress", "independent_space", "nameplate_hung",
     "rules_posted", "open_hours_posted"}
)  # fmt: skip

YES, NO = W("是", "yes"), W("否", "no")
MET = {1: W("达标", "met"), 0: W("未达标", "not met")}
NOT_APPLICABLE = W("不适用", "not applicable")
WEEKLY = W("每周时间表", "weekly schedule")
ENTERED = W("已填写", "entered")  # a contact named in a de-identified package: that, not who
WEEKDAYS = (
    W("星期一", "Monday"), W("星期二", "Tuesday"), W("星期三", "Wednesday"),
    W("星期四", "Thursday"), W("星期五", "Friday"), W("星期六", "Saturday"),
    W("星期日", "Sunday"),
)  # fmt: skip


def _codes(kind: type[StrEnum], value: str, language: Language) -> str:
    said = [
        word(kind(code), language) if code in kind.__members__.values() else code
        for code in value.split(",")
        if code
    ]
    return LIST_SEPARATOR.in_(language).join(said)


def _cell(sheet: str, column: str, value: Cell, language: Language) -> Cell:
    said = _saying(sheet, column, language)
    return value if said is None else said(value)


def _saying(sheet: str, column: str, language: Language) -> Callable[[Cell], Cell] | None:
    """How a column's values are said in words; None for a column shown as stored. Codes
    repeat (every visit's sex), so each is worded once per column."""
    kind = CODES.get((sheet, column))
    if sheet == "open_hours" and column == "kind":
        weekly = WEEKLY.in_(language)
        return lambda value: weekly if value == "week" else _coded(kind, value, language)
    if kind is not None:
        worded: dict[str, str] = {}

        def code(value: Cell) -> Cell:
            if not isinstance(value, str):
                return value
            if value not in worded:
                worded[value] = _codes(kind, value, language)
            return worded[value]

        return code
    if column in FLAGS:
        yes, no = YES.in_(language), NO.in_(language)
        return lambda value: (yes if value else no) if isinstance(value, int) else value
    if sheet == "open_hours" and column == "weekday":
        return lambda value: (
            WEEKDAYS[value].in_(language) if isinstance(value, int) and 0 <= value < 7 else value
        )
    return None


def _coded(kind: type[StrEnum] | None, value: Cell, language: Language) -> Cell:
    return _codes(kind, value, language) if kind is not None and isinstance(value, str) else value


def _indicator_row(row: Sequence[Cell], language: Language) -> list[Cell]:
    key, value, numerator, denominator, target, met, in_progress = row
    rate = isinstance(key, str) and INDICATORS[IndicatorKey(key)].kind is TargetKind.RATE
    shape = PERCENT if rate else COUNT

    def number(cell: Cell) -> Cell:
        return Formatted(cell, shape) if isinstance(cell, int | float) else cell

    return [
        _cell("indicators", "key", key, language),
        number(value) if value is not None else NOT_APPLICABLE.in_(language),
        numerator,
        denominator,
        number(target),
        MET[int(met)].in_(language) if isinstance(met, int) else NOT_APPLICABLE.in_(language),
        _cell("indicators", "in_progress", in_progress, language),
    ]


def _profile_row(row: Sequence[Cell], language: Language) -> list[Cell]:
    field, value = row
    name = str(field)
    if value == "yes":  # a contact of a de-identified package
        value = ENTERED.in_(language)
    elif isinstance(value, int) and not isinstance(value, bool) and name in FLAGS:
        value = (YES if value else NO).in_(language)
    return [field_word(name, language), value]


def _worded_rows(sheet: Sheet, language: Language) -> Iterator[Sequence[Cell]]:
    """The rows with their codes and flags in words, made as they are written."""
    sayings = [_saying(sheet.title, column, language) for column in sheet.header]
    if not any(sayings):
        yield from sheet.rows
        return
    for row in sheet.rows:
        yield [
            value if said is None else said(value)
            for said, value in zip(sayings, row, strict=False)
        ]


def readable(sheet: Sheet, language: Language) -> Sheet:
    """The sheet with its title, headings and codes in `language`; numbers stay numbers. Rows
    made as they are written stay so: they are worded one at a time."""
    name = sheet.title
    rows: Iterable[Sequence[Cell]]
    if name == "indicators":
        rows = [_indicator_row(row, language) for row in sheet.rows]
    elif name == "profile":
        rows = [_profile_row(row, language) for row in sheet.rows]
    else:
        rows = _worded_rows(sheet, language)
    header = [field_word(column, language, name) for column in sheet.header]
    title = TITLES[name].in_(language) if name in TITLES else name
    return Sheet(title, header, rows, sheet.title_lines, dict(sheet.number_formats))


def package_sheets(sheets: Sequence[Sheet], language: Language) -> list[Sheet]:
    """What data.xlsx holds: every sheet readable, then the machine sheets, hidden."""
    machine = [
        Sheet(s.title, s.header, s.rows, hidden=True) for s in sheets if s.title in MACHINE_SHEETS
    ]
    return [*(readable(sheet, language) for sheet in sheets), *machine]
