"""The follow-up proposed from a visit's grades (editable table, catalogue defaults)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from app.catalogue.readings import Flag, ReadingGroup, ReadingType
from app.domain.follow_up_plan import FollowUpPlan, default_days

R, F, G = ReadingType, Flag, ReadingGroup
DAY = dt.date(2026, 11, 16)


@pytest.mark.parametrize(
    ("readings", "days"),
    [
        ([(R.SYSTOLIC, F.GRADE_3), (R.DIASTOLIC, F.GRADE_1)], 0),  # refer now
        ([(R.SYSTOLIC, F.GRADE_1), (R.DIASTOLIC, F.GRADE_2)], 14),  # the higher arm
        ([(R.SYSTOLIC, F.GRADE_1), (R.DIASTOLIC, F.HIGH_NORMAL)], 28),
        ([(R.GLUCOSE_FASTING, F.IMPAIRED)], 90),  # three months
        ([(R.GLUCOSE_RANDOM, F.SEVERELY_LOW)], 0),
        # The soonest of the visit's groups.
        ([(R.SYSTOLIC, F.GRADE_1), (R.DIASTOLIC, F.GRADE_1), (R.GLUCOSE_FASTING, F.HIGH)], 14),
        ([(R.SYSTOLIC, F.NORMAL), (R.DIASTOLIC, F.NORMAL), (R.PULSE, F.NORMAL)], None),
        ([(R.HEIGHT, F.NORMAL)], None),
    ],
)
def test_the_proposal_follows_the_grade(
    readings: list[tuple[ReadingType, Flag]], days: int | None
) -> None:
    plan = FollowUpPlan()
    assert plan.days_for(readings) == days
    expected = None if days is None else DAY + dt.timedelta(days=days)
    assert plan.propose(readings, DAY) == expected


def test_an_edited_table_is_used_and_survives_json() -> None:
    days = default_days() | {(G.BLOOD_PRESSURE, F.GRADE_1): 21}
    plan = FollowUpPlan(days)
    assert plan.days_for([(R.SYSTOLIC, F.GRADE_1), (R.DIASTOLIC, F.NORMAL)]) == 21
    loaded = FollowUpPlan.from_dict(json.loads(json.dumps(plan.to_dict())))
    assert loaded == plan
    # An older or newer version's keys: unknown ones ignored, missing ones the defaults.
    assert FollowUpPlan.from_dict({"future.grade": 3}) == FollowUpPlan()


@pytest.mark.parametrize("days", [-1, 367, 2.5, True])
def test_days_out_of_range_are_refused(days: object) -> None:
    with pytest.raises(ValueError):
        FollowUpPlan(default_days() | {(G.GLUCOSE, F.IMPAIRED): days})  # type: ignore[dict-item]
    with pytest.raises(ValueError):
        FollowUpPlan.from_dict({"glucose.impaired": days})
