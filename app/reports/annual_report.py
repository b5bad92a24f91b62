"""年度总结: the year of the room — indicators of the year and of each quarter, use by month
and by department, activities, readings, equipment and consumables, partner hospital and
inspections, a summary and next year's plan (drafted, editable), signature lines. PDF and .xlsx.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from app.catalogue.indicators import INDICATORS
from app.catalogue.readings import ReadingType
from app.catalogue.reports import ReportKey, report
from app.db.rows import Rows
from app.domain.periods import Period, PeriodKind
from app.domain.targets import IndicatorKey
from app.reports.indicator_texts import (
    format_value,
    gap_text,
    indicator_name,
    indicator_row,
    value_cell,
)
from app.reports.pdf.blocks import Sections, coloured, markup_table, para
from app.reports.pdf.charts import count_bars
from app.reports.pdf.styles import Styles
from app.reports.period_blocks import (
    activity_sheet,
    activity_table,
    department_table,
    equipment_table,
    follow_up_text,
    hospital_block,
    hospital_sheet,
    indicator_table,
    inspection_sheet,
    open_days_text,
    opening,
    profile_block,
    reading_table,
    signature_block,
    stock_table,
    text_section,
    usage_text,
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
from app.reports.xlsx.workbook import MONTH, PERCENT, Cell, Formatted, Sheet
from app.services.actor import Actor
from app.services.period_facts import ReportData
from app.services.site_profile_rows import SiteProfile

if TYPE_CHECKING:  # a command prints without the ORM (write_report_in)
    from app.db.migrate import Database

K = IndicatorKey
SECTIONS = report(ReportKey.ANNUAL).section_codes
# The indicators the year shows quarter by quarter, as the catalogue marks them.
QUARTER_KEYS = tuple(key for key, spec in INDICATORS.items() if spec.by_quarter)


def draft(data: ReportData, words: ReportWords) -> dict[str, str]:
    problems, met = indicator_findings(data.indicators, words)
    summary = [usage_text(data.facts, words), *problems]
    if met:
        summary.append(met)
    low = lowest_departments(data.facts, words)
    if low:
        summary.append(low)
    plan = []
    fixes = [
        gap_text(r, words.language)
        for r in data.indicators.results
        if r.met is False and gap_text(r, words.language)
    ]
    if fixes:
        plan.append(words("draft.plan_fix", items=words("sep").join(fixes)))
    plan.append(words("draft.plan_none"))
    if data.facts.non_participants:
        plan.append(words("draft.non_participants", count=data.facts.non_participants))
    return {"summary": "\n".join(summary), "next_plan": "\n".join(plan)}


def quarter_table(data: ReportData, words: ReportWords, styles: Styles) -> Flowable:
    lang = words.language
    header = [words("col.indicator"), *(q.period.code for q in data.quarters)]
    rows = [
        [coloured(indicator_name(key, lang), None)]
        + [coloured(format_value(q[key], lang), q[key].met) for q in data.quarters]
        for key in QUARTER_KEYS
    ]
    return markup_table(styles, header, rows, (60, 30, 30, 30, 30), right=(1, 2, 3, 4))


def months_chart(data: ReportData, words: ReportWords) -> Flowable:
    months = data.facts.visits_by_month
    labels = [
        f"{int(code[5:])}" + ("月" if words.language.value == "zh" else "") for code, _, _ in months
    ]
    return KeepTogether(
        [
            count_bars(
                labels,
                [
                    (words("series.visits"), [n for _, n, _ in months]),
                    (words("series.people"), [p for _, _, p in months]),
                ],
            ),
            para(words("months.caption"), Styles().small),
        ]
    )


def story(
    data: ReportData, profile: SiteProfile | None, texts: Mapping[str, str], words: ReportWords
) -> list[Flowable]:
    styles = Styles()
    facts = data.facts
    s = Sections(styles, chinese=words.language.value == "zh")
    lecture_target = data.indicators[K.LECTURE_PARTICIPATION].target
    return [
        *opening(ANNUAL, data, profile, words, styles),
        s.heading(words("h.profile")),
        profile_block(profile, facts, words, styles),
        s.heading(words("h.year_indicators")),
        *indicator_table(data.indicators, words, styles, data.targets),
        s.heading(words("h.quarters")),
        quarter_table(data, words, styles),
        s.heading(words("h.open")),
        para(open_days_text(facts, words), styles.body),
        s.heading(words("h.usage")),
        para(usage_text(facts, words), styles.body),
        months_chart(data, words),
        Spacer(1, 3 * mm),
        department_table(facts, words, styles, participation=True),
        s.heading(words("h.activities")),
        *activity_table(facts, words, styles, lecture_target),
        s.heading(words("h.readings")),
        *reading_table(facts, words, styles),
        s.heading(words("h.equipment")),
        *equipment_table(facts, words, styles, skip_routine=True),
        s.heading(words("h.stock")),
        stock_table(facts, words, styles),
        s.heading(words("h.follow_ups")),
        para(follow_up_text(facts, words), styles.body),
        s.heading(words("h.hospital")),
        *hospital_block(facts, words, styles),
        *text_section(s, words("h.summary"), texts.get("summary", ""), words, styles),
        *text_section(s, words("h.next_year"), texts.get("next_plan", ""), words, styles),
        signature_block(words, styles),
    ]


def sheets(data: ReportData, texts: Mapping[str, str], words: ReportWords) -> list[Sheet]:
    lang = words.language
    facts = data.facts
    heading = [f"{words('annual.title')} {facts.period.code}"]
    indicator_rows = [indicator_row(r, lang) for r in data.indicators.results]
    columns = ("col.indicator", "col.value", "col.fraction", "col.fraction", "col.target",
               "col.result", "col.gap")  # fmt: skip
    quarter_rows: list[list[Cell]] = [
        [indicator_name(key, lang), *(value_cell(q[key]) for q in data.quarters)] for key in K
    ]
    quarter_codes = [q.period.code for q in data.quarters]
    month_rows: list[list[Cell]] = [
        [Formatted(Period.parse(code).first_day, MONTH), n, p]
        for code, n, p in facts.visits_by_month
    ]
    department_rows: list[list[Cell]] = [
        [d.department, d.active, d.visits, d.visited, d.usage.value,
         d.lecture_participation.value, d.participants, d.participation.value]
        for d in facts.departments
    ]  # fmt: skip
    department_columns = ("col.department", "col.active", "col.visits", "col.visited",
                          "col.usage_rate", "col.lecture_rate", "col.participants",
                          "col.participation")  # fmt: skip
    reading_rows: list[list[Cell]] = [
        [words.code(ReadingType(r.type)), r.measured, r.abnormal] for r in facts.readings
    ]
    stock_rows: list[list[Cell]] = [
        [s.item, s.unit, s.received, s.used, s.discarded, s.stock_end, s.min_stock]
        for s in facts.stock
    ]
    stock_columns = ("col.item", "col.unit", "col.received", "col.used", "col.discarded",
                     "col.stock_end", "col.min_stock")  # fmt: skip
    text_rows: list[list[Cell]] = [
        [words(heading_key), line]
        for heading_key, key in (("h.summary", "summary"), ("h.next_year", "next_plan"))
        for line in texts.get(key, "").split("\n")
        if line.strip()
    ]
    return [
        Sheet(words("h.year_indicators"), [words(c) for c in columns], indicator_rows,
              title_lines=heading),
        Sheet(words("h.quarters"), [words("col.indicator"), *quarter_codes], quarter_rows,
              title_lines=heading),
        Sheet(words("h.months"), [words("col.month"), words("series.visits"),
                                  words("series.people")], month_rows, title_lines=heading),
        Sheet(words("col.department"), [words(c) for c in department_columns], department_rows,
              title_lines=heading, number_formats={4: PERCENT, 5: PERCENT, 7: PERCENT}),
        activity_sheet(facts, words, heading, data.indicators[K.LECTURE_PARTICIPATION].target),
        Sheet(words("h.readings"), [words("col.reading"), words("col.measured"),
                                    words("col.abnormal")], reading_rows, title_lines=heading),
        Sheet(words("h.stock"), [words(c) for c in stock_columns], stock_rows,
              title_lines=heading),
        hospital_sheet(facts, words, heading),
        inspection_sheet(facts, words, heading),
        Sheet(words("h.summary"), [words("col.title"), words("h.summary")], text_rows,
              title_lines=heading),
    ]  # fmt: skip


ANNUAL = PeriodReportKind(
    kind="annual",
    period_kind=PeriodKind.YEAR,
    sections=SECTIONS,
    trend=0,
    story=story,
    draft=draft,
    sheets=sheets,
)


def write_report(db: Database, actor: Actor, request: ReportRequest, progress: Progress) -> Path:
    return write_period_report(ANNUAL, db, actor, request, progress)


def write_report_in(rows: Rows, actor: Actor, request: ReportRequest, progress: Progress) -> Path:
    return write_period_report_in(ANNUAL, rows, actor, request, progress)


def draft_texts(
    db: Database, actor: Actor, request: ReportRequest, progress: Progress
) -> dict[str, str]:
    return draft_period_texts(ANNUAL, db, actor, request, progress)
