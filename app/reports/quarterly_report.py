"""季度参与报告: how staff took part this quarter, for the union chair and the county union.

Each activity's participation against 60 %; participation and usage by department; the usage
rate against 80 %; the trend over the previous quarters (chart); lectures this year against
4; partner-hospital visits; staff who took part in nothing (a count by department, and the
names when chosen); conclusions drafted from the indicators, editable before printing.
PDF and .xlsx.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from app.catalogue.reports import ReportKey, report
from app.db.rows import Rows
from app.domain.periods import PeriodKind
from app.domain.targets import IndicatorKey
from app.reports.indicator_texts import (
    gap_text,
    indicator_row,
    percent,
)
from app.reports.pdf.blocks import Sections, data_table, para
from app.reports.pdf.charts import rate_trend
from app.reports.pdf.styles import Styles
from app.reports.period_blocks import (
    activity_sheet,
    activity_table,
    department_table,
    hospital_block,
    hospital_sheet,
    indicator_table,
    opening,
    signature_block,
    text_section,
)
from app.reports.period_findings import (
    indicator_findings,
    lowest_departments,
)
from app.reports.period_report import (
    PeriodReportKind,
    draft_period_texts,
    write_period_report,
    write_period_report_in,
)
from app.reports.period_texts import ReportWords
from app.reports.request import Progress, ReportRequest
from app.reports.xlsx.workbook import PERCENT, Sheet
from app.services.actor import Actor
from app.services.indicator_engine import IndicatorSet
from app.services.period_facts import ReportData
from app.services.site_profile_rows import SiteProfile

if TYPE_CHECKING:  # a command prints without the ORM (write_report_in)
    from app.db.migrate import Database

K = IndicatorKey
SECTIONS = report(ReportKey.QUARTERLY).section_codes
TREND_QUARTERS = 4  # the quarter and the four before it


def draft(data: ReportData, words: ReportWords) -> dict[str, str]:
    problems, met = indicator_findings(data.indicators, words)
    lines = [*problems]
    if met:
        lines.append(met)
    low = lowest_departments(data.facts, words)
    if low and data.indicators[K.USAGE_RATE].met is False:
        lines.append(low)
    if data.facts.non_participants:
        lines.append(words("draft.non_participants", count=data.facts.non_participants))
    return {"conclusions": "\n".join(lines)}


def usage_paragraph(data: ReportData, words: ReportWords) -> str:
    usage = data.indicators[K.USAGE_RATE]
    if usage.met is None:
        verdict = words("verdict.na")
    elif usage.met:
        verdict = words("verdict.met")
    else:
        verdict = words("verdict.not_met", gap=gap_text(usage, words.language))
    return words(
        "usage_rate.text", active=usage.denominator or 0, visited=usage.numerator or 0,
        rate=percent(usage.value, words.language), verdict=verdict,
    )  # fmt: skip


def lectures_paragraph(data: ReportData, words: ReportWords) -> str:
    result = data.indicators[K.LECTURES_COUNT]
    annual = data.targets[K.LECTURES_COUNT].value if data.targets else 4
    count = int(result.value or 0)
    if count >= annual:
        verdict = words("lectures_ytd.ahead")
    elif result.met:
        verdict = words("lectures_ytd.on_track")
    else:
        verdict = words("lectures_ytd.behind", gap=gap_text(result, words.language))
    return words("lectures_ytd.text", count=count, target=f"{annual:g}", verdict=verdict)


def recorded(data: ReportData) -> list[IndicatorSet]:
    """The trend's periods from the first with anything recorded (a register started recently
    would otherwise show its earlier quarters as 0 %)."""
    sets = list(data.trend)
    while (
        len(sets) > 1
        and not sets[0][K.USAGE_RATE].numerator
        and not (sets[0][K.LECTURE_PARTICIPATION].denominator)
    ):
        sets.pop(0)
    return sets


def trend_block(data: ReportData, words: ReportWords, styles: Styles) -> list[Flowable]:
    lang = words.language
    sets = recorded(data)
    labels = [s.period.code for s in sets]
    usage = [s[K.USAGE_RATE] for s in sets]
    lecture = [s[K.LECTURE_PARTICIPATION] for s in sets]
    chart = rate_trend(
        labels,
        [
            (words("series.usage"), [r.value for r in usage], usage[-1].target),
            (words("series.participation"), [r.value for r in lecture], lecture[-1].target),
        ],
    )
    header = [words("col.period"), words("series.usage"), words("col.fraction"),
              words("series.participation"), words("col.fraction")]  # fmt: skip
    rows = [
        [label, percent(u.value, lang), f"{u.numerator}/{u.denominator}",
         percent(p.value, lang), f"{p.numerator}/{p.denominator}" if p.denominator else ""]
        for label, u, p in zip(labels, usage, lecture, strict=True)
    ]  # fmt: skip
    return [
        KeepTogether([chart, para(words("trend.caption"), styles.small)]),
        Spacer(1, 2 * mm),
        data_table(styles, header, rows, (36, 36, 36, 36, 36), right=(1, 2, 3, 4)),
    ]


def non_participant_block(data: ReportData, words: ReportWords, styles: Styles) -> list[Flowable]:
    facts = data.facts
    out: list[Flowable] = [
        para(words("non_participants.text", count=facts.non_participants), styles.body)
    ]
    rows = [
        [d.department, d.active - d.participants, d.active] for d in facts.departments if d.active
    ]
    header = [words("col.department"), words("col.count"), words("col.active")]
    out.append(data_table(styles, header, rows, (80, 50, 50), right=(1, 2)))
    # Without names (the default) the printout says nothing of how to get them: a paper for
    # the county carries no instructions to the person at the keyboard.
    if data.non_participants:
        out.append(Spacer(1, 3 * mm))
        header = [words("col.department"), words("col.employee_no"), words("col.name")]
        names = [[p.department, p.employee_no, p.name] for p in data.non_participants]
        out.append(data_table(styles, header, names, (70, 55, 55)))
    return out


def story(
    data: ReportData, profile: SiteProfile | None, texts: Mapping[str, str], words: ReportWords
) -> list[Flowable]:
    styles = Styles()
    facts = data.facts
    s = Sections(styles, chinese=words.language.value == "zh")
    lecture_target = data.indicators[K.LECTURE_PARTICIPATION].target
    usage_target = data.indicators[K.USAGE_RATE].target
    pct = f"{lecture_target * 100:.0f}%"
    return [
        *opening(QUARTERLY, data, profile, words, styles),
        s.heading(words("h.indicators")),
        *indicator_table(data.indicators, words, styles, data.targets),
        s.heading(words("h.participation", target=pct)),
        *activity_table(facts, words, styles, lecture_target),
        s.heading(words("h.departments")),
        department_table(facts, words, styles, participation=True),
        s.heading(words("h.usage_rate", target=f"{usage_target * 100:.0f}%")),
        para(usage_paragraph(data, words), styles.body),
        s.heading(words("h.trend")),
        *trend_block(data, words, styles),
        s.heading(words("h.lectures_ytd", target=f"{data.targets[K.LECTURES_COUNT].value:g}")),
        para(lectures_paragraph(data, words), styles.body),
        s.heading(words("h.hospital_visits")),
        *hospital_block(facts, words, styles, inspections=False),
        s.heading(words("h.non_participants")),
        *non_participant_block(data, words, styles),
        *text_section(s, words("h.conclusions"), texts.get("conclusions", ""), words, styles),
        signature_block(words, styles),
    ]


def sheets(data: ReportData, texts: Mapping[str, str], words: ReportWords) -> list[Sheet]:
    lang = words.language
    facts = data.facts
    heading = [f"{words('quarterly.title')} {facts.period.code}"]
    indicators = Sheet(
        words("h.indicators")[:31],
        [
            words(c)
            for c in (
                "col.indicator",
                "col.value",
                "col.fraction",
                "col.fraction",
                "col.target",
                "col.result",
                "col.gap",
            )
        ],
        [indicator_row(r, lang) for r in data.indicators.results],
        title_lines=heading,
    )
    target = data.indicators[K.LECTURE_PARTICIPATION].target
    activities = activity_sheet(facts, words, heading, target)
    departments = Sheet(
        words("col.department"),
        [
            words(c)
            for c in (
                "col.department",
                "col.active",
                "col.visits",
                "col.visited",
                "col.usage_rate",
                "col.lecture_rate",
                "col.participants",
                "col.participation",
            )
        ],
        [
            [
                d.department,
                d.active,
                d.visits,
                d.visited,
                d.usage.value,
                d.lecture_participation.value,
                d.participants,
                d.participation.value,
            ]
            for d in facts.departments
        ],
        title_lines=heading,
        number_formats={4: PERCENT, 5: PERCENT, 7: PERCENT},
    )
    trend = Sheet(
        words("h.trend"),
        [
            words("col.period"),
            words("series.usage"),
            words("col.visited"),
            words("col.active"),
            words("series.participation"),
        ],
        [
            [
                s.period.code,
                s[K.USAGE_RATE].value,
                s[K.USAGE_RATE].numerator,
                s[K.USAGE_RATE].denominator,
                s[K.LECTURE_PARTICIPATION].value,
            ]
            for s in recorded(data)
        ],
        title_lines=heading,
        number_formats={1: PERCENT, 4: PERCENT},
    )
    hospital = hospital_sheet(facts, words, heading)
    if data.non_participants is not None:
        absent = Sheet(
            words("h.non_participants"),
            [words("col.department"), words("col.employee_no"), words("col.name")],
            [[p.department, p.employee_no, p.name] for p in data.non_participants],
            title_lines=heading,
        )
    else:
        absent = Sheet(
            words("h.non_participants"),
            [words("col.department"), words("col.count"), words("col.active")],
            [[d.department, d.active - d.participants, d.active] for d in facts.departments],
            title_lines=heading,
        )
    conclusions = Sheet(
        words("h.conclusions"),
        [words("h.conclusions")],
        [[line] for line in texts.get("conclusions", "").split("\n") if line.strip()],
        title_lines=heading,
    )
    return [indicators, activities, departments, trend, hospital, absent, conclusions]


QUARTERLY = PeriodReportKind(
    kind="quarterly",
    period_kind=PeriodKind.QUARTER,
    sections=SECTIONS,
    trend=TREND_QUARTERS,
    story=story,
    draft=draft,
    sheets=sheets,
)


def write_report(db: Database, actor: Actor, request: ReportRequest, progress: Progress) -> Path:
    return write_period_report(QUARTERLY, db, actor, request, progress)


def write_report_in(rows: Rows, actor: Actor, request: ReportRequest, progress: Progress) -> Path:
    return write_period_report_in(QUARTERLY, rows, actor, request, progress)


def draft_texts(
    db: Database, actor: Actor, request: ReportRequest, progress: Progress
) -> dict[str, str]:
    return draft_period_texts(QUARTERLY, db, actor, request, progress)
