"""Indicators in reports and on the command line (zh default, en optional): names and gaps
from the catalogue, values, targets and periods worded here."""

from __future__ import annotations

from app.catalogue import word
from app.catalogue.indicators import indicator
from app.domain.indicators import IndicatorResult, gap_wording
from app.domain.periods import Period, PeriodKind
from app.domain.targets import IndicatorKey, TargetKind
from app.reports.language import COMMON, ReportLanguage, Words
from app.reports.xlsx.workbook import COUNT, PERCENT, Cell, Formatted

PERIODS: dict[str, tuple[str, str]] = {
    "year": ("{year}年", "{year}"),
    "quarter": ("{year}年第{number}季度", "Q{number} {year}"),
    "month": ("{year}年{number}月", "{month_name} {year}"),
    "in_progress": ("（进行中）", " (in progress)"),
    "ok": ("达标", "met"),
}

CATALOGUE: dict[str, tuple[str, str]] = {
    **COMMON,
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
    return word(key, language)


def _count(value: float, key: IndicatorKey, language: ReportLanguage) -> str:
    """4 场 in Chinese, 4 in English."""
    measure = indicator(key).measure_word if language is ReportLanguage.ZH else ""
    return f"{value:.0f}{measure}"


def percent(value: float | None, language: ReportLanguage = ReportLanguage.ZH) -> str:
    if value is None:
        return words(language)("not_applicable")
    return f"{value * 100:.1f} %"


def format_value(result: IndicatorResult, language: ReportLanguage = ReportLanguage.ZH) -> str:
    if result.value is None:
        return words(language)("not_applicable")
    if result.kind is TargetKind.RATE:
        return percent(result.value, language)
    return _count(result.value, result.key, language)


def format_fraction(result: IndicatorResult) -> str:
    if result.kind is TargetKind.RATE and result.denominator:
        return f"{result.numerator}/{result.denominator}"
    return ""


def format_target(result: IndicatorResult, language: ReportLanguage = ReportLanguage.ZH) -> str:
    if result.kind is TargetKind.RATE:
        return f"≥ {result.target * 100:.0f} %"
    return f"≥ {_count(result.target, result.key, language)}"


def value_cell(result: IndicatorResult) -> Formatted:
    """The figure as a typed spreadsheet cell: a rate as a percentage, a count as a number."""
    return Formatted(result.value, PERCENT if result.kind is TargetKind.RATE else COUNT)


def target_cell(result: IndicatorResult, language: ReportLanguage = ReportLanguage.ZH) -> Formatted:
    """The target as a number whose format shows it as `format_target` writes it (≥ 60%, ≥ 4场)."""
    if result.kind is TargetKind.RATE:
        return Formatted(result.target, '"≥ "0%')
    measure = indicator(result.key).measure_word if language is ReportLanguage.ZH else ""
    return Formatted(result.target, f'"≥ "0"{measure}"' if measure else '"≥ "0')


def format_met(result: IndicatorResult, language: ReportLanguage = ReportLanguage.ZH) -> str:
    w = words(language)
    if result.met is None:
        return w("not_applicable")
    return w("met") if result.met else w("not_met")


def gap_text(result: IndicatorResult, language: ReportLanguage = ReportLanguage.ZH) -> str:
    """The gap in words ("还需 12 人参加讲座"); empty when met or not applicable."""
    if not result.shortfall or result.met is not False:
        return ""
    return gap_wording(result).format(language, n=result.shortfall)


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
