"""Device lifecycle rules, same-model comparison and upkeep due dates at their boundaries."""

from __future__ import annotations

import datetime as dt

import pytest

from app.catalogue.codes import DeviceEventKind as E
from app.catalogue.codes import DeviceStatus as S
from app.domain import lifecycle
from app.domain.rule_error import RuleError

D = dt.date


@pytest.mark.parametrize(
    ("status", "kind", "after"),
    [
        (S.IN_SERVICE, E.REPAIR_STARTED, S.UNDER_REPAIR),
        (S.UNDER_REPAIR, E.REPAIR_FINISHED, S.IN_SERVICE),
        (S.IN_SERVICE, E.DAMAGED, S.DAMAGED),
        (S.IN_SERVICE, E.LOST, S.LOST),
        (S.DAMAGED, E.REPLACED, S.REPLACED),
        (S.LOST, E.REPLACED, S.REPLACED),
        (S.REPLACED, E.RETIRED, S.RETIRED),
        (S.DAMAGED, E.REPAIR_STARTED, S.UNDER_REPAIR),
        (S.UNDER_REPAIR, E.DAMAGED, S.DAMAGED),
        (S.IN_SERVICE, E.MAINTENANCE, S.IN_SERVICE),
        (S.UNDER_REPAIR, E.CALIBRATION, S.UNDER_REPAIR),
        (S.IN_SERVICE, E.DISINFECTION, S.IN_SERVICE),
    ],
)
def test_allowed_transitions(status: S, kind: E, after: S) -> None:
    assert lifecycle.status_after(status, kind) is after


@pytest.mark.parametrize(
    ("status", "kind", "code"),
    [
        (S.IN_SERVICE, E.REPLACED, "replace_in_service"),
        (S.UNDER_REPAIR, E.REPLACED, "replace_under_repair"),
        (S.RETIRED, E.REPAIR_STARTED, "device_retired"),
        (S.IN_SERVICE, E.REPAIR_FINISHED, "event_not_allowed"),
        (S.LOST, E.REPAIR_STARTED, "event_not_allowed"),
        (S.REPLACED, E.DAMAGED, "event_not_allowed"),
        (S.DAMAGED, E.MAINTENANCE, "upkeep_not_in_room"),
        (S.RETIRED, E.DISINFECTION, "upkeep_not_in_room"),
        (S.IN_SERVICE, E.REGISTERED, "registered_once"),
    ],
)
def test_refused_transitions_say_why(status: S, kind: E, code: str) -> None:
    with pytest.raises(RuleError) as caught:
        lifecycle.status_after(status, kind)
    assert caught.value.code == code


def test_allowed_events_never_offer_replacement_or_registration() -> None:
    for status in S:
        offered = lifecycle.allowed_events(status)
        assert E.REPLACED not in offered and E.REGISTERED not in offered
        for kind in offered:
            lifecycle.status_after(status, kind)  # every offered event is accepted
    assert lifecycle.allowed_events(S.RETIRED) == []


@pytest.mark.parametrize(
    ("old", "new", "same"),
    [
        (("欧姆龙", "HEM-7136"), ("欧姆龙", "HEM-7136"), True),
        (("欧姆龙", "HEM-7136"), ("欧姆龙", "hem 7136"), True),
        (("欧姆龙", "HEM-7136"), ("欧姆龙", "ＨＥＭ－７１３６"), True),
        (("欧姆龙", "HEM-7136"), ("", "HEM-7136"), True),
        (("欧姆龙", "HEM-7136"), ("鱼跃", "HEM-7136"), False),
        (("欧姆龙", "HEM-7136"), ("欧姆龙", "HEM-7137"), False),
    ],
)
def test_same_model(old: tuple[str, str], new: tuple[str, str], same: bool) -> None:
    assert lifecycle.same_model(*old, *new) is same


def test_replacement_rules() -> None:
    with pytest.raises(RuleError) as caught:
        lifecycle.check_replacement(S.IN_SERVICE, ("a", "M1"), ("a", "M1"), "")
    assert caught.value.code == "replace_in_service"
    lifecycle.check_replacement(S.DAMAGED, ("a", "M1"), ("a", "M1"), "")
    with pytest.raises(RuleError) as caught:
        lifecycle.check_replacement(S.LOST, ("a", "M1"), ("a", "M2"), "   ")
    assert caught.value.code == "other_model_needs_reason"
    assert caught.value.details == {"old_model": "M1", "new_model": "M2"}
    lifecycle.check_replacement(S.LOST, ("a", "M1"), ("a", "M2"), "M1 no longer made")


def test_next_due_prefers_the_written_date_then_the_interval() -> None:
    assert lifecycle.next_due(90, D(2026, 1, 10), D(2026, 3, 1), D(2025, 1, 1)) == D(2026, 3, 1)
    assert lifecycle.next_due(90, D(2026, 1, 10), None, D(2025, 1, 1)) == D(2026, 4, 10)
    assert lifecycle.next_due(90, None, None, D(2026, 1, 1)) == D(2026, 4, 1)
    assert lifecycle.next_due(None, D(2026, 1, 10), None, D(2025, 1, 1)) is None
    assert lifecycle.next_due(90, None, None, None) is None


def test_overdue_starts_the_day_after_the_due_date() -> None:
    due = D(2026, 11, 16)
    assert not lifecycle.is_overdue(due, D(2026, 11, 15))
    assert not lifecycle.is_overdue(due, D(2026, 11, 16))
    assert lifecycle.is_overdue(due, D(2026, 11, 17))
    assert lifecycle.days_overdue(due, D(2026, 11, 17)) == 1
    assert lifecycle.days_overdue(due, D(2026, 11, 10)) == 0
    assert not lifecycle.is_overdue(None, D(2026, 11, 17))
