"""People, departures, health files and follow-ups through the services, on real databases."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from app.catalogue.codes import Sex
from app.db.migrate import Database
from app.db.models import AuditEntry, FollowUp, HealthFile
from app.domain.health_risk import RiskLevel
from app.domain.id_number import make_id_number
from app.domain.pinyin import pinyin_keys
from app.domain.staff import PersonInput
from app.services import follow_ups, health_files, roster, staff
from app.services.actor import PermissionDenied
from app.services.follow_ups import FollowUpInput, FollowUpRejected
from app.services.health_files import HealthFileData, HealthFileRejected
from app.services.staff import PersonRejected
from app.services.unit_of_work import read_only, unit_of_work
from tests.support import ADMIN, CHAIR, DEMO_TODAY, TECH

TODAY = DEMO_TODAY
ID = make_id_number("130902", dt.date(1990, 2, 3), 5, Sex.MALE)
COMPLETE = HealthFileData(
    height_cm=172,
    weight_kg=70,
    systolic=122,
    diastolic=78,
    fasting_glucose=5.1,
    chronic_conditions="none",
    allergies="无",
    smoking="never",
    drinking="occasional",
    exercise="regular",
    hazard_exposure="noise",
    last_checkup_date=dt.date(2026, 4, 10),
    checkup_findings="未见异常",
)


def add(db: Database, **changes: object) -> int:
    values: dict[str, object] = {
        "employee_no": "T001",
        "name": "测试 员工",
        "department": "新部门",
        "id_number": ID,
        "phone": "13912340000",
        "hire_date": dt.date(2015, 1, 1),
    }
    values.update(changes)
    return staff.save_person(db, ADMIN, None, PersonInput(**values), TODAY).id  # type: ignore[arg-type]


def test_add_edit_and_audit_a_person(db: Database) -> None:
    staff_id = add(db)
    person = staff.get_person(db, ADMIN, staff_id)
    assert (person.name, person.sex, person.birth_date) == ("测试员工", "M", dt.date(1990, 2, 3))
    assert person.department == "新部门"
    found = roster.list_staff(db, ADMIN, search="csyg", on=TODAY)
    assert [r.id for r in found] == [staff_id]
    assert found[0].phone_masked == "*******0000"
    edited = PersonInput(
        employee_no="T001", name="测试员工", department="新部门", id_number=ID, phone="13912341111"
    )
    staff.save_person(db, ADMIN, staff_id, edited, TODAY)
    with read_only(db) as session:
        entries = session.execute(
            select(AuditEntry.action, AuditEntry.before_json, AuditEntry.after_json).where(
                AuditEntry.entity == "staff"
            )
        ).all()
    assert [e[0] for e in entries] == ["create", "update"]
    # The audit keeps phone numbers masked (personal information), but shows that it changed.
    assert json.loads(entries[1][1] or "{}")["phone"] == "*******0000"
    assert json.loads(entries[1][2] or "{}")["phone"] == "*******1111"


def test_uniqueness_and_validation_are_reported_per_field(db: Database) -> None:
    add(db)
    with pytest.raises(PersonRejected) as info:
        add(db, employee_no="T002")
    assert [(p.field, p.code) for p in info.value.problems] == [("id_number", "id_taken")]
    with pytest.raises(PersonRejected) as info:
        add(db, id_number=None, phone="123")
    codes = [(p.field, p.code) for p in info.value.problems]
    assert codes == [("phone", "mobile_invalid")]
    with pytest.raises(PermissionDenied):
        staff.save_person(db, TECH, None, PersonInput("X", "某", "一车间"), TODAY)


def test_departure_leaves_the_roster_from_that_day_and_can_be_undone(db: Database) -> None:
    staff_id = add(db)
    staff.record_departure(db, ADMIN, staff_id, dt.date(2026, 12, 1))
    assert roster.count_staff(db, ADMIN, on=dt.date(2026, 11, 30)) == 1
    assert roster.count_staff(db, ADMIN, on=dt.date(2026, 12, 1)) == 0
    assert roster.count_staff(db, ADMIN, departed_only=True, on=dt.date(2026, 12, 1)) == 1
    with pytest.raises(PersonRejected):
        staff.record_departure(db, ADMIN, staff_id, dt.date(2014, 1, 1))  # before hire
    staff.record_departure(db, ADMIN, staff_id, None)
    assert roster.count_staff(db, ADMIN, on=dt.date(2027, 1, 1)) == 1


def test_a_health_file_is_validated_saved_and_audited(db: Database) -> None:
    staff_id = add(db)
    empty = health_files.get_health_file(db, ADMIN, staff_id, TODAY)
    assert empty.file is None and "height_cm" in empty.missing and "sex" not in empty.missing
    with pytest.raises(HealthFileRejected) as info:
        health_files.save_health_file(
            db, ADMIN, staff_id, HealthFileData(systolic=400, diastolic=90, smoking="sometimes")
        )
    assert {(p.field, p.code) for p in info.value.problems} == {
        ("systolic", "implausible"),
        ("smoking", "unknown_code"),
    }
    with pytest.raises(HealthFileRejected) as info:
        health_files.save_health_file(
            db,
            ADMIN,
            staff_id,
            HealthFileData(systolic=80, diastolic=90, hazard_exposure="none,dust"),
        )
    assert {p.code for p in info.value.problems} == {
        "diastolic_not_below_systolic",
        "none_with_others",
    }
    view = health_files.save_health_file(db, ADMIN, staff_id, COMPLETE, TODAY)
    assert view.missing == ()
    assert view.file is not None and view.file.allergies == "none"  # 无 stored as the code
    assert view.file.data_updated_on == TODAY and view.current
    assert view.risk.level is RiskLevel.NORMAL
    again = health_files.save_health_file(db, ADMIN, staff_id, view.file, TODAY)
    assert again.file == view.file
    with read_only(db) as session:
        entries = session.scalars(select(AuditEntry).where(AuditEntry.entity == "health_file"))
        assert [e.action for e in entries] == ["create"]  # saving unchanged values adds nothing
    with pytest.raises(PermissionDenied):
        health_files.get_health_file(db, TECH, staff_id, TODAY)


def test_overview_on_the_demo_matches_a_count_by_hand(demo_db: Database) -> None:
    overview = health_files.health_overview(demo_db, CHAIR, TODAY)
    active = roster.count_staff(demo_db, CHAIR, on=TODAY)
    assert len(overview.rows) == active
    with read_only(demo_db) as session:
        files = {
            f.staff_id: health_files.HealthFileData(
                **{name: getattr(f, name) for name in health_files.FILE_FIELDS}
            )
            for f in session.scalars(select(HealthFile))
        }
    by_hand = 0
    for row in overview.rows:
        health = files.get(row.id)
        complete = health is not None and all(
            getattr(health, name) not in (None, "")
            for name in health_files.REQUIRED_FIELDS
            if name not in ("sex", "birth_date")
        )
        assert row.complete == complete, row
        by_hand += complete
    assert overview.completeness.numerator == by_hand
    assert 0.85 < (overview.completeness.value or 0) < 1.0
    stale = [r for r in overview.rows if not r.current]
    assert all(
        r.last_health_data is None or r.last_health_data < dt.date(2025, 11, 16) for r in stale
    )
    assert overview.count_risk(RiskLevel.HIGH) > 0
    high = next(r for r in overview.rows if r.risk.level is RiskLevel.HIGH)
    assert high.risk.reasons


def test_follow_ups_open_due_and_closed(db: Database) -> None:
    staff_id = add(db)
    first = follow_ups.save_follow_up(
        db,
        ADMIN,
        staff_id,
        FollowUpInput(
            dt.date(2026, 11, 1), "phone", "血压 150/95", "低盐饮食", dt.date(2026, 11, 20)
        ),
        today=TODAY,
    )
    due = follow_ups.follow_ups_due(db, ADMIN, TODAY)
    assert [r.id for r in due] == [first.id]  # 20 Nov is within a week of 16 Nov
    assert follow_ups.follow_ups_due(db, ADMIN, dt.date(2026, 11, 1)) == []
    assert health_files.health_overview(db, ADMIN, TODAY).follow_ups_due == 1
    with pytest.raises(FollowUpRejected) as info:
        follow_ups.save_follow_up(
            db, ADMIN, staff_id, FollowUpInput(TODAY, "email", next_date=TODAY), today=TODAY
        )
    assert {p.code for p in info.value.problems} == {"unknown_code", "next_not_after"}
    closed = FollowUpInput(
        first.on_date, "phone", first.reason, first.advice, first.next_date, "已复测"
    )
    follow_ups.save_follow_up(db, ADMIN, staff_id, closed, first.id, TODAY)
    assert follow_ups.follow_ups_due(db, ADMIN, TODAY) == []
    follow_ups.save_follow_up(
        db,
        ADMIN,
        staff_id,
        FollowUpInput(TODAY, "visit", next_date=dt.date(2026, 11, 18)),
        today=TODAY,
    )
    assert [r.way for r in follow_ups.follow_ups_due(db, ADMIN, TODAY)] == ["visit"]
    assert [r.way for r in follow_ups.list_follow_ups(db, ADMIN, staff_id)] == ["visit", "phone"]
    staff.record_departure(db, ADMIN, staff_id, TODAY)
    assert follow_ups.follow_ups_due(db, ADMIN, TODAY) == []  # left the roster today
    with unit_of_work(db) as session:
        assert len(session.scalars(select(FollowUp)).all()) == 2


def test_search_rules_for_numbers_names_and_pinyin(demo_db: Database) -> None:
    everyone = roster.count_staff(demo_db, CHAIR, on=TODAY)
    person = roster.list_staff(demo_db, CHAIR, on=TODAY)[9]
    digits = person.employee_no[2:]
    assert [r.id for r in roster.list_staff(demo_db, CHAIR, search=digits, on=TODAY)] == [person.id]
    # Letters alone are pinyin: "hb" does not list everybody whose number starts with HB.
    assert roster.count_staff(demo_db, CHAIR, search="hb", on=TODAY) < everyone
    full, initials = pinyin_keys(person.name)
    spaced = " ".join(full)  # spaces are ignored
    assert person.id in [r.id for r in roster.list_staff(demo_db, CHAIR, search=spaced, on=TODAY)]
    assert roster.list_staff(demo_db, CHAIR, search="%", on=TODAY) == []  # no LIKE wildcards
    page = roster.list_staff(demo_db, CHAIR, search=initials[0], limit=5, offset=5, on=TODAY)
    first = roster.list_staff(demo_db, CHAIR, search=initials[0], limit=10, on=TODAY)
    assert [r.id for r in page] == [r.id for r in first[5:10]]
    for row in first:
        assert roster.matches_search(initials[0], row.employee_no, row.name, *pinyin_keys(row.name))
