"""Inspections received on the site: record, correct, close items; the indicator, the overview,
the monthly report and the county package read them."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from app.catalogue.codes import InspectionBody, RectificationStatus
from app.db.migrate import Database
from app.domain.periods import Period
from app.domain.targets import IndicatorKey
from app.exchange.export_package import export_package
from app.reports.annual_report import ANNUAL
from app.reports.monthly_report import MONTHLY
from app.reports.period_report import ReportOptions, generate
from app.services import inspections, overview, site_profile
from app.services.actor import PermissionDenied
from app.services.indicators import compute_indicators
from app.services.inspections import InspectionError, InspectionInput, ItemInput
from tests.support import ADMIN, CHAIR, TECH

TODAY = dt.date(2026, 11, 16)


def inspection(**changes: object) -> InspectionInput:
    values: dict[str, object] = {
        "inspected_on": dt.date(2026, 10, 20),
        "body": InspectionBody.COUNTY_UNION,
        "inspectors": "运河区总工会 高红",
        "findings": "登记表有漏记",
        "score": 88.5,
        "items": (
            ItemInput("补齐使用登记表", "健康管理员 王芳", dt.date(2026, 11, 10)),
            ItemInput("更新离职人员名册", "", dt.date(2026, 12, 20)),
        ),
    }
    values.update(changes)
    return InspectionInput(**values)  # type: ignore[arg-type]


def test_record_correct_close_and_reopen(db: Database) -> None:
    saved = inspections.record_inspection(db, ADMIN, inspection(), TODAY)
    assert [i.status for i in saved.items] == [RectificationStatus.OPEN] * 2
    first, second = saved.items
    assert first.overdue(TODAY) and not second.overdue(TODAY)

    closed = inspections.close_item(db, ADMIN, first.id, dt.date(2026, 11, 14), "已补记", TODAY)
    assert (
        closed.closed and closed.done_on == dt.date(2026, 11, 14) and closed.done_note == "已补记"
    )
    assert not closed.overdue(TODAY)

    # A correction keeps the closed item, edits the open one, adds a third.
    edited = inspections.update_inspection(
        db, ADMIN, saved.id,
        inspection(
            body=InspectionBody.CITY_UNION,
            items=(
                ItemInput(first.description, first.responsible, first.deadline, first.id),
                ItemInput("更新离职人员名册并公示", "工会主席", dt.date(2026, 12, 1), second.id),
                ItemInput("补充试纸", "", None),
            ),
        ),
        TODAY,
    )  # fmt: skip
    assert edited.body is InspectionBody.CITY_UNION
    assert [i.description for i in edited.items] == [
        first.description,
        "更新离职人员名册并公示",
        "补充试纸",
    ]
    assert edited.items[0].closed and edited.open_items == 2

    # Removing a closed item is refused: it is the record of work done.
    with pytest.raises(InspectionError) as refused:
        inspections.update_inspection(db, ADMIN, saved.id, inspection(items=()), TODAY)
    assert (refused.value.field, refused.value.code) == ("item", "closed")

    reopened = inspections.reopen_item(db, ADMIN, first.id)
    assert not reopened.closed and reopened.done_on is None and reopened.done_note == ""
    assert inspections.open_items(db, ADMIN)[0].description == first.description

    inspections.delete_inspection(db, CHAIR, saved.id)
    assert inspections.list_inspections(db, ADMIN) == []


@pytest.mark.parametrize(
    ("changes", "field", "code", "row"),
    [
        ({"inspectors": "  "}, "inspectors", "missing", None),
        ({"inspected_on": TODAY + dt.timedelta(days=1)}, "date", "future", None),
        ({"score": 101.0}, "score", "out_of_range", None),
        ({"items": (ItemInput(" ", "x", None),)}, "item", "missing", 1),
        ({"items": (ItemInput("a"), ItemInput("b", "", dt.date(2026, 10, 1)))}, "deadline",
         "before_inspection", 2),
        ({"findings": "长" * 2001}, "findings", "too_long", None),
    ],
)  # fmt: skip
def test_refused_input_says_what_and_where(
    db: Database, changes: dict[str, object], field: str, code: str, row: int | None
) -> None:
    with pytest.raises(InspectionError) as refused:
        inspections.record_inspection(db, ADMIN, inspection(**changes), TODAY)
    assert (refused.value.field, refused.value.code, refused.value.row) == (field, code, row)
    assert inspections.list_inspections(db, ADMIN) == []  # nothing half-written


def test_closing_needs_what_was_done_and_a_sensible_day(db: Database) -> None:
    item = inspections.record_inspection(db, ADMIN, inspection(), TODAY).items[0]
    for done_on, note, field, code in (
        (TODAY, " ", "done_note", "missing"),
        (TODAY + dt.timedelta(days=1), "done", "done_on", "future"),
        (dt.date(2026, 10, 1), "done", "done_on", "before_inspection"),
    ):
        with pytest.raises(InspectionError) as refused:
            inspections.close_item(db, ADMIN, item.id, done_on, note, TODAY)
        assert (refused.value.field, refused.value.code) == (field, code)
    assert not inspections.get_inspection(db, ADMIN, item.inspection_id).items[0].closed


def test_roles(db: Database) -> None:
    with pytest.raises(PermissionDenied):
        inspections.record_inspection(db, TECH, inspection(), TODAY)
    saved = inspections.record_inspection(db, CHAIR, inspection(), TODAY)
    assert inspections.list_inspections(db, TECH, 2026)[0].id == saved.id  # may read
    with pytest.raises(PermissionDenied):
        inspections.close_item(db, TECH, saved.items[0].id, TODAY, "x", TODAY)


def test_union_inspections_count_and_hospital_supervision_does_not(db: Database) -> None:
    year = Period.parse("2026")
    inspections.record_inspection(db, ADMIN, inspection(items=()), TODAY)
    inspections.record_inspection(
        db, ADMIN, inspection(body=InspectionBody.HOSPITAL_SUPERVISION, items=()), TODAY
    )
    result = compute_indicators(db, ADMIN, year, as_of=TODAY)[IndicatorKey.INSPECTIONS]
    assert result.numerator == 1 and result.met is False
    assert [row[1] for row in result.drill.rows] == ["county_union"]
    inspections.record_inspection(
        db, ADMIN, inspection(body=InspectionBody.CITY_UNION, items=()), TODAY
    )
    result = compute_indicators(db, ADMIN, year, as_of=TODAY)[IndicatorKey.INSPECTIONS]
    assert result.numerator == 2 and result.met is True


def test_overdue_items_on_the_overview(db: Database) -> None:
    items = (
        ItemInput("补齐使用登记表", "健康管理员 王芳", dt.date(2026, 11, 10)),
        ItemInput("更新离职人员名册", "", dt.date(2026, 12, 1)),
        ItemInput("更换血压计", "", dt.date(2027, 3, 1)),  # not due for months: not yet shown
    )
    saved = inspections.record_inspection(db, ADMIN, inspection(items=items), TODAY)
    kinds = {
        a.subject: a.kind
        for a in overview.attention_items(db, ADMIN, TODAY)
        if a.kind.value.startswith("rectification")
    }
    assert kinds == {
        "补齐使用登记表": overview.AttentionKind.RECTIFICATION_OVERDUE,
        "更新离职人员名册": overview.AttentionKind.RECTIFICATION_DUE,
    }
    inspections.close_item(db, ADMIN, saved.items[0].id, TODAY, "已补记", TODAY)
    subjects = [a.subject for a in overview.attention_items(db, ADMIN, TODAY)]
    assert "补齐使用登记表" not in subjects


def test_monthly_report_and_package_carry_the_items(db: Database, tmp_path: Path) -> None:
    saved = inspections.record_inspection(db, ADMIN, inspection(), TODAY)
    inspections.close_item(db, ADMIN, saved.items[0].id, dt.date(2026, 11, 3), "已补记", TODAY)
    out = generate(
        MONTHLY, db, CHAIR, Period.parse("2026-10"), tmp_path / "m.pdf",
        options=ReportOptions(as_of=TODAY, printed=TODAY),
    )  # fmt: skip
    text = "".join(p.extract_text() for p in PdfReader(out.pdf).pages).replace("\n", "")
    for expected in ("县总工会", "运河区总工会 高红", "补齐使用登记表", "王芳", "2026-10-20",
                     "2026-11-03 完成：已补记", "未完成", "合作医院的督导另行记录"):  # fmt: skip
        assert expected in text, expected

    folder = tmp_path / "usb"
    folder.mkdir()
    profile = site_profile.SiteProfile(
        site_code="130900-0001", site_name="华北机械", room_name="职工健康生活室"
    )
    site_profile.save_profile(db, CHAIR, profile)
    package = export_package(db, ADMIN, Period.parse("2026Q4"), folder, as_of=TODAY)
    with zipfile.ZipFile(package.path) as archive:
        sheet = load_workbook(io.BytesIO(archive.read("data.xlsx")))["inspections"]
    rows = list(sheet.iter_rows(values_only=True))
    header = rows[0]
    assert header[:8] == ("inspection_id", "date", "inspectors", "findings", "score",
                          "rectification", "deadline", "status")  # fmt: skip
    by_item = {
        r[header.index("rectification")]: dict(zip(header, r, strict=True)) for r in rows[1:]
    }
    done = by_item["补齐使用登记表"]
    assert done["body"] == "county_union" and done["responsible"] == "健康管理员 王芳"
    assert done["status"] == "done" and done["done_note"] == "已补记"
    assert by_item["更新离职人员名册"]["status"] == "open"


def test_annual_workbook_has_the_inspections_of_its_pdf(db: Database, tmp_path: Path) -> None:
    saved = inspections.record_inspection(db, ADMIN, inspection(), TODAY)
    inspections.close_item(db, ADMIN, saved.items[0].id, dt.date(2026, 11, 3), "已补记", TODAY)
    supervision = inspection(
        inspected_on=dt.date(2026, 6, 5), body=InspectionBody.HOSPITAL_SUPERVISION,
        inspectors="市中心医院 李医生", findings="血压计需校准", score=None, items=(),
    )  # fmt: skip
    inspections.record_inspection(db, ADMIN, supervision, TODAY)
    out = generate(
        ANNUAL, db, CHAIR, Period.parse("2026"), tmp_path / "a.pdf", tmp_path / "a.xlsx",
        ReportOptions(as_of=TODAY, printed=TODAY),
    )  # fmt: skip
    assert out.xlsx is not None
    sheet = load_workbook(out.xlsx)["巡检"]
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    header, body = rows[0], rows[1:]
    assert header == ("日期", "检查单位", "巡检人员", "评分", "检查意见", "整改事项", "责任人",
                      "整改期限", "完成情况")  # fmt: skip
    by_item = {(r[0].date(), r[5]): r for r in body}  # type: ignore[union-attr]
    assert len(body) == 3  # two items of the union's inspection, the supervision on its own
    done = by_item[(dt.date(2026, 10, 20), "补齐使用登记表")]
    assert done[1:5] == ("县总工会", "运河区总工会 高红", 88.5, "登记表有漏记")
    assert done[6:] == ("健康管理员 王芳", dt.datetime(2026, 11, 10), "2026-11-03 完成：已补记")
    assert by_item[(dt.date(2026, 10, 20), "更新离职人员名册")][8] == "未完成"
    alone = by_item[(dt.date(2026, 6, 5), None)]
    assert alone[1:5] == ("合作医院督导", "市中心医院 李医生", None, "血压计需校准")
    pdf = "".join(p.extract_text() for p in PdfReader(out.pdf).pages).replace("\n", "")
    for value in ("运河区总工会 高红", "补齐使用登记表", "市中心医院 李医生", "已补记"):
        assert value in pdf, value
