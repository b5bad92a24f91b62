"""The county report for a city (docs/COUNTY_REPORT.md) on workspaces Hypothesis generates — no
site, one site, sites with quarters missing, many equal figures — on SQLite and on a real
PostgreSQL server: the totals, quartiles, short ranking, met counts and lists of sites needing
attention are recounted from the rows, then the PDF and the workbook are read back."""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import delete

from app.catalogue.indicators import INDICATORS, IndicatorKey, TargetKind
from app.db.county_models import (
    CountyIndicator,
    CountyPackage,
    CountySite,
    Workspace,
    open_workspace,
    write,
)
from app.domain.periods import Period
from app.reports.county_report import LIST_SHORT, SMALL_COUNTY, write_county_report
from app.reports.language import ReportLanguage
from app.services import county_dataset as dataset

YEAR = 2026
PERIODS = [Period.parse(p) for p in ("2025Q4", "2026Q1", "2026Q2", "2026Q3", "2026Q4", "2026")]
TODAY = dt.date(2027, 1, 15)  # every period of 2026 over
RATES = (None, 0.0, 0.5, 0.8, 1.0)  # few values: ties are the rule, as in a real city
COUNTS = (0.0, 1.0, 2.0, 4.0)


@dataclass(frozen=True)
class Row:
    code: str
    name: str
    period: str
    key: IndicatorKey
    value: float | None
    numerator: float | None
    denominator: float | None
    met: int | None


def is_rate(key: IndicatorKey) -> bool:
    return INDICATORS[key].kind is TargetKind.RATE


@st.composite
def cities(draw: st.DrawFn) -> tuple[int, list[Row]]:
    """Sites, each with some periods' packages (any may be missing) and figures from a few
    values; a package may lack an indicator altogether."""
    sites = draw(st.integers(0, 7))
    rows: list[Row] = []
    for number in range(1, sites + 1):
        code, name = f"130903-{number:04d}", f"第{number}号职工健康生活室"
        for period in draw(st.sets(st.sampled_from([p.code for p in PERIODS]))):
            for key in draw(st.sets(st.sampled_from(list(IndicatorKey)), min_size=10)):
                target = INDICATORS[key].target
                if is_rate(key):
                    value = draw(st.sampled_from(RATES))
                    denominator = 0.0 if value is None else 10.0
                    numerator = 0.0 if value is None else value * 10
                else:
                    value = numerator = draw(st.sampled_from(COUNTS))
                    denominator = None
                met = None if value is None else int(value >= target)
                rows.append(Row(code, name, period, key, value, numerator, denominator, met))
        if not any(r.code == code for r in rows):
            rows.append(Row(code, name, "", IndicatorKey.USAGE_RATE, None, None, None, None))
    return sites, rows


def fill(workspace: Workspace, sites: int, rows: list[Row]) -> None:
    """The generated city in the workspace's tables, as imports leave them."""

    def apply(session: object) -> None:
        from sqlalchemy.orm import Session

        assert isinstance(session, Session)
        for table in (CountyIndicator, CountyPackage, CountySite):
            session.execute(delete(table))
        stamp = dt.datetime(2026, 1, 1)
        for number in range(1, sites + 1):
            code, name = f"130903-{number:04d}", f"第{number}号职工健康生活室"
            session.add(CountySite(code=code, name=name, county="运河区", public_key="00" * 32,
                                   pinned_at=stamp))  # fmt: skip
        session.flush()
        packages: dict[tuple[str, str], CountyPackage] = {}
        for row in rows:
            if not row.period:
                continue
            package = packages.get((row.code, row.period))
            if package is None:
                package = packages[(row.code, row.period)] = CountyPackage(
                    site_code=row.code, period=row.period, sequence=1, sha256="0" * 64,
                    file_name=f"{row.code}_{row.period}_1.zip", created_at="2026-01-01T00:00:00",
                    imported_at=stamp,
                )  # fmt: skip
                session.add(package)
                session.flush()
            session.add(CountyIndicator(
                package_id=package.id, key=row.key.value, value=row.value,
                numerator=row.numerator, denominator=row.denominator,
                target=INDICATORS[row.key].target, met=row.met, in_progress=0,
            ))  # fmt: skip

    write(workspace, apply)


@pytest.fixture(params=["sqlite", "postgresql"])
def workspace(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Workspace]:
    place: Path | str
    place = tmp_path / "county.db" if request.param == "sqlite" else request.getfixturevalue(
        "pg_workspace")  # fmt: skip
    opened = open_workspace(place)
    yield opened
    opened.close()


@dataclass(frozen=True)
class Recount:
    counts: tuple[int, int, int, int]  # reporting, applicable, met, missed
    quartiles: list[float | None]
    county: float | None


def recount_totals(rows: list[Row], period: str, key: IndicatorKey) -> Recount:
    mine = [r for r in rows if r.period == period and r.key is key]
    values = sorted(r.value for r in mine if r.value is not None)
    applying = [r for r in mine if r.value is not None]
    if len(values) >= 2:
        quartiles: list[float | None] = list(statistics.quantiles(values, n=4, method="inclusive"))
    else:
        quartiles = [values[0]] * 3 if values else [None] * 3
    if is_rate(key):
        denominator = sum(r.denominator or 0 for r in applying)
        county = sum(r.numerator or 0 for r in applying) / denominator if denominator else None
    else:
        county = sum(values) / len(values) if values else None
    met, missed = (sum(1 for r in applying if r.met == m) for m in (1, 0))
    return Recount((len(mine), len(applying), met, missed), quartiles, county)


def expected_period(rows: list[Row]) -> str | None:
    held = {r.period for r in rows}
    for period in reversed(PERIODS[1:]):
        if period.code in held:
            return period.code
    return None


def approx(value: float | None) -> object:
    return None if value is None else pytest.approx(value)


NO_SITE: tuple[int, list[Row]] = (0, [])
ONE_SITE: tuple[int, list[Row]] = (1, [
    Row("130903-0001", "第1号职工健康生活室", "2026Q4", IndicatorKey.USAGE_RATE, 0.5, 5.0, 10.0, 0),
    Row("130903-0001", "第1号职工健康生活室", "2026Q3", IndicatorKey.USAGE_RATE, 0.2, 2.0, 10.0, 0),
])  # fmt: skip


@settings(max_examples=12)
@given(city=cities())
@example(city=NO_SITE)
@example(city=ONE_SITE)
def test_the_dataset_is_the_rows_recounted(
    workspace: Workspace, city: tuple[int, list[Row]]
) -> None:
    sites, rows = city
    fill(workspace, sites, rows)
    summary = dataset.year_summary(workspace, YEAR, TODAY)
    found = summary.dataset
    assert found.sites == sites
    assert summary.rankings.keys() == ({*IndicatorKey} if found.period else set())
    period = expected_period(rows)
    assert (found.period.code if found.period else None) == period
    if period is not None:
        for total in found.totals:
            want = recount_totals(rows, period, total.key)
            counts = (total.reporting, total.applicable, total.met, total.missed)
            assert counts == want.counts
            assert [total.lower, total.median, total.upper] == [approx(v) for v in want.quartiles]
            assert total.county_value == approx(want.county)
        for ranking in found.rankings:
            scored = sorted(((r.value, r.code) for r in rows if r.period == period and
                             r.key is ranking.key and r.value is not None),
                            key=lambda pair: (-pair[0], pair[1]))  # fmt: skip
            rank = {code: 1 + sum(1 for v, _c in scored if v > value) for value, code in scored}
            n = dataset.RANK_SHORT
            assert [r.code for r in ranking.top] == [c for _v, c in scored[:n]]
            # The bottom n, none of them also at the top (each site listed once).
            assert [r.code for r in ranking.bottom] == [
                c for _v, c in scored[max(n, len(scored) - n) :]
            ]
            assert all(r.rank == rank[r.code] for r in (*ranking.top, *ranking.bottom))
            if scored:
                edge = scored[:n][-1][0]
                assert ranking.top_tied == sum(1 for v, _c in scored if v == edge)
            # The summary tab's ranking: every site, in the same order and ranks.
            full = summary.rankings[ranking.key]
            assert [(r.code, r.rank) for r in full] == [(c, rank[c]) for _v, c in scored]
    for p in PERIODS[1:]:
        for key, (met, applicable) in found.met_by_period[p.code].items():
            mine = [r for r in rows if r.period == p.code and r.key is key and r.value is not None]
            assert (met, applicable) == (sum(1 for r in mine if r.met == 1), len(mine))
    codes = [f"130903-{n:04d}" for n in range(1, sites + 1)]
    missing = {(a.detail, a.code) for a in found.attention if a.reason == dataset.MISSING_PACKAGE}
    held = {(r.period, r.code) for r in rows}
    assert missing == {(p.code, c) for p in PERIODS[1:] for c in codes if (p.code, c) not in held}
    twice = {a.code: set(a.detail.split(",")) for a in found.attention
             if a.reason == dataset.MISSED_TWICE}  # fmt: skip
    if found.twice_periods is None:
        assert not twice
    else:
        first, second = (p.code for p in found.twice_periods)
        missed = {(r.code, r.period, r.key.value) for r in rows if r.met == 0}
        expected: dict[str, set[str]] = {}
        for code, held_period, held_key in missed:
            if held_period == second and (code, first, held_key) in missed:
                expected.setdefault(code, set()).add(held_key)
        assert twice == expected


@settings(max_examples=6)
@given(city=cities(), english=st.booleans())
@example(city=NO_SITE, english=False)
@example(city=ONE_SITE, english=True)
def test_the_pdf_and_workbook_read_back(
    workspace: Workspace, tmp_path: Path, city: tuple[int, list[Row]], english: bool
) -> None:
    sites, rows = city
    fill(workspace, sites, rows)
    language = ReportLanguage.EN if english else ReportLanguage.ZH
    pdf, xlsx = tmp_path / "summary.pdf", tmp_path / "summary.xlsx"
    write_county_report(workspace, YEAR, pdf, xlsx, TODAY, language)
    reader = PdfReader(pdf)
    text = "".join(page.extract_text() or "" for page in reader.pages).replace("\n", "")
    assert ("county summary 2026" if english else "2026年度职工健康生活室县级汇总") in text
    found = dataset.load(workspace, YEAR, TODAY)
    for ranking in found.rankings:
        for ranked in ranking.top:  # the short ranking's sites are named in the PDF
            assert ranked.name in text
    book = load_workbook(xlsx, read_only=True)
    figures = book[("Figures " if english else "指标 ") + "2026Q4"]
    listed = [r[0] for r in figures.iter_rows(min_row=3, values_only=True)]
    assert listed == [f"130903-{n:04d}" for n in range(1, sites + 1)]
    if found.period is not None:
        sheet = book["Totals" if english else "全县合计"]
        totals = list(sheet.iter_rows(min_row=3, values_only=True))
        for total, line in zip(found.totals, totals, strict=True):
            assert line[2:7] == (total.reporting, total.applicable, total.met, total.missed,
                                 total.not_applicable)  # fmt: skip
        ranks = {r[0]: r[2:] for r in book["Ranking" if english else "排名"].iter_rows(
            min_row=3, values_only=True)}  # fmt: skip
        for ranking in found.rankings:
            column = list(IndicatorKey).index(ranking.key)
            for ranked in (*ranking.top, *ranking.bottom):
                assert ranks[ranked.code][column] == ranked.rank
    attention = list(book["Attention" if english else "需关注单位"].iter_rows(min_row=3))
    assert len(attention) == len(found.attention)
    book.close()


def big_city(sites: int) -> tuple[int, list[Row]]:
    """Sites that all missed usage two quarters running, all with equal figures: long lists."""
    rows = [
        Row(f"130903-{n:04d}", f"第{n}号职工健康生活室", period, IndicatorKey.USAGE_RATE, 0.5, 5.0,
            10.0, 0)
        for n in range(1, sites + 1)
        for period in ("2026Q3", "2026Q4")
    ]  # fmt: skip
    return sites, rows


def test_a_city_gets_short_lists_and_a_small_county_its_detail(tmp_path: Path) -> None:
    workspace = open_workspace(tmp_path / "county.db")
    try:
        for sites in (SMALL_COUNTY, SMALL_COUNTY + LIST_SHORT + 5):
            fill(workspace, *big_city(sites))
            pdf = tmp_path / f"{sites}.pdf"
            write_county_report(workspace, YEAR, pdf, tmp_path / f"{sites}.xlsx", TODAY)
            text = "".join(p.extract_text() or "" for p in PdfReader(pdf).pages).replace("\n", "")
            detail = "2026年第4季度各单位指标对照" in text
            assert detail is (sites <= SMALL_COUNTY)
            # Past the lists' length and not at either end of the ranking (ties go by code):
            beyond = f"第{LIST_SHORT + 1}号职工健康生活室"
            if sites > LIST_SHORT:  # named in no list, but counted, the workbook pointed to
                assert beyond not in text
                assert f"……等共{sites:,}家（完整名单见工作簿“需关注单位”表）" in text
                assert f"并列第1名共{sites:,}家" in text
            else:
                assert f"第{sites}号职工健康生活室" in text
            book = load_workbook(tmp_path / f"{sites}.xlsx", read_only=True)
            attention = [r[1] for r in book["需关注单位"].iter_rows(min_row=3, values_only=True)]
            assert f"130903-{sites:04d}" in attention
            book.close()
    finally:
        workspace.close()
