"""How an audit entry is made and chained, free of SQLAlchemy: its hash, and an entry appended
with SQL text (`append`) for a command that works without the ORM. `app.services.audit`
appends through the session with the very same fields and hash."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
from collections.abc import Mapping
from typing import Any

from app.catalogue.codes import AuditAction
from app.db.rows import Rows, moment_text
from app.domain.audit_mask import mask_health_values

GENESIS = "0" * 64


def chain_key(database_key: bytes) -> bytes:
    """The audit chain's HMAC key: derived from the database key, never stored."""
    return hmac.new(database_key, b"healthroom audit chain v1", hashlib.sha256).digest()


def dump(value: Mapping[str, Any] | None) -> str | None:
    if value is None:
        return None
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def masked(entity: str, value: Mapping[str, Any] | None) -> str | None:
    """`value` as the trail keeps it: health values masked, then as JSON."""
    return dump(None if value is None else mask_health_values(entity, value))


def chained_hash(fields: tuple[str, ...], key: bytes | None = None) -> str:
    """SHA-256 of an entry's fields (its predecessor's hash first, then at, username, action,
    entity, entity id, before and after); with `key`, an HMAC-SHA256."""
    payload = "\x1f".join(fields).encode("utf-8")
    if key is None:
        return hashlib.sha256(payload).hexdigest()
    return hmac.new(key, payload, hashlib.sha256).hexdigest()


def append(
    rows: Rows,
    username: str,
    action: AuditAction,
    entity: str,
    entity_id: object = "",
    before: Mapping[str, Any] | None = None,
    after: Mapping[str, Any] | None = None,
    at: dt.datetime | None = None,
) -> None:
    """Append an entry in the connection's open transaction (a plain register's chain: an
    encrypted one is keyed and has its head kept in the key file, so it goes through the
    session, `app.services.audit.record`)."""
    when = (at or dt.datetime.now()).replace(microsecond=0)
    last = rows.scalar("SELECT hash FROM audit_entry ORDER BY id DESC LIMIT 1")
    fields = (
        last or GENESIS, when.isoformat(), username, action.value, entity, str(entity_id),
        masked(entity, before) or "", masked(entity, after) or "",
    )  # fmt: skip
    rows.connection.execute(
        "INSERT INTO audit_entry (at, username, action, entity, entity_id, before_json, "
        "after_json, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            moment_text(when), username, action.value, entity, str(entity_id),
            masked(entity, before), masked(entity, after), fields[0], chained_hash(fields),
        ),
    )  # fmt: skip
