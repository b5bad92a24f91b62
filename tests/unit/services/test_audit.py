"""Every change writes an audit entry; the hash chain shows edits and deletions."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select, text

from app.db.migrate import Database
from app.db.models import AuditEntry
from app.services.actor import PermissionDenied
from app.services.audit import verify_chain
from app.services.site_profile import SiteProfile, get_profile, save_profile
from tests.support import ADMIN, CHAIR, TECH

PROFILE = SiteProfile(site_code="130900-0001", site_name="华北机械", room_name="职工健康生活室")


def entries(db: Database) -> list[AuditEntry]:
    with db.sessions() as session:
        return list(session.scalars(select(AuditEntry).order_by(AuditEntry.id)))


def test_creating_and_editing_the_profile_is_audited_with_before_and_after(db: Database) -> None:
    save_profile(db, CHAIR, PROFILE)
    save_profile(db, ADMIN, PROFILE.__class__(**{**PROFILE.__dict__, "area_m2": 15.5}))

    created, updated = entries(db)
    assert (created.username, created.action, created.entity) == ("chair", "create", "site")
    assert created.before_json is None
    assert json.loads(created.after_json or "{}")["site_name"] == "华北机械"
    assert (updated.username, updated.action) == ("admin", "update")
    assert json.loads(updated.before_json or "{}")["area_m2"] is None
    assert json.loads(updated.after_json or "{}")["area_m2"] == 15.5
    assert updated.prev_hash == created.hash
    assert get_profile(db) == PROFILE.__class__(**{**PROFILE.__dict__, "area_m2": 15.5})


def test_a_role_without_the_right_is_refused_and_nothing_is_written(db: Database) -> None:
    with pytest.raises(PermissionDenied):
        save_profile(db, TECH, PROFILE)
    assert get_profile(db) is None
    assert entries(db) == []


def test_the_chain_names_the_first_edited_or_deleted_entry(db: Database) -> None:
    for area in (13.0, 14.0, 15.0, 16.0):
        save_profile(db, CHAIR, PROFILE.__class__(**{**PROFILE.__dict__, "area_m2": area}))
    with db.sessions() as session:
        assert verify_chain(session).ok
        assert verify_chain(session).entries == 4

    with db.engine.begin() as connection:
        connection.execute(text("UPDATE audit_entry SET username = 'someone' WHERE id = 3"))
    with db.sessions() as session:
        assert verify_chain(session).first_broken_id == 3

    with db.engine.begin() as connection:
        connection.execute(text("UPDATE audit_entry SET username = 'chair' WHERE id = 3"))
        connection.execute(text("DELETE FROM audit_entry WHERE id = 2"))
    with db.sessions() as session:
        assert verify_chain(session).first_broken_id == 3
