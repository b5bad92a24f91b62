"""Inspections the room received (巡检/督查) and their rectification items, on the site.

An inspection is recorded with its date, who inspected (county or city union, or the partner
hospital's supervision), the inspectors' names, the findings and an optional score; each
rectification item says what must be put right, who answers for it and by when. An item is
closed with the day it was done and what was done. The union's inspections count toward the
yearly `inspections` indicator; the hospital's supervision is kept beside them.

The public API (used by the window, the reports, the export and the county's return file):
`record_inspection`, `update_inspection`, `delete_inspection`, `close_item`, `reopen_item`,
`list_inspections`, `get_inspection`, `open_items`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.catalogue.codes import AuditAction, InspectionBody, RectificationStatus
from app.db.migrate import Database
from app.db.models import Inspection, RectificationItem
from app.db.rows import Rows
from app.domain.permissions import Action
from app.services import audit
from app.services.actor import Actor
from app.services.inspection_rows import InspectionRow as InspectionRow
from app.services.inspection_rows import ItemRow as ItemRow
from app.services.inspection_rows import inspections_in
from app.services.unit_of_work import read_only, unit_of_work

MAX_TEXT = 2000  # findings, item descriptions and what was done: a paragraph, not a file


class InspectionError(ValueError):
    """Refused input: `field` (date, body, inspectors, score, item, responsible, deadline,
    done_on, done_note, inspection) and `code` (missing, future, out_of_range, too_long,
    before_inspection, not_found, closed, from_county — the county's record: only its items'
    closures are the site's); `row` is the item's 1-based number when it is one."""

    def __init__(self, field: str, code: str, row: int | None = None) -> None:
        super().__init__(f"{field}: {code}" + (f" (item {row})" if row else ""))
        self.field = field
        self.code = code
        self.row = row


@dataclass(frozen=True)
class ItemInput:
    description: str
    responsible: str = ""
    deadline: dt.date | None = None
    item_id: int | None = None  # an existing item being edited; None for a new one


@dataclass(frozen=True)
class InspectionInput:
    inspected_on: dt.date
    body: InspectionBody
    inspectors: str
    findings: str = ""
    score: float | None = None
    items: tuple[ItemInput, ...] = ()


def _item_row(item: RectificationItem) -> ItemRow:
    return ItemRow(
        item.id, item.inspection_id, item.description, item.responsible, item.deadline,
        RectificationStatus(item.status), item.done_on, item.done_note, item.county_ref,
    )  # fmt: skip


def _row(inspection: Inspection) -> InspectionRow:
    items = sorted(inspection.items, key=lambda i: i.id)
    return InspectionRow(
        inspection.id, inspection.inspected_on, InspectionBody(inspection.body),
        inspection.inspectors, inspection.findings, inspection.score,
        tuple(_item_row(i) for i in items), inspection.county_ref,
    )  # fmt: skip


def _text(value: str, field: str, row: int | None = None, required: bool = False) -> str:
    value = value.strip()
    if required and not value:
        raise InspectionError(field, "missing", row)
    if len(value) > MAX_TEXT:
        raise InspectionError(field, "too_long", row)
    return value


def _checked(data: InspectionInput, today: dt.date) -> InspectionInput:
    if data.inspected_on > today:
        raise InspectionError("date", "future")
    if data.score is not None and not 0 <= data.score <= 100:
        raise InspectionError("score", "out_of_range")
    items = []
    for n, item in enumerate(data.items, start=1):
        if item.deadline is not None and item.deadline < data.inspected_on:
            raise InspectionError("deadline", "before_inspection", n)
        items.append(
            ItemInput(
                _text(item.description, "item", n, required=True),
                _text(item.responsible, "responsible", n)[:100],
                item.deadline,
                item.item_id,
            )
        )
    return InspectionInput(
        data.inspected_on, InspectionBody(data.body),
        _text(data.inspectors, "inspectors", required=True)[:300],
        _text(data.findings, "findings"), data.score, tuple(items),
    )  # fmt: skip


def _snapshot(inspection: Inspection) -> dict[str, object]:
    return {
        "county_ref": inspection.county_ref,
        "inspected_on": inspection.inspected_on,
        "body": inspection.body,
        "inspectors": inspection.inspectors,
        "findings": inspection.findings,
        "score": inspection.score,
        "items": [
            {"id": i.id, "description": i.description, "responsible": i.responsible,
             "deadline": i.deadline, "status": i.status, "done_on": i.done_on,
             "done_note": i.done_note}
            for i in sorted(inspection.items, key=lambda i: i.id)
        ],
    }  # fmt: skip


def _load(session: Session, inspection_id: int, own: bool = False) -> Inspection:
    """The inspection; `own`: only one the site recorded (the county's are changed only by
    its next return file)."""
    inspection = session.get(Inspection, inspection_id)
    if inspection is None:
        raise InspectionError("inspection", "not_found")
    if own and inspection.county_ref is not None:
        raise InspectionError("inspection", "from_county")
    return inspection


def record_inspection(
    db: Database, actor: Actor, data: InspectionInput, today: dt.date | None = None
) -> InspectionRow:
    """Record an inspection received with its rectification items (all open)."""
    actor.require(Action.EDIT_INSPECTIONS)
    clean = _checked(data, today or dt.date.today())
    with unit_of_work(db) as session:
        inspection = Inspection(
            inspected_on=clean.inspected_on, body=clean.body.value, inspectors=clean.inspectors,
            findings=clean.findings, score=clean.score,
            items=[
                RectificationItem(description=i.description, responsible=i.responsible,
                                  deadline=i.deadline, status=RectificationStatus.OPEN.value,
                                  done_note="")
                for i in clean.items
            ],
        )  # fmt: skip
        session.add(inspection)
        session.flush()
        audit.record(
            session, actor, AuditAction.CREATE, "inspection", inspection.id,
            after=_snapshot(inspection),
        )  # fmt: skip
        return _row(inspection)


def update_inspection(
    db: Database,
    actor: Actor,
    inspection_id: int,
    data: InspectionInput,
    today: dt.date | None = None,
) -> InspectionRow:
    """Correct an inspection: its facts, its items (kept by id, added, or removed). A closed
    item keeps its closure; removing one is refused (it is the record of work done)."""
    actor.require(Action.EDIT_INSPECTIONS)
    clean = _checked(data, today or dt.date.today())
    with unit_of_work(db) as session:
        inspection = _load(session, inspection_id, own=True)
        before = _snapshot(inspection)
        kept = {i.item_id for i in clean.items if i.item_id is not None}
        existing = {i.id: i for i in inspection.items}
        for item in list(inspection.items):
            if item.id not in kept:
                if item.status == RectificationStatus.DONE.value:
                    raise InspectionError("item", "closed")
                inspection.items.remove(item)
        for n, data_item in enumerate(clean.items, start=1):
            if data_item.item_id is None:
                inspection.items.append(
                    RectificationItem(
                        description=data_item.description, responsible=data_item.responsible,
                        deadline=data_item.deadline, status=RectificationStatus.OPEN.value,
                        done_note="",
                    )
                )  # fmt: skip
                continue
            edited = existing.get(data_item.item_id)
            if edited is None:
                raise InspectionError("item", "not_found", n)
            edited.description = data_item.description
            edited.responsible = data_item.responsible
            edited.deadline = data_item.deadline
        inspection.inspected_on = clean.inspected_on
        inspection.body = clean.body.value
        inspection.inspectors = clean.inspectors
        inspection.findings = clean.findings
        inspection.score = clean.score
        session.flush()
        audit.record(
            session, actor, AuditAction.UPDATE, "inspection", inspection.id,
            before=before, after=_snapshot(inspection),
        )  # fmt: skip
        return _row(inspection)


def delete_inspection(db: Database, actor: Actor, inspection_id: int) -> None:
    """Remove a mistaken entry with its items; the audit trail keeps what it held."""
    actor.require(Action.EDIT_INSPECTIONS)
    with unit_of_work(db) as session:
        inspection = _load(session, inspection_id, own=True)
        before = _snapshot(inspection)
        session.delete(inspection)
        audit.record(session, actor, AuditAction.DELETE, "inspection", inspection_id, before=before)


def close_item(
    db: Database,
    actor: Actor,
    item_id: int,
    done_on: dt.date,
    done_note: str,
    today: dt.date | None = None,
) -> ItemRow:
    """Close a rectification item: the day it was put right and what was done."""
    actor.require(Action.EDIT_INSPECTIONS)
    note = _text(done_note, "done_note", required=True)
    if done_on > (today or dt.date.today()):
        raise InspectionError("done_on", "future")
    with unit_of_work(db) as session:
        item = session.get(RectificationItem, item_id)
        if item is None:
            raise InspectionError("item", "not_found")
        if done_on < item.inspection.inspected_on:
            raise InspectionError("done_on", "before_inspection")
        before = _item_row(item)
        item.status, item.done_on, item.done_note = RectificationStatus.DONE.value, done_on, note
        session.flush()
        audit.record(
            session, actor, AuditAction.UPDATE, "rectification_item", item.id,
            before={"status": before.status.value, "done_on": before.done_on,
                    "done_note": before.done_note},
            after={"status": item.status, "done_on": done_on, "done_note": note},
        )  # fmt: skip
        return _item_row(item)


def reopen_item(db: Database, actor: Actor, item_id: int) -> ItemRow:
    """Undo a closure recorded by mistake; the audit trail keeps the closure."""
    actor.require(Action.EDIT_INSPECTIONS)
    with unit_of_work(db) as session:
        item = session.get(RectificationItem, item_id)
        if item is None:
            raise InspectionError("item", "not_found")
        before = {"status": item.status, "done_on": item.done_on, "done_note": item.done_note}
        item.status, item.done_on, item.done_note = RectificationStatus.OPEN.value, None, ""
        session.flush()
        audit.record(
            session, actor, AuditAction.UPDATE, "rectification_item", item.id, before=before,
            after={"status": item.status, "done_on": None, "done_note": ""},
        )  # fmt: skip
        return _item_row(item)


def inspections_between(session: Session, first: dt.date, last: dt.date) -> list[InspectionRow]:
    """The inspections of [first, last] with their items, oldest first (in the caller's
    session: the reports and the export read them inside their own)."""
    return inspections_in(Rows.of_session(session), first, last)


def list_inspections(db: Database, actor: Actor, year: int | None = None) -> list[InspectionRow]:
    """Every inspection (or a year's), newest first."""
    actor.require(Action.READ_INSPECTIONS)
    first = dt.date(year, 1, 1) if year else dt.date.min
    last = dt.date(year, 12, 31) if year else dt.date.max
    with read_only(db) as session:
        return inspections_between(session, first, last)[::-1]


def get_inspection(db: Database, actor: Actor, inspection_id: int) -> InspectionRow:
    actor.require(Action.READ_INSPECTIONS)
    with read_only(db) as session:
        return _row(_load(session, inspection_id))


def open_items(db: Database, actor: Actor) -> list[ItemRow]:
    """Every rectification item not yet closed, the earliest deadline first (none last)."""
    actor.require(Action.READ_INSPECTIONS)
    with read_only(db) as session:
        query = select(RectificationItem).where(
            RectificationItem.status == RectificationStatus.OPEN.value
        )
        items = [_item_row(i) for i in session.scalars(query)]
    return sorted(items, key=lambda i: (i.deadline is None, i.deadline or dt.date.max, i.id))
