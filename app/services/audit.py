"""The audit trail: who did what and when, with before and after, hash-chained.

Each entry's hash covers its content and the previous entry's hash, so an edited or deleted
entry breaks the chain from that point on (`healthroom check` verifies it). In an encrypted
register the hash is an HMAC keyed by a key derived from the database key, so someone who
edits the file cannot recompute the chain: entries made before the keyed chain keep their
plain SHA-256, and once a keyed entry exists every later one must be keyed too. The count and
head of the chain are also kept outside the table (`audit_head`), which finds the newest
entries deleted.
"""

from __future__ import annotations

import datetime as dt
import hmac
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.catalogue.codes import AuditAction
from app.db.models import AuditEntry
from app.services.actor import Actor
from app.services.audit_chain import GENESIS as GENESIS
from app.services.audit_chain import chain_key as chain_key
from app.services.audit_chain import chained_hash, masked

CHAIN_KEY = "audit_chain_key"  # in Session.info: the HMAC key of an encrypted register
WRITTEN = "audit_written"  # in Session.info: this unit of work added entries


def entry_hash(entry: AuditEntry, key: bytes | None = None) -> str:
    """SHA-256 of the entry and its predecessor's hash; with `key`, an HMAC-SHA256."""
    fields = (
        entry.prev_hash, entry.at.isoformat(), entry.username, entry.action, entry.entity,
        entry.entity_id, entry.before_json or "", entry.after_json or "",
    )  # fmt: skip
    return chained_hash(fields, key)


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
        before_json=masked(entity, before),
        after_json=masked(entity, after),
        prev_hash=last or GENESIS,
    )
    entry.hash = entry_hash(entry, session.info.get(CHAIN_KEY))
    session.add(entry)
    session.flush()
    session.info[WRITTEN] = True
    return entry


@dataclass(frozen=True)
class ChainReport:
    entries: int
    first_broken_id: int | None

    @property
    def ok(self) -> bool:
        return self.first_broken_id is None


def verify_chain(session: Session, keyed_from: int | None = None) -> ChainReport:
    """Walk the chain. With the register's key, an entry at or after `keyed_from` (or after
    any keyed entry) must carry the keyed hash: a plain SHA-256 there means a rewrite."""
    key = session.info.get(CHAIN_KEY)
    previous = GENESIS
    count = 0
    keyed_seen = False
    for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.id)):
        count += 1
        keyed = key is not None and hmac.compare_digest(entry_hash(entry, key), entry.hash)
        must_be_keyed = key is not None and (
            keyed_seen or (keyed_from is not None and entry.id >= keyed_from)
        )
        plain = not must_be_keyed and entry_hash(entry) == entry.hash
        if entry.prev_hash != previous or not (keyed or plain):
            return ChainReport(count, entry.id)
        keyed_seen = keyed_seen or keyed
        previous = entry.hash
    return ChainReport(count, None)


def first_keyed_id(session: Session) -> int | None:
    """The id from which the chain is keyed (a scan back from the newest entry: run once per
    register, its answer is kept with the chain's head)."""
    key = session.info.get(CHAIN_KEY)
    first = None
    if key is not None:
        for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())):
            if not hmac.compare_digest(entry_hash(entry, key), entry.hash):
                break
            first = entry.id
    return first


def entry_count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(AuditEntry)) or 0


def head_hash(session: Session) -> str:
    last = session.scalar(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1))
    return last or GENESIS
