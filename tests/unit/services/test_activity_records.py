"""Activities, their hospital-visit record, notices, the promotion plan and the outreach list."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace

import pytest
from sqlalchemy import func, select

from app.catalogue.codes import (
    ActivityKind,
    ActivityStatus,
    HospitalVisitPurpose,
    NoticeChannel,
)
from app.db.migrate import Database
from app.db.models import ActivityDepartment, Attendance, AuditEntry, HospitalVisit
from app.services import activities, notices, outreach, promotion_plan, sign_in
from app.services.activities import ActivityError, ActivityInput
from app.services.notices import NoticeError, NoticeInput
from app.services.promotion_plan import PlanError, PlanItemInput
from app.services.unit_of_work import read_only
from tests.activities_support import (  # noqa: F401 - the fixtures db, world
    LECTURE_DAY,
    World,
    world_db_fixture,
    world_fixture,
    world_template_fixture,
)
from tests.support import ADMIN, CHAIR


def visits(db: Database) -> list[tuple[dt.date, str, str, int | None]]:
    with read_only(db) as session:
        return [
            (v.visited_on, v.experts, v.purposes, v.activity_id)
            for v in session.scalars(select(HospitalVisit).order_by(HospitalVisit.id))
        ]


def test_a_held_partner_visit_is_recorded_with_its_experts_and_follows_edits(
    db: Database, world: World
) -> None:
    detail = activities.get_activity(db, CHAIR, world.lecture_id)
    assert visits(db) == []  # planned: nothing counts yet
    held = replace(
        detail.data,
        status=ActivityStatus.HELD,
        visit_purposes=(HospitalVisitPurpose.PUBLICITY, HospitalVisitPurpose.LECTURE),
    )
    saved = activities.update_activity(db, ADMIN, world.lecture_id, held)
    assert saved.hospital_visit_id is not None
    assert visits(db) == [(LECTURE_DAY, "刘医生、王护士", "lecture,publicity", world.lecture_id)]

    moved = replace(
        held,
        starts_at=dt.datetime(2026, 4, 2, 9, 0),
        ends_at=None,
        experts="刘医生",
    )
    activities.update_activity(db, ADMIN, world.lecture_id, moved)
    assert visits(db) == [(dt.date(2026, 4, 2), "刘医生", "lecture,publicity", world.lecture_id)]

    activities.update_activity(
        db, ADMIN, world.lecture_id, replace(moved, by_partner_hospital=False)
    )
    assert visits(db) == []
    detail = activities.get_activity(db, CHAIR, world.lecture_id)
    assert detail.data.experts == "" and detail.hospital_visit_id is None


@pytest.mark.parametrize(
    ("change", "field", "code"),
    [
        ({"title": "  "}, "title", "required"),
        ({"ends_at": dt.datetime(2026, 3, 10, 14, 0)}, "ends_at", "ends_before_start"),
        ({"department_ids": ()}, "department_ids", "no_departments"),
        ({"status": ActivityStatus.HELD, "visit_purposes": ()}, "visit_purposes", "no_purpose"),
        ({"department_ids": (9999,)}, "department_ids", "not_found"),
    ],
)
def test_the_editor_refuses_what_cannot_be_right(
    db: Database, world: World, change: dict[str, object], field: str, code: str
) -> None:
    data = activities.get_activity(db, CHAIR, world.lecture_id).data
    with pytest.raises(ActivityError) as error:
        activities.update_activity(db, ADMIN, world.lecture_id, replace(data, **change))  # type: ignore[arg-type]
    assert (error.value.field, error.value.code) == (field, code)
    assert activities.get_activity(db, CHAIR, world.lecture_id).data == data


def test_create_targets_and_delete_with_sign_ins(db: Database, world: World) -> None:
    created = activities.create_activity(
        db,
        ADMIN,
        ActivityInput(
            kind=ActivityKind.FITNESS,
            title=" 工间操比赛 ",
            starts_at=dt.datetime(2026, 5, 20, 16, 0),
            target_all=False,
            department_ids=(world.departments["C"], world.departments["C"]),
        ),
    )
    assert created.data.title == "工间操比赛"
    assert created.department_names == ("行政部",)
    assert created.participation is not None and created.participation.eligible == 2
    sign_in.scan(db, ADMIN, created.id, "HB007")
    sign_in.add_guest(db, ADMIN, created.id, "家属")
    activities.delete_activity(db, ADMIN, created.id)
    with read_only(db) as session:
        assert (
            session.scalar(
                select(func.count(Attendance.id)).where(Attendance.activity_id == created.id)
            )
            == 0
        )
        assert (
            session.scalar(
                select(func.count())
                .select_from(ActivityDepartment)
                .where(ActivityDepartment.activity_id == created.id)
            )
            == 0
        )
        entry = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert entry is not None and entry.action == "delete" and entry.entity == "activity"
        assert json.loads(entry.before_json or "{}")["attendance"] == 2
    assert [a.id for a in activities.list_activities(db, CHAIR)] == [world.lecture_id]


def test_notice_coverage_by_number_and_by_tick_list(db: Database, world: World) -> None:
    day = dt.date(2026, 3, 5)  # on the roster: HB001 HB002 HB005 HB006 HB007 HB008 = 6
    assert notices.active_count(db, CHAIR, day) == 6
    counted = notices.save_notice(
        db, ADMIN, NoticeInput("讲座通知", day, NoticeChannel.WECHAT_GROUP, reached_count=5)
    )
    assert (counted.coverage.numerator, counted.coverage.denominator) == (5, 6)
    assert counted.coverage.meets(0.95) is False and counted.still_needed == 1

    ticked = [world.staff[n] for n in ("HB001", "HB002", "HB003", "HB005", "HB006", "HB007")]
    listed = notices.save_notice(
        db,
        ADMIN,
        NoticeInput("会议传达", day, NoticeChannel.MEETING, reached_staff_ids=tuple(ticked)),
    )
    # HB003 had left by then: ticked, but not counted.
    assert (listed.coverage.numerator, listed.coverage.denominator) == (5, 6)
    assert listed.tick_list

    everyone = notices.staff_on(db, CHAIR, day)
    full = notices.save_notice(
        db,
        ADMIN,
        NoticeInput(
            "会议传达",
            day,
            NoticeChannel.MEETING,
            reached_staff_ids=tuple(p.id for p in everyone),
        ),
        notice_id=listed.id,
    )
    assert full.coverage.value == 1.0 and full.coverage.meets(0.95)
    _, data = notices.get_notice(db, CHAIR, listed.id)
    assert data.reached_staff_ids == tuple(sorted(p.id for p in everyone))

    with pytest.raises(NoticeError) as error:
        notices.save_notice(db, ADMIN, NoticeInput("x", day, NoticeChannel.OTHER, reached_count=7))
    assert error.value.code == "more_than_staff"
    with pytest.raises(NoticeError):
        notices.save_notice(db, ADMIN, NoticeInput(" ", day, NoticeChannel.OTHER, reached_count=1))
    notices.delete_notice(db, ADMIN, counted.id)
    assert [n.id for n in notices.list_notices(db, CHAIR, 2026)] == [listed.id]


def test_plan_versus_actual(db: Database, world: World) -> None:
    lecture = promotion_plan.save_plan_item(
        db, ADMIN, PlanItemInput(2026, 1, ActivityKind.LECTURE, "健康讲座：高血压防治")
    )
    clinic = promotion_plan.save_plan_item(
        db, ADMIN, PlanItemInput(2026, 2, ActivityKind.FREE_CLINIC, "合作医院义诊")
    )
    data = activities.get_activity(db, CHAIR, world.lecture_id).data
    activities.update_activity(db, ADMIN, world.lecture_id, replace(data, plan_item_id=lecture))
    plan = promotion_plan.year_plan(db, CHAIR, 2026)
    q1, q2 = plan.quarters[0], plan.quarters[1]
    assert [i.title for i in q1.items] == ["健康讲座：高血压防治"]
    assert not q1.items[0].done  # still planned
    sign_in.scan(db, ADMIN, world.lecture_id, "HB001")  # held now
    plan = promotion_plan.year_plan(db, CHAIR, 2026)
    q1, q2 = plan.quarters[0], plan.quarters[1]
    assert q1.items[0].done and q1.hospital_visits == 1 and q1.lectures_held == 1
    assert not q2.items[0].done and q2.hospital_visits == 0
    assert (plan.items, plan.done, plan.lectures_held) == (2, 1, 1)

    promotion_plan.delete_plan_item(db, ADMIN, lecture)
    assert activities.get_activity(db, CHAIR, world.lecture_id).data.plan_item_id is None
    plan = promotion_plan.year_plan(db, CHAIR, 2026)
    assert [a.id for a in plan.quarters[0].unplanned] == [world.lecture_id]
    with pytest.raises(PlanError):
        promotion_plan.save_plan_item(db, ADMIN, PlanItemInput(2026, 5, ActivityKind.OTHER, "x"))
    assert clinic in [i.id for i in plan.quarters[1].items]


def test_outreach_lists_who_attended_no_lecture_by_department(db: Database, world: World) -> None:
    sign_in.scan(db, ADMIN, world.lecture_id, "HB001")
    sign_in.scan(db, ADMIN, world.lecture_id, "HB007")  # not targeted, but came
    result = outreach.non_attendees(db, CHAIR, 2026, today=dt.date(2026, 6, 30))
    assert result.as_of == dt.date(2026, 6, 30) and result.lectures_held == 1
    # On the roster on 30 June: HB001 HB002 HB004 HB005 HB007 HB008.
    assert result.active == 6
    by_department = {
        d.name: [(p.employee_no, p.offered) for p in d.people] for d in result.departments
    }
    assert by_department == {
        "一车间": [("HB002", 1), ("HB004", 0)],  # HB004 was hired after the lecture
        "二车间": [("HB005", 1)],
        "行政部": [("HB008", 0)],
    }
