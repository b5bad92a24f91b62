"""The annual health promotion plan (年度健康促进计划) as a printable quarterly schedule, with
the plan-versus-actual column when asked (for the year-end review), and signature lines."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from app.catalogue.fields import RecordField
from app.db.migrate import Database
from app.reports.language import ReportLanguage, Words, said
from app.reports.pdf.document import PageSetup, render_pdf
from app.reports.pdf.paragraphs import Paragraph
from app.reports.pdf.styles import BAD, GOOD, MUTED, Styles, table_style
from app.reports.request import Progress, ReportRequest
from app.services import promotion_plan, site_profile
from app.services.actor import Actor
from app.services.promotion_plan import (
    HOSPITAL_VISITS_PER_QUARTER,
    LECTURES_PER_YEAR,
    PlanItemRow,
    YearPlan,
)

WORDS: dict[str, tuple[str, str]] = {
    "title": ("{year}年度职工健康促进计划", "Annual health promotion plan {year}"),
    "subtitle": ("季度时间表", "Quarterly schedule"),
    "site": ("建设单位：{site}", "Host enterprise: {site}"),
    "hospital": (
        "合作医院：{hospital}　专家联络员：{liaison}",
        "Partner hospital: {hospital}, expert liaison: {liaison}",
    ),
    "goals": (
        "工作目标：全年举办健康讲座不少于 {lectures} 次，每次职工参与率不低于 60%；合作医院"
        "每季度到场开展讲座、数据采集、宣传、义诊或咨询不少于 {visits} 次；活动通知普及率不"
        "低于 95%。",
        "Goals: at least {lectures} health lectures in the year, each reaching at least 60 % of "
        "the staff; the partner hospital on site at least {visits} time(s) a quarter (lecture, "
        "data collection, publicity, free clinic or consultation); notices reaching at least "
        "95 % of the staff.",
    ),
    "quarter": said(RecordField.QUARTER),
    "q": ("第{n}季度", "Q{n}"),
    "kind": ("类型", "Type"),
    "item": ("计划项目", "Planned item"),
    "note": said(RecordField.NOTE),
    "actual": ("完成情况", "Actual"),
    "no_items": ("（本季度未安排）", "(nothing planned)"),
    "done": ("已完成：{what}", "Done: {what}"),
    "scheduled": ("已安排：{what}", "Scheduled: {what}"),
    "not_done": ("未完成", "Not done"),
    "cancelled": ("已取消：{what}", "Cancelled: {what}"),
    "unplanned": ("计划外：{what}", "Unplanned: {what}"),
    "visits": ("合作医院到场 {n} 次", "Partner hospital on site {n} time(s)"),
    "summary": (
        "全年计划 {items} 项，已完成 {done} 项；已举办健康讲座 {lectures} 次（目标 {target} 次）。",
        "{items} planned items, {done} done; {lectures} health lectures held (target {target}).",
    ),
    "sign_admin": ("健康管理员（签字）：", "Health administrator (signature):"),
    "sign_chair": ("工会主席（签字）：", "Union chair (signature):"),
    "date": ("日期：", "Date:"),
}


def _actual(item: PlanItemRow, words: Words) -> str:
    if not item.activities:
        return words("not_done")
    parts = []
    for a in item.activities:
        what = f"{a.starts_at:%m-%d} {a.title}"
        key = {"held": "done", "planned": "scheduled", "cancelled": "cancelled"}[a.status.value]
        parts.append(words(key, what=what))
    return "<br/>".join(parts)


def build_story(
    plan: YearPlan,
    words: Words,
    width: float,
    site: str,
    hospital: str,
    liaison: str,
    with_actual: bool,
) -> list[Flowable]:
    styles = Styles()
    good = ParagraphStyle("good", parent=styles.cell, textColor=GOOD)
    bad = ParagraphStyle("bad", parent=styles.cell, textColor=BAD)
    story: list[Flowable] = [
        Paragraph(words("title", year=plan.year), styles.title),
        Paragraph(words("subtitle"), styles.subtitle),
        Spacer(1, 4 * mm),
    ]
    if site:
        story.append(Paragraph(words("site", site=site), styles.body))
    if hospital:
        story.append(
            Paragraph(words("hospital", hospital=hospital, liaison=liaison or "—"), styles.body)
        )
    story += [
        Spacer(1, 2 * mm),
        Paragraph(
            words("goals", lectures=LECTURES_PER_YEAR, visits=HOSPITAL_VISITS_PER_QUARTER),
            styles.body,
        ),
        Spacer(1, 4 * mm),
    ]
    head = [words("quarter"), words("kind"), words("item"), words("note")]
    widths = [20 * mm, 24 * mm]
    if with_actual:
        head.append(words("actual"))
        rest = width - sum(widths)
        widths += [rest * 0.38, rest * 0.2, rest * 0.42]
    else:
        rest = width - sum(widths)
        widths += [rest * 0.62, rest * 0.38]
    data: list[list[object]] = [[Paragraph(h, styles.cell_head) for h in head]]
    spans: list[tuple[int, int]] = []
    for quarter in plan.quarters:
        first = len(data)
        label = Paragraph(words("q", n=quarter.quarter), styles.cell)
        items = list(quarter.items)
        if not items:
            line: list[object] = [label, "", Paragraph(words("no_items"), styles.small), ""]
            if with_actual:
                line.append("")
            data.append(line)
        for i, item in enumerate(items):
            line = [
                label if i == 0 else "",
                Paragraph(words.code(item.kind), styles.cell),
                Paragraph(item.title, styles.cell),
                Paragraph(item.note, styles.small),
            ]
            if with_actual:
                line.append(Paragraph(_actual(item, words), good if item.done else bad))
            data.append(line)
        if with_actual:
            extra = [
                words("unplanned", what=f"{a.starts_at:%m-%d} {a.title}") for a in quarter.unplanned
            ]
            extra.append(words("visits", n=quarter.hospital_visits))
            data.append(
                [
                    "",
                    "",
                    Paragraph("<br/>".join(extra), styles.small),
                    "",
                    "",
                ]
            )
            spans.append((len(data) - 1, len(data) - 1))
        if len(data) - 1 > first:
            spans.append((first, len(data) - 1))
    table = Table(data, colWidths=widths, repeatRows=1)
    style = table_style(header_rows=1, zebra=False)
    for first, last in spans:
        if first == last:  # the "unplanned / visits" line spans the item columns
            style.add("SPAN", (2, first), (-1, first))
        else:
            style.add("SPAN", (0, first), (0, last))
    style.add("VALIGN", (0, 1), (0, -1), "TOP")
    table.setStyle(style)
    story.append(table)
    if with_actual:
        story += [
            Spacer(1, 3 * mm),
            Paragraph(
                words(
                    "summary",
                    items=plan.items,
                    done=plan.done,
                    lectures=plan.lectures_held,
                    target=LECTURES_PER_YEAR,
                ),
                styles.body,
            ),
        ]
    signatures = Table(
        [
            [words("sign_admin"), "", words("date"), ""],
            [words("sign_chair"), "", words("date"), ""],
        ],
        colWidths=[44 * mm, width / 2 - 44 * mm, 16 * mm, width / 2 - 16 * mm],
        rowHeights=[12 * mm, 12 * mm],
    )
    sig_style = TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), styles.font),
            ("FONTSIZE", (0, 0), (-1, -1), 10.5),
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LINEBELOW", (1, 0), (1, -1), 0.5, MUTED),
            ("LINEBELOW", (3, 0), (3, -1), 0.5, MUTED),
        ]
    )
    signatures.setStyle(sig_style)
    story.append(KeepTogether([Spacer(1, 10 * mm), signatures]))
    return story


def write_promotion_plan(
    db: Database,
    actor: Actor,
    year: int,
    path: Path,
    with_actual: bool = False,
    language: ReportLanguage = ReportLanguage.ZH,
    printed: dt.date | None = None,
) -> Path:
    plan = promotion_plan.year_plan(db, actor, year)
    profile = site_profile.get_profile(db)
    words = Words(WORDS, language)
    site = profile.site_name if profile else ""
    setup = PageSetup(
        header=" · ".join(x for x in (site, words("title", year=year)) if x), language=language
    )
    width = setup.pagesize[0] - 2 * setup.margin_mm * mm
    story = build_story(
        plan,
        words,
        width,
        site,
        profile.hospital_name if profile else "",
        profile.liaison_name if profile else "",
        with_actual,
    )
    return render_pdf(path, story, setup, title=words("title", year=year), printed=printed)


def write_report(db: Database, actor: Actor, request: ReportRequest, progress: Progress) -> Path:
    """The year's plan; option `with_actual`: beside what was held."""
    if request.period is None:
        raise ValueError("the plan needs a year")
    progress(30, "activities")
    return Path(
        write_promotion_plan(
            db, actor, request.period.year, request.pdf, request.switch("with_actual"),
            request.language, request.as_of,
        )
    )  # fmt: skip
