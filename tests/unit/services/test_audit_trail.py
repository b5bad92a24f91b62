"""The audit trail: health values masked, sign-ins recorded, the viewer's filters, the chain."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select, text

from app.catalogue.codes import AuditAction, Role
from app.db.migrate import Database
from app.db.models import AuditEntry
from app.services import accounts, audit, audit_log
from app.services.actor import Actor, PermissionDenied
from app.services.audit_log import AuditFilter
from app.services.unit_of_work import unit_of_work
from tests.support import ADMIN, CHAIR, TECH


def test_health_values_are_masked_and_ids_shortened(db: Database) -> None:
    with unit_of_work(db) as session:
        audit.record(
            session,
            ADMIN,
            AuditAction.UPDATE,
            "health_file",
            7,
            before={"systolic": 150, "diastolic": None, "medical_history": "糖尿病"},
            after={"systolic": 128, "diastolic": 82, "note": "复查", "staff_id": 7},
        )
        audit.record(
            session,
            ADMIN,
            AuditAction.CREATE,
            "staff",
            8,
            after={"name": "李娜", "id_number": "130903197903143725", "phone": "13812345678"},
        )
        audit.record(
            session,
            ADMIN,
            AuditAction.CREATE,
            "usage_visit",
            9,
            after={"readings": [{"type": "systolic", "value": 150}], "advice": "低盐", "id": 9},
        )
    with db.sessions() as session:
        entries = list(session.scalars(select(AuditEntry).order_by(AuditEntry.id)))
    health, staff, visit = entries
    assert json.loads(health.before_json or "") == {
        "systolic": "***",
        "diastolic": None,  # that a value was empty is not sensitive
        "medical_history": "***",
    }
    assert json.loads(health.after_json or "") == {
        "systolic": "***",
        "diastolic": "***",
        "note": "***",
        "staff_id": 7,
    }
    assert json.loads(staff.after_json or "") == {
        "name": "李娜",
        "id_number": "**************3725",
        "phone": "*******5678",
    }
    assert json.loads(visit.after_json or "") == {"readings": "***", "advice": "***", "id": 9}
    for entry in entries:
        assert "150" not in (entry.before_json or "") + (entry.after_json or "")


def test_sign_ins_and_failures_are_in_the_trail(db: Database) -> None:
    accounts.create_first_chair(db, "zhang", "secret123")
    at = dt.datetime(2026, 11, 16, 8, 30)
    with pytest.raises(accounts.BadCredentials):
        accounts.login(db, "zhang", "wrong-pass", lambda: at)
    accounts.login(db, "zhang", "secret123", lambda: at + dt.timedelta(minutes=1))
    rows, total = audit_log.search(
        db, CHAIR, AuditFilter(username="zhang", date_from=at.date(), date_to=at.date())
    )
    assert total == 2
    assert [(r.action, r.at) for r in rows] == [
        (AuditAction.LOGIN, at + dt.timedelta(minutes=1)),
        (AuditAction.LOGIN_FAILED, at),
    ]


def test_the_viewer_filters_by_user_action_entity_and_dates(db: Database) -> None:
    days = [dt.datetime(2026, 11, d, 10, 0) for d in (1, 5, 9)]
    with unit_of_work(db) as session:
        for day in days:
            audit.record(session, CHAIR, AuditAction.CREATE, "device", 1, after={"n": 1}, at=day)
            audit.record(session, ADMIN, AuditAction.UPDATE, "staff", 2, after={"n": 2}, at=day)
            audit.record(session, TECH, AuditAction.EXPORT, "package", "", at=day)

    def find(**where: object) -> list[tuple[str, str, int]]:
        rows, _total = audit_log.search(db, ADMIN, AuditFilter(**where))  # type: ignore[arg-type]
        return [(r.username, r.entity, r.at.day) for r in rows]

    assert find(username="tech") == [
        ("tech", "package", 9),
        ("tech", "package", 5),
        ("tech", "package", 1),
    ]
    assert find(action=AuditAction.UPDATE, date_from=dt.date(2026, 11, 5)) == [
        ("admin", "staff", 9),
        ("admin", "staff", 5),
    ]
    assert find(entity="device", date_to=dt.date(2026, 11, 5)) == [
        ("chair", "device", 5),
        ("chair", "device", 1),
    ]
    assert find(date_from=dt.date(2026, 11, 5), date_to=dt.date(2026, 11, 5)) == [
        ("tech", "package", 5),
        ("admin", "staff", 5),
        ("chair", "device", 5),
    ]
    rows, total = audit_log.search(db, ADMIN, AuditFilter(), limit=4)
    assert (len(rows), total) == (4, 9)
    choices = audit_log.filter_choices(db, CHAIR)
    assert choices.usernames == ["admin", "chair", "tech"]
    assert choices.entities == ["device", "package", "staff"]
    with pytest.raises(PermissionDenied):
        audit_log.search(db, TECH, AuditFilter())
    with pytest.raises(PermissionDenied):
        audit_log.search(db, Actor("county", Role.REVIEWER), AuditFilter())


def test_the_chain_catches_an_edited_before_value_and_a_deleted_last_but_one(
    db: Database,
) -> None:
    with unit_of_work(db) as session:
        for n in range(5):
            audit.record(session, CHAIR, AuditAction.UPDATE, "device", n, {"n": n}, {"n": n + 1})
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE audit_entry SET before_json = '{\"n\": 9}' WHERE id = 2"))
    with db.sessions() as session:
        assert audit.verify_chain(session).first_broken_id == 2
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE audit_entry SET before_json = '{\"n\": 1}' WHERE id = 2"))
        connection.execute(text("DELETE FROM audit_entry WHERE id = 4"))
    with db.sessions() as session:
        report = audit.verify_chain(session)
        assert (report.first_broken_id, report.entries) == (5, 4)


def test_settings_named_after_reading_types_are_not_masked(db: Database) -> None:
    """Which consumable a reading type uses is configuration, not anyone's health data."""
    with unit_of_work(db) as session:
        audit.record(
            session,
            ADMIN,
            AuditAction.UPDATE,
            "setting",
            "consumables.per_reading",
            after={"glucose_random": None, "spo2": 2},
        )
    with db.sessions() as session:
        entry = session.scalars(select(AuditEntry)).one()
    assert json.loads(entry.after_json or "") == {"glucose_random": None, "spo2": 2}
