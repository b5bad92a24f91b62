"""Column mappings the person confirmed, remembered per header signature and kind of import
(roster, sign-in), so the next file with the same headings is mapped the same way.

Stored as JSON in the `setting` table under ``import.columns.<kind>``: {signature: [field or
null per column], ...}, the most recent first, at most MAX_REMEMBERED of them. A damaged value
is treated as nothing remembered: a guess is offered instead, never an error.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence

from sqlalchemy.orm import Session

from app.db.migrate import Database
from app.db.models import Setting
from app.services.unit_of_work import read_only

log = logging.getLogger(__name__)
MAX_REMEMBERED = 50
Remembered = dict[str, list[str | None]]


def _key(kind: str) -> str:
    return f"import.columns.{kind}"


def load_mappings(session: Session, kind: str) -> Remembered:
    row = session.get(Setting, _key(kind))
    if row is None:
        return {}
    try:
        data = json.loads(row.value)
    except ValueError:
        data = None
    if not isinstance(data, dict) or not all(
        isinstance(v, list) and all(f is None or isinstance(f, str) for f in v)
        for v in data.values()
    ):
        log.warning("setting %s is unreadable; no mapping remembered", _key(kind))
        return {}
    return data


def remembered_mappings(db: Database, kind: str) -> Remembered:
    with read_only(db) as session:
        return load_mappings(session, kind)


def remember_mapping(
    session: Session, kind: str, signature: str, fields: Sequence[str | None]
) -> None:
    """Keep this mapping for these headings (in the caller's transaction)."""
    if not signature:
        return
    known = load_mappings(session, kind)
    known.pop(signature, None)
    kept = dict(list({signature: list(fields), **known}.items())[:MAX_REMEMBERED])
    value = json.dumps(kept, ensure_ascii=False)
    row = session.get(Setting, _key(kind))
    if row is None:
        session.add(Setting(key=_key(kind), value=value))
    elif row.value != value:
        row.value = value
