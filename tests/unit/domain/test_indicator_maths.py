"""The pure indicator maths: active staff, pro-rated targets, not applicable, lowest event."""

from __future__ import annotations

import datetime as dt

import pytest

from app.domain.indicators import (
    count_result,
    count_window,
    is_active,
    lowest,
    open_hours_daily,
    participation,
    per_quarter_result,
    period_target,
    rate_result,
    reach,
)
from app.domain.periods import Period
from app.domain.ratios import Ratio
from app.domain.schedule import DayException, Interval, OpenHoursCalendar, WeeklySchedule
from app.domain.targets import DEFAULT_TARGETS, IndicatorKey

D = dt.date
K = IndicatorKey


def t(h: int, m: int = 0) -> dt.time:
    return dt.time(h, m)


def test_departure_day_is_the_first_day_off_the_roster() -> None:
    assert is_active(D(2026, 1, 1), D(2026, 9, 30), D(2026, 9, 29))
    assert not is_active(D(2026, 1, 1), D(2026, 9, 30), D(2026, 9, 30))
    assert is_active(D(2026, 9, 30), None, D(2026, 9, 30))  # hired that day
    assert not is_active(D(2026, 10, 1), None, D(2026, 9, 30))
    assert is_active(None, None, D(1990, 1, 1))  # hire date unknown: always on the roster


@pytest.mark.parametrize(
    ("key", "period", "target", "window"),
    [
        (K.LECTURES_COUNT, "2026", 4, ("2026-01-01", "2026-12-31")),
        (K.LECTURES_COUNT, "2026Q1", 1, ("2026-01-01", "2026-03-31")),
        (K.LECTURES_COUNT, "2026Q3", 3, ("2026-01-01", "2026-09-30")),
        (K.LECTURES_COUNT, "2026-02", 0, ("2026-01-01", "2026-02-28")),
        (K.LECTURES_COUNT, "2026-06", 2, ("2026-01-01", "2026-06-30")),
        (K.INSPECTIONS, "2026Q1", 0, ("2026-01-01", "2026-03-31")),
        (K.INSPECTIONS, "2026Q2", 1, ("2026-01-01", "2026-06-30")),
        (K.INSPECTIONS, "2026Q3", 1, ("2026-01-01", "2026-09-30")),
        (K.HOSPITAL_VISITS, "2026Q3", 1, ("2026-07-01", "2026-09-30")),
        (K.HOSPITAL_VISITS, "2026-07", 0, ("2026-07-01", "2026-07-31")),
        (K.HOSPITAL_VISITS, "2026-08", 0, ("2026-07-01", "2026-08-31")),
        (K.HOSPITAL_VISITS, "2026-09", 1, ("2026-07-01", "2026-09-30")),
        (K.USAGE_RATE, "2026-09", 0.8, ("2026-09-01", "2026-09-30")),
    ],
)
def test_count_targets_are_pro_rated_to_the_period_end(
    key: IndicatorKey, period: str, target: float, window: tuple[str, str]
) -> None:
    p = Period.parse(period)
    assert period_target(DEFAULT_TARGETS[key], p) == target
    assert count_window(DEFAULT_TARGETS[key], p) == tuple(D.fromisoformat(d) for d in window)


def test_a_zero_denominator_is_not_applicable_never_0_or_100() -> None:
    result = rate_result(K.USAGE_RATE, Period.parse("2026Q3"), Ratio(0, 0), 0.8, False)
    assert result.value is None and result.met is None and result.shortfall == 0
    assert not result.applicable
    none = rate_result(K.LECTURE_PARTICIPATION, Period.parse("2026Q3"), None, 0.6, False)
    assert none.value is None and none.numerator is None and none.denominator is None


def test_rate_shortfall_rounds_up_to_whole_people() -> None:
    result = rate_result(K.USAGE_RATE, Period.parse("2026Q3"), Ratio(233, 294), 0.8, False)
    assert result.met is False
    assert result.shortfall == 3  # ceil(0.8 × 294) = 236
    exact = rate_result(K.LECTURE_PARTICIPATION, Period.parse("2026Q3"), Ratio(3, 5), 0.6, False)
    assert exact.met is True and exact.shortfall == 0  # 60 % exactly is met


def test_lowest_event_and_ties() -> None:
    assert lowest([Ratio(3, 5), Ratio(1, 2), Ratio(0, 0)]) == Ratio(1, 2)
    assert lowest([Ratio(1, 2), Ratio(5, 10)]) == Ratio(5, 10)  # the larger group
    assert lowest([Ratio(0, 0)]) is None
    assert lowest([]) is None


def test_participation_counts_only_the_target_group() -> None:
    assert participation([1, 2, 2, 9], [1, 2, 3, 4]) == Ratio(2, 4)  # 9 is not in the group
    assert reach(10, 5) == Ratio(5, 5)  # a count typed too high is capped
    assert reach(-1, 5) == Ratio(0, 5)


def test_year_judged_quarter_by_quarter() -> None:
    year = Period.parse("2026")
    counts = [(q, n) for q, n in zip(year.quarters(), [1, 0, 2, 1], strict=True)]
    result = per_quarter_result(
        K.HOSPITAL_VISITS, year, counts, DEFAULT_TARGETS[K.HOSPITAL_VISITS], False
    )
    assert result.value == 0 and result.met is False and result.shortfall == 1
    assert [(p.label, p.met) for p in result.parts] == [
        ("2026Q1", True),
        ("2026Q2", False),
        ("2026Q3", True),
        ("2026Q4", True),
    ]
    ok = count_result(K.LECTURES_COUNT, year, 5, 4, False)
    assert ok.met is True and ok.value == 5.0 and ok.denominator is None


def test_open_hours_merge_versions_and_exceptions() -> None:
    # July 2026 starts on a Wednesday.
    v1 = WeeklySchedule(
        D(2026, 1, 1),
        {
            0: (Interval(t(8), t(11)),),  # Monday 3 h
            1: (Interval(t(8), t(10)), Interval(t(9, 30), t(10, 30))),  # Tuesday 2.5 h merged
            2: (Interval(t(8), t(9)), Interval(t(9), t(11))),  # Wednesday adjacent: 3 h
        },
    )
    v2 = WeeklySchedule(D(2026, 7, 20), {0: (Interval(t(8), t(12)),), 1: (Interval(t(8), t(11)),)})
    calendar = OpenHoursCalendar(
        [v1, v2],
        [
            DayException(D(2026, 7, 8), closed=True),
            DayException(D(2026, 7, 27), closed=False, intervals=(Interval(t(9), t(10)),)),
        ],
    )
    ratio, short = open_hours_daily(calendar, D(2026, 7, 1), D(2026, 7, 31))
    assert ratio == Ratio(7, 10)
    assert short == [(D(2026, 7, 7), 2.5), (D(2026, 7, 14), 2.5), (D(2026, 7, 27), 1.0)]
