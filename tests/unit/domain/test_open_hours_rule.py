"""The ≥ 3 h rule at its edges: overlaps, touching slots, exceptions, versions, notices."""

from __future__ import annotations

import datetime as dt

from app.domain.schedule import (
    ClosureSpan,
    DayException,
    DayWarning,
    Interval,
    OpenHoursCalendar,
    WeeklySchedule,
    check_day,
)


def iv(a: str, b: str) -> Interval:
    return Interval(dt.time.fromisoformat(a), dt.time.fromisoformat(b))


MONDAY = dt.date(2026, 11, 16)


def day(offset: int) -> dt.date:
    return MONDAY + dt.timedelta(days=offset)


def test_exactly_three_hours_is_enough_a_minute_less_is_short() -> None:
    assert check_day([iv("08:30", "11:30")]).warnings == ()
    short = check_day([iv("08:30", "11:29")])
    assert short.short and short.warnings == (DayWarning.SHORT_DAY,)
    assert round(short.hours, 3) == round(179 / 60, 3)


def test_overlapping_slots_count_once_and_may_hide_a_short_day() -> None:
    # 2 h + 2 h, but overlapping by an hour: 3 h, not 4.
    checked = check_day([iv("08:00", "10:00"), iv("09:00", "11:00")])
    assert checked.hours == 3
    assert checked.slots == (iv("08:00", "11:00"),)
    assert checked.warnings == (DayWarning.MERGED,)
    # 1.5 h twice, entirely overlapping: 1.5 h, short, although the sum would be 3 h.
    same = check_day([iv("09:00", "10:30"), iv("09:00", "10:30")])
    assert same.hours == 1.5
    assert same.warnings == (DayWarning.SHORT_DAY, DayWarning.MERGED)


def test_adjacent_slots_join_into_one_and_reach_three_hours() -> None:
    checked = check_day([iv("10:00", "11:30"), iv("08:30", "10:00")])
    assert checked.slots == (iv("08:30", "11:30"),)
    assert checked.hours == 3 and not checked.short


def test_split_day_adds_its_slots() -> None:
    checked = check_day([iv("08:30", "10:00"), iv("15:00", "16:30")])
    assert checked.hours == 3 and checked.warnings == ()


def test_a_closed_day_is_not_a_short_day() -> None:
    assert check_day([]).warnings == ()
    assert check_day([]).hours == 0


def test_exceptions_override_the_week_in_both_directions() -> None:
    week = WeeklySchedule(MONDAY, {0: (iv("08:30", "11:30"), iv("14:00", "17:00"))})
    calendar = OpenHoursCalendar(
        [week],
        [
            # Special hours shorten a good Monday to 2 h: that date becomes short.
            DayException(day(7), False, (iv("09:00", "11:00"),), "drill"),
            # Special hours open a Saturday the week leaves closed.
            DayException(day(5), False, (iv("09:00", "12:00"),), "open day"),
            # A closure removes a Monday entirely: not short, not open.
            DayException(day(14), True, reason="holiday"),
            # Two special slots on one date overlap: counted once.
            DayException(day(21), False, (iv("08:00", "10:00"),)),
            DayException(day(21), False, (iv("09:00", "11:00"),)),
        ],
    )
    assert calendar.hours_on(day(7)) == 2
    assert calendar.hours_on(day(5)) == 3
    assert not calendar.is_open_day(day(14))
    assert calendar.hours_on(day(21)) == 3
    assert calendar.short_days(day(0), day(27)) == [day(7)]
    assert calendar.open_days(day(0), day(27)) == [day(0), day(5), day(7), day(21)]


def test_versions_judge_each_period_by_the_schedule_then_in_force() -> None:
    short_week = WeeklySchedule(dt.date(2026, 1, 5), {0: (iv("09:00", "11:00"),)})
    good_week = WeeklySchedule(MONDAY, {0: (iv("08:30", "11:30"),)})
    calendar = OpenHoursCalendar([good_week, short_week])
    before, after = MONDAY - dt.timedelta(days=7), MONDAY
    assert calendar.short_days(before, before) == [before]
    assert calendar.short_days(after, after) == []
    assert calendar.version_on(MONDAY - dt.timedelta(days=1)) is short_week
    assert calendar.version_on(MONDAY) is good_week
    assert good_week.weekly_hours() == 3 and short_week.hours_on_weekday(0) == 2
    assert [v.effective_from for v in calendar.versions] == [dt.date(2026, 1, 5), MONDAY]


def test_open_until_and_next_opening_across_a_closure() -> None:
    week = WeeklySchedule(MONDAY, {d: (iv("08:30", "11:30"),) for d in range(5)})
    calendar = OpenHoursCalendar([week], [DayException(day(1), True, reason="training")])
    at = dt.datetime.combine(MONDAY, dt.time(10))
    assert calendar.open_until(at) == dt.datetime.combine(MONDAY, dt.time(11, 30))
    noon = dt.datetime.combine(MONDAY, dt.time(12))
    assert calendar.open_until(noon) is None
    assert calendar.next_opening(noon) == dt.datetime.combine(day(2), dt.time(8, 30))


def test_closure_spans_bridge_the_weekend_inside_a_holiday() -> None:
    week = WeeklySchedule(dt.date(2026, 1, 5), {d: (iv("08:30", "11:30"),) for d in range(5)})
    national_day = [dt.date(2026, 10, d) for d in (1, 2, 5, 6, 7)]  # Thu..Wed, weekdays only
    calendar = OpenHoursCalendar(
        [week],
        [DayException(d, True, reason="国庆节") for d in national_day]
        + [
            DayException(dt.date(2026, 10, 9), True, reason="国庆节"),  # after an open 8th
            DayException(dt.date(2026, 10, 12), True, reason="设备维护"),
            DayException(dt.date(2026, 10, 13), False, (iv("09:00", "10:00"),), "体检"),
        ],
    )
    assert calendar.closure_spans(dt.date(2026, 9, 1), dt.date(2026, 10, 31)) == [
        ClosureSpan(dt.date(2026, 10, 1), dt.date(2026, 10, 7), "国庆节"),
        ClosureSpan(dt.date(2026, 10, 9), dt.date(2026, 10, 9), "国庆节"),
        ClosureSpan(dt.date(2026, 10, 12), dt.date(2026, 10, 12), "设备维护"),
    ]
    special = calendar.special_days(dt.date(2026, 10, 1), dt.date(2026, 10, 31))
    assert [(s.on_date, s.intervals, s.reason) for s in special] == [
        (dt.date(2026, 10, 13), (iv("09:00", "10:00"),), "体检")
    ]
