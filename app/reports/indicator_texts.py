"""Indicators in reports and on the command line (zh default, en optional): names and gaps
from the catalogue, values, targets and periods worded here."""

from __future__ import annotations

from collections.abc import Mapping

from app.catalogue import word
from app.catalogue.indicators import indicator
from app.domain.indicators import IndicatorResult, Scope, gap_wording, period_target
from app.domain.periods import Period, PeriodKind
from app.domain.targets import DEFAULT_TARGETS, IndicatorKey, Target, TargetKind
from app.reports.language import COMMON, ReportLanguage, Words
from app.reports.xlsx.workbook import COUNT, PERCENT, Cell, Formatted

PERIODS: dict[str, tuple[str, str]] = {
    "year": ("{year}年", "{year}"),
    "quarter": ("{year}年第{number}季度", "Q{number} {year}"),
    "month": ("{year}年{number}月", "{month_name} {year}"),
    "in_progress": ("（进行中）", " (in progress)"),
    "ok": ("达标", "met"),
}

# The rule of the targets (what a figure covers, its Scope, is said by the catalogue).
RULES: dict[str, tuple[str, str]] = {
    "not_due": ("本期不考核", "not due yet"),
    "rule.year": (
        "注：讲座场次与巡检次数是全年目标，从1月1日起累计，年内按“全年目标 × 已过月数 ÷ 12，"
        "向下取整”折算：全年讲座 {lectures} 场，则一季度末 {q1} 场、二季度末 {q2} 场、"
        "三季度末 {q3} 场、年末 {lectures} 场；全年巡检 {inspections} 次，则上半年末 {h1} 次、"
        "年末 {inspections} 次。折算为 0 的月份“本期不考核”。",
        "Note: lectures and inspections have yearly targets, counted from 1 January and judged "
        "before the year ends against the yearly target × months passed ÷ 12, rounded down: "
        "{lectures} lectures a year means {q1} by the end of Q1, {q2} by Q2, {q3} by Q3 and "
        "{lectures} by the year's end; {inspections} inspections a year means {h1} by the end "
        'of June. A month whose share rounds to 0 is "not due yet".',
    ),
    "rule.quarter": (
        "合作医院到访与消耗品补充是每季度目标：月报按本季度至今累计；全年取最少的一个季度。",
        "Partner-hospital visits and replenishments have quarterly targets: a month counts its "
        "quarter so far; a year shows its weakest quarter.",
    ),
}

CATALOGUE: dict[str, tuple[str, str]] = {
    **COMMON,
    **{f"period.{k}": v for k, v in PERIODS.items()},
    **RULES,
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


def format_scope(result: IndicatorResult, language: ReportLanguage = ReportLanguage.ZH) -> str:
    """What the figure covers when that is not the period itself ("年初至今"); else empty."""
    scope = result.scope
    return "" if scope is Scope.PERIOD else word(scope, language)


def target_rule(targets: Mapping[IndicatorKey, Target], language: ReportLanguage) -> list[str]:
    """The footnotes that say how the targets of a period come from the yearly and quarterly
    ones, with this site's own targets in the worked example."""
    lectures, inspections = (
        targets.get(k, DEFAULT_TARGETS[k])
        for k in (IndicatorKey.LECTURES_COUNT, IndicatorKey.INSPECTIONS)
    )
    # The worked example comes from the rule the indicators are judged by (any year will do).
    q1, q2, q3, _q4 = (f"{period_target(lectures, q):g}" for q in Period.of_year(2000).quarters())
    h1 = f"{period_target(inspections, Period.parse('2000Q2')):g}"
    w = words(language)
    return [
        w("rule.year", lectures=f"{lectures.value:g}", q1=q1, q2=q2, q3=q3,
          inspections=f"{inspections.value:g}", h1=h1),
        w("rule.quarter"),
    ]  # fmt: skip


def format_target(result: IndicatorResult, language: ReportLanguage = ReportLanguage.ZH) -> str:
    if not result.due:
        return words(language)("not_due")
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
    if not result.due:
        return w("not_due")
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
