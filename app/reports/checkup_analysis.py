"""体检结果群体分析: the year's check-ups in numbers for the annual health promotion plan — the
prevalence of high blood pressure, high glucose, dyslipidaemia and overweight against last
year, by department, age band and sex, and the abnormal results per item. No names.

The PDF and the workbook are written from one dataset (app.services.checkup_analysis): the
workbook holds the same tables with counts as numbers and rates as percentages, and a group of
fewer than MIN_GROUP people shows neither its counts nor its rate, as on the PDF."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from app.catalogue.checkups import CONDITIONS, ITEMS, CheckupItemSpec
from app.catalogue.fields import RecordField
from app.db.migrate import Database
from app.domain.periods import Period
from app.domain.ratios import Ratio
from app.reports.language import ReportLanguage, Words, said
from app.reports.pdf.document import PageSetup, render_pdf
from app.reports.pdf.styles import Styles, table_style
from app.reports.request import Progress, ReportRequest, quiet
from app.reports.xlsx.workbook import Cell, Sheet, write_workbook
from app.services import site_profile
from app.services.actor import Actor
from app.services.checkup_analysis import (
    MIN_GROUP,
    UNKNOWN,
    CheckupAnalysis,
    ConditionRow,
    GroupCount,
    checkup_analysis,
)
from app.services.report_log import record_report

WORDS: dict[str, tuple[str, str]] = {
    "title": ("{year}年度职工体检结果群体分析", "Check-up group analysis {year}"),
    "summary": (
        "{year}年共 {people} 名职工参加体检（{first} 至 {last}），上年 {before} 人。"
        "每人按本年最近一次体检计；本表只有人数和比例，不含姓名。",
        "{people} staff had a check-up in {year} ({first} to {last}); {before} the year "
        "before. Each person counts once, with their latest check-up of the year; the tables "
        "hold counts and rates only, no names.",
    ),
    "none": (
        "{year}年还没有导入体检结果（职工页 → 导入体检结果…）。",
        "No check-up results for {year} have been imported yet (Staff page → Import check-up "
        "results…).",
    ),
    "prevalence": ("主要健康问题检出率", "Prevalence of the main findings"),
    "finding": ("健康问题", "Finding"),
    "definition": ("判定标准", "Definition"),
    "this_year": ("本年 检出/受检", "This year found/tested"),
    "rate": ("检出率", "Rate"),
    "last_year": ("上年检出率", "Last year"),
    "change": ("变化", "Change"),
    "by_department": ("按部门", "By department"),
    "by_age": ("按年龄段", "By age band"),
    "by_sex": ("按性别", "By sex"),
    "group": ("分组", "Group"),
    "unknown": ("不详", "Unknown"),
    "small": ("<{n}人", "<{n}"),
    "items": ("各检查项目异常情况", "Abnormal results per item"),
    "item": said(RecordField.FIELD),
    "unit": said(RecordField.UNIT),
    "reference": ("参考范围", "Reference"),
    "tested": ("受检人数", "Tested"),
    "abnormal": ("异常人数", "Abnormal"),
    "high": ("偏高", "High"),
    "low": ("偏低", "Low"),
    "abnormal_rate": ("异常率", "Rate"),
    "room_rules": ("同生活室分级标准", "As the room grades"),
    "small_note": (
        "受检不足 {n} 人的分组不显示检出率，以免从小部门推知个人结果。",
        "Groups of fewer than {n} people show no rate, so that no one's result can be read "
        "off a small department.",
    ),
    "male": ("男", "Men"),
    "female": ("女", "Women"),
    "found": ("检出人数", "Found"),
    "change_points": ("变化（百分点）", "Change (points)"),
    "found_of": ("{name} 检出", "{name}: found"),
    "tested_of": ("{name} 受检", "{name}: tested"),
    "rate_of": ("{name} 检出率", "{name}: rate"),
}
PERCENT, POINTS = "0.0%", "+0.0;-0.0;0.0"


def _percent(ratio: Ratio) -> str:
    value = ratio.value
    return "—" if value is None else f"{value * 100:.1f}%"


def _change(now: Ratio, before: Ratio) -> str:
    if now.value is None or before.value is None:
        return "—"
    points = (now.value - before.value) * 100
    return f"{points:+.1f}"


def _group_name(group: GroupCount, words: Words, kind: str) -> str:
    if group.group == UNKNOWN:
        return words("unknown")
    if kind == "sex":
        return words("male" if group.group == "M" else "female")
    return group.group


def _cell(group: GroupCount, words: Words) -> str:
    if not group.shown:
        return words("small", n=MIN_GROUP)
    return f"{group.ratio.numerator}/{group.ratio.denominator}  {_percent(group.ratio)}"


def _prevalence_table(data: CheckupAnalysis, words: Words, styles: Styles, width: float) -> Table:
    head = ["finding", "definition", "this_year", "rate", "last_year", "change"]
    rows: list[list[object]] = [[Paragraph(words(h), styles.cell_head) for h in head]]
    for row in data.conditions:
        name, definition = CONDITIONS[row.condition]
        rows.append(
            [
                Paragraph(name.in_(words.language), styles.cell),
                Paragraph(definition.in_(words.language), styles.small),
                f"{row.ratio.numerator}/{row.ratio.denominator}",
                _percent(row.ratio),
                _percent(row.last_year),
                _change(row.ratio, row.last_year),
            ]
        )
    fixed = [30 * mm, 0, 28 * mm, 18 * mm, 22 * mm, 18 * mm]
    fixed[1] = width - sum(fixed)
    table = Table(rows, colWidths=fixed, repeatRows=1)
    style = table_style()
    style.add("ALIGN", (2, 1), (-1, -1), "RIGHT")
    table.setStyle(style)
    return table


def _groups_table(
    data: CheckupAnalysis, words: Words, styles: Styles, width: float, kind: str
) -> Table:
    """One row per group, one column per finding: found/tested and the rate."""

    def groups_of(row: ConditionRow) -> tuple[GroupCount, ...]:
        return {"department": row.by_department, "age": row.by_age, "sex": row.by_sex}[kind]

    names = [g.group for g in groups_of(data.conditions[0])]
    head: list[object] = [Paragraph(words("group"), styles.cell_head)]
    head += [
        Paragraph(CONDITIONS[row.condition][0].in_(words.language), styles.cell_head)
        for row in data.conditions
    ]
    rows: list[list[object]] = [head]
    for index, name in enumerate(names):
        first = groups_of(data.conditions[0])[index]
        cells: list[object] = [Paragraph(_group_name(first, words, kind), styles.cell)]
        for row in data.conditions:
            group = next(g for g in groups_of(row) if g.group == name)
            cells.append(_cell(group, words))
        rows.append(cells)
    first_width = 36 * mm
    other = (width - first_width) / len(data.conditions)
    table = Table(rows, colWidths=[first_width] + [other] * len(data.conditions), repeatRows=1)
    style = table_style()
    style.add("ALIGN", (1, 1), (-1, -1), "RIGHT")
    table.setStyle(style)
    return table


def _reference(spec: CheckupItemSpec, words: Words) -> str:
    if spec.reading is not None:
        return words("room_rules")
    parts = []
    for label, (low, high) in ((words("male"), spec.male), (words("female"), spec.female)):
        if low is not None and high is not None:
            parts.append(f"{label} {low:g}–{high:g}")
        elif high is not None:
            parts.append(f"{label} ≤{high:g}")
        elif low is not None:
            parts.append(f"{label} ≥{low:g}")
    if spec.male == spec.female:
        return parts[0].split(" ", 1)[1]
    return "；".join(parts) if words.language is ReportLanguage.ZH else "; ".join(parts)


def _items_table(data: CheckupAnalysis, words: Words, styles: Styles, width: float) -> Table:
    head = ["item", "unit", "reference", "tested", "abnormal", "high", "low", "abnormal_rate"]
    rows: list[list[object]] = [[Paragraph(words(h), styles.cell_head) for h in head]]
    for row in data.items:
        spec = ITEMS[row.item]
        rows.append(
            [
                Paragraph(words.code(row.item), styles.cell),
                spec.unit.in_(words.language),
                Paragraph(_reference(spec, words), styles.small),
                str(row.tested),
                str(row.abnormal),
                str(row.high),
                str(row.low),
                _percent(row.ratio),
            ]
        )
    fixed = [38 * mm, 18 * mm, 0, 16 * mm, 21 * mm, 14 * mm, 14 * mm, 16 * mm]
    fixed[2] = width - sum(fixed)
    table = Table(rows, colWidths=fixed, repeatRows=1)
    style = table_style()
    style.add("ALIGN", (3, 1), (-1, -1), "RIGHT")
    table.setStyle(style)
    return table


def build_story(data: CheckupAnalysis, words: Words, width: float) -> list[Flowable]:
    styles = Styles()
    story: list[Flowable] = [Paragraph(words("title", year=data.year), styles.title)]
    if not data.people:
        story.append(Paragraph(words("none", year=data.year), styles.body))
        return story
    story.append(
        Paragraph(
            words(
                "summary",
                year=data.year,
                people=data.people,
                first=data.first_date.isoformat() if data.first_date else "—",
                last=data.last_date.isoformat() if data.last_date else "—",
                before=data.people_last_year,
            ),
            styles.body,
        )
    )
    story += [
        Paragraph(words("prevalence"), styles.heading),
        _prevalence_table(data, words, styles, width),
    ]
    for kind, heading in (("department", "by_department"), ("age", "by_age"), ("sex", "by_sex")):
        story.append(
            KeepTogether(
                [
                    Paragraph(words(heading), styles.heading),
                    _groups_table(data, words, styles, width, kind),
                ]
            )
        )
    story.append(Paragraph(words("small_note", n=MIN_GROUP), styles.small))
    story += [
        Paragraph(words("items"), styles.heading),
        _items_table(data, words, styles, width),
        Spacer(1, 4 * mm),
    ]
    return story


def _rate(ratio: Ratio) -> float | None:
    return ratio.value


def _points(now: Ratio, before: Ratio) -> float | None:
    if now.value is None or before.value is None:
        return None
    return round((now.value - before.value) * 100, 1)


def _prevalence_sheet(data: CheckupAnalysis, words: Words, heading: list[str]) -> Sheet:
    head = ["finding", "definition", "found", "tested", "rate", "last_year", "change_points"]
    rows: list[list[Cell]] = []
    for row in data.conditions:
        name, definition = CONDITIONS[row.condition]
        rows.append(
            [
                name.in_(words.language),
                definition.in_(words.language),
                row.ratio.numerator,
                row.ratio.denominator,
                _rate(row.ratio),
                _rate(row.last_year),
                _points(row.ratio, row.last_year),
            ]
        )
    formats = {4: PERCENT, 5: PERCENT, 6: POINTS}
    return Sheet(words("prevalence"), [words(h) for h in head], rows, heading, formats)


def _groups_sheet(data: CheckupAnalysis, words: Words, kind: str, title: str) -> Sheet:
    """One row per group; for each finding its found, tested and rate (none for a small group)."""

    def groups_of(row: ConditionRow) -> tuple[GroupCount, ...]:
        return {"department": row.by_department, "age": row.by_age, "sex": row.by_sex}[kind]

    head = [words("group")]
    for row in data.conditions:
        name = CONDITIONS[row.condition][0].in_(words.language)
        head += [words("found_of", name=name), words("tested_of", name=name)]
        head.append(words("rate_of", name=name))
    rows: list[list[Cell]] = []
    for first in groups_of(data.conditions[0]):
        cells: list[Cell] = [_group_name(first, words, kind)]
        for row in data.conditions:
            group = next(g for g in groups_of(row) if g.group == first.group)
            if group.shown:
                cells += [group.ratio.numerator, group.ratio.denominator, _rate(group.ratio)]
            else:
                cells += [None, words("small", n=MIN_GROUP), None]
        rows.append(cells)
    formats = {3 * n + 3: PERCENT for n in range(len(data.conditions))}
    note = words("small_note", n=MIN_GROUP)
    return Sheet(words(title), head, rows, (words(title), note), formats)


def _items_sheet(data: CheckupAnalysis, words: Words) -> Sheet:
    head = ["item", "unit", "reference", "tested", "abnormal", "high", "low", "abnormal_rate"]
    rows: list[list[Cell]] = [
        [
            words.code(row.item),
            ITEMS[row.item].unit.in_(words.language),
            _reference(ITEMS[row.item], words),
            row.tested,
            row.abnormal,
            row.high,
            row.low,
            _rate(row.ratio),
        ]
        for row in data.items
    ]
    return Sheet(words("items"), [words(h) for h in head], rows, (words("items"),), {7: PERCENT})


def workbook_sheets(data: CheckupAnalysis, words: Words) -> list[Sheet]:
    """The PDF's tables as sheets: counts as numbers, rates as percentages, no names."""
    title = words("title", year=data.year)
    if not data.people:
        nothing = (title, words("none", year=data.year))
        return [Sheet(words("prevalence"), [words("finding")], [], nothing)]
    summary = words(
        "summary",
        year=data.year,
        people=data.people,
        first=data.first_date.isoformat() if data.first_date else "—",
        last=data.last_date.isoformat() if data.last_date else "—",
        before=data.people_last_year,
    )
    sheets = [_prevalence_sheet(data, words, [title, summary])]
    for kind, heading in (("department", "by_department"), ("age", "by_age"), ("sex", "by_sex")):
        sheets.append(_groups_sheet(data, words, kind, heading))
    sheets.append(_items_sheet(data, words))
    return sheets


def write_checkup_analysis(
    db: Database,
    actor: Actor,
    year: int,
    path: Path,
    language: ReportLanguage = ReportLanguage.ZH,
    today: dt.date | None = None,
) -> Path:
    """The year's analysis as PDF (or, to an .xlsx, the workbook alone)."""
    request = ReportRequest(path, period=Period.of_year(year), language=language, as_of=today)
    return write_report(db, actor, request, quiet)


def write_report(db: Database, actor: Actor, request: ReportRequest, progress: Progress) -> Path:
    """The year's analysis (the registry's renderer): the PDF, and the workbook when asked —
    or the workbook alone when the file asked for is an .xlsx. Both from one dataset."""
    if request.period is None:
        raise ValueError("the check-up analysis needs a year")
    year = request.period.year
    progress(10, "data")
    data = checkup_analysis(db, actor, year)
    words = Words(WORDS, request.language)
    written: list[Path] = []
    if not request.workbook_only:
        progress(30, "layout")
        profile = site_profile.get_profile(db)
        title = words("title", year=year)
        site = profile.site_name if profile else ""
        setup = PageSetup(
            header=" · ".join(x for x in (site, title) if x), language=request.language
        )
        width = setup.pagesize[0] - 2 * setup.margin_mm * mm
        story = build_story(data, words, width)
        written.append(render_pdf(request.pdf, story, setup, title=title, printed=request.today))
    workbook = request.pdf if request.workbook_only else request.xlsx
    if workbook is not None:
        progress(80, "xlsx")
        written.append(write_workbook(workbook, workbook_sheets(data, words), request.language))
    record_report(db, actor, "checkup_analysis", str(year), written)
    return written[0]
