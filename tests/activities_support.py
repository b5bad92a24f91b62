"""A small hand-made roster for the activity tests: every number below can be checked by hand.

Departments 一车间 (A), 二车间 (B), 行政部 (C). The lecture on LECTURE_DAY targets A and B.

| no.   | name | dept | hired      | left       | on the roster on 2026-03-10?       |
|-------|------|------|------------|------------|------------------------------------|
| HB001 | 张三 | A    | 2020-01-01 |            | yes                                |
| HB002 | 李四 | A    |            |            | yes (no hire date known)           |
| HB003 | 王五 | A    | 2019-05-01 | 2026-03-01 | no: left before                    |
| HB004 | 赵六 | A    | 2026-05-01 |            | no: hired after                    |
| HB005 | 钱七 | B    | 2021-02-01 |            | yes                                |
| HB006 | 孙八 | B    | 2021-02-01 | 2026-03-10 | no: the departure day is a day off |
| HB007 | 周九 | C    | 2022-01-01 |            | yes, but C is not targeted         |
| HB008 | 张三 | C    | 2022-01-01 |            | yes (a second 张三), not targeted   |

So the lecture's target group that day is HB001, HB002, HB005: three people.
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.catalogue.codes import ActivityKind, ActivityStatus
from app.db.migrate import Database, open_database
from app.db.models import Department, Room, Site, Staff
from app.services import activities
from app.services.activities import ActivityInput
from app.services.unit_of_work import unit_of_work
from tests.support import ADMIN

LECTURE_DAY = dt.date(2026, 3, 10)
STAFF = (
    ("HB001", "张三", "A", dt.date(2020, 1, 1), None),
    ("HB002", "李四", "A", None, None),
    ("HB003", "王五", "A", dt.date(2019, 5, 1), dt.date(2026, 3, 1)),
    ("HB004", "赵六", "A", dt.date(2026, 5, 1), None),
    ("HB005", "钱七", "B", dt.date(2021, 2, 1), None),
    ("HB006", "孙八", "B", dt.date(2021, 2, 1), dt.date(2026, 3, 10)),
    ("HB007", "周九", "C", dt.date(2022, 1, 1), None),
    ("HB008", "张三", "C", dt.date(2022, 1, 1), None),
)
DEPARTMENTS = {"A": "一车间", "B": "二车间", "C": "行政部"}


@dataclass(frozen=True)
class World:
    departments: dict[str, int]  # "A" -> id
    staff: dict[str, int]  # employee no. -> id
    lecture_id: int


def build_world(db: Database) -> World:
    with unit_of_work(db) as session:
        site = Site(code="T1", name="测试机械厂")
        session.add_all([site, Room(site=site, name="职工健康生活室", hospital_name="市中心医院")])
        departments = {k: Department(name=v) for k, v in DEPARTMENTS.items()}
        session.add_all(departments.values())
        session.flush()
        people = {}
        for number, name, dept, hired, left in STAFF:
            person = Staff(
                employee_no=number,
                name=name,
                department_id=departments[dept].id,
                hire_date=hired,
                departure_date=left,
            )
            session.add(person)
            people[number] = person
        session.flush()
        department_ids = {k: d.id for k, d in departments.items()}
        staff_ids = {k: p.id for k, p in people.items()}
    lecture = activities.create_activity(
        db,
        ADMIN,
        ActivityInput(
            kind=ActivityKind.LECTURE,
            title="健康讲座：高血压防治",
            starts_at=dt.datetime.combine(LECTURE_DAY, dt.time(14, 30)),
            ends_at=dt.datetime.combine(LECTURE_DAY, dt.time(16, 0)),
            speaker="刘医生",
            organisation="市中心医院心内科",
            by_partner_hospital=True,
            experts="刘医生、王护士",
            target_all=False,
            department_ids=(department_ids["A"], department_ids["B"]),
            status=ActivityStatus.PLANNED,
        ),
    )
    return World(department_ids, staff_ids, lecture.id)


@pytest.fixture(scope="session", name="world_template")
def world_template_fixture(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, World]:
    """The world built once per run (migrating a fresh file per test is the slow part)."""
    path = tmp_path_factory.mktemp("world") / "world.db"
    database = open_database(path)
    world = build_world(database)
    database.close()
    return path, world


@pytest.fixture(name="db")
def world_db_fixture(tmp_path: Path, world_template: tuple[Path, World]) -> Iterator[Database]:
    """Replaces the empty `db` of tests/conftest.py in the modules that import it."""
    copy = tmp_path / "world.db"
    shutil.copyfile(world_template[0], copy)
    database = open_database(copy)
    yield database
    database.close()


@pytest.fixture(name="world")
def world_fixture(world_template: tuple[Path, World]) -> World:
    return world_template[1]
