"""Participation with department targets, departed staff and guests; scanning and ticking."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from app.catalogue.codes import ActivityStatus, ScanOutcome, SignInMethod
from app.db.migrate import Database
from app.db.models import Attendance, AuditEntry, HospitalVisit
from app.services import activities, sign_in
from app.services.actor import PermissionDenied
from app.services.sign_in import SignInError
from app.services.unit_of_work import read_only
from tests.activities_support import (  # noqa: F401 - the fixtures db, world
    World,
    world_db_fixture,
    world_fixture,
    world_template_fixture,
)
from tests.support import ADMIN, CHAIR, REVIEWER, TECH


def attendance_rows(db: Database) -> list[tuple[int | None, str | None, str]]:
    with read_only(db) as session:
        return [
            (a.staff_id, a.guest_name, a.method)
            for a in session.scalars(select(Attendance).order_by(Attendance.id))
        ]


def test_the_target_group_leaves_out_departed_future_and_other_departments(
    db: Database, world: World
) -> None:
    figures = sign_in.get_participation(db, CHAIR, world.lecture_id)
    assert (figures.attended, figures.eligible) == (0, 3)
    assert figures.ratio.value == 0
    assert figures.still_needed == 2  # 60 % of 3 is 1.8: two people
    rows = sign_in.attendee_list(db, CHAIR, world.lecture_id)
    assert [r.employee_no for r in rows] == ["HB001", "HB002", "HB005"]
    assert all(r.eligible and not r.present for r in rows)


def test_participation_counts_eligible_roster_attendees_only(db: Database, world: World) -> None:
    lecture = world.lecture_id
    first = sign_in.scan(db, ADMIN, lecture, "HB001")
    assert first.outcome is ScanOutcome.SIGNED_IN and first.name == "张三"
    assert (first.participation.attended, first.participation.eligible) == (1, 3)
    assert first.participation.still_needed == 1

    # Someone from a department the lecture does not target may come, but does not count.
    other = sign_in.scan(db, ADMIN, lecture, "HB007")
    assert other.outcome is ScanOutcome.OUTSIDE_TARGET
    assert other.participation.attended == 1 and other.participation.outside_target == 1

    guest = sign_in.add_guest(db, ADMIN, lecture, "  市总工会  刘干事 ")
    assert guest.outcome is ScanOutcome.SIGNED_IN
    assert guest.participation.guests == 1 and guest.participation.attended == 1

    second = sign_in.set_present(db, ADMIN, lecture, world.staff["HB005"], True)
    assert (second.participation.attended, second.participation.eligible) == (2, 3)
    assert second.participation.ratio.meets(0.6) is True
    assert second.participation.still_needed == 0
    assert round(second.participation.ratio.value or 0, 4) == 0.6667

    assert attendance_rows(db) == [
        (world.staff["HB001"], None, "scan"),
        (world.staff["HB007"], None, "scan"),
        (None, "市总工会 刘干事", "tick"),
        (world.staff["HB005"], None, "tick"),
    ]
    row = activities.list_activities(db, CHAIR)[0]
    assert (row.counted, row.eligible, row.attendees, row.guests) == (2, 3, 3, 1)


def test_a_double_scan_is_harmless_and_says_so(db: Database, world: World) -> None:
    sign_in.scan(db, ADMIN, world.lecture_id, "HB001")
    with read_only(db) as session:
        audit_before = session.scalar(select(func.count(AuditEntry.id)))
    again = sign_in.scan(db, ADMIN, world.lecture_id, "HB001\n")
    assert again.outcome is ScanOutcome.ALREADY
    assert again.name == "张三"
    assert again.participation.attended == 1
    # Full-width characters and lower case from a card reader find the same person.
    assert sign_in.scan(db, ADMIN, world.lecture_id, "ｈｂ００１").outcome is ScanOutcome.ALREADY
    assert len(attendance_rows(db)) == 1
    with read_only(db) as session:
        assert session.scalar(select(func.count(AuditEntry.id))) == audit_before


def test_unknown_and_departed_cards_are_refused(db: Database, world: World) -> None:
    unknown = sign_in.scan(db, ADMIN, world.lecture_id, "XX999")
    assert unknown.outcome is ScanOutcome.UNKNOWN and unknown.code == "XX999"
    left = sign_in.scan(db, ADMIN, world.lecture_id, "HB006")  # left on the lecture's day
    assert left.outcome is ScanOutcome.NOT_ON_ROSTER and left.name == "孙八"
    later = sign_in.scan(db, ADMIN, world.lecture_id, "HB004")  # hired after the lecture
    assert later.outcome is ScanOutcome.NOT_ON_ROSTER
    with pytest.raises(SignInError) as error:
        sign_in.set_present(db, ADMIN, world.lecture_id, world.staff["HB003"], True)
    assert error.value.code == "not_on_roster"
    assert attendance_rows(db) == []


def test_the_first_sign_in_records_the_lecture_as_held_with_its_hospital_visit(
    db: Database, world: World
) -> None:
    with read_only(db) as session:
        assert session.scalar(select(func.count(HospitalVisit.id))) == 0
    sign_in.scan(db, ADMIN, world.lecture_id, "HB002")
    detail = activities.get_activity(db, CHAIR, world.lecture_id)
    assert detail.data.status is ActivityStatus.HELD
    with read_only(db) as session:
        visit = session.scalars(select(HospitalVisit)).one()
        assert visit.activity_id == world.lecture_id
        assert visit.experts == "刘医生、王护士"
        assert visit.purposes == "lecture"  # the default for a lecture
        assert visit.hospital == "市中心医院心内科"


def test_unticking_removes_the_sign_in_and_guests_are_not_doubled(
    db: Database, world: World
) -> None:
    lecture = world.lecture_id
    sign_in.set_present(db, ADMIN, lecture, world.staff["HB001"], True)
    removed = sign_in.set_present(db, ADMIN, lecture, world.staff["HB001"], False)
    assert removed.outcome is ScanOutcome.REMOVED
    assert removed.participation.attended == 0
    sign_in.add_guest(db, ADMIN, lecture, "来宾甲")
    assert sign_in.add_guest(db, ADMIN, lecture, "来宾甲").outcome is ScanOutcome.ALREADY
    guests = sign_in.list_guests(db, CHAIR, lecture)
    assert [g.name for g in guests] == ["来宾甲"]
    figures = sign_in.remove_guest(db, ADMIN, guests[0].id)
    assert figures.guests == 0
    with pytest.raises(SignInError):
        sign_in.add_guest(db, ADMIN, lecture, "   ")


def test_search_finds_non_targets_on_the_roster_that_day(db: Database, world: World) -> None:
    found = sign_in.attendee_list(db, CHAIR, world.lecture_id, search="HB00")
    numbers = [r.employee_no for r in found]
    assert "HB007" in numbers and "HB008" in numbers  # not targeted, but may come
    assert "HB003" not in numbers and "HB006" not in numbers  # not on the roster that day
    assert not next(r for r in found if r.employee_no == "HB007").eligible
    by_name = sign_in.attendee_list(db, CHAIR, world.lecture_id, search="张三")
    assert sorted(r.employee_no for r in by_name) == ["HB001", "HB008"]


def test_a_cancelled_activity_takes_no_sign_ins(db: Database, world: World) -> None:
    detail = activities.get_activity(db, CHAIR, world.lecture_id)
    from dataclasses import replace

    activities.update_activity(
        db, ADMIN, world.lecture_id, replace(detail.data, status=ActivityStatus.CANCELLED)
    )
    with pytest.raises(SignInError) as error:
        sign_in.scan(db, ADMIN, world.lecture_id, "HB001")
    assert error.value.code == "cancelled"


@pytest.mark.parametrize("actor", [TECH, REVIEWER])
def test_only_the_chair_and_the_administrator_record_sign_ins(
    db: Database, world: World, actor: object
) -> None:
    with pytest.raises(PermissionDenied):
        sign_in.scan(db, actor, world.lecture_id, "HB001")  # type: ignore[arg-type]


def test_scan_method_is_recorded(db: Database, world: World) -> None:
    sign_in.scan(db, ADMIN, world.lecture_id, "HB005")
    rows = sign_in.attendee_list(db, CHAIR, world.lecture_id)
    assert next(r for r in rows if r.employee_no == "HB005").method is SignInMethod.SCAN


def test_the_list_and_the_panel_count_alike(demo_db: Database) -> None:
    """The list computes every activity at once in Python, the panel one in SQL: same rule."""
    rows = activities.list_activities(demo_db, CHAIR)
    assert len(rows) > 10
    for row in rows:
        single = sign_in.get_participation(demo_db, CHAIR, row.id)
        assert (single.attended, single.eligible, single.guests) == (
            row.counted,
            row.eligible,
            row.guests,
        )
        assert single.attended + single.outside_target == row.attendees


def test_a_card_with_only_its_digits_signs_in_as_the_usage_register_finds_it(
    db: Database, world: World
) -> None:
    """The usage register took "005" for HB005 while the sign-in refused it."""
    from app.services import roster

    found = roster.list_staff(db, CHAIR, search="005")
    assert [r.employee_no for r in found] == ["HB005"]
    result = sign_in.scan(db, ADMIN, world.lecture_id, "005")
    assert (result.outcome, result.employee_no) == (ScanOutcome.SIGNED_IN, "HB005")
    assert sign_in.scan(db, ADMIN, world.lecture_id, "5").outcome is ScanOutcome.ALREADY
    assert sign_in.scan(db, ADMIN, world.lecture_id, "0").outcome is ScanOutcome.UNKNOWN


def test_a_batch_of_cards_is_signed_in_in_one_action(db: Database, world: World) -> None:
    codes = sign_in.split_cards("HB001\nhb002, 005；HB007 XX999 HB006\n\n")
    assert codes == ["HB001", "HB002", "005", "HB007", "XX999", "HB006"]
    done = sign_in.scan_many(db, ADMIN, world.lecture_id, codes)
    assert (done.signed_in, done.outside_target, done.already) == (3, 1, 0)  # HB007: dept C
    assert done.refused == ("XX999", "孙八（HB006）")  # unknown; left on the lecture's day
    assert done.participation.attended == 3
    again = sign_in.scan_many(db, ADMIN, world.lecture_id, ["HB001"])
    assert (again.signed_in, again.already) == (0, 1)
    assert activities.get_activity(db, CHAIR, world.lecture_id).data.status is ActivityStatus.HELD


def test_ticking_everyone_listed(db: Database, world: World) -> None:
    listed = sign_in.attendee_list(db, CHAIR, world.lecture_id)
    done = sign_in.tick_many(db, ADMIN, world.lecture_id, [r.id for r in listed])
    assert done.signed_in == len(listed) == done.participation.eligible
    assert done.participation.ratio.value == 1.0
    with pytest.raises(PermissionDenied):
        sign_in.tick_many(db, REVIEWER, world.lecture_id, [world.staff["HB001"]])
    departed = sign_in.tick_many(db, ADMIN, world.lecture_id, [world.staff["HB003"]])
    assert departed.refused == ("王五（HB003）",) and departed.signed_in == 0
