"""Departments in natural order everywhere: 一车间 < 二车间 < 三车间 < 十一车间, then by pinyin
(they came out 一, 三, 二, 十一 — code-point order — in dialogs, drill-downs and reports) — or in
the order the administrator sets (its organisation chart), which the lists, the period reports
and the county package all follow."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from app.db.migrate import Database
from app.db.models import AuditEntry
from app.domain.periods import Period
from app.domain.staff import PersonInput
from app.domain.targets import IndicatorKey
from app.exchange.export_package import export_package
from app.reports.period_report import ReportOptions, generate
from app.reports.quarterly_report import QUARTERLY
from app.services import department_order, roster, site_profile, staff
from app.services.actor import PermissionDenied
from app.services.indicators import compute_indicators
from app.services.period_summary import report_data
from app.services.unit_of_work import read_only
from tests.support import ADMIN, CHAIR, TECH

NATURAL = ["一车间", "二车间", "三车间", "十车间", "十一车间", "安全环保部", "财务科"]
ENTERED = ["十一车间", "三车间", "财务科", "一车间", "十车间", "安全环保部", "二车间"]
TODAY = dt.date(2026, 11, 16)


def roster_of_departments(db: Database) -> None:
    for n, department in enumerate(ENTERED):
        person = PersonInput(
            employee_no=f"E{n:03d}", name=f"职工{n}", department=department,
            hire_date=dt.date(2020, 1, 1),
        )  # fmt: skip
        staff.save_person(db, ADMIN, None, person, TODAY)


def test_departments_in_natural_order_in_lists_drill_downs_and_reports(db: Database) -> None:
    roster_of_departments(db)
    assert [d.name for d in roster.list_departments(db, ADMIN)] == NATURAL

    quarter = Period.parse("2026Q4")
    usage = compute_indicators(db, ADMIN, quarter, as_of=TODAY)[IndicatorKey.USAGE_RATE]
    column = usage.drill.column("department")
    assert [row[column] for row in usage.drill.rows] == NATURAL

    facts = report_data(db, ADMIN, quarter, as_of=TODAY).facts
    assert [d.department for d in facts.departments] == NATURAL


@pytest.fixture
def register(db: Database) -> Database:
    roster_of_departments(db)
    profile = site_profile.SiteProfile("130900-0001", "华北机械", room_name="职工健康生活室")
    site_profile.save_profile(db, CHAIR, profile)
    return db


def listed(db: Database) -> list[str]:
    return [d.name for d in roster.list_departments(db, ADMIN)]


def test_natural_until_the_administrator_sets_an_order(register: Database, tmp_path: Path) -> None:
    assert listed(register) == NATURAL
    assert department_order.departments_in_order(register, ADMIN) == (NATURAL, False)

    # The chart puts 财务科 and 十一车间 first; the others keep their natural order after them.
    department_order.save_order(register, ADMIN, ["财务科", "十一车间", "no such department"])
    own = ["财务科", "十一车间", "一车间", "二车间", "三车间", "十车间", "安全环保部"]
    assert listed(register) == own
    assert department_order.departments_in_order(register, ADMIN) == (own, True)
    with read_only(register) as session:
        entry = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert entry is not None and entry.entity_id == "department_order"
        assert '"财务科", "十一车间"' in (entry.after_json or "")

    # The lists behind the figures, the quarterly report's department sheet and the county
    # package follow it.
    quarter = Period.parse("2026Q4")
    usage = compute_indicators(register, ADMIN, quarter, as_of=TODAY)[IndicatorKey.USAGE_RATE]
    column = usage.drill.column("department")
    assert [row[column] for row in usage.drill.rows] == own
    out = generate(
        QUARTERLY, register, CHAIR, Period.parse("2026Q3"), tmp_path / "q.pdf",
        tmp_path / "q.xlsx", ReportOptions(as_of=TODAY, printed=TODAY),
    )  # fmt: skip
    assert out.xlsx is not None
    sheet = load_workbook(out.xlsx)["部门"]
    departments = [r[0] for r in sheet.iter_rows(min_row=3, values_only=True) if r[0]]
    assert departments == own
    folder = tmp_path / "usb"
    folder.mkdir()
    package = export_package(register, ADMIN, Period.parse("2026Q3"), folder, as_of=TODAY)
    with zipfile.ZipFile(package.path) as archive:
        book = load_workbook(io.BytesIO(archive.read("data.xlsx")))
    rows = list(book["health_files"].iter_rows(min_row=2, values_only=True))
    assert [r[0] for r in rows] == own

    # Back to the natural order.
    department_order.save_order(register, ADMIN, [])
    assert listed(register) == NATURAL


def test_only_roster_editors_set_it(register: Database) -> None:
    with pytest.raises(PermissionDenied):
        department_order.save_order(register, TECH, ["财务科"])
    assert listed(register) == NATURAL
