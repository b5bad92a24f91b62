"""Recording visits: plausibility against abnormality at the boundaries, visitors, paper
visits, thresholds from the settings, re-measurement, follow-ups, and the audit trail."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator

import pytest
from sqlalchemy import func, select

from app.db.migrate import Database, open_database
from app.db.models import (
    AuditEntry,
    Department,
    FollowUp,
    HealthFile,
    Measurement,
    Setting,
    Staff,
    UsageVisit,
)
from app.domain.readings import Flag, ReadingType, ResultRule, Thresholds
from app.domain.visit_items import ReadingGroup, mask_of
from app.services import person_card, reading_thresholds, visit_entry
from app.services.actor import PermissionDenied
from app.services.visit_entry import VisitError, VisitInput
from tests.support import ADMIN, DEMO_TODAY, REVIEWER, TECH

R = ReadingType
NOW = dt.datetime(2026, 11, 16, 10, 30)


def add_staff(
    db: Database,
    no: str,
    name: str = "张三",
    sex: str = "M",
    departure: dt.date | None = None,
    height: float | None = None,
) -> int:
    with db.sessions() as session, session.begin():
        department = session.scalar(select(Department).where(Department.name == "一车间"))
        if department is None:
            department = Department(name="一车间")
            session.add(department)
            session.flush()
        staff = Staff(
            employee_no=no,
            name=name,
            sex=sex,
            department_id=department.id,
            departure_date=departure,
        )
        session.add(staff)
        session.flush()
        if height is not None:
            session.add(HealthFile(staff_id=staff.id, height_cm=height))
        return staff.id


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, int]]:
    """One database for the many boundary cases (a migration per case would be slow)."""
    database = open_database(tmp_path_factory.mktemp("boundaries") / "b.db")
    yield database, add_staff(database, "B1")
    database.close()


def counts(db: Database) -> tuple[int, int]:
    with db.sessions() as session:
        return (
            int(session.scalar(select(func.count()).select_from(UsageVisit)) or 0),
            int(session.scalar(select(func.count()).select_from(AuditEntry)) or 0),
        )


def record(db: Database, staff_id: int | None, **readings: float) -> visit_entry.RecordedVisit:
    return visit_entry.record_visit(
        db,
        ADMIN,
        VisitInput(staff_id=staff_id, readings={R(k): v for k, v in readings.items()}),
        now=NOW,
    )


def flags(visit: visit_entry.RecordedVisit) -> dict[ReadingType, Flag]:
    return {r.type: r.flag for r in visit.readings}


def test_a_visit_is_stored_with_its_readings_and_audited(db: Database) -> None:
    sid = add_staff(db, "E1")
    visit = record(db, sid, systolic=118, diastolic=76, pulse=72)
    assert visit.visited_at == NOW and not visit.abnormal
    assert flags(visit) == {R.SYSTOLIC: Flag.NORMAL, R.DIASTOLIC: Flag.NORMAL, R.PULSE: Flag.NORMAL}
    with db.sessions() as session:
        row = session.get(UsageVisit, visit.id)
        assert row is not None and row.recorded_by == "admin" and not row.entered_late
        assert row.items == mask_of([R.SYSTOLIC, R.DIASTOLIC, R.PULSE])  # kept by the triggers
        assert {m.staff_id for m in row.measurements} == {sid}
        entry = session.scalars(select(AuditEntry).where(AuditEntry.entity == "usage_visit")).one()
        assert entry.action == "create" and entry.entity_id == str(visit.id)
        after = json.loads(entry.after_json or "{}")
        assert after["readings"] == "***" and after["staff_id"] == sid  # readings masked


@pytest.mark.parametrize(
    ("readings", "expected"),
    [
        # at the plausible limits: stored (and flagged where abnormal), never refused
        (
            {"systolic": 300, "diastolic": 120},
            {R.SYSTOLIC: Flag.GRADE_3, R.DIASTOLIC: Flag.GRADE_3},
        ),
        (
            {"systolic": 50, "diastolic": 20},
            {R.SYSTOLIC: Flag.HYPOTENSION, R.DIASTOLIC: Flag.HYPOTENSION},
        ),
        # at the abnormal thresholds (DESIGN §2)
        (
            {"systolic": 139, "diastolic": 89},
            {R.SYSTOLIC: Flag.HIGH_NORMAL, R.DIASTOLIC: Flag.HIGH_NORMAL},
        ),
        ({"systolic": 140, "diastolic": 90}, {R.SYSTOLIC: Flag.GRADE_1, R.DIASTOLIC: Flag.GRADE_1}),
        ({"glucose_fasting": 6.0}, {R.GLUCOSE_FASTING: Flag.NORMAL}),
        ({"glucose_fasting": 6.1}, {R.GLUCOSE_FASTING: Flag.IMPAIRED}),
        ({"glucose_fasting": 7.0}, {R.GLUCOSE_FASTING: Flag.HIGH}),
        ({"glucose_random": 11.0}, {R.GLUCOSE_RANDOM: Flag.NORMAL}),
        ({"glucose_random": 11.1}, {R.GLUCOSE_RANDOM: Flag.HIGH}),
        ({"glucose_2h": 35}, {R.GLUCOSE_2H: Flag.HIGH}),
        ({"glucose_2h": 2.9}, {R.GLUCOSE_2H: Flag.SEVERELY_LOW}),
        ({"glucose_fasting": 3.8}, {R.GLUCOSE_FASTING: Flag.LOW}),
        ({"spo2": 100}, {R.SPO2: Flag.NORMAL}),
        ({"spo2": 94}, {R.SPO2: Flag.LOW}),
        ({"temperature": 37.3}, {R.TEMPERATURE: Flag.HIGH}),
        ({"waist": 89.9}, {R.WAIST: Flag.NORMAL}),
        ({"waist": 90}, {R.WAIST: Flag.HIGH}),  # a man's limit
        # the waist-hip ratio is computed from both and flagged at the WHO limit for men
        (
            {"waist": 85, "hip": 95},  # 0.89
            {R.WAIST: Flag.NORMAL, R.HIP: Flag.NORMAL, R.WAIST_HIP_RATIO: Flag.NORMAL},
        ),
        (
            {"waist": 85.5, "hip": 95},  # 0.90
            {R.WAIST: Flag.NORMAL, R.HIP: Flag.NORMAL, R.WAIST_HIP_RATIO: Flag.HIGH},
        ),
        ({"hip": 95}, {R.HIP: Flag.NORMAL}),  # no waist: no ratio
    ],
)
def test_plausible_values_are_kept_and_flagged_at_the_thresholds(
    shared: tuple[Database, int], readings: dict[str, float], expected: dict[ReadingType, Flag]
) -> None:
    db, sid = shared
    visit = record(db, sid, **readings)
    assert flags(visit) == expected
    shown_only = (Flag.NORMAL, Flag.HIGH_NORMAL)  # 正常高值 is shown, not abnormal
    assert visit.abnormal == any(f not in shown_only for f in expected.values())


@pytest.mark.parametrize(
    ("readings", "field", "low", "high"),
    [
        ({"systolic": 301, "diastolic": 90}, "systolic", 50, 300),
        ({"systolic": 400, "diastolic": 90}, "systolic", 50, 300),
        ({"systolic": 49, "diastolic": 30}, "systolic", 50, 300),
        ({"systolic": 120, "diastolic": 19}, "diastolic", 20, 200),
        ({"glucose_fasting": 35.1}, "glucose_fasting", 1, 35),
        ({"glucose_random": 0.9}, "glucose_random", 1, 35),
        ({"spo2": 101}, "spo2", 50, 100),
        ({"temperature": 45.1}, "temperature", 30, 45),
        ({"pulse": 251}, "pulse", 20, 250),
        ({"weight": 301}, "weight", 20, 300),
    ],
)
def test_implausible_values_are_refused_and_nothing_is_stored(
    shared: tuple[Database, int], readings: dict[str, float], field: str, low: float, high: float
) -> None:
    db, sid = shared
    before = counts(db)
    with pytest.raises(VisitError) as refused:
        record(db, sid, **readings)
    assert (refused.value.code, refused.value.field) == ("implausible", field)
    assert (refused.value.low, refused.value.high) == (low, high)
    assert counts(db) == before


def test_blood_pressure_needs_both_values_in_the_right_order(db: Database) -> None:
    sid = add_staff(db, "E1")
    with pytest.raises(VisitError) as half:
        record(db, sid, systolic=130)
    assert (half.value.code, half.value.field) == ("bp_incomplete", "diastolic")
    with pytest.raises(VisitError) as swapped:
        record(db, sid, systolic=80, diastolic=120)
    assert swapped.value.code == "bp_inverted"


def test_bmi_is_computed_also_from_the_last_known_height(db: Database) -> None:
    sid = add_staff(db, "E1", height=170.0)
    first = record(db, sid, weight=70)  # height from the health file
    assert {r.type: r.value for r in first.readings}[R.BMI] == 24.2
    assert flags(first)[R.BMI] is Flag.OVERWEIGHT
    record(db, sid, height=172.0, weight=70)
    later = record(db, sid, weight=71)  # the newest measured height wins
    assert {r.type: r.value for r in later.readings}[R.BMI] == 24.0


def test_visitors_are_recorded_by_name_and_never_counted_as_staff(db: Database) -> None:
    sid = add_staff(db, "E1")
    add_staff(db, "E2", "李四")
    record(db, sid, systolic=120, diastolic=80)
    visitor = visit_entry.record_visit(
        db,
        ADMIN,
        VisitInput(visitor_name="  王芳  ", readings={R.SYSTOLIC: 150, R.DIASTOLIC: 95}),
        now=NOW,
    )
    assert visitor.staff_id is None and visitor.person == "王芳" and visitor.abnormal
    with db.sessions() as session:
        # The usage rate of DESIGN §2: active staff with a visit / active staff.
        users = session.scalar(
            select(func.count(func.distinct(UsageVisit.staff_id))).where(
                UsageVisit.staff_id.in_(select(Staff.id).where(Staff.departure_date.is_(None)))
            )
        )
        active = session.scalar(select(func.count()).select_from(Staff))
        assert (users, active) == (1, 2)
        readings = session.scalars(
            select(Measurement).where(Measurement.visit_id == visitor.id)
        ).all()
        assert readings and all(m.staff_id is None for m in readings)
    with pytest.raises(VisitError) as nameless:
        visit_entry.record_visit(db, ADMIN, VisitInput(visitor_name="  "), now=NOW)
    assert nameless.value.code == "person_required"
    with pytest.raises(VisitError) as no_follow_up:
        visit_entry.add_follow_up(db, ADMIN, visitor.id, NOW.date(), "high")
    assert no_follow_up.value.code == "visitor_no_follow_up"


def test_paper_visits_keep_their_real_time_and_are_marked_late(db: Database) -> None:
    sid = add_staff(db, "E1")
    written = NOW - dt.timedelta(days=3, hours=2)
    visit = visit_entry.record_visit(
        db,
        ADMIN,
        VisitInput(staff_id=sid, readings={R.PULSE: 70}, visited_at=written, entered_late=True),
        now=NOW,
    )
    assert visit.visited_at == written and visit.entered_late
    with db.sessions() as session:
        row = session.get(UsageVisit, visit.id)
        assert row is not None and row.recorded_at == NOW
        assert {m.measured_at for m in row.measurements} == {written}
    with pytest.raises(VisitError) as no_time:
        visit_entry.record_visit(db, ADMIN, VisitInput(staff_id=sid, entered_late=True), now=NOW)
    assert no_time.value.code == "time_required"
    with pytest.raises(VisitError) as future:
        visit_entry.record_visit(
            db,
            ADMIN,
            VisitInput(staff_id=sid, visited_at=NOW + dt.timedelta(hours=1), entered_late=True),
            now=NOW,
        )
    assert future.value.code == "in_future"


def test_a_departed_person_cannot_visit_after_leaving(db: Database) -> None:
    sid = add_staff(db, "E1", departure=NOW.date() - dt.timedelta(days=10))
    with pytest.raises(VisitError) as left:
        record(db, sid, pulse=70)
    assert left.value.code == "departed"
    before = visit_entry.record_visit(  # an old paper line from before the departure is fine
        db,
        ADMIN,
        VisitInput(staff_id=sid, visited_at=NOW - dt.timedelta(days=20), entered_late=True),
        now=NOW,
    )
    assert before.staff_id == sid


def test_thresholds_come_from_the_settings_and_changes_are_audited(db: Database) -> None:
    sid = add_staff(db, "E1")
    assert not record(db, sid, systolic=135, diastolic=85).abnormal
    stricter = Thresholds(systolic_high=130, diastolic_high=85)
    reading_thresholds.save_thresholds(db, ADMIN, stricter)
    assert reading_thresholds.get_thresholds(db, ADMIN) == stricter
    assert flags(record(db, sid, systolic=135, diastolic=80))[R.SYSTOLIC] is Flag.GRADE_1
    with db.sessions() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.entity == "setting")).one()
        assert json.loads(entry.before_json or "")["systolic_high"] == 140
        assert json.loads(entry.after_json or "")["systolic_high"] == 130
    with pytest.raises(PermissionDenied):
        reading_thresholds.save_thresholds(db, TECH, Thresholds())


def test_an_unreadable_thresholds_setting_falls_back_to_the_defaults(db: Database) -> None:
    with db.sessions() as session, session.begin():
        session.add(Setting(key=reading_thresholds.KEY, value="{not json"))
    assert reading_thresholds.get_thresholds(db, ADMIN) == Thresholds()


def test_measure_again_keeps_every_reading_and_the_average_decides(db: Database) -> None:
    sid = add_staff(db, "E1")
    first = record(db, sid, systolic=150, diastolic=92, pulse=80)
    assert first.abnormal
    again = visit_entry.add_readings(
        db, ADMIN, first.id, {R.SYSTOLIC: 134, R.DIASTOLIC: 84}, now=NOW + dt.timedelta(minutes=5)
    )
    # The guideline's result: the average of the two (142/88 is still 1级), both kept.
    assert again.id == first.id and again.abnormal
    assert {r.type: (r.value, r.flag) for r in again.readings} == {
        R.SYSTOLIC: (142, Flag.GRADE_1),
        R.DIASTOLIC: (88, Flag.HIGH_NORMAL),
        R.PULSE: (80, Flag.NORMAL),
    }
    assert sorted((r.type.value, r.value, n) for r, n in again.rounds) == [
        ("diastolic", 84, 2), ("diastolic", 92, 1), ("systolic", 134, 2), ("systolic", 150, 1),
    ]  # fmt: skip
    with db.sessions() as session:
        row = session.get(UsageVisit, first.id)
        assert row is not None and row.abnormal and len(row.measurements) == 7
        assert session.scalar(select(func.count()).select_from(UsageVisit)) == 1
    # A third reading: the average of all three; the repeat when the site says so.
    third = visit_entry.add_readings(db, ADMIN, first.id, {R.SYSTOLIC: 130, R.DIASTOLIC: 80})
    assert {r.type: r.value for r in third.readings if r.type is not R.PULSE} == {
        R.SYSTOLIC: 138, R.DIASTOLIC: 85.3,
    }  # fmt: skip
    reading_thresholds.save_result_rule(db, ADMIN, ResultRule.REPEAT)
    fourth = visit_entry.add_readings(db, ADMIN, first.id, {R.SYSTOLIC: 128, R.DIASTOLIC: 78})
    assert {r.type: r.value for r in fourth.readings if r.type is not R.PULSE} == {
        R.SYSTOLIC: 128, R.DIASTOLIC: 78,
    }  # fmt: skip
    assert not fourth.abnormal and len(fourth.rounds) == 8


def test_one_click_follow_up_of_an_abnormal_visit(db: Database) -> None:
    sid = add_staff(db, "E1")
    visit = record(db, sid, systolic=160, diastolic=100)
    follow_up_id = visit_entry.add_follow_up(
        db,
        ADMIN,
        visit.id,
        NOW.date(),
        "血压 160/100 2级高血压",
        "低盐饮食",
        next_date=NOW.date() + dt.timedelta(days=14),
    )
    with db.sessions() as session:
        row = session.get(FollowUp, follow_up_id)
        assert row is not None and (row.staff_id, row.visit_id) == (sid, visit.id)
        assert row.way == "phone" and row.next_date == dt.date(2026, 11, 30)
        assert session.scalar(
            select(func.count()).select_from(AuditEntry).where(AuditEntry.entity == "follow_up")
        )


def test_the_form_offers_the_persons_or_the_rooms_last_items(db: Database) -> None:
    regular = add_staff(db, "E1")
    newcomer = add_staff(db, "E2", "王五", sex="F")
    record(db, regular, glucose_fasting=5.4)
    card = person_card.person_card(db, ADMIN, regular)
    assert card.default_groups == (ReadingGroup.GLUCOSE,)
    assert card.glucose_type is R.GLUCOSE_FASTING and card.last_visit_at == NOW
    record(db, regular, systolic=120, diastolic=80, weight=60, height=160)
    assert person_card.person_card(db, ADMIN, regular).default_groups == (
        ReadingGroup.BLOOD_PRESSURE,
        ReadingGroup.BODY,
    )
    fresh = person_card.person_card(db, ADMIN, newcomer)  # never came: the room's last items
    assert fresh.last_visit_at is None and fresh.default_groups == (
        ReadingGroup.BLOOD_PRESSURE,
        ReadingGroup.BODY,
    )
    assert person_card.room_default_groups(db, ADMIN)[0] is ReadingGroup.BLOOD_PRESSURE


def test_only_the_chair_and_the_administrator_record_visits(db: Database) -> None:
    sid = add_staff(db, "E1")
    for actor in (TECH, REVIEWER):
        with pytest.raises(PermissionDenied):
            visit_entry.record_visit(db, actor, VisitInput(staff_id=sid), now=NOW)


def test_a_glucose_reading_uses_one_test_strip(demo_db: Database) -> None:
    """The usage register and the consumables stock meet: one strip per glucose reading."""
    from app.catalogue.codes import ConsumableCategory
    from app.db.models import Consumable, StockMovement

    def strips() -> tuple[int, int]:
        with demo_db.sessions() as session:
            item = session.scalars(
                select(Consumable).where(Consumable.category == ConsumableCategory.TEST_STRIP)
            ).first()
            assert item is not None
            used = session.scalars(
                select(StockMovement).where(
                    StockMovement.consumable_id == item.id, StockMovement.kind == "used"
                )
            ).all()
            return item.stock, len(used)

    with demo_db.sessions() as session:
        person = session.scalars(select(Staff).where(Staff.departure_date.is_(None))).first()
        assert person is not None
    stock, uses = strips()
    assert stock > 0
    visit_entry.record_visit(
        demo_db,
        ADMIN,
        VisitInput(
            staff_id=person.id, readings={R.SYSTOLIC: 120, R.DIASTOLIC: 78, R.GLUCOSE_FASTING: 5.2}
        ),
        now=dt.datetime.combine(DEMO_TODAY, dt.time(9, 30)),
    )
    assert strips() == (stock - 1, uses + 1)  # blood pressure uses no strip


def test_a_re_measurement_keeps_the_advice_and_note_typed_for_it(db: Database) -> None:
    sid = add_staff(db, "E1")
    first = visit_entry.record_visit(
        db,
        ADMIN,
        VisitInput(
            sid, readings={R.SYSTOLIC: 150, R.DIASTOLIC: 92}, advice="低盐饮食", note="刚爬楼"
        ),
        now=NOW,
    )
    again = visit_entry.add_readings(
        db,
        ADMIN,
        first.id,
        {R.SYSTOLIC: 146, R.DIASTOLIC: 90},
        advice="一周内复测",
        note="休息5分钟后复测",
        now=NOW + dt.timedelta(minutes=2),
    )
    assert again.advice == "低盐饮食 一周内复测"
    with db.sessions() as session:
        row = session.get(UsageVisit, first.id)
        assert row is not None
        assert (row.advice, row.note) == ("低盐饮食 一周内复测", "刚爬楼 休息5分钟后复测")
    # Typed twice (the form offers the advice again): said once.
    third = visit_entry.add_readings(
        db, ADMIN, first.id, {R.SYSTOLIC: 144, R.DIASTOLIC: 90}, advice="一周内复测", now=NOW
    )
    assert third.advice == "低盐饮食 一周内复测"


def test_a_correction_keeps_both_readings_of_a_re_measurement(db: Database) -> None:
    from app.services import usage_log

    sid, other = add_staff(db, "E1"), add_staff(db, "E2", name="李四")
    first = record(db, sid, systolic=150, diastolic=92, glucose_random=8.0)
    visit_entry.add_readings(db, ADMIN, first.id, {R.SYSTOLIC: 134, R.DIASTOLIC: 84})
    # The wrong person was picked and the glucose mistyped: the pressures stand as they were.
    corrected = VisitInput(
        other, readings={R.SYSTOLIC: 142, R.DIASTOLIC: 88, R.GLUCOSE_RANDOM: 6.8}, note="改正"
    )
    row = usage_log.update_visit(db, ADMIN, first.id, corrected, "选错了人", now=NOW)
    systolic = [(r.value, r.round, r.counted) for r in row.readings if r.type == "systolic"]
    assert systolic == [(150, 1, False), (134, 2, False), (142, 0, True)]
    glucose = [(r.value, r.round) for r in row.readings if r.type == "glucose_random"]
    assert glucose == [(6.8, 1)]
    assert row.staff_id == other
    with db.sessions() as session:
        staff = {m.staff_id for m in session.scalars(select(Measurement))}
        assert staff == {other}
