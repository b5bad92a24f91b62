"""Open-hours use cases on a real database: versions, slots, closures, the 3 h warning."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from app.catalogue.codes import ExceptionKind
from app.db.migrate import Database
from app.db.models import AuditEntry, ScheduleException
from app.domain.schedule import DayWarning, Interval
from app.services import open_hours
from app.services.actor import PermissionDenied
from app.services.open_hours import OpenHoursError
from tests.support import ADMIN, CHAIR, DEMO_TODAY, TECH

MONDAY = DEMO_TODAY
T = dt.time


def iv(a: str, b: str) -> Interval:
    return Interval(T.fromisoformat(a), T.fromisoformat(b))


def week(db: Database, effective: dt.date = MONDAY) -> int:
    version = open_hours.create_version(db, CHAIR, effective, "weekdays")
    for weekday in range(5):
        result = open_hours.save_day(
            db, CHAIR, version.id, weekday, [(T(8, 30), T(11, 30)), (T(14), T(17))]
        )
        assert result.saved
    return version.id


def audit(db: Database) -> list[AuditEntry]:
    with db.sessions() as session:
        return list(session.scalars(select(AuditEntry).order_by(AuditEntry.id)))


def test_a_short_day_is_not_saved_until_confirmed_and_then_counts_as_short(db: Database) -> None:
    version = week(db)
    result = open_hours.save_day(db, ADMIN, version, 2, [(T(9), T(11))])
    assert not result.saved
    assert result.check.warnings == (DayWarning.SHORT_DAY,)
    assert result.check.hours == 2
    assert open_hours.version_in_force(db, ADMIN, MONDAY).days[2].hours == 6  # unchanged

    confirmed = open_hours.save_day(db, ADMIN, version, 2, [(T(9), T(11))], confirm_short=True)
    assert confirmed.saved
    row = open_hours.version_in_force(db, ADMIN, MONDAY)
    assert row is not None
    assert row.days[2].slots == (iv("09:00", "11:00"),)
    assert row.days[2].short
    assert row.weekly_hours == 4 * 6 + 2
    calendar = open_hours.load_calendar(db, ADMIN)
    assert calendar.short_days(MONDAY, MONDAY + dt.timedelta(days=6)) == [
        MONDAY + dt.timedelta(days=2)
    ]
    last = audit(db)[-1]
    assert json.loads(last.after_json or "{}")["short_day_confirmed"] is True
    assert json.loads(last.before_json or "{}")["slots"] == ["08:30-11:30", "14:00-17:00"]


def test_overlapping_slots_are_stored_merged(db: Database) -> None:
    version = week(db)
    result = open_hours.save_day(
        db, ADMIN, version, 5, [(T(9), T(10, 30)), (T(10), T(12)), (T(12), T(12, 30))]
    )
    assert result.saved and DayWarning.MERGED in result.check.warnings
    saturday = open_hours.version_in_force(db, ADMIN, MONDAY).days[5]  # type: ignore[union-attr]
    assert saturday.slots == (iv("09:00", "12:30"),) and saturday.hours == 3.5
    slots = open_hours.schedule_in_force(db, ADMIN, MONDAY)
    assert [(s.weekday, s.start, s.end) for s in slots if s.weekday == 5] == [(5, T(9), T(12, 30))]


def test_bad_slots_and_duplicate_versions_are_refused_with_a_code(db: Database) -> None:
    version = week(db)
    with pytest.raises(OpenHoursError) as error:
        open_hours.save_day(db, ADMIN, version, 0, [(T(9), T(12)), (T(15), T(14))])
    assert (error.value.field, error.value.code) == ("slot2", "end_before_start")
    with pytest.raises(OpenHoursError) as error:
        open_hours.create_version(db, ADMIN, MONDAY)
    assert error.value.code == "duplicate"
    with pytest.raises(PermissionDenied):
        open_hours.save_day(db, TECH, version, 0, [])


def test_a_new_version_copies_the_week_and_applies_from_its_date(db: Database) -> None:
    first = week(db, dt.date(2026, 1, 5))
    later = open_hours.create_version(db, CHAIR, MONDAY, "winter", copy_from=first)
    assert [d.hours for d in later.days] == [6, 6, 6, 6, 6, 0, 0]
    open_hours.save_day(db, CHAIR, later.id, 4, [], confirm_short=False)  # Fridays closed
    versions = open_hours.list_versions(db, ADMIN)
    assert [v.effective_from for v in versions] == [dt.date(2026, 1, 5), MONDAY]
    assert versions[0].weekly_hours == 30 and versions[1].weekly_hours == 24
    calendar = open_hours.load_calendar(db, ADMIN)
    assert calendar.hours_on(MONDAY - dt.timedelta(days=3)) == 6  # a Friday before: old week
    assert calendar.hours_on(MONDAY + dt.timedelta(days=4)) == 0  # the Friday after
    open_hours.delete_version(db, CHAIR, later.id)
    assert [v.id for v in open_hours.list_versions(db, ADMIN)] == [first]


def test_close_a_date_range_replaces_special_hours_and_can_be_undone(db: Database) -> None:
    week(db, dt.date(2026, 1, 5))
    national_day = (dt.date(2026, 10, 1), dt.date(2026, 10, 7))
    with pytest.raises(OpenHoursError) as error:
        open_hours.close_dates(db, ADMIN, *national_day, reason="  ")
    assert (error.value.field, error.value.code) == ("reason", "required")
    with pytest.raises(OpenHoursError) as error:
        open_hours.close_dates(db, ADMIN, national_day[1], national_day[0], "国庆节")
    assert error.value.code == "before_first"

    special = open_hours.set_special_hours(db, ADMIN, dt.date(2026, 10, 2), [(T(8), T(12))], "值班")
    assert special.saved
    days = open_hours.close_dates(db, ADMIN, *national_day, reason="国庆节放假")
    assert len(days) == 7
    listed = open_hours.list_exception_days(db, ADMIN, dt.date(2026, 9, 1))
    assert [(d.on_date.day, d.kind) for d in listed] == [
        (n, ExceptionKind.CLOSED) for n in range(1, 8)
    ]
    assert {d.reason for d in listed} == {"国庆节放假"}
    with db.sessions() as session:  # the special hours of the 2nd were replaced, not kept
        kinds = session.scalars(
            select(ScheduleException.kind).where(ScheduleException.on_date == dt.date(2026, 10, 2))
        ).all()
    assert kinds == ["closed"]
    calendar = open_hours.load_calendar(db, ADMIN)
    assert calendar.closure_spans(dt.date(2026, 9, 1), dt.date(2026, 10, 31))[0].last == (
        dt.date(2026, 10, 7)
    )

    assert open_hours.remove_exceptions(db, ADMIN, dt.date(2026, 10, 5), dt.date(2026, 10, 7)) == 3
    assert open_hours.load_calendar(db, ADMIN).hours_on(dt.date(2026, 10, 5)) == 6


def test_special_hours_on_a_date_warn_when_short_and_merge(db: Database) -> None:
    week(db)
    saturday = MONDAY + dt.timedelta(days=5)
    result = open_hours.set_special_hours(db, ADMIN, saturday, [(T(9), T(10))], "义诊")
    assert not result.saved and result.check.short
    assert open_hours.list_exception_days(db, ADMIN, MONDAY) == []
    result = open_hours.set_special_hours(
        db, ADMIN, saturday, [(T(9), T(11)), (T(10), T(12, 30))], "义诊"
    )
    assert result.saved
    (listed,) = open_hours.list_exception_days(db, ADMIN, MONDAY)
    assert (listed.kind, listed.slots, listed.hours, listed.reason) == (
        ExceptionKind.SPECIAL_HOURS,
        (iv("09:00", "12:30"),),
        3.5,
        "义诊",
    )
    with pytest.raises(OpenHoursError):
        open_hours.set_special_hours(db, ADMIN, saturday, [], "x")


def test_open_status_now_and_next(db: Database) -> None:
    week(db)
    open_hours.close_dates(
        db, ADMIN, MONDAY + dt.timedelta(days=1), MONDAY + dt.timedelta(1), "培训"
    )
    at_ten = dt.datetime.combine(MONDAY, T(10))
    status = open_hours.open_status(db, ADMIN, at_ten)
    assert status.open_now and status.closes_at == dt.datetime.combine(MONDAY, T(11, 30))
    assert status.next_opening == dt.datetime.combine(MONDAY, T(14))
    assert status.weekly_hours == 30
    evening = open_hours.open_status(db, ADMIN, dt.datetime.combine(MONDAY, T(18)))
    assert not evening.open_now
    # Tuesday is closed for training: the next opening is Wednesday morning.
    assert evening.next_opening == dt.datetime.combine(MONDAY + dt.timedelta(days=2), T(8, 30))
    tuesday = open_hours.open_status(db, ADMIN, dt.datetime.combine(MONDAY + dt.timedelta(1), T(9)))
    assert tuesday.closed_reason == "培训" and tuesday.today == ()


def test_demo_schedule_reads_back(demo_db: Database) -> None:
    versions = open_hours.list_versions(demo_db, ADMIN)
    assert len(versions) == 2
    assert versions[-1].weekly_hours == 30
    status = open_hours.open_status(demo_db, ADMIN, dt.datetime.combine(DEMO_TODAY, T(9)))
    assert status.open_now
