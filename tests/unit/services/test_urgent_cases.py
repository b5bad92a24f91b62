"""Urgent values (危急值): a case opens with the reading, stays open until the action is
recorded, is listed while open, counted without names, and every step is audited."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from app.catalogue.urgent import UrgentAction
from app.db.migrate import Database
from app.db.models import AuditEntry, UrgentCase, UsageVisit
from app.domain.readings import ReadingType
from app.services import urgent_cases, usage_log, visit_entry
from app.services.actor import PermissionDenied
from app.services.visit_entry import VisitInput
from tests.support import ADMIN, TECH
from tests.unit.services.test_visit_entry import NOW, add_staff

R = ReadingType


def record(db: Database, staff_id: int | None, **readings: float) -> visit_entry.RecordedVisit:
    return visit_entry.record_visit(
        db,
        ADMIN,
        VisitInput(
            staff_id=staff_id,
            visitor_name=None if staff_id else "王访客",
            readings={R(k): v for k, v in readings.items()},
        ),
        now=NOW,
    )


def audit_of(db: Database, entity: str) -> list[AuditEntry]:
    with db.sessions() as session:
        return list(session.scalars(select(AuditEntry).where(AuditEntry.entity == entity)))


@pytest.mark.parametrize(
    ("readings", "urgent"),
    [
        ({"systolic": 185, "diastolic": 115}, ("systolic", "diastolic")),
        ({"systolic": 180, "diastolic": 100}, ("systolic",)),
        ({"systolic": 170, "diastolic": 110}, ("diastolic",)),
        ({"systolic": 179, "diastolic": 109}, ()),
        ({"glucose_fasting": 2.9}, ("glucose_fasting",)),
        ({"glucose_random": 16.7}, ("glucose_random",)),
        ({"glucose_2h": 16.6}, ()),
    ],
)
def test_an_urgent_reading_opens_a_case(
    db: Database, readings: dict[str, float], urgent: tuple[str, ...]
) -> None:
    sid = add_staff(db, "E1")
    visit = record(db, sid, **readings)
    assert tuple(t.value for t in visit.urgent_types) == urgent
    assert (visit.urgent_case_id is not None) == bool(urgent)
    open_now = urgent_cases.open_cases(db, ADMIN)
    assert [c.visit_id for c in open_now] == ([visit.id] if urgent else [])
    if urgent:
        assert {r.type.value for r in open_now[0].readings} == set(urgent)
        assert open_now[0].person == "张三"


def test_the_case_closes_only_with_an_action_and_is_audited(db: Database) -> None:
    sid = add_staff(db, "E1")
    visit = record(db, sid, systolic=188, diastolic=112)
    case_id = visit.urgent_case_id
    assert case_id is not None
    # Measured again, still urgent: the same one case.
    again = visit_entry.add_readings(db, ADMIN, visit.id, {R.SYSTOLIC: 182, R.DIASTOLIC: 108})
    assert again.urgent_case_id == case_id
    with pytest.raises(urgent_cases.UrgentCaseError, match="note_required"):
        urgent_cases.close_case(db, ADMIN, case_id, UrgentAction.OTHER, "  ")
    with pytest.raises(PermissionDenied):
        urgent_cases.close_case(db, TECH, case_id, UrgentAction.REFERRED)
    assert urgent_cases.case_of_visit(db, ADMIN, visit.id) == case_id
    later = NOW + dt.timedelta(minutes=20)
    urgent_cases.close_case(db, ADMIN, case_id, UrgentAction.CALLED_120, "120 到场", now=later)
    assert urgent_cases.open_cases(db, ADMIN) == []
    assert urgent_cases.case_of_visit(db, ADMIN, visit.id) is None
    with pytest.raises(urgent_cases.UrgentCaseError, match="closed"):
        urgent_cases.close_case(db, ADMIN, case_id, UrgentAction.REFERRED)
    entries = audit_of(db, "urgent_case")
    assert [e.action for e in entries] == ["create", "update"]
    closed = json.loads(entries[1].after_json or "{}")
    assert closed["action"] == "called_120" and closed["note"] == "120 到场"
    # A re-measurement of a closed visit opens no second case.
    third = visit_entry.add_readings(db, ADMIN, visit.id, {R.SYSTOLIC: 181, R.DIASTOLIC: 100})
    assert third.urgent_case_id is None
    with db.sessions() as session:
        assert len(list(session.scalars(select(UrgentCase)))) == 1


def test_the_database_refuses_a_closed_case_without_an_action(db: Database) -> None:
    visit = record(db, None, glucose_random=1.8)
    with db.sessions() as session, pytest.raises(IntegrityError), session.begin():
        case = session.scalars(select(UrgentCase)).one()
        assert case.visit_id == visit.id
        case.closed_at = NOW


def test_counts_by_action_and_type_carry_no_names(db: Database) -> None:
    sid = add_staff(db, "E1")
    a = record(db, sid, systolic=190, diastolic=120)
    b = record(db, None, glucose_fasting=2.5)
    record(db, sid, systolic=120, diastolic=80)
    assert a.urgent_case_id and b.urgent_case_id
    urgent_cases.close_case(db, ADMIN, a.urgent_case_id, UrgentAction.ADVISED_REFUSED)
    start = dt.datetime.combine(NOW.date().replace(day=1), dt.time())
    with db.sessions() as session:
        counted = urgent_cases.counts(session, start, start + dt.timedelta(days=31))
        assert urgent_cases.count_open(session) == 1
    assert (counted.opened, counted.closed, counted.still_open) == (2, 1, 1)
    assert counted.by_action == {"advised_refused": 1}
    assert counted.by_type == {"systolic": 1, "diastolic": 1, "glucose_fasting": 1}
    assert "张三" not in repr(counted) and "王访客" not in repr(counted)


def test_deleting_the_visit_removes_its_case(db: Database) -> None:
    visit = record(db, None, systolic=200, diastolic=120)
    usage_log.delete_visit(db, ADMIN, visit.id, "录错了人")
    with db.sessions() as session:
        assert session.scalar(select(UsageVisit).where(UsageVisit.id == visit.id)) is None
        assert list(session.scalars(select(UrgentCase))) == []
