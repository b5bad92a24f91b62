"""The drafted sentences of the period reports' conclusions: the indicators not met (the gap
in words), those met, and the departments that used the room least."""

from __future__ import annotations

from app.domain.indicators import IndicatorResult
from app.domain.targets import TargetKind
from app.reports.indicator_texts import (
    format_target,
    format_value,
    gap_text,
    indicator_name,
    percent,
)
from app.reports.language import ReportLanguage
from app.reports.period_texts import ReportWords
from app.services.indicator_engine import IndicatorSet
from app.services.period_facts import PeriodFacts


def indicator_findings(indicators: IndicatorSet, words: ReportWords) -> tuple[list[str], str]:
    """One sentence per indicator not met (the gap in words); and one listing those met."""
    lang = words.language
    lines = []
    met = []
    for r in indicators.results:
        name = indicator_name(r.key, lang)
        if r.met is None:
            continue
        if r.met:
            met.append(name)
        elif r.still_open:
            lines.append(
                words("draft.still_open", name=name, value=format_value(r, lang),
                      target=format_target(r, lang))
            )  # fmt: skip
        else:
            gap = gap_text(r, lang)
            key = "draft.not_met" if gap else "draft.not_met_plain"
            lines.append(
                words(key, name=name, value=format_value(r, lang), target=format_target(r, lang),
                      gap=gap)
            )  # fmt: skip
    if not lines:
        return [], words("draft.met_all")
    return lines, words("draft.met", names=words("list_sep").join(met)) if met else ""


def lowest_departments(facts: PeriodFacts, words: ReportWords, count: int = 3) -> str:
    ranked = sorted((d for d in facts.departments if d.active), key=lambda d: d.usage.value or 0.0)[
        :count
    ]
    if not ranked:
        return ""
    names = words("list_sep").join(
        f"{d.department}（{percent(d.usage.value, words.language)}）"
        if words.language is ReportLanguage.ZH
        else f"{d.department} ({percent(d.usage.value, words.language)})"
        for d in ranked
    )
    return words("draft.departments_low", names=names)


def is_rate(result: IndicatorResult) -> bool:
    return result.kind is TargetKind.RATE
