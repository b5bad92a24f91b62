"""Reading the audit trail (the Exchange page lists imports and exports from it)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from app.db.migrate import Database
from app.db.models import AuditEntry
from app.domain.codes import AuditAction, Role
from app.services.actor import Actor
from app.services.unit_of_work import read_only


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: dt.datetime
    username: str
    action: AuditAction
    entity: str
    entity_id: str


def list_entries(
    db: Database, actor: Actor, actions: tuple[AuditAction, ...] = (), limit: int = 500
) -> list[AuditRow]:
    actor.require("read the audit trail", Role.CHAIR, Role.ADMIN, Role.TECH)
    query = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
    if actions:
        query = query.where(AuditEntry.action.in_([a.value for a in actions]))
    with read_only(db) as session:
        return [
            AuditRow(e.id, e.at, e.username, AuditAction(e.action), e.entity, e.entity_id)
            for e in session.scalars(query)
        ]
