"""Who counts for an activity or a notice: the roster on the day, the target group, no guests.

A person is on the roster on a date when hired on or before it (or no hire date is known) and
not yet gone: the departure date is the first day off. An activity's eligible staff are those on
the roster on its date and in its target group (all staff, or the chosen departments). Guests
(walk-ins not on the roster) are recorded but never counted; neither are roster staff from
outside the target group, so a rate never exceeds 100 %.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection

from app.domain.ratios import Ratio
from app.domain.targets import DEFAULT_TARGETS, IndicatorKey

LECTURE_PARTICIPATION_TARGET = DEFAULT_TARGETS[IndicatorKey.LECTURE_PARTICIPATION].value
NOTICE_COVERAGE_TARGET = DEFAULT_TARGETS[IndicatorKey.NOTICE_COVERAGE].value


def on_roster(hire_date: dt.date | None, departure_date: dt.date | None, day: dt.date) -> bool:
    return (hire_date is None or hire_date <= day) and (
        departure_date is None or departure_date > day
    )


def in_target_group(
    department_id: int, target_all: bool, target_departments: Collection[int]
) -> bool:
    return target_all or department_id in target_departments


def participation(attendee_ids: Collection[int], eligible_ids: Collection[int]) -> Ratio:
    """Distinct roster attendees who were eligible, over the eligible staff."""
    eligible = set(eligible_ids)
    return Ratio(len(eligible.intersection(attendee_ids)), len(eligible))
