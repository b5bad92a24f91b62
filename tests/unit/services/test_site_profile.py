"""The room profile: new fields round-trip, several administrators, the founding-rules checklist."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest
from sqlalchemy import select

from app.db.migrate import Database
from app.db.models import AuditEntry, RoomAdministrator
from app.services import open_hours
from app.services.site_profile import (
    Check,
    CheckItem,
    Contact,
    Finding,
    ProfileError,
    SiteProfile,
    get_profile,
    profile_checklist,
    room_checklist,
    save_profile,
)
from tests.support import ADMIN, CHAIR, DEMO_TODAY

COMPLETE = SiteProfile(
    site_code="130900-0001",
    site_name="华北机械",
    room_name="职工健康生活室",
    area_m2=12.0,
    independent_space=True,
    nameplate_hung=True,
    nameplate_date=dt.date(2026, 3, 1),
    rules_posted=True,
    open_hours_posted=True,
    chair_name="赵志刚",
    chair_phone="13831706625",
    admin_name="刘静",
    admin_phone="13932715508",
    hospital_name="沧州市中心医院",
    liaison_name="孙晓梅",
    liaison_phone="15803172261",
    house_rules="一、按时开放。\n二、爱护设备。",
    more_admins=(Contact("王晓燕", "13785791846"), Contact("李娜")),
)


def test_new_fields_and_several_administrators_round_trip(db: Database) -> None:
    saved = save_profile(db, CHAIR, COMPLETE)
    assert saved == COMPLETE
    assert get_profile(db) == COMPLETE
    assert [a.name for a in saved.admins] == ["刘静", "王晓燕", "李娜"]

    fewer = dataclasses.replace(
        COMPLETE, more_admins=(Contact(" 李娜 ", "13900000000"), Contact("  ", ""))
    )
    assert save_profile(db, ADMIN, fewer).more_admins == (Contact("李娜", "13900000000"),)
    with db.sessions() as session:
        rows = session.scalars(select(RoomAdministrator)).all()
        assert [(r.position, r.name) for r in rows] == [(0, "李娜")]
        last = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
    assert last is not None
    before = json.loads(last.before_json or "{}")
    after = json.loads(last.after_json or "{}")
    assert [a["name"] for a in before["more_admins"]] == ["王晓燕", "李娜"]
    assert after["more_admins"] == [{"name": "李娜", "phone": "13900000000"}]


def test_the_nameplate_date_is_dropped_when_the_nameplate_is_not_hung(db: Database) -> None:
    saved = save_profile(db, CHAIR, dataclasses.replace(COMPLETE, nameplate_hung=False))
    assert saved.nameplate_date is None


def test_a_phone_without_a_name_is_refused(db: Database) -> None:
    bad = dataclasses.replace(COMPLETE, more_admins=(Contact("", "13900000000"),))
    with pytest.raises(ProfileError) as error:
        save_profile(db, CHAIR, bad)
    assert (error.value.field, error.value.code) == ("more_admins", "name_required")
    assert get_profile(db) is None


def test_a_complete_profile_passes_every_static_check() -> None:
    items = profile_checklist(COMPLETE, short_weekdays=())
    assert [i.check for i in items] == list(Check)
    assert all(i.passed for i in items), [i for i in items if not i.passed]
    assert items[0] == CheckItem(Check.AREA, True, Finding.OK, "12")


def test_the_checklist_warns_and_says_why() -> None:
    weak = dataclasses.replace(
        COMPLETE,
        area_m2=10.5,
        nameplate_hung=False,
        chair_phone="",
        admin_name="",
        more_admins=(Contact("王晓燕", "13785791846"),),
        liaison_name="",
    )
    found = {i.check: i for i in profile_checklist(weak, short_weekdays=(2, 5))}
    assert found[Check.AREA] == CheckItem(Check.AREA, False, Finding.TOO_SMALL, "10.5")
    assert found[Check.NAMEPLATE].finding is Finding.MISSING
    assert found[Check.CHAIR] == CheckItem(Check.CHAIR, False, Finding.NO_PHONE, "赵志刚")
    # The first administrator left, a further one is named: the room still has one.
    assert found[Check.ADMIN] == CheckItem(Check.ADMIN, True, Finding.OK, "王晓燕")
    assert found[Check.LIAISON].finding is Finding.MISSING
    assert found[Check.SCHEDULE] == CheckItem(Check.SCHEDULE, False, Finding.SHORT_DAYS, "2,5")
    assert found[Check.INDEPENDENT_SPACE].passed

    nothing = {i.check: i for i in profile_checklist(None)}
    assert not any(i.passed for i in nothing.values())
    assert nothing[Check.AREA].finding is Finding.MISSING
    assert nothing[Check.SCHEDULE].finding is Finding.NO_SCHEDULE


def test_room_checklist_reads_the_schedule_in_force(db: Database) -> None:
    save_profile(db, CHAIR, COMPLETE)
    assert not {i.check: i for i in room_checklist(db, ADMIN, DEMO_TODAY)}[Check.SCHEDULE].passed
    version = open_hours.create_version(db, CHAIR, DEMO_TODAY)
    open_hours.save_day(db, CHAIR, version.id, 0, [(dt.time(9), dt.time(12))])
    assert all(i.passed for i in room_checklist(db, ADMIN, DEMO_TODAY))
    open_hours.save_day(db, CHAIR, version.id, 3, [(dt.time(9), dt.time(10))], confirm_short=True)
    schedule = {i.check: i for i in room_checklist(db, ADMIN, DEMO_TODAY)}[Check.SCHEDULE]
    assert (schedule.passed, schedule.value) == (False, "3")


def test_the_demo_room_passes_the_checklist(demo_db: Database) -> None:
    items = room_checklist(demo_db, ADMIN, DEMO_TODAY)
    assert all(i.passed for i in items), [i for i in items if not i.passed]
    profile = get_profile(demo_db)
    assert profile is not None and profile.house_rules and profile.nameplate_date
    assert len(profile.admins) == 2
