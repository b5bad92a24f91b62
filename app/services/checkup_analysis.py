"""The group analysis of a year's check-ups (体检结果群体分析): what the founding rules ask the
partner hospital to produce each year for the health promotion plan (每年采集一次健康数据，
进行整合分析).

Counts and rates only, never a name: per item, how many were tested and how many abnormal;
per finding (high blood pressure, high glucose, dyslipidaemia, overweight), its prevalence by
department, age band and sex, and against the year before. Each person counts once a year,
with their latest check-up of that year. A group of fewer than MIN_GROUP people shows no rate,
so that no one's result can be read off a small department.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.catalogue.checkups import ITEMS, CheckupCondition, CheckupItem
from app.catalogue.readings import Flag, is_abnormal
from app.db.migrate import Database
from app.db.models import Checkup, CheckupResult, Department, Staff
from app.domain.checkup_results import conditions, tested
from app.domain.permissions import Action
from app.domain.ratios import Ratio
from app.services.actor import Actor
from app.services.unit_of_work import read_only

__all__ = [
    "AGE_BANDS",
    "MIN_GROUP",
    "CheckupAnalysis",
    "ConditionRow",
    "GroupCount",
    "ItemRow",
    "checkup_analysis",
]

MIN_GROUP = 3
# (label, lowest age, highest age); the label is printed as it is in both languages.
AGE_BANDS: tuple[tuple[str, int, int], ...] = (
    ("<30", 0, 29),
    ("30–39", 30, 39),
    ("40–49", 40, 49),
    ("50–59", 50, 59),
    ("≥60", 60, 200),
)
UNKNOWN = ""  # a group whose sex, age or department is not known


@dataclass(frozen=True)
class GroupCount:
    group: str  # a department name, an age band label, a sex code ("M"/"F"), or UNKNOWN
    ratio: Ratio  # found / tested

    @property
    def shown(self) -> bool:
        """Whether the group is large enough for its rate to be printed."""
        return self.ratio.denominator >= MIN_GROUP


@dataclass(frozen=True)
class ItemRow:
    item: CheckupItem
    tested: int
    abnormal: int
    high: int
    low: int

    @property
    def ratio(self) -> Ratio:
        return Ratio(self.abnormal, self.tested)


@dataclass(frozen=True)
class ConditionRow:
    condition: CheckupCondition
    ratio: Ratio
    last_year: Ratio
    by_department: tuple[GroupCount, ...]
    by_age: tuple[GroupCount, ...]
    by_sex: tuple[GroupCount, ...]


@dataclass(frozen=True)
class CheckupAnalysis:
    year: int
    people: int  # examined this year
    people_last_year: int
    first_date: dt.date | None
    last_date: dt.date | None
    items: tuple[ItemRow, ...]
    conditions: tuple[ConditionRow, ...]


@dataclass(frozen=True)
class _Examined:
    department: str
    sex: str
    age_band: str
    flags: dict[CheckupItem, Flag]
    on: dt.date


def _age_band(birth: dt.date | None, age: int | None, on: dt.date) -> str:
    if birth is not None:
        age = on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))
    if age is None:
        return UNKNOWN
    return next((label for label, low, high in AGE_BANDS if low <= age <= high), UNKNOWN)


def _examined(session: Session, year: int) -> list[_Examined]:
    """Each person's latest check-up of the year, with the grades of its results."""
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    latest: dict[int, tuple[int, dt.date, int | None]] = {}
    for checkup_id, staff_id, on, age in session.execute(
        select(Checkup.id, Checkup.staff_id, Checkup.checkup_date, Checkup.age)
        .where(Checkup.checkup_date.between(first, last))
        .order_by(Checkup.checkup_date, Checkup.id)
    ):
        latest[staff_id] = (checkup_id, on, age)
    if not latest:
        return []
    flags: dict[int, dict[CheckupItem, Flag]] = defaultdict(dict)
    wanted = {checkup_id for checkup_id, _on, _age in latest.values()}
    for checkup_id, item, flag in session.execute(
        select(CheckupResult.checkup_id, CheckupResult.item, CheckupResult.flag)
        .join(Checkup, Checkup.id == CheckupResult.checkup_id)
        .where(Checkup.checkup_date.between(first, last))
    ):
        if checkup_id in wanted:
            flags[checkup_id][CheckupItem(item)] = Flag(flag)
    people = {
        staff_id: (sex, birth, department)
        for staff_id, sex, birth, department in session.execute(
            select(Staff.id, Staff.sex, Staff.birth_date, Department.name).join(
                Department, Department.id == Staff.department_id
            )
        )
    }
    examined = []
    for staff_id, (checkup_id, on, age) in latest.items():
        sex, birth, department = people[staff_id]
        examined.append(
            _Examined(department, sex or UNKNOWN, _age_band(birth, age, on), flags[checkup_id], on)
        )
    return examined


def _prevalence(
    examined: Iterable[_Examined], condition: CheckupCondition
) -> tuple[int, int]:  # (found, tested)
    found = tested_count = 0
    for person in examined:
        if tested(person.flags, condition):
            tested_count += 1
            found += condition in conditions(person.flags)
    return found, tested_count


def _groups(
    examined: list[_Examined], condition: CheckupCondition, key: str, order: list[str]
) -> tuple[GroupCount, ...]:
    members: dict[str, list[_Examined]] = defaultdict(list)
    for person in examined:
        members[getattr(person, key)].append(person)
    names = [g for g in order if g in members] + sorted(g for g in members if g not in order)
    return tuple(GroupCount(name, Ratio(*_prevalence(members[name], condition))) for name in names)


def checkup_analysis(db: Database, actor: Actor, year: int) -> CheckupAnalysis:
    actor.require(Action.READ_HEALTH_DATA)
    with read_only(db) as session:
        examined = _examined(session, year)
        before = _examined(session, year - 1)
        departments = [
            name for (name,) in session.execute(select(Department.name).order_by(Department.id))
        ]
    items = []
    for item in ITEMS:
        graded = [p.flags[item] for p in examined if item in p.flags]
        if not graded:
            continue
        low = sum(1 for f in graded if f in (Flag.LOW, Flag.SEVERELY_LOW, Flag.HYPOTENSION))
        abnormal = sum(1 for f in graded if is_abnormal(f))
        items.append(ItemRow(item, len(graded), abnormal, abnormal - low, low))
    rows = []
    for condition in CheckupCondition:
        rows.append(
            ConditionRow(
                condition,
                Ratio(*_prevalence(examined, condition)),
                Ratio(*_prevalence(before, condition)),
                _groups(examined, condition, "department", departments),
                _groups(examined, condition, "age_band", [b[0] for b in AGE_BANDS]),
                _groups(examined, condition, "sex", ["M", "F"]),
            )
        )
    dates = [p.on for p in examined]
    return CheckupAnalysis(
        year,
        len(examined),
        len(before),
        min(dates, default=None),
        max(dates, default=None),
        tuple(items),
        tuple(rows),
    )
