"""The county summary (`healthroom county report --year 2026`): per quarter, every site's
indicators coloured against the targets, sites without a package flagged; the county's totals
and the sites' ranking per indicator; the packages missing, the inspections due and the
commendation shortlist with its rules; then each site's inspections of the year with their
rectification items (fewer than two flagged). The workbook beside it is for reviewers: Chinese
sheet names and headings, rates as percentages, counts as numbers."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table

from app.catalogue import Language, word
from app.catalogue.codes import RectificationStatus
from app.catalogue.county import AccessNoteKind as Note
from app.catalogue.county import InspectionSource
from app.db.county_models import Workspace
from app.domain.county_roles import CountyAction
from app.domain.periods import Period
from app.domain.targets import DEFAULT_TARGETS, IndicatorKey, TargetKind
from app.reports.indicator_texts import indicator_name, percent, period_name
from app.reports.pdf.blocks import Sections, coloured, data_table, para
from app.reports.pdf.document import PageSetup, render_pdf
from app.reports.pdf.styles import Styles, table_style
from app.reports.request import Progress, ReportRequest
from app.reports.xlsx.workbook import Cell, Sheet, write_workbook
from app.services import county
from app.services import county_summary as summary
from app.services.county import (
    Figure,
    SiteFigures,
)
from app.services.county_accounts import CountyReviewer, noted

KEYS = tuple(IndicatorKey)
MISSING = "未报送"  # no package for the period
TOO_FEW = "不足2次"
RULES = (
    "评选规则：1. 全年各项指标均达标（以年度数据包为准；未报送年度数据包的，"
    "四个季度数据包齐全且各项指标均达标，"
    f"“不适用”不计为未达标）；2. 全年巡检不少于2次，且无一次得分低于{summary.PASS_SCORE:g}分；"
    "3. 整改事项均按期完成（无逾期未完成、无超期才完成的事项，以单位报回的完成日期为准）。"
)
PERCENT, COUNT = "0.0%", "0.##"
MET_WORDS = {True: "达标", False: "未达标", None: ""}


def _said(kind: type[StrEnum], code: str) -> str:
    """A code the workspace holds as text, in the catalogue's Chinese words."""
    return word(kind(code), Language.ZH) if code in kind.__members__.values() else code


def figure_text(key: IndicatorKey, figure: Figure | None) -> str:
    if figure is None or figure.value is None:
        return "—"
    if DEFAULT_TARGETS[key].kind is TargetKind.RATE:
        return percent(figure.value)
    return f"{figure.value:g}"


MET_COLOURS = {True: colors.HexColor("#2e7d32"), False: colors.HexColor("#c62828")}


def figures_table(rows: list[SiteFigures], styles: Styles) -> Flowable:
    """Sites × indicators, each figure green (met) or red (not met). The figures are plain
    cells coloured by the table's style, not paragraphs: a city's table has tens of thousands
    of them, and a paragraph each took most of the report's time."""
    header = [para(h, styles.cell_head) for h in ["单位", *(indicator_name(k) for k in KEYS)]]
    body: list[list[object]] = []
    style = table_style()
    size = styles.cell.fontSize
    style.add("FONTSIZE", (1, 1), (-1, -1), size)
    style.add("LEADING", (1, 1), (-1, -1), size * 1.2)
    style.add("ALIGN", (1, 1), (-1, -1), "RIGHT")
    for row, site in enumerate(rows, start=1):
        name = f"{site.name}（{MISSING}）" if site.missing else site.name
        if site.note.startswith("replaced:"):
            name += f"（第{site.sequence}次报送，替换第{site.note.split(':')[1]}次）"
        cells: list[object] = [Paragraph(coloured(name, False if site.missing else None),
                                         styles.cell)]  # fmt: skip
        for column, key in enumerate(KEYS, start=1):
            figure = site.figures.get(key.value)
            cells.append(figure_text(key, figure))
            if figure is not None and figure.met is not None:
                style.add("TEXTCOLOR", (column, row), (column, row), MET_COLOURS[figure.met])
        body.append(cells)
    widths = [40, *([(267 - 40) / len(KEYS)] * len(KEYS))]
    table = Table([header, *body], colWidths=[w * mm for w in widths], repeatRows=1)
    table.setStyle(style)
    return table


def ended_periods(year: int, today: dt.date) -> list[Period]:
    """The year's periods already over: a package can be missing only after its period."""
    return [p for p in summary.year_periods(year) if p.last_day < today]


def _is_rate(key: IndicatorKey) -> bool:
    return DEFAULT_TARGETS[key].kind is TargetKind.RATE


def target_text(key: IndicatorKey) -> str:
    target = DEFAULT_TARGETS[key].value
    return f"≥ {percent(target)}" if _is_rate(key) else f"≥ {target:g}"


def totals_table(rows: list[SiteFigures], styles: Styles) -> Flowable:
    header = ["指标", "目标", "适用单位", "达标单位", "达标比例", "全县数值"]
    body = [
        [indicator_name(t.key), target_text(t.key), str(t.sites), str(t.met),
         percent(t.met_share) if t.met_share is not None else "—",
         figure_text(t.key, Figure(t.county_value, None, None, None, None, False))]
        for t in summary.totals(rows)
    ]  # fmt: skip
    return data_table(styles, header, body, (80, 30, 25, 25, 30, 35), right=(2, 3, 4, 5))


def ranking_table(rows: list[SiteFigures], styles: Styles) -> Flowable:
    """Sites × indicators: each site's rank among the sites with a figure ("名次/单位数").
    The ranks are plain cells, as in `figures_table` (a paragraph each made a city's
    ranking most of the report's time); only the site's name may wrap."""
    ranks = {key: {r.code: r.rank for r in summary.ranking(rows, key)} for key in KEYS}
    header = [para(h, styles.cell_head) for h in ["单位", *(indicator_name(k) for k in KEYS)]]
    body: list[list[object]] = []
    for site in rows:
        if site.missing:
            continue
        body.append(
            [para(site.name, styles.cell),
             *(f"{ranks[k][site.code]}/{len(ranks[k])}" if site.code in ranks[k]
               else "—" for k in KEYS)]
        )  # fmt: skip
    style = table_style()
    size = styles.cell.fontSize
    style.add("FONTSIZE", (1, 1), (-1, -1), size)
    style.add("LEADING", (1, 1), (-1, -1), size * 1.2)
    style.add("ALIGN", (1, 1), (-1, -1), "RIGHT")
    widths = [40, *([(267 - 40) / len(KEYS)] * len(KEYS))]
    table = Table([header, *body], colWidths=[w * mm for w in widths], repeatRows=1)
    table.setStyle(style)
    return table


def figures_sheet(period: Period, rows: list[SiteFigures]) -> Sheet:
    header = ["单位编码", "单位", "报送序号", "说明", *(indicator_name(k) for k in KEYS)]
    body: list[list[Cell]] = []
    for r in rows:
        note = MISSING if r.missing else ""
        if r.note.startswith("replaced:"):
            note = f"替换第{r.note.split(':')[1]}次报送"
        values = [r.figures[k.value].value if k.value in r.figures else None for k in KEYS]
        body.append([r.code, r.name, r.sequence, note, *values])
    formats = {4 + n: PERCENT if _is_rate(k) else COUNT for n, k in enumerate(KEYS)}
    return Sheet(f"指标 {period.code}", header, body,
                 (f"{period_name(period)} 各单位指标对照",), formats)  # fmt: skip


def summary_sheets(
    data: summary.YearData, found: summary.YearSummary, today: dt.date
) -> list[Sheet]:
    sheets: list[Sheet] = []
    year, period, rows = data.year, found.period, found.rows
    if period is not None:
        totals = [
            [indicator_name(t.key), t.sites, t.met, t.met_share,
             t.county_value if _is_rate(t.key) else None,
             None if _is_rate(t.key) else t.county_value]
            for t in found.totals
        ]  # fmt: skip
        sheets.append(Sheet("全县合计", ["指标", "适用单位数", "达标单位数", "达标比例",
                                          "全县比率", "全县平均数"], totals,
                            (f"{period_name(period)} 全县合计",),
                            {3: PERCENT, 4: PERCENT, 5: COUNT}))  # fmt: skip
        ranked: list[list[Cell]] = []
        for key in KEYS:
            for r in summary.ranking(rows, key):
                ranked.append([indicator_name(key), r.rank, r.code, r.name,
                               r.value if _is_rate(key) else None,
                               None if _is_rate(key) else r.value,
                               MET_WORDS[r.met]])  # fmt: skip
        sheets.append(Sheet("排名", ["指标", "名次", "单位编码", "单位", "比率", "数值", "达标"],
                            ranked, (f"{period_name(period)} 各单位排名",),
                            {4: PERCENT, 5: COUNT}))  # fmt: skip
    missing: list[list[Cell]] = [
        [period_name(p), r.code, r.name]
        for p in ended_periods(year, today)
        for r in data.figures[p.code]
        if r.missing
    ]
    sheets.append(Sheet("未报送", ["期间", "单位编码", "单位"], missing))
    due: list[list[Cell]] = [
        [d.code, d.name, d.done, d.needed, "是" if d.none_this_half else "否"] for d in found.due
    ]
    sheets.append(
        Sheet("待巡检", ["单位编码", "单位", "本年已巡检", "尚需巡检", "本半年尚未巡检"], due)
    )
    shortlist: list[list[Cell]] = [
        [c.code, c.name, "入选" if c.shortlisted else "未入选",
         "；".join(word(r, Language.ZH) for r in c.reasons)]
        for c in found.commendations
    ]  # fmt: skip
    sheets.append(Sheet("表彰候选", ["单位编码", "单位", "结果", "未入选原因"], shortlist,
                        (f"{year}年度表彰候选名单", RULES)))  # fmt: skip
    return sheets


def summary_story(
    data: summary.YearData, found: summary.YearSummary, today: dt.date, s: Sections,
    styles: Styles,
) -> list[Flowable]:  # fmt: skip
    story: list[Flowable] = []
    period, rows = found.period, found.rows
    if period is not None:
        story += [s.heading(f"{period_name(period)}全县合计"), totals_table(rows, styles),
                  Spacer(1, 3 * mm), s.heading(f"{period_name(period)}各单位排名（名次/单位数）"),
                  ranking_table(rows, styles), Spacer(1, 3 * mm)]  # fmt: skip
    story.append(s.heading("未报送数据包"))
    lines = []
    for p in ended_periods(data.year, today):
        missing = [r for r in data.figures[p.code] if r.missing]
        if missing:
            lines.append(f"{period_name(p)}：{'、'.join(r.name for r in missing)}")
    story.append(para("\n".join(lines) or "已结束的期间各单位均已报送。", styles.body))
    story.append(s.heading("应巡检单位"))
    due = found.due
    lines = [
        f"{d.name}：本年已巡检{d.done}次，尚需{d.needed}次"
        + ("，本半年尚未巡检" if d.none_this_half else "")
        for d in due
    ]
    story.append(para("\n".join(lines) or "各单位巡检次数均已达到要求。", styles.body))
    story.append(s.heading("表彰候选名单"))
    story.append(para(RULES, styles.body))
    chosen = [c.name for c in found.commendations if c.shortlisted]
    story.append(para(f"入选：{'、'.join(chosen) if chosen else '无'}", styles.body))
    others = [f"{c.name}（{'；'.join(word(r, Language.ZH) for r in c.reasons)}）"
              for c in found.commendations if not c.shortlisted]  # fmt: skip
    if others:
        story.append(para(f"未入选：{'，'.join(others)}", styles.body))
    story.append(Spacer(1, 3 * mm))
    return story


def write_county_report(
    workspace: Workspace, year: int, pdf: Path, xlsx: Path | None = None,
    today: dt.date | None = None,
) -> Path:  # fmt: skip
    today = today or dt.date.today()
    styles = Styles(base_size=8.5)
    s = Sections(styles)
    story: list[Flowable] = [para(f"{year}年度职工健康生活室县级汇总", styles.title)]
    sheets: list[Sheet] = []
    data = summary.load_year(workspace, year)  # read once: every table below is judged from it
    found = summary.summarise(data, today)
    for period in summary.year_periods(year):
        rows = data.figures[period.code]
        heading = s.heading(f"{period_name(period)}指标对照")
        # A long table starts under its heading and splits over pages; kept with its heading
        # it was moved whole to the next page, leaving the first one empty under the title.
        heading.keepWithNext = False
        story += [CondPageBreak(30 * mm), heading, figures_table(rows, styles)]
        sheets.append(figures_sheet(period, rows))
        story.append(Spacer(1, 3 * mm))
    story += summary_story(data, found, today, s, styles)
    sheets += summary_sheets(data, found, today)
    story.append(s.heading("巡检督查情况"))
    inspection_rows: list[list[Cell]] = []
    for site in data.inspections:
        flag = f"（{len(site.inspections)}次，{TOO_FEW}）" if site.too_few else ""
        story.append(para(f"{site.name}{flag}", styles.body))
        if site.inspections:
            body = []
            for i in site.inspections:
                items = "；".join(
                    f"{t.description}（{t.deadline or '无期限'}，"
                    f"{_said(RectificationStatus, t.status)}"
                    f"{' ' + t.done_on.isoformat() if t.done_on else ''}）"
                    for t in i.items
                )
                score = "" if i.score is None else f"{i.score:g}"
                source = _said(InspectionSource, i.source)
                body.append(
                    [i.inspected_on.isoformat(), source, i.inspectors, score, i.findings, items]
                )
                inspection_rows.append(
                    [site.code, site.name, i.inspected_on, source, i.inspectors, i.score,
                     i.findings, items]
                )  # fmt: skip
            header = ["日期", "来源", "检查人", "得分", "发现问题", "整改事项（期限，状态）"]
            widths = (24, 18, 40, 12, 83, 90)
            story.append(data_table(styles, header, body, widths, right=(3,)))
        story.append(Spacer(1, 2 * mm))
    if isinstance(story[-1], Spacer):
        story.pop()  # a spacer after the last table can spill onto an empty page
    sheets.append(
        Sheet("巡检", ["单位编码", "单位", "日期", "来源", "检查人", "得分", "发现问题",
                       "整改事项（期限，状态）"], inspection_rows, (f"{year}年度巡检督查情况",))
    )  # fmt: skip
    setup = PageSetup(landscape=True, header=f"县级汇总 · {year}")
    render_pdf(pdf, story, setup, title=f"县级汇总 {year}")
    if xlsx is not None:
        write_workbook(xlsx, sheets)
    return Path(pdf)


def write_report(
    workspace: Workspace, reviewer: CountyReviewer, request: ReportRequest, progress: Progress
) -> Path:
    """The county summary of the request's year (the PDF, and the workbook when asked), as
    the county window and `healthroom county report` print it: by a reviewer whose county role
    may print, recorded in the workspace's access log."""
    reviewer.require(CountyAction.PRINT)
    year = request.period.year if request.period is not None else request.today.year
    progress(10, "report")
    pdf = write_county_report(workspace, year, request.pdf, request.xlsx, request.today)
    note = noted(Note.REPORT_PRINTED, year=year, file=pdf.name)
    county.log_access(workspace, reviewer, "report", note)
    return pdf
