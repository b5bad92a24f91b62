"""The three reading settings share one way to be stored: defaults when missing or
unreadable, one audited change per real change, the role table's check."""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlalchemy import select

from app.catalogue.codes import Role
from app.db.migrate import Database
from app.db.models import AuditEntry, Setting
from app.domain.follow_up_plan import FollowUpPlan
from app.domain.readings import ResultRule, Thresholds
from app.services.actor import Actor, PermissionDenied
from app.services.reading_thresholds import (
    FOLLOW_UP_PLAN,
    RESULT_RULE,
    THRESHOLDS,
    StoredSetting,
)

ADMIN, TECH = Actor("admin", Role.ADMIN), Actor("tech", Role.TECH)
SETTINGS: list[tuple[StoredSetting[Any], object, object]] = [
    (THRESHOLDS, Thresholds(), Thresholds(systolic_high=130)),
    (RESULT_RULE, ResultRule.AVERAGE, ResultRule.REPEAT),
    (FOLLOW_UP_PLAN, FollowUpPlan(), None),
]


def _audited(db: Database, key: str) -> list[AuditEntry]:
    with db.sessions() as session:
        return list(session.scalars(select(AuditEntry).where(AuditEntry.entity_id == key)))


@pytest.mark.parametrize(("setting", "default", "changed"), SETTINGS)
def test_a_missing_or_unreadable_setting_is_the_default(
    db: Database, setting: StoredSetting[Any], default: object, changed: object
) -> None:
    assert setting.get(db, TECH) == default
    for stored in ("{not json", "[1, 2]", "nonsense"):
        with db.sessions() as session, session.begin():
            session.merge(Setting(key=setting.key, value=stored))
        assert setting.get(db, TECH) == default


@pytest.mark.parametrize(("setting", "default", "changed"), SETTINGS[:2])
def test_a_change_is_stored_and_audited_once(
    db: Database, setting: StoredSetting[Any], default: object, changed: object
) -> None:
    setting.save(db, ADMIN, changed)
    setting.save(db, ADMIN, changed)  # the same again: nothing to record
    assert setting.get(db, TECH) == changed
    entries = _audited(db, setting.key)
    assert len(entries) == 1
    assert json.loads(entries[0].before_json or "") != json.loads(entries[0].after_json or "")
    with pytest.raises(PermissionDenied):
        setting.save(db, TECH, default)
