"""The roster on a date and who counts for an activity."""

from __future__ import annotations

import datetime as dt

from app.domain.participation import in_target_group, on_roster, participation

DAY = dt.date(2026, 3, 10)


def test_on_roster_from_the_hire_day_until_the_day_before_departure() -> None:
    assert on_roster(None, None, DAY)
    assert on_roster(DAY, None, DAY)  # hired that morning
    assert not on_roster(DAY + dt.timedelta(1), None, DAY)
    assert on_roster(None, DAY + dt.timedelta(1), DAY)  # leaves tomorrow
    assert not on_roster(None, DAY, DAY)  # the departure day is the first day off


def test_target_group() -> None:
    assert in_target_group(3, True, ())
    assert in_target_group(3, False, {1, 3})
    assert not in_target_group(2, False, {1, 3})


def test_participation_counts_only_eligible_attendees() -> None:
    ratio = participation(attendee_ids=[1, 2, 9], eligible_ids=[1, 2, 3, 4, 5])
    assert (ratio.numerator, ratio.denominator) == (2, 5)
    assert ratio.still_needed(0.6) == 1
    empty = participation([1], [])
    assert empty.value is None and empty.meets(0.6) is None  # not applicable, never 0 %
