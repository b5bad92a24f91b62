"""Departments in the order the administrator sets (its organisation chart), else natural; the
lists, the period reports and the county package all follow it."""

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
from app.exchange.export_package import export_package
from app.reports.period_report import ReportOptions, generate
from app.reports.quarterly_report import QUARTERLY
from app.services import department_order, roster, site_profile, staff
from app.services.actor import PermissionDenied
from app.services.unit_of_work import read_only
from tests.support import ADMIN, CHAIR, TECH

TODAY = dt.date(2026, 11, 16)
NAMES = ("财务科", "十一车间", "二车间", "安全环保部", "一车间")
NATURAL = ["一车间", "二车间", "十一车间", "安全环保部", "财务科"]


@pytest.fixture
def register(db: Database) -> Database:
    for n, department in enumerate(NAMES):
        person = PersonInput(f"A{n}", f"职工{n}", department, hire_date=dt.date(2020, 1, 1))
        staff.save_person(db, ADMIN, None, person, TODAY)
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
    own = ["财务科", "十一车间", "一车间", "二车间", "安全环保部"]
    assert listed(register) == own
    assert department_order.departments_in_order(register, ADMIN) == (own, True)
    with read_only(register) as session:
        entry = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert entry is not None and entry.entity_id == "department_order"
        assert '"财务科", "十一车间"' in (entry.after_json or "")

    # The quarterly report's department sheet and the county package follow it.
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
