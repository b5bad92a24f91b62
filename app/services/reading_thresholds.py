"""The reading settings in force at this site: the thresholds (DESIGN §2 defaults), the rule
for a type measured again, and the follow-up days per grade, all editable in settings.

Each is one row of the `setting` table; a missing or unreadable value means the defaults, so
visit entry never fails because of a settings problem.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from sqlalchemy.orm import Session

from app.catalogue.codes import AuditAction
from app.db.migrate import Database
from app.db.models import Setting
from app.domain.follow_up_plan import FollowUpPlan
from app.domain.permissions import Action
from app.domain.readings import ResultRule, Thresholds
from app.services import audit
from app.services.actor import Actor
from app.services.unit_of_work import read_only, unit_of_work

log = logging.getLogger(__name__)
T = TypeVar("T")


@dataclass(frozen=True)
class StoredSetting(Generic[T]):
    """One setting: how it is stored, read back and audited."""

    key: str
    default: Callable[[], T]
    decode: Callable[[str], T]  # raises ValueError when the stored text is unreadable
    encode: Callable[[T], str]
    audited: Callable[[T], Mapping[str, Any]]  # the before/after of the audit entry

    def load(self, session: Session) -> T:
        row = session.get(Setting, self.key)
        if row is None:
            return self.default()
        try:
            return self.decode(row.value)
        except ValueError:  # json.JSONDecodeError is a ValueError too
            log.warning("setting %s is unreadable, using the default: %r", self.key, row.value)
            return self.default()

    def get(self, db: Database, actor: Actor) -> T:
        actor.require(Action.READ_THRESHOLDS)
        with read_only(db) as session:
            return self.load(session)

    def save(self, db: Database, actor: Actor, value: T) -> T:
        actor.require(Action.EDIT_THRESHOLDS)
        with unit_of_work(db) as session:
            before = self.load(session)
            if before == value:
                return value
            row = session.get(Setting, self.key)
            if row is None:
                session.add(Setting(key=self.key, value=self.encode(value)))
            else:
                row.value = self.encode(value)
            audit.record(
                session, actor, AuditAction.UPDATE, "setting", self.key,
                before=dict(self.audited(before)), after=dict(self.audited(value)),
            )  # fmt: skip
        return value


def _json_object(from_dict: Callable[[dict[str, Any]], T]) -> Callable[[str], T]:
    def decode(text: str) -> T:
        data = json.loads(text)
        if not isinstance(data, dict):
            raise ValueError("not an object")
        return from_dict(data)

    return decode


def _json_text(value: Thresholds | FollowUpPlan) -> str:
    return json.dumps(value.to_dict(), sort_keys=True)


THRESHOLDS = StoredSetting[Thresholds](
    "readings.thresholds", Thresholds, _json_object(Thresholds.from_dict), _json_text,
    Thresholds.to_dict,
)  # fmt: skip
# Average (the guideline's, the default) or the repeat, for a type measured again.
RESULT_RULE = StoredSetting[ResultRule](
    "readings.remeasure_result", lambda: ResultRule.AVERAGE, ResultRule, lambda rule: rule.value,
    lambda rule: {"rule": rule.value},
)  # fmt: skip
# The follow-up days per grade (the catalogue's defaults where the site set none).
FOLLOW_UP_PLAN = StoredSetting[FollowUpPlan](
    "readings.follow_up_days", FollowUpPlan, _json_object(FollowUpPlan.from_dict), _json_text,
    FollowUpPlan.to_dict,
)  # fmt: skip
KEY = THRESHOLDS.key


def load_thresholds(session: Session) -> Thresholds:
    """The thresholds in the caller's transaction (for services that classify readings)."""
    return THRESHOLDS.load(session)


def get_thresholds(db: Database, actor: Actor) -> Thresholds:
    return THRESHOLDS.get(db, actor)


def save_thresholds(db: Database, actor: Actor, thresholds: Thresholds) -> Thresholds:
    """Store new thresholds; they apply to readings recorded from now on (stored flags stay)."""
    return THRESHOLDS.save(db, actor, thresholds)


def load_result_rule(session: Session) -> ResultRule:
    return RESULT_RULE.load(session)


def get_result_rule(db: Database, actor: Actor) -> ResultRule:
    return RESULT_RULE.get(db, actor)


def save_result_rule(db: Database, actor: Actor, rule: ResultRule) -> None:
    RESULT_RULE.save(db, actor, rule)


def load_follow_up_plan(session: Session) -> FollowUpPlan:
    return FOLLOW_UP_PLAN.load(session)


def get_follow_up_plan(db: Database, actor: Actor) -> FollowUpPlan:
    return FOLLOW_UP_PLAN.get(db, actor)


def save_follow_up_plan(db: Database, actor: Actor, plan: FollowUpPlan) -> FollowUpPlan:
    return FOLLOW_UP_PLAN.save(db, actor, plan)
