"""Reading the audit trail: the Exchange page's list of imports and exports, and the viewer."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from app.catalogue.codes import AuditAction
from app.db.migrate import Database
from app.db.models import AuditEntry
from app.domain.permissions import Action
from app.services import audit_head
from app.services.actor import Actor
from app.services.audit import ChainReport, verify_chain
from app.services.audit_names import record_names
from app.services.unit_of_work import read_only


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: dt.datetime
    username: str
    action: AuditAction
    entity: str
    entity_id: str
    record: str = ""  # the record as people name it (app.services.audit_names)


@dataclass(frozen=True)
class AuditDetailRow:
    """One entry as the viewer shows it; before/after are the stored (masked) JSON."""

    id: int
    at: dt.datetime
    username: str
    action: AuditAction
    entity: str
    entity_id: str
    before_json: str | None
    after_json: str | None
    record: str = ""  # the record as people name it (app.services.audit_names)


@dataclass(frozen=True)
class AuditFilter:
    username: str | None = None
    action: AuditAction | None = None
    entity: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None  # inclusive


@dataclass(frozen=True)
class AuditChoices:
    """The values the viewer's filters offer: users and entities found in the trail."""

    usernames: list[str]
    entities: list[str]


def list_entries(
    db: Database, actor: Actor, actions: tuple[AuditAction, ...] = (), limit: int = 500
) -> list[AuditRow]:
    actor.require(Action.READ_EXCHANGE_LOG)
    query = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
    if actions:
        query = query.where(AuditEntry.action.in_([a.value for a in actions]))
    with read_only(db) as session:
        entries = list(session.scalars(query))
        names = record_names(session, entries)
        return [
            AuditRow(
                e.id, e.at, e.username, AuditAction(e.action), e.entity, e.entity_id, names[e.id]
            )
            for e in entries
        ]


def search(
    db: Database, actor: Actor, where: AuditFilter, limit: int = 2000
) -> tuple[list[AuditDetailRow], int]:
    """Entries matching the filter, newest first, at most `limit`; and how many match."""
    actor.require(Action.READ_AUDIT_TRAIL)
    conditions = []
    if where.username:
        conditions.append(AuditEntry.username == where.username)
    if where.action is not None:
        conditions.append(AuditEntry.action == where.action.value)
    if where.entity:
        conditions.append(AuditEntry.entity == where.entity)
    if where.date_from is not None:
        conditions.append(AuditEntry.at >= dt.datetime.combine(where.date_from, dt.time()))
    if where.date_to is not None:
        end = dt.datetime.combine(where.date_to + dt.timedelta(days=1), dt.time())
        conditions.append(AuditEntry.at < end)
    with read_only(db) as session:
        total = session.scalar(select(func.count()).select_from(AuditEntry).where(*conditions))
        entries = list(
            session.scalars(
                select(AuditEntry).where(*conditions).order_by(AuditEntry.id.desc()).limit(limit)
            )
        )
        names = record_names(session, entries)
        rows = [
            AuditDetailRow(
                e.id,
                e.at,
                e.username,
                AuditAction(e.action),
                e.entity,
                e.entity_id,
                e.before_json,
                e.after_json,
                names[e.id],
            )
            for e in entries
        ]
    return rows, int(total or 0)


def filter_choices(db: Database, actor: Actor) -> AuditChoices:
    actor.require(Action.READ_AUDIT_TRAIL)
    with read_only(db) as session:
        users = session.scalars(
            select(AuditEntry.username).distinct().order_by(AuditEntry.username)
        )
        entities = session.scalars(select(AuditEntry.entity).distinct().order_by(AuditEntry.entity))
        return AuditChoices(list(users), list(entities))


@dataclass(frozen=True)
class ChainStatus:
    """The hash chain walked, and its count and head checked against the key file's signed
    record (entries deleted from the end leave a chain that is still whole)."""

    chain: ChainReport
    head: audit_head.HeadCheck

    @property
    def ok(self) -> bool:
        return self.chain.ok and self.head.problem is None


def chain_status(db: Database, actor: Actor) -> ChainStatus:
    """Whether the audit trail is intact, and where it breaks (the viewer shows it)."""
    actor.require(Action.READ_AUDIT_TRAIL)
    with read_only(db) as session:
        chain = verify_chain(session, audit_head.keyed_from(db, session))
        return ChainStatus(chain, audit_head.check_head(db, session))
