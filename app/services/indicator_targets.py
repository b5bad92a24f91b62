"""The site's indicator targets: the founding rules' defaults, editable per site (audited).

Stored in the `setting` table under `indicators.targets` as {key: value}; only the values are
editable — what a target measures (a rate, a count per year or per quarter) is fixed by the
domain. A stored value that is missing or unusable falls back to the default.
"""

from __future__ import annotations

import json
import logging
import math
from collections.abc import Mapping
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.catalogue.codes import AuditAction
from app.db.migrate import Database
from app.db.models import Setting
from app.domain.permissions import Action
from app.domain.targets import DEFAULT_TARGETS, IndicatorKey, Target, TargetKind
from app.services import audit
from app.services.actor import Actor
from app.services.unit_of_work import read_only, unit_of_work

log = logging.getLogger(__name__)
SETTING_KEY = "indicators.targets"
MAX_COUNT = 100

Targets = dict[IndicatorKey, Target]


class TargetError(ValueError):
    """A target cannot be saved: `code` is "rate_range" (0–100 %) or "count_range"."""

    def __init__(self, key: IndicatorKey, code: str, value: float) -> None:
        super().__init__(f"{key.value}: {code} ({value})")
        self.key = key
        self.code = code
        self.value = value


def _valid(target: Target, value: object) -> str | None:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        return "rate_range" if target.kind is TargetKind.RATE else "count_range"
    if target.kind is TargetKind.RATE:
        return None if 0 < value <= 1 else "rate_range"
    return None if value == int(value) and 0 <= value <= MAX_COUNT else "count_range"


def _stored(session: Session) -> dict[str, object]:
    raw = session.scalar(select(Setting.value).where(Setting.key == SETTING_KEY))
    if not raw:
        return {}
    try:
        data = json.loads(raw)
    except ValueError:
        log.warning("the stored indicator targets are not JSON; using the defaults")
        return {}
    return data if isinstance(data, dict) else {}


def load_targets(session: Session) -> Targets:
    """The targets in force (defaults where nothing usable is stored)."""
    stored = _stored(session)
    targets: Targets = {}
    for key, default in DEFAULT_TARGETS.items():
        value = stored.get(key.value)
        if isinstance(value, int | float) and _valid(default, value) is None:
            targets[key] = replace(default, value=float(value))
        else:
            targets[key] = default
    return targets


def get_targets(db: Database) -> Targets:
    with read_only(db) as session:
        return load_targets(session)


def save_targets(db: Database, actor: Actor, values: Mapping[IndicatorKey, float]) -> Targets:
    """Change some targets (the others keep theirs); one transaction, audited before/after."""
    actor.require(Action.EDIT_INDICATOR_TARGETS)
    for key, value in values.items():
        problem = _valid(DEFAULT_TARGETS[key], value)
        if problem:
            raise TargetError(key, problem, value)
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
