"""Words for the indicators in reports and on the command line (zh default, en optional)."""

from __future__ import annotations

from app.domain.indicators import IndicatorResult
from app.domain.periods import Period, PeriodKind
from app.domain.targets import IndicatorKey, TargetKind
from app.reports.language import COMMON, ReportLanguage, Words
from app.reports.xlsx.workbook import COUNT, PERCENT, Cell, Formatted

K = IndicatorKey

NAMES: dict[str, tuple[str, str]] = {
    K.OPEN_HOURS_DAILY: ("每日开放不少于3小时", "Open ≥ 3 h on every open day"),
    K.LECTURES_COUNT: ("健康讲座场次（年度累计）", "Health lectures held (year to date)"),
    K.LECTURE_PARTICIPATION: ("讲座参与率（最低一场）", "Lecture participation (lowest)"),
    K.HEALTH_FILE_COMPLETENESS: ("健康档案建档完成度", "Health file completeness"),
    K.HEALTH_DATA_UPDATED: ("健康数据年度更新率", "Health data updated in 12 months"),
    K.USAGE_RATE: ("健康生活室使用率", "Usage rate"),
    K.NOTICE_COVERAGE: ("活动通知普及率（最低一次）", "Notice coverage (lowest)"),
    K.EQUIPMENT_INTACT_RATE: ("设备设施完好率", "Equipment intact rate"),
    K.HOSPITAL_VISITS: ("合作医院到访（每季度）", "Partner-hospital visits per quarter"),
    K.CONSUMABLES_REPLENISHED: ("日常消耗品补充（每季度）", "Consumables replenished per quarter"),
    K.INSPECTIONS: ("市县工会巡检（年度累计）", "County inspections (year to date)"),
}

# How many more are needed, per key; "_quarters" variants for a year judged quarter by quarter.
GAPS: dict[str, tuple[str, str]] = {
    K.OPEN_HOURS_DAILY: ("{n} 个开放日不足 3 小时", "{n} open day(s) under 3 h"),
    K.LECTURES_COUNT: ("还需举办 {n} 场讲座", "{n} more lecture(s) needed"),
    K.LECTURE_PARTICIPATION: ("还需 {n} 人参加讲座", "{n} more attendees needed"),
    K.HEALTH_FILE_COMPLETENESS: (
        "还需完善 {n} 份健康档案",
        "{n} more complete health files needed",
    ),
    K.HEALTH_DATA_UPDATED: (
        "还需为 {n} 人更新健康数据",
        "health data of {n} more people to update",
    ),
    K.USAGE_RATE: ("还需 {n} 人使用健康生活室", "{n} more staff need to use the room"),
    K.NOTICE_COVERAGE: ("还需通知到 {n} 人", "{n} more staff to reach"),
    K.EQUIPMENT_INTACT_RATE: (
        "{n} 台设备损坏、遗失或维修中",
        "{n} device(s) damaged, lost or in repair",
    ),
    K.HOSPITAL_VISITS: ("还需合作医院到访 {n} 次", "{n} more partner-hospital visit(s) needed"),
    "hospital_visits_quarters": (
        "{n} 个季度合作医院未到访",
        "{n} quarter(s) without a hospital visit",
    ),
    K.CONSUMABLES_REPLENISHED: ("还需补充消耗品 {n} 次", "{n} more replenishment(s) needed"),
    "consumables_replenished_quarters": (
        "{n} 个季度未补充消耗品",
        "{n} quarter(s) without a replenishment",
    ),
    K.INSPECTIONS: ("还需巡检 {n} 次", "{n} more inspection(s) needed"),
}

UNITS: dict[str, tuple[str, str]] = {
    K.LECTURES_COUNT: ("场", ""),
    K.HOSPITAL_VISITS: ("次", ""),
    K.CONSUMABLES_REPLENISHED: ("次", ""),
    K.INSPECTIONS: ("次", ""),
}

PERIODS: dict[str, tuple[str, str]] = {
    "year": ("{year}年", "{year}"),
    "quarter": ("{year}年第{number}季度", "Q{number} {year}"),
    "month": ("{year}年{number}月", "{month_name} {year}"),
    "in_progress": ("（进行中）", " (in progress)"),
    "ok": ("达标", "met"),
}

CATALOGUE: dict[str, tuple[str, str]] = {
    **COMMON,
    **{f"name.{k}": v for k, v in NAMES.items()},
    **{f"gap.{k}": v for k, v in GAPS.items()},
    **{f"unit.{k}": v for k, v in UNITS.items()},
    **{f"period.{k}": v for k, v in PERIODS.items()},
}

MONTHS_EN = "January February March April May June July August September October November December"


def words(language: ReportLanguage = ReportLanguage.ZH) -> Words:
    return Words(CATALOGUE, language)


def period_name(period: Period, language: ReportLanguage = ReportLanguage.ZH) -> str:
    month_name = MONTHS_EN.split()[period.number - 1] if period.kind is PeriodKind.MONTH else ""
    return words(language)(
        f"period.{period.kind.value}",
        year=period.year,
        number=period.number,
        month_name=month_name,
    )


def indicator_name(key: IndicatorKey, language: ReportLanguage = ReportLanguage.ZH) -> str:
    return words(language)(f"name.{key.value}")


def percent(value: float | None, language: ReportLanguage = ReportLanguage.ZH) -> str:
    if value is None:
        return words(language)("not_applicable")
    return f"{value * 100:.1f} %"


def format_value(result: IndicatorResult, language: ReportLanguage = ReportLanguage.ZH) -> str:
    if result.value is None:
        return words(language)("not_applicable")
    if result.kind is TargetKind.RATE:
        return percent(result.value, language)
    unit = words(language)(f"unit.{result.key.value}")
    return f"{result.value:.0f}{(' ' if language is ReportLanguage.EN else '') + unit}".strip()


def format_fraction(result: IndicatorResult) -> str:
    if result.kind is TargetKind.RATE and result.denominator:
        return f"{result.numerator}/{result.denominator}"
    return ""


def format_target(result: IndicatorResult, language: ReportLanguage = ReportLanguage.ZH) -> str:
    if result.kind is TargetKind.RATE:
        return f"≥ {result.target * 100:.0f} %"
    unit = words(language)(f"unit.{result.key.value}")
    return f"≥ {result.target:.0f}{(' ' if language is ReportLanguage.EN else '') + unit}".strip()


def value_cell(result: IndicatorResult) -> Formatted:
    """The figure as a typed spreadsheet cell: a rate as a percentage, a count as a number."""
    return Formatted(result.value, PERCENT if result.kind is TargetKind.RATE else COUNT)


def target_cell(result: IndicatorResult, language: ReportLanguage = ReportLanguage.ZH) -> Formatted:
    """The target as a number whose format shows it as `format_target` writes it (≥ 60%, ≥ 4场)."""
    if result.kind is TargetKind.RATE:
        return Formatted(result.target, '"≥ "0%')
    unit = words(language)(f"unit.{result.key.value}")
    shown = f"{' ' if language is ReportLanguage.EN else ''}{unit}".rstrip()
    return Formatted(result.target, f'"≥ "0"{shown}"' if shown else '"≥ "0')


def format_met(result: IndicatorResult, language: ReportLanguage = ReportLanguage.ZH) -> str:
    w = words(language)
    if result.met is None:
        return w("not_applicable")
    return w("met") if result.met else w("not_met")


def gap_text(result: IndicatorResult, language: ReportLanguage = ReportLanguage.ZH) -> str:
    """The gap in words ("还需 12 人参加讲座"); empty when met or not applicable."""
    if not result.shortfall or result.met is not False:
        return ""
    key = result.key.value
    if result.parts and result.key in (K.HOSPITAL_VISITS, K.CONSUMABLES_REPLENISHED):
        key = f"{key}_quarters"
    return words(language)(f"gap.{key}", n=result.shortfall)


def indicator_row(
    result: IndicatorResult, language: ReportLanguage = ReportLanguage.ZH
) -> list[Cell]:
    """An indicator as a spreadsheet row: name, figure, numerator, denominator, target, met, gap."""
    return [
        indicator_name(result.key, language),
        value_cell(result),
        result.numerator,
        result.denominator,
        target_cell(result, language),
        format_met(result, language),
        gap_text(result, language),
    ]
