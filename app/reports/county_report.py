"""The county summary (`healthroom county report --year 2026`), for a county of twenty rooms and
for a city of two thousand alike (docs/COUNTY_REPORT.md): a few pages of totals per indicator
with their quartiles, the sites meeting each target by period, the top and bottom five per
indicator, the sites needing attention and the commendation shortlist by its rules. A small
county (≤ 30 sites) also gets each site's figures and inspections; every site's detail and
full ranking are in the workbook beside it (`county_workbook`)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from enum import StrEnum
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table

from app.catalogue import word
from app.catalogue.codes import RectificationStatus
from app.catalogue.county import AccessNoteKind as Note
from app.catalogue.county import InspectionSource
from app.db.county_models import Workspace
from app.domain.county_roles import CountyAction
from app.domain.targets import DEFAULT_TARGETS, IndicatorKey, TargetKind
from app.reports.county_words import county_words
from app.reports.indicator_texts import indicator_name, percent, period_name
from app.reports.language import ReportLanguage, Words
from app.reports.pdf.blocks import Sections, coloured, data_table, para
from app.reports.pdf.document import PageSetup, render_pdf
from app.reports.pdf.styles import Styles, table_style
from app.reports.request import Progress, ReportRequest
from app.services import county
from app.services import county_dataset as dataset
from app.services.county import ItemState, SiteFigures
from app.services.county_accounts import CountyReviewer, noted
from app.services.county_dataset import CountyDataset, ShortRanking, Total
from app.services.county_summary import PASS_SCORE, year_periods

KEYS = dataset.KEYS
SMALL_COUNTY = 30  # at most this many sites: the PDF keeps the per-site detail
LIST_SHORT = 40  # sites named per list in the PDF; the workbook has them all
INSPECTION_COLUMNS = ("date", "source", "inspectors", "score", "findings", "items")
MET_COLOURS = {True: colors.HexColor("#2e7d32"), False: colors.HexColor("#c62828")}


def is_rate(key: IndicatorKey) -> bool:
    return DEFAULT_TARGETS[key].kind is TargetKind.RATE


def said(kind: type[StrEnum], code: str, language: ReportLanguage) -> str:
    """A code the workspace holds as text, in the catalogue's words."""
    return word(kind(code), language) if code in kind.__members__.values() else code


def value_text(key: IndicatorKey, value: float | None, language: ReportLanguage) -> str:
    if value is None:
        return "—"
    return percent(value, language) if is_rate(key) else f"{value:.3g}"


def target_text(key: IndicatorKey, language: ReportLanguage) -> str:
    return f"≥ {value_text(key, DEFAULT_TARGETS[key].value, language)}"


def plain_table(
    header: list[Paragraph], body: list[list[object]], widths: Sequence[float], styles: Styles,
    style_rows: Sequence[tuple[object, ...]] = (),
) -> Table:  # fmt: skip
    """Plain cells right-aligned after the first column: a paragraph per figure would make a
    city's tables most of the report's time (only the header and the names wrap)."""
    style = table_style()
    size = styles.cell.fontSize
    style.add("FONTSIZE", (1, 1), (-1, -1), size)
    style.add("LEADING", (1, 1), (-1, -1), size * 1.2)
    style.add("ALIGN", (1, 1), (-1, -1), "RIGHT")
    for command in style_rows:
        style.add(*command)
    table = Table([header, *body], colWidths=[w * mm for w in widths], repeatRows=1)
    table.setStyle(style)
    return table


def totals_table(totals: Sequence[Total], w: Words, styles: Styles) -> Table:
    language = w.language
    names = ("indicator", "target", "reporting", "met_count", "missed_count", "na_count",
             "met_share", "lower", "median", "upper", "county_value")  # fmt: skip
    header = [para(w(n), styles.cell_head) for n in names]
    body: list[list[object]] = [
        [para(indicator_name(t.key, language), styles.cell), target_text(t.key, language),
         str(t.reporting), str(t.met), str(t.missed), str(t.not_applicable),
         percent(t.met_share, language) if t.met_share is not None else "—",
         *(value_text(t.key, v, language) for v in (t.lower, t.median, t.upper,
                                                     t.county_value))]
        for t in totals
    ]  # fmt: skip
    return plain_table(header, body, (62, 19, 18, 18, 18, 18, 20, 22, 22, 22, 22), styles)


def by_period_table(found: CountyDataset, w: Words, styles: Styles) -> Table:
    language = w.language
    periods = year_periods(found.year)
    header = [para(w("indicator"), styles.cell_head),
              *(para(period_name(p, language), styles.cell_head) for p in periods)]  # fmt: skip
    body: list[list[object]] = []
    for key in KEYS:
        cells: list[object] = [para(indicator_name(key, language), styles.cell)]
        for p in periods:
            met, applicable = found.met_by_period[p.code].get(key, (0, 0))
            cells.append(f"{met}/{applicable}" if applicable else "—")
        body.append(cells)
    return plain_table(header, body, (82, *([185 / len(periods)] * len(periods))), styles)


def ranking_table(rankings: Sequence[ShortRanking], w: Words, styles: Styles) -> Table:
    n = dataset.RANK_SHORT
    language = w.language

    def entries(ranking: ShortRanking, top: bool) -> str:
        listed = ranking.top if top else ranking.bottom
        lines = [w("entry", name=r.name, value=value_text(ranking.key, r.value, language),
                   rank=r.rank) for r in listed]  # fmt: skip
        if listed:
            edge = listed[-1] if top else listed[0]
            shown = sum(1 for r in listed if r.rank == edge.rank)
            tied = ranking.top_tied if top else ranking.bottom_tied
            if tied > shown:
                lines.append(w("tied", rank=edge.rank, count=f"{tied:,}"))
        return "\n".join(lines) or "—"

    header = [para(h, styles.cell_head) for h in
              (w("indicator"), w("top", n=n), w("bottom", n=n))]  # fmt: skip
    body = [
        [para(indicator_name(r.key, language), styles.cell), para(entries(r, True), styles.cell),
         para(entries(r, False), styles.cell)]
        for r in rankings
    ]  # fmt: skip
    table = Table([header, *body], colWidths=[w_ * mm for w_ in (67, 100, 100)], repeatRows=1)
    table.setStyle(table_style())
    return table


def names_line(what: str, names: Sequence[str], w: Words, more: str = "more") -> str:
    if not names:
        return w("none_line", what=what)
    shown = w("list_sep").join(names[:LIST_SHORT])
    if len(names) > LIST_SHORT:
        shown += w(more, count=f"{len(names):,}")
    return w("count_line", what=what, count=f"{len(names):,}", names=shown)


def attention_story(found: CountyDataset, w: Words, styles: Styles) -> list[Flowable]:
    language = w.language
    by_reason: dict[str, list[dataset.Attention]] = {}
    for entry in found.attention:
        by_reason.setdefault(entry.reason, []).append(entry)
    lines = []
    missing = by_reason.get(dataset.MISSING_PACKAGE, [])
    ended = [p for p in year_periods(found.year) if p.last_day < found.today]
    for period in ended:
        names = [a.name for a in missing if a.detail == period.code]
        if names:
            what = w("attention.missing_package", period=period_name(period, language))
            lines.append(names_line(what, names, w))
    if not missing:
        lines.append(w("all_sent"))
    due = [w("site_due", name=a.name, needed=a.detail)
           for a in by_reason.get(dataset.INSPECTION_DUE, [])]  # fmt: skip
    lines.append(names_line(w("attention.inspection_due"), due, w))
    overdue = [a.name for a in by_reason.get(dataset.OVERDUE, [])]
    lines.append(names_line(w("attention.overdue_item"), overdue, w))
    if found.twice_periods is not None:
        first, second = found.twice_periods
        twice = by_reason.get(dataset.MISSED_TWICE, [])
        what = w("attention.missed_twice", first=period_name(first, language),
                 second=period_name(second, language))  # fmt: skip
        lines.append(
            names_line(
                what,
                [w("site_missed", name=a.name, count=len(a.detail.split(","))) for a in twice],
                w,
            )
        )
        per_key = Counter(k for a in twice for k in a.detail.split(","))
        if per_key:
            counts = w("list_sep").join(
                w("reason_count", reason=indicator_name(key, language), count=f"{per_key[key]:,}")
                for key in KEYS
                if per_key[key]
            )
            lines.append(w("by_indicator", counts=counts))
    return [para(line, styles.body) for line in lines]


def commendation_story(found: CountyDataset, w: Words, styles: Styles) -> list[Flowable]:
    chosen = [c.name for c in found.commendations if c.shortlisted]
    shown = w("list_sep").join(chosen[:LIST_SHORT]) or w("none")
    if len(chosen) > LIST_SHORT:
        shown += w("more_commended", count=f"{len(chosen):,}")
    story = [para(w("rules", pass_score=f"{PASS_SCORE:g}"), styles.body),
             para(w("chosen", count=f"{len(chosen):,}", names=shown), styles.body)]  # fmt: skip
    left = [c for c in found.commendations if not c.shortlisted]
    if left:
        counted = Counter(r for c in left for r in c.reasons)
        reasons = w("list_sep").join(
            w("reason_count", reason=word(reason, w.language), count=f"{count:,}")
            for reason, count in sorted(counted.items(), key=lambda pair: -pair[1])
        )
        story.append(para(w("left_off", count=f"{len(left):,}", reasons=reasons), styles.body))
    return story


def figures_table(rows: list[SiteFigures], w: Words, styles: Styles) -> Flowable:
    """A small county's sites × indicators, each figure green (met) or red (not met)."""
    language = w.language
    header = [para(h, styles.cell_head)
              for h in [w("site"), *(indicator_name(k, language) for k in KEYS)]]  # fmt: skip
    body: list[list[object]] = []
    colours: list[tuple[object, ...]] = []
    for row, site in enumerate(rows, start=1):
        name = w("site_no_package", name=site.name) if site.missing else site.name
        if site.note.startswith("replaced:"):
            name += w("replaced", sequence=site.sequence, old=site.note.split(":")[1])
        cells: list[object] = [Paragraph(coloured(name, False if site.missing else None),
                                         styles.cell)]  # fmt: skip
        for column, key in enumerate(KEYS, start=1):
            figure = site.figures.get(key.value)
            cells.append(value_text(key, figure.value if figure else None, language))
            if figure is not None and figure.met is not None:
                colours.append(("TEXTCOLOR", (column, row), (column, row), MET_COLOURS[figure.met]))
        body.append(cells)
    widths = (40, *([(267 - 40) / len(KEYS)] * len(KEYS)))
    return plain_table(header, body, widths, styles, colours)


def items_text(items: Sequence[ItemState], w: Words) -> str:
    """An inspection's rectification items: what, (deadline, state [day done])."""
    language = w.language
    texts = []
    for t in items:
        state = said(RectificationStatus, t.status, language)
        done = f" {t.done_on.isoformat()}" if t.done_on else ""
        texts.append(w("item", what=t.description, deadline=t.deadline or w("no_deadline"),
                       state=f"{state}{done}"))  # fmt: skip
    return w("list_sep").join(texts)


def inspections_story(found: CountyDataset, w: Words, styles: Styles) -> list[Flowable]:
    language = w.language
    story: list[Flowable] = []
    header = [w(k) for k in INSPECTION_COLUMNS]
    for site in found.inspections:
        flag = w("too_few", count=len(site.inspections)) if site.too_few else ""
        story.append(para(f"{site.name}{flag}", styles.body))
        if site.inspections:
            body = []
            for i in site.inspections:
                items = items_text(i.items, w)
                body.append([i.inspected_on.isoformat(), said(InspectionSource, i.source, language),
                             i.inspectors, "" if i.score is None else f"{i.score:g}", i.findings,
                             items])  # fmt: skip
            story.append(data_table(styles, header, body, (24, 18, 40, 12, 83, 90), right=(3,)))
        story.append(Spacer(1, 2 * mm))
    return story


def report_story(
    workspace: Workspace, found: CountyDataset, w: Words, styles: Styles
) -> list[Flowable]:
    language = w.language
    s = Sections(styles, chinese=language is ReportLanguage.ZH)
    story: list[Flowable] = [para(w("title", year=found.year), styles.title)]
    small = found.sites <= SMALL_COUNTY
    period = found.period
    if period is None:
        story.append(para(w("no_package"), styles.body))
    else:
        name = period_name(period, language)
        story.append(para(w("scale", sites=f"{found.sites:,}", period=name,
                            packages=f"{found.packages:,}",
                            missing=f"{found.sites - found.packages:,}",
                            today=found.today.isoformat()), styles.body))  # fmt: skip
    rule = "small_rule" if small else "large_rule"
    story.append(para(w(rule, limit=SMALL_COUNTY), styles.small))
    if period is not None:
        name = period_name(period, language)
        story += [s.heading(w("totals", period=name)), totals_table(found.totals, w, styles),
                  Spacer(1, 3 * mm), s.heading(w("by_period")),
                  by_period_table(found, w, styles), Spacer(1, 3 * mm),
                  CondPageBreak(60 * mm),
                  s.heading(w("ranking", period=name, n=dataset.RANK_SHORT)),
                  para(w("ranking_rule"), styles.small), ranking_table(found.rankings, w, styles),
                  Spacer(1, 3 * mm)]  # fmt: skip
    story += [s.heading(w("attention")), *attention_story(found, w, styles), Spacer(1, 3 * mm)]
    story += [s.heading(w("commendation")), *commendation_story(found, w, styles)]
    if small:
        for p in year_periods(found.year):
            rows = county.site_figures(workspace, p.code)
            heading = s.heading(w("detail", period=period_name(p, language)))
            heading.keepWithNext = False  # a long table starts under its heading
            story += [CondPageBreak(30 * mm), heading, figures_table(rows, w, styles)]
        story += [s.heading(w("inspections")), *inspections_story(found, w, styles)]
    if isinstance(story[-1], Spacer):
        story.pop()  # a spacer after the last table can spill onto an empty page
    return story


def write_county_report(
    workspace: Workspace, year: int, pdf: Path, xlsx: Path | None = None,
    today: dt.date | None = None, language: ReportLanguage = ReportLanguage.ZH,
    progress: Progress | None = None,
) -> Path:  # fmt: skip
    from app.reports.county_workbook import write_county_workbook

    today = today or dt.date.today()
    tell = progress or (lambda _percent, _stage: None)
    w = county_words(language)
    tell(10, "report")
    found = dataset.load(workspace, year, today)
    tell(40, "report")
    styles = Styles(base_size=8.5)
    setup = PageSetup(landscape=True, header=w("header", year=year), language=language)
    render_pdf(pdf, report_story(workspace, found, w, styles), setup,
               title=w("header", year=year), printed=today)  # fmt: skip
    if xlsx is not None:
        tell(70, "workbook")
        write_county_workbook(workspace, found, xlsx, language)
    return Path(pdf)


def write_report(
    workspace: Workspace, reviewer: CountyReviewer, request: ReportRequest, progress: Progress
) -> Path:
    """The county summary of the request's year (the PDF, and the workbook when asked), as
    the county window and `healthroom county report` print it: by a reviewer whose county role
    may print, recorded in the workspace's access log."""
    reviewer.require(CountyAction.PRINT)
    year = request.period.year if request.period is not None else request.today.year
    pdf = write_county_report(workspace, year, request.pdf, request.xlsx, request.today,
                              request.language, progress)  # fmt: skip
    note = noted(Note.REPORT_PRINTED, year=year, file=pdf.name)
    county.log_access(workspace, reviewer, "report", note)
    return pdf
