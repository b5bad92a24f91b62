"""The audit chain's count and head, kept outside its table (in the key file of an encrypted
register), so deleting the newest entries — which leaves a shorter chain that is still whole —
is found by `healthroom check`.

The record is signed with the chain's key, so it cannot be edited to match either. It may lag
behind the table after a crash between the commit and its update (the table is then longer,
which is not a deletion); it never runs ahead.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.catalogue.problems.audit import AuditHeadProblem
from app.db.keyfile import KeyFile, KeyFileError, key_file_path
from app.db.migrate import Database
from app.db.models import AuditEntry
from app.services.audit import CHAIN_KEY, entry_count, first_keyed_id, head_hash

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class HeadCheck:
    recorded: int | None  # entries the outside record counts; None: no record (plain file)
    problem: AuditHeadProblem | None


def _mac(key: bytes, count: int, head: str, first_keyed: int | None) -> str:
    text = f"{count}:{head}:{first_keyed}".encode()
    return hmac.new(key, b"healthroom audit head v1:" + text, hashlib.sha256).hexdigest()


def store(db: Database, session: Session) -> None:
    """After a commit that added entries: the chain's count and head into the key file."""
    key = session.info.get(CHAIN_KEY)
    if key is None:
        return
    path = key_file_path(db.path)
    found = check_head(db, session)
    if found.problem is not None:  # never paper over a deletion or a rewrite: `check` tells
        log.error("audit head not updated: %s (recorded %s)", found.problem, found.recorded)
        return
    try:
        keys = KeyFile.load(path)
        earlier = keys.audit or {}
        first = earlier.get("first_keyed_id") or first_keyed_id(session)
        count, head = entry_count(session), head_hash(session)
        keys.audit = {
            "count": count,
            "head": head,
            "first_keyed_id": first,
            "mac": _mac(key, count, head, first),
        }
        keys.save(path)
    except (KeyFileError, OSError) as error:  # the change is committed; `check` will tell
        log.error("the audit head could not be kept in %s: %s", path, error)


def _record(db: Database, session: Session) -> tuple[dict[str, Any] | None, bool]:
    """The outside record and whether its signature holds ((None, True): no record)."""
    key = session.info.get(CHAIN_KEY)
    if key is None:
        return None, True
    try:
        record = KeyFile.load(key_file_path(db.path)).audit
    except KeyFileError:
        return None, True
    if not record:
        return None, True
    try:
        first = record.get("first_keyed_id")
        mac = _mac(key, int(record["count"]), str(record["head"]), first)
        return record, hmac.compare_digest(str(record["mac"]), mac)
    except (KeyError, TypeError, ValueError):
        return record, False


def keyed_from(db: Database, session: Session) -> int | None:
    """The first keyed entry's id as the signed record has it (None: no valid record)."""
    record, valid = _record(db, session)
    first = record.get("first_keyed_id") if record is not None and valid else None
    return first if isinstance(first, int) else None


def check_head(db: Database, session: Session) -> HeadCheck:
    """The table against the outside record: deleted newest entries, a rewritten head."""
    record, valid = _record(db, session)
    if record is None:
        return HeadCheck(None, None)
    if not valid:
        return HeadCheck(None, AuditHeadProblem.RECORD_ALTERED)
    count, head = int(record["count"]), str(record["head"])
    if entry_count(session) < count:
        return HeadCheck(count, AuditHeadProblem.ENTRIES_DELETED)
    if count:
        at_count = session.scalar(
            select(AuditEntry.hash).order_by(AuditEntry.id).offset(count - 1).limit(1)
        )
        if at_count != head:
            return HeadCheck(count, AuditHeadProblem.HEAD_DIFFERS)
    return HeadCheck(count, None)


def reset(db: Database) -> None:
    """A backup was put in place on purpose (restore, recovery): its chain is the one in force
    now, so the record of the replaced file's chain is dropped; the next entry records anew."""
    if db.key is None:
        return
    path = key_file_path(db.path)
    try:
        keys = KeyFile.load(path)
        keys.audit = None
        keys.save(path)
    except (KeyFileError, OSError) as error:
        log.error("the audit head in %s could not be reset: %s", path, error)
