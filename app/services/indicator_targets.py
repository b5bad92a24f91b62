"""The site's indicator targets: the founding rules' defaults, editable per site (audited).

Stored in the `setting` table under `indicators.targets` as {key: value}; only the values are
editable — what a target measures (a rate, a count per year or per quarter) is fixed by the
domain. A stored value that is missing or unusable falls back to the default.
"""

from __future__ import annotations

import json
from collections.abc import Mapping

from sqlalchemy.orm import Session

from app.catalogue.codes import AuditAction
from app.db.migrate import Database
from app.db.models import Setting
from app.db.rows import Rows
from app.domain.permissions import Action
from app.domain.targets import DEFAULT_TARGETS, IndicatorKey
from app.services import audit
from app.services.actor import Actor
from app.services.stored_targets import SETTING_KEY, Targets, problem, read_targets
from app.services.unit_of_work import read_only, unit_of_work


class TargetError(ValueError):
    """A target cannot be saved: `code` is "rate_range" (0–100 %) or "count_range"."""

    def __init__(self, key: IndicatorKey, code: str, value: float) -> None:
        super().__init__(f"{key.value}: {code} ({value})")
        self.key = key
        self.code = code
        self.value = value


def load_targets(session: Session) -> Targets:
    """The targets in force (defaults where nothing usable is stored)."""
    return read_targets(Rows.of_session(session))


def get_targets(db: Database) -> Targets:
    with read_only(db) as session:
        return load_targets(session)


def save_targets(db: Database, actor: Actor, values: Mapping[IndicatorKey, float]) -> Targets:
    """Change some targets (the others keep theirs); one transaction, audited before/after."""
    actor.require(Action.EDIT_INDICATOR_TARGETS)
    for key, value in values.items():
        wrong = problem(DEFAULT_TARGETS[key], value)
        if wrong:
            raise TargetError(key, wrong, value)
    with unit_of_work(db) as session:
        before = {k.value: t.value for k, t in load_targets(session).items()}
        after = dict(before)
        after.update({k.value: float(v) for k, v in values.items()})
        row = session.get(Setting, SETTING_KEY)
        text = json.dumps(after, sort_keys=True)
        if row is None:
            session.add(Setting(key=SETTING_KEY, value=text))
        else:
            row.value = text
        session.flush()
        changed_before = {k: v for k, v in before.items() if after[k] != v}
        changed_after = {k: after[k] for k in changed_before}
        audit.record(
            session,
            actor,
            AuditAction.UPDATE,
            "setting",
            SETTING_KEY,
            before=changed_before,
            after=changed_after,
        )
        return load_targets(session)


def reset_targets(db: Database, actor: Actor) -> Targets:
    """Back to the founding rules' defaults."""
    return save_targets(db, actor, {k: t.value for k, t in DEFAULT_TARGETS.items()})
