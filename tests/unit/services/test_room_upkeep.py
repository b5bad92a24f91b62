"""The room's day log and the month calendar of missing records."""

from __future__ import annotations

import datetime as dt

import pytest

from app.catalogue.codes import ExceptionKind
from app.db.migrate import Database
from app.db.models import ScheduleException, ScheduleSlot, ScheduleVersion
from app.domain.day_log import DayFacts, DayState
from app.domain.rule_error import RuleError
from app.services import room_upkeep
from app.services.unit_of_work import unit_of_work
from tests.support import ADMIN, CHAIR, DEMO_TODAY, TECH

TODAY = dt.date(2026, 11, 16)  # a Monday


def weekdays_open(db: Database) -> None:
    with unit_of_work(db) as session:
        version = ScheduleVersion(effective_from=dt.date(2026, 1, 1))
        version.slots = [
            ScheduleSlot(weekday=w, start_time=dt.time(8, 30), end_time=dt.time(11, 30))
            for w in range(5)
        ]
        session.add(version)
        session.add(
            ScheduleException(
                on_date=dt.date(2026, 11, 11), kind=ExceptionKind.CLOSED.value, reason="停电"
            )
        )


def facts(**changes: object) -> DayFacts:
    values: dict[str, object] = {
        "opened_at": dt.time(8, 25),
        "closed_at": dt.time(11, 40),
        "duty_person": "李敏",
        "cleaned": True,
        "cleaned_by": "保洁员王芳",
        "disinfected": False,
        "disinfection_what": "",
        "disinfection_agent": "",
        "disinfected_by": "",
    }
    values.update(changes)
    return DayFacts(**values)  # type: ignore[arg-type]


def test_month_calendar_marks_missing_and_incomplete_days(db: Database) -> None:
    weekdays_open(db)
    room_upkeep.save_day(db, ADMIN, dt.date(2026, 11, 2), facts(), TODAY)
    room_upkeep.save_day(db, ADMIN, dt.date(2026, 11, 3), facts(cleaned=False), TODAY)
    room_upkeep.save_day(
        db,
        ADMIN,
        dt.date(2026, 11, 6),
        facts(disinfected=True, disinfection_what="血压计袖带", disinfection_agent="75%酒精",
              disinfected_by="李敏"),
        TODAY,
    )  # fmt: skip
    month = room_upkeep.month_upkeep(db, ADMIN, 2026, 11, TODAY)
    state = {d.day.day: d.state for d in month.days}
    assert len(month.days) == 30
    assert state[2] is DayState.COMPLETE
    assert state[3] is DayState.INCOMPLETE
    assert state[4] is DayState.MISSING
    assert state[1] is DayState.CLOSED  # a Sunday
    assert state[11] is DayState.CLOSED  # closed by an exception
    assert state[16] is DayState.PENDING  # today
    assert state[17] is DayState.FUTURE
    # Past open weekdays without a record (the 11th was closed, the 16th is today).
    missing = [d.day.day for d in month.days if d.state is DayState.MISSING]
    assert missing == [4, 5, 9, 10, 12, 13]
    assert [d.day.day for d in month.needing_attention] == [3, 4, 5, 9, 10, 12, 13]
    assert month.last_disinfection == dt.date(2026, 11, 6)
    assert [d.day.day for d in month.days if d.disinfected] == [6]


def test_a_day_is_completed_later_and_audited(db: Database) -> None:
    day = dt.date(2026, 11, 13)
    room_upkeep.save_day(db, ADMIN, day, facts(closed_at=None, cleaned=False), TODAY)
    row = room_upkeep.save_day(db, CHAIR, day, facts(), TODAY)
    assert row.facts.closed_at == dt.time(11, 40)
    again = room_upkeep.get_day(db, ADMIN, day)
    assert again is not None and again.id == row.id and again.facts.cleaned_by == "保洁员王芳"
    with pytest.raises(RuleError) as caught:
        room_upkeep.save_day(db, ADMIN, day, facts(disinfected=True), TODAY)
    assert caught.value.code == "disinfection_what_required"
    assert room_upkeep.get_day(db, ADMIN, day) == row  # unchanged


def test_the_demo_month(demo_db: Database) -> None:
    month = room_upkeep.month_upkeep(demo_db, ADMIN, DEMO_TODAY.year, DEMO_TODAY.month, DEMO_TODAY)
    assert month.count(DayState.COMPLETE) >= 5
    assert month.logs
    assert month.last_disinfection is not None


def test_disinfection_falls_due_after_the_interval_of_open_days(db: Database) -> None:
    from app.services import overview

    weekdays_open(db)  # Monday to Friday; 2026-11-11 (Wednesday) closed
    assert room_upkeep.disinfection_interval(db, ADMIN) == 1  # default: every open day
    never = room_upkeep.disinfection_due_on(db, ADMIN, TODAY)
    assert never.last is None and never.overdue  # open days passed without any

    disinfected = facts(disinfected=True, disinfection_what="血压计袖带",
                        disinfection_agent="75%酒精", disinfected_by="李敏")  # fmt: skip
    room_upkeep.save_day(db, ADMIN, dt.date(2026, 11, 13), disinfected, TODAY)  # a Friday
    due = room_upkeep.disinfection_due_on(db, ADMIN, TODAY)  # Monday: due today, not late
    assert (due.last, due.due_on, due.overdue) == (dt.date(2026, 11, 13), TODAY, False)
    tuesday = TODAY + dt.timedelta(days=1)
    assert room_upkeep.disinfection_due_on(db, ADMIN, tuesday).overdue
    kinds = [a.kind for a in overview.attention_items(db, ADMIN, tuesday)]
    assert overview.AttentionKind.DISINFECTION_OVERDUE in kinds

    room_upkeep.set_disinfection_interval(db, ADMIN, 3)  # every third open day
    due = room_upkeep.disinfection_due_on(db, ADMIN, tuesday)
    assert (due.due_on, due.overdue) == (dt.date(2026, 11, 18), False)
    kinds = [a.kind for a in overview.attention_items(db, ADMIN, tuesday)]
    assert overview.AttentionKind.DISINFECTION_OVERDUE not in kinds
    with pytest.raises(RuleError):
        room_upkeep.set_disinfection_interval(db, ADMIN, 0)
    with pytest.raises(PermissionError):
        room_upkeep.set_disinfection_interval(db, TECH, 2)
