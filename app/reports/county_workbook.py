"""The county report's workbook: every site's detail, for reviewers to sort and filter
(docs/COUNTY_REPORT.md). Written in openpyxl's write-only mode, the rows of each period made as
they are written; headings in the report's language (Chinese by default), rates as numbers
shown as percentages, counts as numbers."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from app.catalogue import word
from app.catalogue.county import InspectionSource
from app.db.county_models import Workspace
from app.domain.periods import Period
from app.domain.targets import DEFAULT_TARGETS, IndicatorKey
from app.reports.county_report import INSPECTION_COLUMNS, is_rate, items_text, said
from app.reports.county_words import county_words
from app.reports.indicator_texts import indicator_name, period_name
from app.reports.language import ReportLanguage, Words
from app.reports.xlsx.workbook import PERCENT, Cell, Formatted, Sheet, write_workbook
from app.services import county_dataset as dataset
from app.services.county_dataset import CountyDataset
from app.services.county_summary import PASS_SCORE, year_periods

KEYS = dataset.KEYS
COUNT = "0.##"


def _format(key: IndicatorKey) -> str:
    return PERCENT if is_rate(key) else COUNT


def _figure(key: IndicatorKey, value: float | None) -> Formatted:
    return Formatted(value, _format(key))


def totals_sheet(found: CountyDataset, w: Words) -> Sheet:
    language = w.language
    assert found.period is not None
    names = ("indicator", "target", "reporting", "applicable", "met_count", "missed_count",
             "na_count", "met_share", "lower", "median", "upper", "county_value")  # fmt: skip
    rows: list[list[Cell]] = [
        [indicator_name(t.key, language), _figure(t.key, DEFAULT_TARGETS[t.key].value),
         t.reporting, t.applicable, t.met, t.missed, t.not_applicable, t.met_share,
         _figure(t.key, t.lower), _figure(t.key, t.median), _figure(t.key, t.upper),
         _figure(t.key, t.county_value)]
        for t in found.totals
    ]  # fmt: skip
    title = w("totals_title", period=period_name(found.period, language))
    return Sheet(w("sheet.totals"), [w(n) for n in names], rows, (title,), {7: PERCENT})


def by_period_sheet(found: CountyDataset, w: Words) -> Sheet:
    language = w.language
    periods = year_periods(found.year)
    header = [w("indicator")]
    for p in periods:
        name = period_name(p, language)
        header += [f"{name} {w('met_count')}", f"{name} {w('applicable')}"]
    rows: list[list[Cell]] = []
    for key in KEYS:
        row: list[Cell] = [indicator_name(key, language)]
        for p in periods:
            met, applicable = found.met_by_period[p.code].get(key, (0, 0))
            row += [met, applicable]
        rows.append(row)
    return Sheet(w("sheet.by_period"), header, rows, (w("by_period_title", year=found.year),))


def ranking_sheet(workspace: Workspace, found: CountyDataset, w: Words) -> Sheet:
    assert found.period is not None
    with workspace.sessions() as session:
        ranks = dataset.all_ranks(session, found.period.code)
        sites = dataset.site_names(session)
    rows = [
        [code, name, *(ranks[code].get(k.value, (None,))[0] for k in KEYS)]
        for code, name in sites
        if code in ranks
    ]
    header = [w("site_code"), w("site"), *(indicator_name(k, w.language) for k in KEYS)]
    title = w("rank_title", period=period_name(found.period, w.language))
    return Sheet(w("sheet.ranking"), header, rows, (title,))


def figures_rows(workspace: Workspace, period: str, w: Words) -> Iterator[list[Cell]]:
    for code, name, sequence, note, values in dataset.figure_rows(workspace, period):
        shown = w("no_package_mark") if sequence is None else ""
        if note.startswith("replaced:"):
            shown = w("replaced_note", old=note.split(":")[1])
        yield [code, name, sequence, shown, *values]


def figures_sheet(workspace: Workspace, period_code: str, w: Words) -> Sheet:
    period = Period.parse(period_code)
    header = [w("site_code"), w("site"), w("sequence"), w("note"),
              *(indicator_name(k, w.language) for k in KEYS)]  # fmt: skip
    formats = {4 + n: _format(k) for n, k in enumerate(KEYS)}
    title = w("figures_title", period=period_name(period, w.language))
    rows = figures_rows(workspace, period.code, w)
    return Sheet(w("sheet.figures", period=period.code), header, rows, (title,), formats)


def attention_sheet(found: CountyDataset, w: Words) -> Sheet:
    language = w.language
    rows: list[list[Cell]] = []
    for a in found.attention:
        if a.reason == dataset.MISSING_PACKAGE:
            period = period_name(Period.parse(a.detail), language)
            what = w("attention.missing_package", period=period)
            detail = ""
        elif a.reason == dataset.INSPECTION_DUE:
            what, detail = w("attention.inspection_due"), w("due_detail", needed=a.detail)
        elif a.reason == dataset.OVERDUE:
            what, detail = w("attention.overdue_item"), w("overdue_detail", count=a.detail)
        else:
            assert found.twice_periods is not None
            first, second = found.twice_periods
            what = w("attention.missed_twice", first=period_name(first, language),
                     second=period_name(second, language))  # fmt: skip
            detail = w("list_sep").join(
                indicator_name(IndicatorKey(k), language) for k in a.detail.split(",")
            )
        rows.append([what, a.code, a.name, detail])
    header = [w("category"), w("site_code"), w("site"), w("note")]
    title = w("attention_title", today=found.today.isoformat())
    return Sheet(w("sheet.attention"), header, rows, (title,))


def commendation_sheet(found: CountyDataset, w: Words) -> Sheet:
    rows: list[list[Cell]] = [
        [c.code, c.name, w("shortlisted" if c.shortlisted else "not_shortlisted"),
         w("list_sep").join(word(r, w.language) for r in c.reasons)]
        for c in found.commendations
    ]  # fmt: skip
    titles = (w("commendation_title", year=found.year), w("rules", pass_score=f"{PASS_SCORE:g}"))
    header = [w("site_code"), w("site"), w("result"), w("reasons")]
    return Sheet(w("sheet.commendation"), header, rows, titles)


def inspections_sheet(found: CountyDataset, w: Words) -> Sheet:
    language = w.language
    rows: list[list[Cell]] = []
    for site in found.inspections:
        for i in site.inspections:
            items = items_text(i.items, w)
            rows.append([site.code, site.name, i.inspected_on,
                         said(InspectionSource, i.source, language), i.inspectors, i.score,
                         i.findings, items])  # fmt: skip
    header = [w("site_code"), w("site"), *(w(k) for k in INSPECTION_COLUMNS)]
    return Sheet(w("sheet.inspections"), header, rows,
                 (w("inspections_title", year=found.year),))  # fmt: skip


def write_county_workbook(
    workspace: Workspace, found: CountyDataset, xlsx: Path,
    language: ReportLanguage = ReportLanguage.ZH,
) -> Path:  # fmt: skip
    w = county_words(language)
    sheets: list[Sheet] = []
    if found.period is not None:
        sheets += [totals_sheet(found, w), by_period_sheet(found, w),
                   ranking_sheet(workspace, found, w)]  # fmt: skip
    sheets += [figures_sheet(workspace, p.code, w) for p in year_periods(found.year)]
    sheets += [attention_sheet(found, w), commendation_sheet(found, w),
               inspections_sheet(found, w)]  # fmt: skip
    return write_workbook(xlsx, sheets, language)
