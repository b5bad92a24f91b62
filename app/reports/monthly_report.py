"""月报: the month of the room for the union chair to read, sign and file.

Room profile; open days and hours; the indicators; visits (人次) and people by department;
readings (aggregates, no names); activities with participation; equipment events;
consumables; follow-ups; partner hospital and inspections; problems and next month's plan
(editable before printing, drafted from the indicators); signature lines.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.platypus import Flowable

from app.catalogue.reports import ReportKey, report
from app.db.rows import Rows
from app.domain.periods import PeriodKind
from app.domain.targets import IndicatorKey
from app.reports.pdf.blocks import Sections, para
from app.reports.pdf.styles import Styles
from app.reports.period_blocks import (
    activity_table,
    department_table,
    equipment_table,
    follow_up_text,
    hospital_block,
    indicator_table,
    open_days_text,
    open_hours_block,
    opening,
    profile_block,
    reading_table,
    signature_block,
    stock_table,
    text_section,
    urgent_text,
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
from app.services.actor import Actor
from app.services.period_facts import ReportData
from app.services.site_profile_rows import SiteProfile

if TYPE_CHECKING:  # a command prints without the ORM (write_report_in)
    from app.db.migrate import Database

SECTIONS = report(ReportKey.MONTHLY).section_codes


def draft(data: ReportData, words: ReportWords) -> dict[str, str]:
    problems, _met = indicator_findings(data.indicators, words)
    low = lowest_departments(data.facts, words)
    if low and data.indicators[IndicatorKey.USAGE_RATE].met is False:
        problems.append(low)
    plan = []
    if data.facts.next_activities:
        plan.append(words("draft.plan_intro"))
        plan += [
            words("draft.plan_activity", date=f"{at:%m-%d}", title=title)
            for at, title in data.facts.next_activities
        ]
    else:
        plan.append(words("draft.plan_none"))
    return {"problems": "\n".join(problems), "next_plan": "\n".join(plan)}


def story(
    data: ReportData, profile: SiteProfile | None, texts: Mapping[str, str], words: ReportWords
) -> list[Flowable]:

    styles = Styles()
    facts = data.facts
    s = Sections(styles, chinese=words.language.value == "zh")
    lecture_target = data.indicators[IndicatorKey.LECTURE_PARTICIPATION].target
    return [
        *opening(MONTHLY, data, profile, words, styles),
        s.heading(words("h.profile")),
        profile_block(profile, facts, words, styles),
        s.heading(words("h.open")),
        para(open_days_text(facts, words), styles.body),
        *open_hours_block(facts, words, styles),
        s.heading(words("h.indicators")),
        *indicator_table(data.indicators, words, styles, data.targets),
        s.heading(words("h.usage")),
        para(usage_text(facts, words), styles.body),
        department_table(facts, words, styles),
        s.heading(words("h.readings")),
        *reading_table(facts, words, styles),
        s.heading(words("h.activities")),
        *activity_table(facts, words, styles, lecture_target),
        s.heading(words("h.equipment")),
        *equipment_table(facts, words, styles),
        s.heading(words("h.stock")),
        stock_table(facts, words, styles),
        s.heading(words("h.urgent")),
        para(urgent_text(facts, words), styles.body),
        s.heading(words("h.follow_ups")),
        para(follow_up_text(facts, words), styles.body),
        s.heading(words("h.hospital")),
        *hospital_block(facts, words, styles),
        *text_section(s, words("h.problems"), texts.get("problems", ""), words, styles),
        *text_section(s, words("h.next_plan"), texts.get("next_plan", ""), words, styles),
        signature_block(words, styles),
    ]


MONTHLY = PeriodReportKind(
    kind="monthly",
    period_kind=PeriodKind.MONTH,
    sections=SECTIONS,
    trend=0,
    story=story,
    draft=draft,
)


def write_report(db: Database, actor: Actor, request: ReportRequest, progress: Progress) -> Path:
    return write_period_report(MONTHLY, db, actor, request, progress)


def write_report_in(rows: Rows, actor: Actor, request: ReportRequest, progress: Progress) -> Path:
    return write_period_report_in(MONTHLY, rows, actor, request, progress)


def draft_texts(
    db: Database, actor: Actor, request: ReportRequest, progress: Progress
) -> dict[str, str]:
    return draft_period_texts(MONTHLY, db, actor, request, progress)
