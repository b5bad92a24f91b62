"""Departments in natural order everywhere: 一车间 < 二车间 < 三车间 < 十一车间, then by pinyin
(they came out 一, 三, 二, 十一 — code-point order — in dialogs, drill-downs and reports)."""

from __future__ import annotations

import datetime as dt

from app.db.migrate import Database
from app.domain.periods import Period
from app.domain.staff import PersonInput
from app.domain.targets import IndicatorKey
from app.services import roster, staff
from app.services.indicators import compute_indicators
from app.services.period_summary import report_data
from tests.support import ADMIN

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
