"""The queries behind the pages, on the demo database."""

from __future__ import annotations

import pytest

from app.db.migrate import Database
from app.services import (
    activities,
    audit_log,
    consumable_items,
    equipment_register,
    open_hours,
    overview,
    roster,
)
from app.services.actor import PermissionDenied
from app.services.usage_log import VisitFilter, count_visits, fetch_visits
from tests.support import CHAIR, DEMO_TODAY, REVIEWER


def test_staff_search_by_number_name_and_pinyin(demo_db: Database) -> None:
    everyone = roster.list_staff(demo_db, CHAIR)
    assert len(everyone) > 100
    person = everyone[17]
    by_no = roster.list_staff(demo_db, CHAIR, search=person.employee_no)
    assert [r.id for r in by_no] == [person.id]
    by_name = roster.list_staff(demo_db, CHAIR, search=person.name)
    assert person.id in [r.id for r in by_name]
    from app.domain.pinyin import pinyin_keys

    full, initials = pinyin_keys(person.name)
    assert person.id in [r.id for r in roster.list_staff(demo_db, CHAIR, search=initials)]
    assert person.id in [r.id for r in roster.list_staff(demo_db, CHAIR, search=full.upper())]


def test_staff_list_masks_id_numbers_and_phones(demo_db: Database) -> None:
    row = roster.list_staff(demo_db, CHAIR)[0]
    assert row.id_number_masked.startswith("**************")
    assert len(row.id_number_masked) == 18
    assert row.phone_masked.startswith("*******")


def test_departed_staff_are_hidden_unless_asked_for(demo_db: Database) -> None:
    active = roster.list_staff(demo_db, CHAIR)
    everyone = roster.list_staff(demo_db, CHAIR, include_departed=True)
    assert len(everyone) > len(active)
    assert all(r.departure_date is None for r in active)


def test_visits_come_newest_first_page_by_page(demo_db: Database) -> None:
    flt = VisitFilter()
    total = count_visits(demo_db, CHAIR, flt)
    first = fetch_visits(demo_db, CHAIR, flt, 0, 50)
    second = fetch_visits(demo_db, CHAIR, flt, 50, 50)
    assert total > 100
    assert len(first) == len(second) == 50
    times = [v.visited_at for v in first + second]
    assert times == sorted(times, reverse=True)
    assert not {v.id for v in first} & {v.id for v in second}
    assert all(v.readings for v in first)


def test_visit_filters(demo_db: Database) -> None:
    departments = roster.list_departments(demo_db, CHAIR)
    total = count_visits(demo_db, CHAIR, VisitFilter())
    by_department = count_visits(demo_db, CHAIR, VisitFilter(department_id=departments[0].id))
    abnormal = count_visits(demo_db, CHAIR, VisitFilter(abnormal_only=True))
    month = count_visits(
        demo_db, CHAIR, VisitFilter(date_from=DEMO_TODAY.replace(day=1), date_to=DEMO_TODAY)
    )
    assert 0 < by_department < total
    assert 0 < abnormal < total
    assert 0 < month < total
    rows = fetch_visits(demo_db, CHAIR, VisitFilter(abnormal_only=True), 0, 20)
    assert all(r.abnormal for r in rows)


def test_other_pages_have_records(demo_db: Database) -> None:
    assert equipment_register.list_devices(demo_db, CHAIR)
    assert consumable_items.list_items(demo_db, CHAIR)
    assert open_hours.schedule_in_force(demo_db, CHAIR, DEMO_TODAY)
    assert activities.list_activities(demo_db, CHAIR)
    assert audit_log.list_entries(demo_db, CHAIR)
    figures = {f.key: f.value for f in overview.overview_figures(demo_db, CHAIR, DEMO_TODAY)}
    assert figures["active_staff"] > 100


def test_a_county_reviewer_cannot_read_the_site_roster(demo_db: Database) -> None:
    with pytest.raises(PermissionDenied):
        roster.list_staff(demo_db, REVIEWER)
    with pytest.raises(PermissionDenied):
        count_visits(demo_db, REVIEWER, VisitFilter())
