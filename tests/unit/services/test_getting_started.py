"""入门清单 read from the register: each step is done when the register shows it, whoever did
it and however (window, command line, import)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from app.catalogue.attention import StartStep
from app.catalogue.codes import ActivityKind
from app.db.migrate import Database
from app.domain.staff import PersonInput
from app.reports.wall_schedule import write_wall_schedule
from app.services import activities, getting_started, site_profile, staff
from app.services.actor import PermissionDenied
from tests.support import ADMIN, CHAIR, DEMO_TODAY, REVIEWER

TODAY = dt.date(2026, 3, 10)


def done(db: Database, today: dt.date = TODAY) -> set[StartStep]:
    return {s.step for s in getting_started.start_steps(db, ADMIN, today) if s.done}


def test_each_step_is_read_from_the_register(db: Database, tmp_path: Path) -> None:
    states = getting_started.start_steps(db, ADMIN, TODAY)
    assert [s.step for s in states] == list(StartStep) and done(db) == set()

    profile = site_profile.SiteProfile("130900-0001", "华北机械", room_name="职工健康生活室")
    site_profile.save_profile(db, CHAIR, profile)
    assert done(db) == set()  # the wizard's names alone are not the room profile
    site_profile.save_profile(
        db, CHAIR, dataclasses.replace(profile, area_m2=15, chair_name="刘建国",
                                       admin_name="王芳", hospital_name="市中心医院"),
    )  # fmt: skip
    assert done(db) == {StartStep.SITE_PROFILE}

    person = staff.save_person(db, ADMIN, None, PersonInput("A1", "张三", "一车间"), TODAY)
    assert StartStep.ROSTER in done(db)
    staff.record_departure(db, ADMIN, person.id, dt.date(2026, 3, 1))
    assert StartStep.ROSTER not in done(db)  # a roster of people who left is no roster

    # The wall schedule printed from the command line or the window: in the report log.
    write_wall_schedule(db, ADMIN, tmp_path / "wall.pdf", TODAY)
    assert StartStep.WALL_SCHEDULE in done(db)

    # A lecture held (or planned) this year counts; last year's plans nothing for this one.
    lecture = activities.ActivityInput(
        ActivityKind.LECTURE, "合理膳食", dt.datetime(2026, 2, 3, 14)
    )
    activities.create_activity(db, ADMIN, lecture)
    assert StartStep.LECTURES_PLANNED in done(db)
    assert StartStep.LECTURES_PLANNED not in done(db, dt.date(2027, 1, 5))
    clinic = dataclasses.replace(lecture, kind=ActivityKind.FREE_CLINIC)
    activities.create_activity(
        db, ADMIN, dataclasses.replace(clinic, starts_at=dt.datetime(2027, 1, 4, 9))
    )
    assert StartStep.LECTURES_PLANNED not in done(db, dt.date(2027, 1, 5))  # not a lecture


def test_who_may_read_it(db: Database) -> None:
    getting_started.start_steps(db, CHAIR, TODAY)
    with pytest.raises(PermissionDenied):
        getting_started.start_steps(db, REVIEWER, TODAY)


def test_a_wall_schedule_ticked_as_posted_needs_no_printing(db: Database) -> None:
    profile = site_profile.SiteProfile("130900-0001", "华北机械", room_name="职工健康生活室")
    site_profile.save_profile(db, CHAIR, dataclasses.replace(profile, open_hours_posted=True))
    assert done(db) == {StartStep.WALL_SCHEDULE}


def test_the_demo_site_has_nothing_left(demo_db: Database) -> None:
    assert done(demo_db, DEMO_TODAY) == set(StartStep)
