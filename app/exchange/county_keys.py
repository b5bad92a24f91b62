"""The county keys a site trusts for the county's review results.

A county's key changes: a new PC or a new workspace makes a new one, and a county may announce
a new key before it stops using the old one. So a site trusts a list of keys, not one: a key
joins it once the user has compared its fingerprint with the one the county reads out on the
phone; an earlier key stays trusted (its files from before the change still apply, each key's
own numbering refusing replays) until the user retires it, and a retired key's files are
refused. Each change is in the audit trail. A register from before the list had one key
(`exchange.county_key`); it is read as the list's first entry.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from app.catalogue.codes import AuditAction, AuditEntity
from app.db.migrate import Database
from app.db.models import Setting
from app.domain.key_fingerprint import fingerprint
from app.domain.permissions import Action
from app.services import audit
from app.services.actor import Actor
from app.services.unit_of_work import read_only, unit_of_work

COUNTY_KEYS = "exchange.county_keys"
SINGLE_KEY = "exchange.county_key"  # before the list: the one key a site trusted
LAST_RETURN = "exchange.county_return"


def get_setting(session: Session, key: str) -> Any:
    row = session.get(Setting, key)
    return None if row is None else json.loads(row.value)


def put_setting(session: Session, key: str, value: object) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=json.dumps(value, ensure_ascii=False)))
    else:
        row.value = json.dumps(value, ensure_ascii=False)
    session.flush()


@dataclass(frozen=True)
class CountyKey:
    public_key: str  # hex
    added_on: str  # ISO day ("" for the key of a register from before the list)
    retired_on: str | None  # ISO day; None while trusted
    last_sequence: int  # the newest of its files applied (0: none yet)
    last_sha256: str

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)

    @property
    def trusted(self) -> bool:
        return self.retired_on is None

    def as_json(self) -> dict[str, object]:
        return {"key": self.public_key, "added_on": self.added_on, "retired_on": self.retired_on,
                "last_sequence": self.last_sequence, "last_sha256": self.last_sha256}  # fmt: skip


class KeyNotFound(LookupError):
    """No trusted county key has this fingerprint."""


def stored_keys(session: Session) -> list[CountyKey]:
    listed = get_setting(session, COUNTY_KEYS)
    if isinstance(listed, list):
        return [
            CountyKey(str(k["key"]), str(k.get("added_on", "")), k.get("retired_on"),
                      int(k.get("last_sequence", 0)), str(k.get("last_sha256", "")))
            for k in listed
        ]  # fmt: skip
    single = get_setting(session, SINGLE_KEY)
    if not isinstance(single, str):
        return []
    last = get_setting(session, LAST_RETURN)  # every file so far was signed by that key
    sequence, sha = (
        (int(last.get("sequence", 0)), str(last.get("sha256", "")))
        if isinstance(last, dict)
        else (0, "")
    )
    return [CountyKey(single, "", None, sequence, sha)]


def store_keys(session: Session, keys: list[CountyKey]) -> None:
    put_setting(session, COUNTY_KEYS, [k.as_json() for k in keys])
    old = session.get(Setting, SINGLE_KEY)
    if old is not None:
        session.delete(old)


def trust(session: Session, actor: Actor, public_key: str, today: dt.date) -> None:
    """Add a key the user confirmed (its fingerprint compared on the phone); audited."""
    keys = stored_keys(session)
    store_keys(session, [*keys, CountyKey(public_key, today.isoformat(), None, 0, "")])
    trusted = [k.fingerprint for k in keys if k.trusted]
    audit.record(
        session, actor, AuditAction.CREATE, AuditEntity.COUNTY_KEY, fingerprint(public_key),
        before={"trusted": trusted}, after={"trusted": [*trusted, fingerprint(public_key)]},
    )  # fmt: skip


def county_keys(db: Database) -> list[CountyKey]:
    """The keys this site has trusted, the first pinned first (retired ones too)."""
    with read_only(db) as session:
        return stored_keys(session)


def retire_key(db: Database, actor: Actor, key_fingerprint: str, today: dt.date) -> CountyKey:
    """Stop trusting a county key (the county said it is no longer used, or was lost); its
    files are refused from now on. Audited."""
    actor.require(Action.EDIT_INSPECTIONS)
    with unit_of_work(db) as session:
        keys = stored_keys(session)
        found = [k for k in keys if k.fingerprint == key_fingerprint and k.trusted]
        if not found:
            raise KeyNotFound(key_fingerprint)
        retired = CountyKey(found[0].public_key, found[0].added_on, today.isoformat(),
                            found[0].last_sequence, found[0].last_sha256)  # fmt: skip
        store_keys(session, [retired if k is found[0] else k for k in keys])
        audit.record(
            session, actor, AuditAction.UPDATE, AuditEntity.COUNTY_KEY, key_fingerprint,
            before={"retired_on": None}, after={"retired_on": retired.retired_on},
        )  # fmt: skip
        return retired


def note_applied(session: Session, public_key: str, sequence: int, sha256: str) -> None:
    """The key's newest applied file: an older one of the same key is refused from now on."""
    store_keys(
        session,
        [
            CountyKey(k.public_key, k.added_on, k.retired_on, sequence, sha256)
            if k.public_key == public_key
            else k
            for k in stored_keys(session)
        ],
    )
