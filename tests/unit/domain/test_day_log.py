"""Day log rules: what is complete, missing or pending; what a record must hold."""

from __future__ import annotations

import datetime as dt

import pytest

from app.domain.day_log import DayFacts, DayState, check_entry, day_state
from app.domain.rule_error import RuleError

TODAY = dt.date(2026, 11, 16)
YESTERDAY = TODAY - dt.timedelta(days=1)
FULL = DayFacts(dt.time(8, 25), dt.time(17, 5), "李敏", True, "保洁员", False, "", "", "")


def test_states() -> None:
    assert day_state(YESTERDAY, TODAY, True, None) is DayState.MISSING
    assert day_state(YESTERDAY, TODAY, False, None) is DayState.CLOSED
    assert day_state(YESTERDAY, TODAY, True, FULL) is DayState.COMPLETE
    assert day_state(YESTERDAY, TODAY, False, FULL) is DayState.COMPLETE
    no_cleaning = DayFacts(dt.time(8), dt.time(17), "李敏", False, "", False, "", "", "")
    assert day_state(YESTERDAY, TODAY, True, no_cleaning) is DayState.INCOMPLETE
    assert day_state(TODAY, TODAY, True, None) is DayState.PENDING
    assert day_state(TODAY, TODAY, True, no_cleaning) is DayState.PENDING
    assert day_state(TODAY, TODAY, True, FULL) is DayState.COMPLETE
    assert day_state(TODAY + dt.timedelta(days=1), TODAY, True, None) is DayState.FUTURE


def day(**changes: object) -> DayFacts:
    values: dict[str, object] = dict.fromkeys(
        ("duty_person", "cleaned_by", "disinfection_what", "disinfection_agent", "disinfected_by"),
        "",
    )
    values.update(opened_at=None, closed_at=None, cleaned=False, disinfected=False)
    values.update(changes)
    return DayFacts(**values)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("facts", "code"),
    [
        (day(opened_at=dt.time(17), closed_at=dt.time(8), duty_person="李敏"), "open_before_close"),
        (day(opened_at=dt.time(8)), "duty_required"),
        (day(cleaned=True, cleaned_by=" "), "cleaned_by_required"),
        (
            day(disinfected=True, disinfection_agent="酒精", disinfected_by="李敏"),
            "disinfection_what_required",
        ),
        (
            day(disinfected=True, disinfection_what="袖带", disinfected_by="李敏"),
            "disinfection_agent_required",
        ),
        (
            day(disinfected=True, disinfection_what="袖带", disinfection_agent="酒精"),
            "disinfected_by_required",
        ),
        (day(), "nothing_to_save"),
    ],
)
def test_bad_records_are_refused(facts: DayFacts, code: str) -> None:
    with pytest.raises(RuleError) as caught:
        check_entry(YESTERDAY, TODAY, facts)
    assert caught.value.code == code


def test_no_record_for_tomorrow() -> None:
    with pytest.raises(RuleError) as caught:
        check_entry(TODAY + dt.timedelta(days=1), TODAY, FULL)
    assert caught.value.code == "date_in_future"
    check_entry(TODAY, TODAY, FULL)
