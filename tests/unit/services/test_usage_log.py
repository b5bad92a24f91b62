"""The usage log: filters and sorting over the indexes, corrections and deletions audited."""

from __future__ import annotations

import datetime as dt
import itertools
import json

import pytest
from sqlalchemy import select, text

from app.db.migrate import Database
from app.db.models import AuditEntry, FollowUp, UsageVisit
from app.domain.readings import ReadingType
from app.domain.visit_items import ReadingGroup, group_mask, mask_of
from app.services import roster, usage_log, visit_entry
from app.services.actor import PermissionDenied
from app.services.usage_log import VisitFilter, VisitRow, VisitSort
from app.services.visit_entry import VisitError, VisitInput
from tests.support import ADMIN, CHAIR, DEMO_TODAY, TECH

R = ReadingType
NOW = dt.datetime.combine(DEMO_TODAY, dt.time(10, 0))


def everything(
    db: Database, flt: VisitFilter, sort: VisitSort = VisitSort.NEWEST
) -> list[VisitRow]:
    return list(usage_log.iter_visits(db, CHAIR, flt, sort, chunk=500))


def test_items_filter_uses_the_mask_kept_by_the_database(demo_db: Database) -> None:
    glucose = everything(demo_db, VisitFilter(items_mask=group_mask(ReadingGroup.GLUCOSE)))
    assert glucose
    types = {"glucose_fasting", "glucose_2h", "glucose_random"}
    assert all(types & {r.type for r in row.readings} for row in glucose)
    waist = usage_log.count_visits(demo_db, CHAIR, VisitFilter(items_mask=mask_of([R.WAIST])))
    with demo_db.sessions() as session:
        expected = session.execute(
            text("SELECT count(DISTINCT visit_id) FROM measurement WHERE type = 'waist'")
        ).scalar()
    assert waist == expected > 0


def test_person_search_filter_and_visitor_names(demo_db: Database) -> None:
    person = roster.list_staff(demo_db, CHAIR)[3]
    rows = everything(demo_db, VisitFilter(staff_ids=(person.id,)))
    assert rows and {r.staff_id for r in rows} == {person.id}
    visitors = everything(demo_db, VisitFilter(staff_ids=(), visitor_prefix=""))
    assert visitors == []  # a search that matched nobody shows nothing, not everything
    all_visitors = [r for r in everything(demo_db, VisitFilter()) if r.is_visitor]
    name = all_visitors[0].person
    by_name = everything(demo_db, VisitFilter(staff_ids=(), visitor_prefix=name[:1]))
    assert name in {r.person for r in by_name} and all(r.is_visitor for r in by_name)
    # A visitor never belongs to a department.
    departments = roster.list_departments(demo_db, CHAIR)
    for department in departments:
        rows = everything(demo_db, VisitFilter(department_id=department.id))
        assert not any(r.is_visitor for r in rows)


def test_sort_orders(demo_db: Database) -> None:
    flt = VisitFilter(date_from=DEMO_TODAY - dt.timedelta(days=60))
    oldest = everything(demo_db, flt, VisitSort.OLDEST)
    assert [r.visited_at for r in oldest] == sorted(r.visited_at for r in oldest)
    by_person = everything(demo_db, flt, VisitSort.PERSON)
    staff = [r for r in by_person if not r.is_visitor]
    assert [r.employee_no for r in staff] == sorted(r.employee_no for r in staff)
    assert by_person[-1].is_visitor and not by_person[0].is_visitor  # visitors come last
    for a, b in itertools.pairwise(staff):  # each person's visits newest first
        if a.employee_no == b.employee_no:
            assert a.visited_at >= b.visited_at
    backwards = everything(demo_db, flt, VisitSort.PERSON_DESC)
    numbers = [r.employee_no for r in backwards if not r.is_visitor]
    assert numbers == sorted(numbers, reverse=True) and backwards[-1].is_visitor
    assert len(by_person) == len(oldest) == usage_log.count_visits(demo_db, CHAIR, flt)
    page = usage_log.fetch_visits(demo_db, CHAIR, flt, 10, 5, VisitSort.PERSON)
    assert [r.id for r in page] == [r.id for r in by_person[10:15]]


def make_visit(db: Database) -> tuple[int, int]:
    staff = roster.list_staff(db, CHAIR)
    visit = visit_entry.record_visit(
        db,
        ADMIN,
        VisitInput(staff_id=staff[0].id, readings={R.SYSTOLIC: 150, R.DIASTOLIC: 95}),
        now=NOW,
    )
    return visit.id, staff[1].id


def audit_of(db: Database, visit_id: int, action: str) -> AuditEntry:
    with db.sessions() as session:
        return session.scalars(
            select(AuditEntry).where(
                AuditEntry.entity == "usage_visit",
                AuditEntry.entity_id == str(visit_id),
                AuditEntry.action == action,
            )
        ).one()


def test_a_correction_needs_a_reason_and_keeps_before_and_after(demo_db: Database) -> None:
    visit_id, other = make_visit(demo_db)
    corrected = VisitInput(
        staff_id=other,
        readings={R.SYSTOLIC: 125, R.DIASTOLIC: 80, R.GLUCOSE_FASTING: 5.1},
        advice="正常",
        visited_at=NOW - dt.timedelta(minutes=30),
    )
    with pytest.raises(VisitError) as no_reason:
        usage_log.update_visit(demo_db, ADMIN, visit_id, corrected, "  ", now=NOW)
    assert no_reason.value.code == "reason_required"
    with pytest.raises(VisitError) as implausible:
        bad = VisitInput(staff_id=other, readings={R.SYSTOLIC: 500, R.DIASTOLIC: 80})
        usage_log.update_visit(demo_db, ADMIN, visit_id, bad, "typo", now=NOW)
    assert implausible.value.code == "implausible"
    row = usage_log.update_visit(demo_db, ADMIN, visit_id, corrected, "wrong person", now=NOW)
    assert row.staff_id == other and not row.abnormal and row.advice == "正常"
    assert row.items == mask_of([R.SYSTOLIC, R.DIASTOLIC, R.GLUCOSE_FASTING])
    entry = audit_of(demo_db, visit_id, "update")
    before, after = json.loads(entry.before_json or ""), json.loads(entry.after_json or "")
    # Health values are masked in the audit trail; who, when and why stay readable.
    assert before["abnormal"] == "***" and before["readings"] == "***"
    assert after["staff_id"] == other and after["why"] == "wrong person"
    assert after["readings"] == "***" and "125" not in (entry.after_json or "")
    with demo_db.sessions() as session:
        visit = session.get(UsageVisit, visit_id)
        assert visit is not None and {m.staff_id for m in visit.measurements} == {other}


def test_a_deletion_needs_a_reason_and_keeps_what_was_deleted(demo_db: Database) -> None:
    visit_id, _other = make_visit(demo_db)
    follow_up = visit_entry.add_follow_up(demo_db, ADMIN, visit_id, DEMO_TODAY, "血压偏高")
    with pytest.raises(VisitError):
        usage_log.delete_visit(demo_db, ADMIN, visit_id, "")
    with pytest.raises(PermissionDenied):
        usage_log.delete_visit(demo_db, TECH, visit_id, "no right")
    usage_log.delete_visit(demo_db, ADMIN, visit_id, "entered twice")
    entry = audit_of(demo_db, visit_id, "delete")
    assert json.loads(entry.after_json or "") == {"why": "entered twice"}
    assert json.loads(entry.before_json or "")["readings"] == "***"  # masked health values
    with demo_db.sessions() as session:
        assert session.get(UsageVisit, visit_id) is None
        kept = session.get(FollowUp, follow_up)
        assert kept is not None and kept.visit_id is None  # the follow-up stays
    with pytest.raises(VisitError) as gone:
        usage_log.delete_visit(demo_db, ADMIN, visit_id, "again")
    assert gone.value.code == "not_found"
