"""The audit trail: who did what and when, with before and after, hash-chained.

Each entry's hash covers its content and the previous entry's hash, so an edited or deleted
entry breaks the chain from that point on (`healthroom check` verifies it).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import AuditEntry
from app.domain.audit_mask import mask_health_values
from app.domain.codes import AuditAction
from app.services.actor import Actor

GENESIS = "0" * 64


def _dump(value: Mapping[str, Any] | None) -> str | None:
    if value is None:
        return None
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def entry_hash(entry: AuditEntry) -> str:
    payload = "\x1f".join(
        [
            entry.prev_hash,
            entry.at.isoformat(),
            entry.username,
            entry.action,
            entry.entity,
            entry.entity_id,
            entry.before_json or "",
            entry.after_json or "",
        ]
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def record(
    session: Session,
    actor: Actor,
    action: AuditAction,
    entity: str,
    entity_id: object = "",
    before: Mapping[str, Any] | None = None,
    after: Mapping[str, Any] | None = None,
    at: dt.datetime | None = None,
) -> AuditEntry:
    """Append an audit entry in the caller's transaction (it commits with the change).

    Health values in `before`/`after` are masked (`app.domain.audit_mask`): the trail says
    that a reading changed, never what it was.
    """
    last = session.scalar(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1))
    entry = AuditEntry(
        at=(at or dt.datetime.now()).replace(microsecond=0),
        username=actor.username,
        action=action.value,
        entity=entity,
        entity_id=str(entity_id),
        before_json=_dump(None if before is None else mask_health_values(entity, before)),
        after_json=_dump(None if after is None else mask_health_values(entity, after)),
        prev_hash=last or GENESIS,
    )
    entry.hash = entry_hash(entry)
    session.add(entry)
    session.flush()
    return entry


@dataclass(frozen=True)
class ChainReport:
    entries: int
    first_broken_id: int | None

    @property
    def ok(self) -> bool:
        return self.first_broken_id is None


def verify_chain(session: Session) -> ChainReport:
    previous = GENESIS
    count = 0
    for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.id)):
        count += 1
        if entry.prev_hash != previous or entry_hash(entry) != entry.hash:
            return ChainReport(count, entry.id)
        previous = entry.hash
    return ChainReport(count, None)


def head_hash(session: Session) -> str:
    last = session.scalar(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1))
    return last or GENESIS
