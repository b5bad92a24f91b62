"""The site's past county-review exports (the `export_record` table) and its key fingerprint,
as the Data exchange page lists them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.migrate import Database
from app.db.models import ExportRecord
from app.domain.key_fingerprint import fingerprint
from app.domain.permissions import Action
from app.services import exchange_keys
from app.services.actor import Actor
from app.services.unit_of_work import read_only


@dataclass(frozen=True)
class ExportRow:
    id: int
    site_code: str
    period: str
    sequence: int
    deidentified: bool
    created_at: dt.datetime
    username: str
    file_name: str
    sha256: str
    size: int


def record_export(session: Session, row: ExportRow) -> None:
    """Called by the export in the transaction that audits it (the package is complete)."""
    session.add(
        ExportRecord(
            site_code=row.site_code, period=row.period, sequence=row.sequence,
            deidentified=row.deidentified, created_at=row.created_at, username=row.username,
            file_name=row.file_name, sha256=row.sha256, size=row.size,
        )
    )  # fmt: skip


def list_exports(db: Database, actor: Actor) -> list[ExportRow]:
    """Newest first."""
    actor.require(Action.READ_EXCHANGE_LOG)
    with read_only(db) as session:
        query = select(ExportRecord).order_by(
            ExportRecord.created_at.desc(), ExportRecord.id.desc()
        )
        return [
            ExportRow(r.id, r.site_code, r.period, r.sequence, r.deidentified, r.created_at,
                      r.username, r.file_name, r.sha256, r.size)
            for r in session.scalars(query)
        ]  # fmt: skip


def key_fingerprint(db: Database, actor: Actor) -> str | None:
    """The fingerprint of the site's signing key; None while no key was made yet."""
    actor.require(Action.READ_EXCHANGE_LOG)
    with read_only(db) as session:
        public = exchange_keys.stored_public_key(session)
    return None if public is None else fingerprint(public)
