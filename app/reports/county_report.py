"""The county summary (`healthroom county report --year 2026`): per quarter, every site's
indicators coloured against the targets, sites without a package flagged; then each site's
inspections of the year with their rectification items (fewer than two flagged)."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from app.db.county_models import Workspace
from app.domain.periods import Period
from app.domain.targets import DEFAULT_TARGETS, IndicatorKey, TargetKind
from app.reports.indicator_words import indicator_name, percent, period_name
from app.reports.pdf.blocks import Sections, coloured, data_table, markup_table, para
from app.reports.pdf.document import PageSetup, render_pdf
from app.reports.pdf.styles import Styles
from app.reports.xlsx.workbook import Cell, Sheet, write_workbook
from app.services.county import (
    SOURCE_COUNTY,
    SOURCE_SITE,
    STATUS_DONE,
    STATUS_OPEN,
    Figure,
    SiteFigures,
    site_figures,
    site_inspections,
)

KEYS = tuple(IndicatorKey)
MISSING = "未报送"  # no package for the period
TOO_FEW = "不足2次"
STATUS = {STATUS_OPEN: "未完成", STATUS_DONE: "已完成"}
SOURCES = {SOURCE_COUNTY: "县级记录", SOURCE_SITE: "单位报送"}


def figure_text(key: IndicatorKey, figure: Figure | None) -> str:
    if figure is None or figure.value is None:
        return "—"
    if DEFAULT_TARGETS[key].kind is TargetKind.RATE:
        return percent(figure.value)
    return f"{figure.value:g}"


def year_periods(year: int) -> list[Period]:
    return [*Period.of_year(year).quarters(), Period.of_year(year)]


def figures_table(rows: list[SiteFigures], styles: Styles) -> Flowable:
    header = ["单位", *(indicator_name(k) for k in KEYS)]
    body = []
    for site in rows:
        name = f"{site.name}（{MISSING}）" if site.missing else site.name
        if site.note.startswith("replaced:"):
            name += f"（第{site.sequence}次报送，替换第{site.note.split(':')[1]}次）"
        cells = [coloured(name, False if site.missing else None)]
        for key in KEYS:
            figure = site.figures.get(key.value)
            cells.append(coloured(figure_text(key, figure), figure.met if figure else None))
        body.append(cells)
    widths = [40, *([(267 - 40) / len(KEYS)] * len(KEYS))]
    return markup_table(styles, header, body, widths, right=tuple(range(1, len(header))))


def write_county_report(
    workspace: Workspace, year: int, pdf: Path, xlsx: Path | None = None
) -> Path:
    styles = Styles(base_size=8.5)
    s = Sections(styles)
    story: list[Flowable] = [para(f"{year}年度职工健康生活室县级汇总", styles.title)]
    sheets: list[Sheet] = []
    for period in year_periods(year):
        rows = site_figures(workspace, period.code)
        story += [s.heading(f"{period_name(period)}指标对照"), figures_table(rows, styles)]
        sheet_rows: list[list[Cell]] = [
            [r.code, r.name, r.sequence, "missing" if r.missing else r.note,
             *((r.figures[k.value].value if k.value in r.figures else None) for k in KEYS)]
            for r in rows
        ]  # fmt: skip
        sheets.append(
            Sheet(period.code, ["site_code", "site", "sequence", "note", *(k.value for k in KEYS)],
                  sheet_rows)
        )  # fmt: skip
        story.append(Spacer(1, 3 * mm))
    story.append(s.heading("巡检督查情况"))
    inspection_rows: list[list[Cell]] = []
    for site in site_inspections(workspace, year):
        flag = f"（{len(site.inspections)}次，{TOO_FEW}）" if site.too_few else ""
        story.append(para(f"{site.name}{flag}", styles.body))
        if site.inspections:
            body = []
            for i in site.inspections:
                items = "；".join(
                    f"{text}（{deadline or '无期限'}，{STATUS.get(status, status)}）"
                    for text, deadline, status in i.items
                )
                score = "" if i.score is None else f"{i.score:g}"
                source = SOURCES.get(i.source, i.source)
                body.append(
                    [i.inspected_on.isoformat(), source, i.inspectors, score, i.findings, items]
                )
                inspection_rows.append(
                    [site.code, site.name, i.inspected_on, i.source, i.inspectors, i.score,
                     i.findings, items]
                )  # fmt: skip
            header = ["日期", "来源", "检查人", "得分", "发现问题", "整改事项（期限，状态）"]
            widths = (24, 18, 40, 12, 83, 90)
            story.append(data_table(styles, header, body, widths, right=(3,)))
        story.append(Spacer(1, 2 * mm))
    if isinstance(story[-1], Spacer):
        story.pop()  # a spacer after the last table can spill onto an empty page
    sheets.append(
        Sheet("inspections", ["site_code", "site", "date", "source", "inspectors", "score",
                              "findings", "rectification"], inspection_rows)
    )  # fmt: skip
    setup = PageSetup(landscape=True, header=f"县级汇总 · {year}")
    render_pdf(pdf, story, setup, title=f"县级汇总 {year}")
    if xlsx is not None:
        write_workbook(xlsx, sheets)
    return Path(pdf)
