"""The reading thresholds in force at this site (DESIGN §2 defaults, editable in settings).

Stored as JSON in the `setting` table under ``readings.thresholds``; a missing or unreadable
value means the defaults, so visit entry never fails because of a settings problem.
"""

from __future__ import annotations

import json
import logging

from sqlalchemy.orm import Session

from app.db.migrate import Database
from app.db.models import Setting
from app.domain.codes import AuditAction, Role
from app.domain.follow_up_plan import FollowUpPlan
from app.domain.readings import ResultRule, Thresholds
from app.services import audit
from app.services.actor import Actor
from app.services.unit_of_work import read_only, unit_of_work

log = logging.getLogger(__name__)
KEY = "readings.thresholds"
READERS = (Role.CHAIR, Role.ADMIN, Role.TECH)
EDITORS = (Role.CHAIR, Role.ADMIN)


def load_thresholds(session: Session) -> Thresholds:
    """The thresholds in the caller's transaction (for services that classify readings)."""
    row = session.get(Setting, KEY)
    if row is None:
        return Thresholds()
    try:
        data = json.loads(row.value)
        if not isinstance(data, dict):
            raise ValueError("not an object")
        return Thresholds.from_dict(data)
    except ValueError:  # json.JSONDecodeError is a ValueError too
        log.warning("setting %s is unreadable, using the defaults: %r", KEY, row.value)
        return Thresholds()


def get_thresholds(db: Database, actor: Actor) -> Thresholds:
    actor.require("read the reading thresholds", *READERS)
    with read_only(db) as session:
        return load_thresholds(session)


def save_thresholds(db: Database, actor: Actor, thresholds: Thresholds) -> Thresholds:
    """Store new thresholds; they apply to readings recorded from now on (stored flags stay)."""
    actor.require("change the reading thresholds", *EDITORS)
    with unit_of_work(db) as session:
        before = load_thresholds(session)
        if before == thresholds:
            return thresholds
        value = json.dumps(thresholds.to_dict(), sort_keys=True)
        row = session.get(Setting, KEY)
        if row is None:
            session.add(Setting(key=KEY, value=value))
        else:
            row.value = value
        audit.record(
            session,
            actor,
            AuditAction.UPDATE,
            "setting",
            KEY,
            before=before.to_dict(),
            after=thresholds.to_dict(),
        )
    return thresholds


RULE_KEY = "readings.remeasure_result"


def load_result_rule(session: Session) -> ResultRule:
    """Average (the guideline's, the default) or the repeat, for a type measured again."""
    row = session.get(Setting, RULE_KEY)
    try:
        return ResultRule(row.value) if row is not None else ResultRule.AVERAGE
    except ValueError:
        log.warning("setting %s is unreadable, averaging: %r", RULE_KEY, row.value if row else "")
        return ResultRule.AVERAGE


def get_result_rule(db: Database, actor: Actor) -> ResultRule:
    actor.require("read the reading thresholds", *READERS)
    with read_only(db) as session:
        return load_result_rule(session)


def save_result_rule(db: Database, actor: Actor, rule: ResultRule) -> None:
    actor.require("change the reading thresholds", *EDITORS)
    with unit_of_work(db) as session:
        before = load_result_rule(session)
        if before is rule:
            return
        row = session.get(Setting, RULE_KEY)
        if row is None:
            session.add(Setting(key=RULE_KEY, value=rule.value))
        else:
            row.value = rule.value
        audit.record(
            session, actor, AuditAction.UPDATE, "setting", RULE_KEY,
            before={"rule": before.value}, after={"rule": rule.value},
        )  # fmt: skip


PLAN_KEY = "readings.follow_up_days"


def load_follow_up_plan(session: Session) -> FollowUpPlan:
    """The follow-up days per grade (the catalogue's defaults where the site set none)."""
    row = session.get(Setting, PLAN_KEY)
    if row is None:
        return FollowUpPlan()
    try:
        data = json.loads(row.value)
        if not isinstance(data, dict):
            raise ValueError("not an object")
        return FollowUpPlan.from_dict(data)
    except ValueError:
        log.warning("setting %s is unreadable, using the defaults: %r", PLAN_KEY, row.value)
        return FollowUpPlan()


def get_follow_up_plan(db: Database, actor: Actor) -> FollowUpPlan:
    actor.require("read the reading thresholds", *READERS)
    with read_only(db) as session:
        return load_follow_up_plan(session)


def save_follow_up_plan(db: Database, actor: Actor, plan: FollowUpPlan) -> FollowUpPlan:
    actor.require("change the reading thresholds", *EDITORS)
    with unit_of_work(db) as session:
        before = load_follow_up_plan(session)
        if before == plan:
            return plan
        value = json.dumps(plan.to_dict(), sort_keys=True)
        row = session.get(Setting, PLAN_KEY)
        if row is None:
            session.add(Setting(key=PLAN_KEY, value=value))
        else:
            row.value = value
        audit.record(
            session,
            actor,
            AuditAction.UPDATE,
            "setting",
            PLAN_KEY,
            before=before.to_dict(),
            after=plan.to_dict(),
        )
    return plan
