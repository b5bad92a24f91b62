"""The county's totals, ranking, commendation shortlist, missing packages and inspections due,
and the county report and its Chinese workbook for reviewers (percentages as percentages)."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from app.catalogue.indicators import INDICATORS, IndicatorKey, TargetKind
from app.db.county_models import Workspace, open_workspace
from app.domain.periods import Period
from app.exchange.county_import import import_package
from app.reports.county_report import write_county_report
from app.services import county, county_dataset, county_summary
from app.services.county import InspectionInput, ItemInput
from tests.county_factory import make_package, site
from tests.support import COUNTY_REVIEWER

YEAR = Period.of_year(2026)
TODAY = dt.date(2026, 11, 16)


@pytest.fixture
def workspace(tmp_path: Path) -> Workspace:
    opened = open_workspace(tmp_path / "county.db")
    for number in range(1, 6):  # sites 1 and 2 run well; 3 and 4 as chance has it
        good = number <= 2
        package = make_package(tmp_path, site(number), YEAR, good=good)
        assert import_package(opened, package, accept_new_key=True).status == "imported"
    quarter = make_package(tmp_path, site(6), Period.parse("2026Q3"))  # no annual package
    assert import_package(opened, quarter, accept_new_key=True).status == "imported"
    return opened


def test_totals_and_ranking_are_the_sites_own_figures(workspace: Workspace) -> None:
    rows = county.site_figures(workspace, "2026")
    assert [r.code for r in rows if r.missing] == [site(6).code]
    with workspace.sessions() as session:
        totals = county_dataset.totals(session, "2026")
        rankings = county_dataset.rankings(session, "2026")
    for total in totals:
        figures = [r.figures[total.key.value] for r in rows if not r.missing]
        applying = [f for f in figures if f.value is not None]
        assert total.applicable == len(applying)
        assert total.met == sum(1 for f in applying if f.met)
        if INDICATORS[total.key].kind is TargetKind.RATE:
            denominator = sum(f.denominator or 0 for f in applying)
            expected = sum(f.numerator or 0 for f in applying) / denominator
        else:
            expected = sum(f.value or 0 for f in applying) / len(applying)
        assert total.county_value == pytest.approx(expected)
        ranked = rankings[total.key]
        assert len(ranked) == len(applying)
        values = [r.value for r in ranked]
        assert values == sorted(values, reverse=True)
        for place, (before, after) in enumerate(itertools.pairwise(ranked), start=2):
            assert after.rank == (before.rank if after.value == before.value else place)


def test_shortlist_by_its_rules_and_inspections_due(workspace: Workspace) -> None:
    found = {c.code: c for c in county_dataset.commendations(workspace, 2026, TODAY)}
    assert found[site(1).code].shortlisted and found[site(2).code].shortlisted
    assert county_summary.NO_PACKAGE in found[site(6).code].reasons
    # A county inspection scored below the pass mark, and an item overdue, take a site off.
    failed = InspectionInput(site(1).code, dt.date(2026, 10, 5), "县总工会", "消毒不合格", 70.0)
    county.save_inspection(workspace, COUNTY_REVIEWER, failed)
    late = InspectionInput(site(2).code, dt.date(2026, 10, 6), "县总工会", "", 90.0,
                           (ItemInput("更换血压计", dt.date(2026, 11, 1)),))  # fmt: skip
    county.save_inspection(workspace, COUNTY_REVIEWER, late)
    found = {c.code: c for c in county_dataset.commendations(workspace, 2026, TODAY)}
    assert found[site(1).code].reasons == (county_summary.FAILED_INSPECTION,)
    assert found[site(2).code].reasons == (county_summary.OVERDUE_ITEM,)
    before_deadline = county_dataset.commendations(workspace, 2026, dt.date(2026, 10, 20))
    assert next(c for c in before_deadline if c.code == site(2).code).shortlisted
    inspected = county.site_inspections(workspace, 2026)
    due = {d.code: d for d in county_summary.due(2026, inspected, TODAY)}
    for entry in inspected:
        if len(entry.inspections) < 2:
            assert due[entry.code].needed == 2 - len(entry.inspections)
    assert site(1).code not in due  # three inspections, one in this half-year
    with workspace.sessions() as session:
        missing = county_dataset.missing(session, "2026Q1")
    assert {code for code, _name in missing} == {site(n).code for n in range(1, 7)}


def test_the_report_and_its_chinese_workbook(workspace: Workspace, tmp_path: Path) -> None:
    pdf, xlsx = tmp_path / "县级汇总.pdf", tmp_path / "县级汇总.xlsx"
    write_county_report(workspace, 2026, pdf, xlsx, today=TODAY)
    text = "".join(page.extract_text() or "" for page in PdfReader(pdf).pages)
    for heading in (
        "全县合计",
        "排名：各指标前5名与后5名",
        "需关注单位",
        "本年巡检尚未达到要求",
        "表彰候选名单",
        "评选规则",
        "各单位指标对照",  # a small county keeps its per-site detail
        "巡检督查情况",
    ):
        assert heading in text, heading
    assert f"入选（2家）：{site(1).name}、{site(2).name}" in text.replace("\n", "")
    book = load_workbook(xlsx)
    assert {"全县合计", "排名", "需关注单位", "表彰候选", "巡检", "指标 2026"} <= set(
        book.sheetnames
    )
    totals = book["全县合计"]
    header = [c.value for c in totals[2]]
    assert header[:5] == ["指标", "目标", "报送单位", "适用单位", "达标"]
    names = {row[0].value: row for row in totals.iter_rows(min_row=3)}
    usage = names["健康生活室使用率"]
    assert isinstance(usage[7].value, float) and usage[7].number_format == "0.0%"
    assert isinstance(usage[9].value, float) and usage[9].number_format == "0.0%"
    figures = book["指标 2026"]
    heads = [c.value for c in figures[2]]
    column = heads.index("健康生活室使用率")
    cell = figures.cell(3, column + 1)
    assert cell.number_format == "0.0%" and 0 <= cell.value <= 1
    lectures = heads.index("健康讲座场次（年度累计）")
    assert figures.cell(3, lectures + 1).number_format == "0.##"
    assert isinstance(figures.cell(3, lectures + 1).value, float | int)
    shortlist = {row[0].value: row[2].value for row in book["表彰候选"].iter_rows(min_row=4)}
    assert shortlist[site(1).code] == "入选" and shortlist[site(6).code] == "未入选"
    assert not any(
        key.value in str(c.value)
        for ws in book.worksheets
        for r in ws.iter_rows()
        for c in r
        for key in IndicatorKey
    )  # no key where a word belongs; fmt: skip
