"""The ≥ 3 h rule: merging, exceptions, versions."""

from __future__ import annotations

import datetime as dt

import pytest

from app.domain.schedule import (
    DayException,
    Interval,
    OpenHoursCalendar,
    WeeklySchedule,
    merge,
    total_hours,
)


def iv(a: str, b: str) -> Interval:
    return Interval(dt.time.fromisoformat(a), dt.time.fromisoformat(b))


MONDAY = dt.date(2026, 11, 16)


def test_overlapping_and_adjacent_slots_are_merged_never_counted_twice() -> None:
    assert merge([iv("09:00", "11:00"), iv("10:00", "12:00")]) == (iv("09:00", "12:00"),)
    assert merge([iv("09:00", "10:30"), iv("10:30", "12:00")]) == (iv("09:00", "12:00"),)
    assert total_hours([iv("08:00", "10:00"), iv("09:00", "11:00"), iv("14:00", "15:00")]) == 4
    assert total_hours([iv("09:00", "12:00"), iv("09:30", "10:00")]) == 3


def test_an_interval_must_end_after_it_starts() -> None:
    with pytest.raises(ValueError):
        iv("10:00", "10:00")


def test_exceptions_override_the_week_and_versions_apply_from_their_date() -> None:
    old = WeeklySchedule(dt.date(2026, 1, 1), {0: (iv("09:00", "11:00"),)})
    new = WeeklySchedule(MONDAY, {0: (iv("08:30", "11:30"), iv("14:00", "15:00"))})
    calendar = OpenHoursCalendar(
        [new, old],
        [
            DayException(MONDAY + dt.timedelta(days=7), closed=True, reason="holiday"),
            DayException(MONDAY + dt.timedelta(days=14), False, (iv("09:00", "10:00"),)),
            DayException(MONDAY + dt.timedelta(days=2), False, (iv("09:00", "12:00"),)),
        ],
    )
    assert calendar.hours_on(MONDAY - dt.timedelta(days=7)) == 2  # the old version
    assert calendar.hours_on(MONDAY) == 4
    assert calendar.hours_on(MONDAY + dt.timedelta(days=1)) == 0  # Tuesday: not scheduled
    assert calendar.hours_on(MONDAY + dt.timedelta(days=2)) == 3  # special hours, a Wednesday
    assert not calendar.is_open_day(MONDAY + dt.timedelta(days=7))
    assert calendar.short_days(MONDAY - dt.timedelta(days=7), MONDAY + dt.timedelta(days=14)) == [
        MONDAY - dt.timedelta(days=7),
        MONDAY + dt.timedelta(days=14),
    ]
    assert calendar.hours_on(dt.date(2025, 12, 29)) == 0  # before any version


def test_open_now_and_next_opening() -> None:
    week = WeeklySchedule(MONDAY, {0: (iv("08:30", "11:30"),), 2: (iv("14:00", "17:00"),)})
    calendar = OpenHoursCalendar([week])
    assert calendar.is_open_at(dt.datetime.combine(MONDAY, dt.time(9)))
    assert not calendar.is_open_at(dt.datetime.combine(MONDAY, dt.time(11, 30)))
    after = dt.datetime.combine(MONDAY, dt.time(12))
    assert calendar.next_opening(after) == dt.datetime.combine(
        MONDAY + dt.timedelta(days=2), dt.time(14)
    )
