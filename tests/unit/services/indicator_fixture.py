"""A tiny register with every case the indicators must get right, figures worked out by hand.

Staff (departments A and B), judged on 2026-09-30, the last day of 2026Q3:
  1 A  on the roster                       active
  2 A  on the roster                       active
  3 A  left 2026-08-15                     not active (history kept)
  4 B  on the roster                       active
  5 B  hired 2026-09-30, no birth date     active (hired on the last day)
  6 B  no hire date, left 2026-09-30       not active (the departure day is the first day off)
  7 B  hired 2026-10-01                    not active yet
Active on 2026-09-30: {1, 2, 4, 5} → 4.
"""

from __future__ import annotations

import datetime as dt

from app.db.migrate import Database
from app.db.models import (
    Activity,
    ActivityDepartment,
    Attendance,
    Consumable,
    Department,
    Device,
    DeviceEvent,
    HealthFile,
    HospitalVisit,
    Inspection,
    Notice,
    NoticeReach,
    ScheduleException,
    ScheduleSlot,
    ScheduleVersion,
    Staff,
    StockMovement,
    UsageVisit,
)
from app.services.unit_of_work import unit_of_work

D = dt.date
AS_OF = D(2026, 11, 22)


def at(day: dt.date, hour: int = 9, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute))


def complete_file(staff_id: int, updated: dt.date | None, **changes: object) -> HealthFile:
    values: dict[str, object] = {
        "staff_id": staff_id,
        "height_cm": 170.0,
        "weight_kg": 65.0,
        "systolic": 120,
        "diastolic": 80,
        "fasting_glucose": 5.1,
        "chronic_conditions": "none",
        "allergies": "无",
        "smoking": "never",
        "drinking": "never",
        "exercise": "regular",
        "hazard_exposure": "none",
        "last_checkup_date": D(2026, 4, 10),
        "checkup_findings": "未见异常",
        "data_updated_on": updated,
    }
    values.update(changes)
    return HealthFile(**values)


def build(db: Database) -> None:
    with unit_of_work(db) as s:
        s.add_all([Department(id=1, name="A车间"), Department(id=2, name="B科室")])
        people = [
            (1, 1, D(2020, 1, 1), None, D(1980, 1, 1)),
            (2, 1, D(2020, 1, 1), None, D(1981, 1, 1)),
            (3, 1, D(2020, 1, 1), D(2026, 8, 15), D(1982, 1, 1)),
            (4, 2, D(2020, 1, 1), None, D(1983, 1, 1)),
            (5, 2, D(2026, 9, 30), None, None),
            (6, 2, None, D(2026, 9, 30), D(1985, 1, 1)),
            (7, 2, D(2026, 10, 1), None, D(1986, 1, 1)),
        ]
        s.add_all(
            Staff(
                id=i, employee_no=f"E{i:03d}", name=f"职工{i}", sex="M", department_id=dept,
                hire_date=hire, departure_date=gone, birth_date=born,
            )
            for i, dept, hire, gone, born in people
        )  # fmt: skip
        s.flush()
        s.add_all(
            [
                complete_file(1, D(2026, 3, 1)),
                complete_file(2, D(2025, 9, 30), allergies=None),  # 12 months ago exactly
                complete_file(3, D(2026, 3, 1)),  # departed: not counted
                complete_file(5, D(2025, 10, 1)),  # complete but staff has no birth date
            ]
        )  # staff 4 has no health file at all

        # Usage register: 1 twice, 4 at 23:30 on the last day, 3 departed, 6 gone on the last
        # day, a visitor, and 5 the day after the quarter.
        visits = [
            UsageVisit(visited_at=at(D(2026, 7, 5)), staff_id=1),
            UsageVisit(visited_at=at(D(2026, 8, 5)), staff_id=1),
            UsageVisit(visited_at=at(D(2026, 9, 30), 23, 30), staff_id=4),
            UsageVisit(visited_at=at(D(2026, 7, 10)), staff_id=3),
            UsageVisit(visited_at=at(D(2026, 9, 1)), staff_id=6),
            UsageVisit(visited_at=at(D(2026, 8, 1)), visitor_name="王来访"),
            UsageVisit(visited_at=at(D(2026, 10, 1)), staff_id=5),
            UsageVisit(visited_at=at(D(2026, 6, 1)), staff_id=2),  # before the quarter
        ]
        s.add_all(visits)

        # Lectures. L1 for everyone on 2026-07-20: active then 1, 2, 3, 4, 6 (5 not hired yet);
        # attended by 1, 2, 3, a guest and 7 (not hired) → 3/5 = 60 %, met exactly.
        # L2 for department B on 2026-09-10: group 4, 6; attended by 4 and 1 (department A,
        # not in the group) → 1/2 = 50 %, one more needed.
        activities = [
            Activity(id=1, kind="lecture", title="L1 高血压防治", starts_at=at(D(2026, 7, 20), 14),
                     status="held", target_all=True),
            Activity(id=2, kind="lecture", title="L2 职业病防护", starts_at=at(D(2026, 9, 10), 14),
                     status="held", target_all=False),
            Activity(id=3, kind="lecture", title="L3 取消", starts_at=at(D(2026, 8, 1)),
                     status="cancelled"),
            Activity(id=4, kind="free_clinic", title="义诊", starts_at=at(D(2026, 8, 5)),
                     status="held"),
            Activity(id=5, kind="lecture", title="L0 春季讲座", starts_at=at(D(2026, 2, 1), 14),
                     status="held"),
            Activity(id=6, kind="lecture", title="L9 计划中", starts_at=at(D(2026, 12, 1), 14),
                     status="planned"),
        ]  # fmt: skip
        s.add_all(activities)
        s.flush()
        s.add(ActivityDepartment(activity_id=2, department_id=2))
        s.add_all(
            [
                Attendance(activity_id=1, staff_id=1),
                Attendance(activity_id=1, staff_id=2),
                Attendance(activity_id=1, staff_id=3),
                Attendance(activity_id=1, guest_name="外单位来宾"),
                Attendance(activity_id=1, staff_id=7),
                Attendance(activity_id=2, staff_id=4),
                Attendance(activity_id=2, staff_id=1),
            ]
        )

        # Notices: N1 on 07-01 says 10 reached of 5 active → capped at 100 %; N2 on 09-30 has a
        # tick list 1, 6, 7 of whom only 1 is active that day → 1/4 = 25 %.
        s.add_all(
            [
                Notice(id=1, title="N1", issued_on=D(2026, 7, 1), channel="wechat_group",
                       reached_count=10),
                Notice(id=2, title="N2", issued_on=D(2026, 9, 30), channel="meeting"),
            ]
        )  # fmt: skip
        s.flush()
        s.add_all(NoticeReach(notice_id=2, staff_id=i) for i in (1, 6, 7))

        # Devices: D1 fine; D2 damaged 08-01 and replaced by D3 on 08-10; D4 under repair since
        # 09-20; D5 lost, with no events at all.
        s.add_all(
            [
                Device(id=1, asset_no="ZC-1", name="血压计", category="bp_monitor",
                       status="in_service"),
                Device(id=2, asset_no="ZC-2", name="血糖仪", category="glucose_meter",
                       status="replaced"),
                Device(id=3, asset_no="ZC-3", name="血糖仪", category="glucose_meter",
                       status="in_service", replaces_device_id=2),
                Device(id=4, asset_no="ZC-4", name="按摩椅", category="massage_chair",
                       status="under_repair"),
                Device(id=5, asset_no="ZC-5", name="急救箱", category="first_aid_kit",
                       status="lost"),
            ]
        )  # fmt: skip
        s.flush()
        events = [
            (1, "registered", D(2026, 1, 1)),
            (1, "maintenance", D(2026, 6, 1)),
            (2, "registered", D(2026, 1, 1)),
            (2, "damaged", D(2026, 8, 1)),
            (2, "replaced", D(2026, 8, 10)),
            (3, "registered", D(2026, 8, 10)),
            (4, "registered", D(2026, 1, 1)),
            (4, "repair_started", D(2026, 9, 20)),
        ]
        s.add_all(DeviceEvent(device_id=d, kind=k, on_date=day) for d, k, day in events)

        # Partner hospital: Q1 once, Q2 never, Q3 twice, Q4 once.
        s.add_all(
            HospitalVisit(visited_on=day, hospital="沧州市人民医院", purposes="lecture")
            for day in (D(2026, 2, 10), D(2026, 7, 15), D(2026, 9, 30), D(2026, 10, 10))
        )
        # Consumables: two items on 07-03 (one delivery), one on 09-01; a use does not count.
        s.add_all(
            [
                Consumable(id=1, name="血糖试纸", category="test_strip", unit="条"),
                Consumable(id=2, name="电池", category="battery", unit="节"),
            ]
        )
        s.flush()
        s.add_all(
            [
                StockMovement(consumable_id=1, kind="received", quantity=100,
                              on_date=D(2026, 7, 3), source="hospital_replenishment"),
                StockMovement(consumable_id=2, kind="received", quantity=20,
                              on_date=D(2026, 7, 3), source="hospital_replenishment"),
                StockMovement(consumable_id=2, kind="received", quantity=10,
                              on_date=D(2026, 9, 1), source="purchase"),
                StockMovement(consumable_id=1, kind="used", quantity=5, on_date=D(2026, 8, 1)),
            ]
        )  # fmt: skip
        s.add_all(Inspection(inspected_on=day) for day in (D(2026, 3, 15), D(2026, 11, 1)))

        # Open hours (July 2026 begins on a Wednesday): see test_indicator_maths for the count.
        v1 = ScheduleVersion(effective_from=D(2026, 1, 1))
        v1.slots = [
            ScheduleSlot(weekday=0, start_time=dt.time(8), end_time=dt.time(11)),
            ScheduleSlot(weekday=1, start_time=dt.time(8), end_time=dt.time(10)),
            ScheduleSlot(weekday=1, start_time=dt.time(9, 30), end_time=dt.time(10, 30)),
            ScheduleSlot(weekday=2, start_time=dt.time(8), end_time=dt.time(9)),
            ScheduleSlot(weekday=2, start_time=dt.time(9), end_time=dt.time(11)),
        ]
        v2 = ScheduleVersion(effective_from=D(2026, 7, 20))
        v2.slots = [
            ScheduleSlot(weekday=0, start_time=dt.time(8), end_time=dt.time(12)),
            ScheduleSlot(weekday=1, start_time=dt.time(8), end_time=dt.time(11)),
        ]
        s.add_all([v1, v2])
        s.add_all(
            [
                ScheduleException(on_date=D(2026, 7, 8), kind="closed", reason="停电"),
                ScheduleException(on_date=D(2026, 7, 27), kind="special_hours",
                                  start_time=dt.time(9), end_time=dt.time(10)),
            ]
        )  # fmt: skip
