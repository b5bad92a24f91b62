"""The site imports the county's review-result file (Exchange page, `healthroom import
review-result FILE`): verify, preview, apply, audit.

Nothing is read before `review_result.read_return_file` has checked the file's limits,
signature, manifest and every value. The county's public key is pinned on the first import once
the user has confirmed its fingerprint (read out by the county on the phone); a file signed by
another key is refused unless the user confirms the county really has a new key, which is then
trusted beside the earlier ones (`county_keys`); a retired key's files are refused. A file for
another site is refused. Each key's newest applied file is kept: the same file again changes
nothing, an older one is refused, and so is a file made before the newest file applied under
any key (a replayed file cannot undo a newer one, whichever key signed it).

Applying brings the register's county records to the file's state in one transaction: the
county's inspections are added or updated, those the county removed are removed; each item
keeps the site's closure (its day and what was done), and an item the county found put right
is closed. The county's comments and commendation verdict are kept for the Exchange page.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.catalogue.codes import AuditAction, AuditEntity, InspectionBody, RectificationStatus
from app.db.migrate import Database
from app.db.models import Inspection, RectificationItem, Site
from app.domain.key_fingerprint import fingerprint
from app.domain.permissions import Action
from app.exchange.county_keys import (
    LAST_RETURN,
    county_keys,
    get_setting,
    note_applied,
    put_setting,
    stored_keys,
    trust,
)
from app.exchange.review_result import ReturnInspection, ReviewResult, read_return_file
from app.services import audit
from app.services.actor import Actor
from app.services.unit_of_work import read_only, unit_of_work

CLOSED_AT_COUNTY = "县级审核确认已整改 / confirmed put right by the county"

# What a check or an import found: ready (preview) / applied, unchanged (this file was applied
# already), older (a newer file was applied: this one is refused), new_key (the county's first
# file: its key is pinned only once confirmed), key_changed (a key the site does not trust yet:
# the same), retired_key (a key the site stopped trusting: refused), wrong_site (another site's).
READY, APPLIED, UNCHANGED, OLDER = "ready", "applied", "unchanged", "older"
NEW_KEY, KEY_CHANGED, WRONG_SITE = "new_key", "key_changed", "wrong_site"
RETIRED_KEY = "retired_key"


@dataclass(frozen=True)
class ReviewChanges:
    added: int = 0  # inspections
    updated: int = 0
    removed: int = 0
    items_added: int = 0
    items_closed: int = 0  # closed because the county found them put right
    items_removed: int = 0

    @property
    def any(self) -> bool:
        return any(vars(self).values())


@dataclass(frozen=True)
class ReviewOutcome:
    status: str
    result: ReviewResult
    changes: ReviewChanges = field(default_factory=ReviewChanges)
    last_sequence: int = 0  # the sequence applied before (for older / unchanged)

    @property
    def fingerprint(self) -> str:
        """Of the county's key in the file: compared with the one the county reads out."""
        return fingerprint(self.result.public_key)


@dataclass(frozen=True)
class CountyFeedback:
    """What the last applied file said besides the inspections (for the Exchange page)."""

    sequence: int
    created_at: str
    applied_at: str
    comments: tuple[tuple[str, str], ...]  # (period, text)
    commendation_year: int | None
    commendation_reasons: tuple[str, ...]  # empty with a year: shortlisted


def pinned_fingerprint(db: Database) -> str | None:
    """The fingerprint of the county key this site trusted last (None before the first)."""
    trusted = [k for k in county_keys(db) if k.trusted]
    return trusted[-1].fingerprint if trusted else None


def last_feedback(db: Database, actor: Actor) -> CountyFeedback | None:
    actor.require(Action.READ_INSPECTIONS)
    with read_only(db) as session:
        last = get_setting(session, LAST_RETURN)
    if not isinstance(last, dict):
        return None
    commendation = last.get("commendation") or {}
    return CountyFeedback(
        int(last["sequence"]), str(last["created_at"]), str(last["applied_at"]),
        tuple((str(c[0]), str(c[1])) for c in last.get("comments", [])),
        commendation.get("year"), tuple(commendation.get("reasons", ())),
    )  # fmt: skip


def read_review_file(path: Path) -> ReviewResult:
    """Verify and read the file (PackageRejected says why it cannot be trusted)."""
    return read_return_file(Path(path))


def _gate(session: Session, result: ReviewResult, accept_new_key: bool) -> ReviewOutcome | None:
    """The refusals before any change: another site's file, an unconfirmed or retired key, a
    replay (this key's file again or an older one; or a file made before the newest applied)."""
    if _site_code(session) != result.site_code:
        return ReviewOutcome(WRONG_SITE, result)
    keys = {k.public_key: k for k in stored_keys(session)}
    key = keys.get(result.public_key)
    if key is not None and not key.trusted:
        return ReviewOutcome(RETIRED_KEY, result)
    if key is None and not accept_new_key:
        return ReviewOutcome(KEY_CHANGED if keys else NEW_KEY, result)
    if key is not None and key.last_sequence:
        if key.last_sha256 == result.sha256:
            return ReviewOutcome(UNCHANGED, result, last_sequence=key.last_sequence)
        if result.sequence <= key.last_sequence:
            return ReviewOutcome(OLDER, result, last_sequence=key.last_sequence)
    last = get_setting(session, LAST_RETURN)
    newest = last.get("created_at") if isinstance(last, dict) else None
    if isinstance(newest, str) and result.created_at.isoformat() < newest:
        return ReviewOutcome(OLDER, result, last_sequence=int(last.get("sequence", 0)))
    return None


def _site_code(session: Session) -> str:
    site = session.scalar(select(Site).limit(1))
    return "" if site is None else site.code


def _item_state(item: RectificationItem) -> dict[str, object]:
    return {"county_ref": item.county_ref, "description": item.description,
            "deadline": item.deadline, "status": item.status, "done_on": item.done_on}  # fmt: skip


def _apply_inspection(
    session: Session, actor: Actor, data: ReturnInspection, found: Inspection | None,
    today: dt.date, counts: dict[str, int],
) -> None:  # fmt: skip
    if found is None:
        found = Inspection(county_ref=data.ref, items=[])
        session.add(found)
        counts["added"] += 1
        before: dict[str, object] | None = None
    else:
        before = {"inspected_on": found.inspected_on, "inspectors": found.inspectors,
                  "findings": found.findings, "score": found.score,
                  "items": [_item_state(i) for i in found.items]}  # fmt: skip
    found.inspected_on, found.body = data.inspected_on, InspectionBody(data.body).value
    found.inspectors, found.findings, found.score = data.inspectors, data.findings, data.score
    items = {i.county_ref: i for i in found.items}
    wanted = {t.ref for t in data.items}
    for ref, gone in items.items():
        if ref not in wanted:
            found.items.remove(gone)
            counts["items_removed"] += 1
    for t in data.items:
        item = items.get(t.ref)
        if item is None:
            item = RectificationItem(county_ref=t.ref, responsible="", done_note="",
                                     status=RectificationStatus.OPEN.value)  # fmt: skip
            found.items.append(item)
            counts["items_added"] += 1
        item.description, item.deadline = t.description, t.deadline
        if t.status == "done" and item.status != RectificationStatus.DONE.value:
            item.status = RectificationStatus.DONE.value
            item.done_on = min(t.done_on or today, today)
            item.done_note = CLOSED_AT_COUNTY
            counts["items_closed"] += 1
    session.flush()
    after = {"inspected_on": found.inspected_on, "inspectors": found.inspectors,
             "findings": found.findings, "score": found.score,
             "items": [_item_state(i) for i in found.items]}  # fmt: skip
    if before is None:
        audit.record(
            session, actor, AuditAction.IMPORT, AuditEntity.INSPECTION, found.id, after=after
        )
    elif before != after:
        counts["updated"] += 1
        audit.record(
            session,
            actor,
            AuditAction.IMPORT,
            AuditEntity.INSPECTION,
            found.id,
            before=before,
            after=after,
        )


def _apply(session: Session, actor: Actor, result: ReviewResult, today: dt.date) -> ReviewChanges:
    counts = dict.fromkeys(vars(ReviewChanges()), 0)
    query = (
        select(Inspection)
        .where(Inspection.county_ref.is_not(None))
        .options(selectinload(Inspection.items))
    )
    held = {i.county_ref: i for i in session.scalars(query)}
    for data in result.inspections:
        _apply_inspection(session, actor, data, held.pop(data.ref, None), today, counts)
    for gone in held.values():  # the county removed its record (a mistaken entry)
        audit.record(session, actor, AuditAction.IMPORT, AuditEntity.INSPECTION, gone.id,
                     before={"county_ref": gone.county_ref, "inspected_on": gone.inspected_on,
                             "removed_by_county": True})  # fmt: skip
        session.delete(gone)
        counts["removed"] += 1
    session.flush()
    return ReviewChanges(**counts)


def check_review(
    db: Database, actor: Actor, result: ReviewResult, accept_new_key: bool = False,
    today: dt.date | None = None,
) -> ReviewOutcome:  # fmt: skip
    """What applying the file would do (nothing is written): the preview."""
    actor.require(Action.EDIT_INSPECTIONS)
    with read_only(db) as session:  # the changes are made, counted, and rolled back
        refused = _gate(session, result, accept_new_key=True)
        if refused is not None and refused.status not in (NEW_KEY, KEY_CHANGED):
            return refused
        changes = _apply(session, actor, result, today or dt.date.today())
        refused = _gate(session, result, accept_new_key)
    if refused is not None:
        return ReviewOutcome(refused.status, result, changes)
    return ReviewOutcome(READY, result, changes)


def apply_review(
    db: Database, actor: Actor, result: ReviewResult, accept_new_key: bool = False,
    today: dt.date | None = None,
) -> ReviewOutcome:  # fmt: skip
    """Apply the file in one transaction (nothing at all when it is refused)."""
    actor.require(Action.EDIT_INSPECTIONS)
    today = today or dt.date.today()
    with unit_of_work(db) as session:
        refused = _gate(session, result, accept_new_key)
        if refused is not None:
            return refused
        if all(k.public_key != result.public_key for k in stored_keys(session)):
            trust(session, actor, result.public_key, today)  # confirmed on the phone
        changes = _apply(session, actor, result, today)
        note_applied(session, result.public_key, result.sequence, result.sha256)
        commendation = result.commendation
        put_setting(session, LAST_RETURN, {
            "sequence": result.sequence, "sha256": result.sha256,
            "created_at": result.created_at.isoformat(),
            "applied_at": dt.datetime.now().replace(microsecond=0).isoformat(),
            "comments": [[c.period, c.text] for c in result.comments],
            "commendation": None if commendation is None else
            {"year": commendation.year, "reasons": list(commendation.reasons)},
        })  # fmt: skip
        audit.record(
            session, actor, AuditAction.IMPORT, AuditEntity.REVIEW_RESULT, result.sequence,
            after={"sequence": result.sequence, "sha256": result.sha256,
                   "created_at": result.created_at, **vars(changes)},
        )  # fmt: skip
    return ReviewOutcome(APPLIED, result, changes)


def import_review_file(
    db: Database, actor: Actor, path: Path, accept_new_key: bool = False
) -> ReviewOutcome:
    """Read, verify and apply (the command line's way; the window previews first)."""
    return apply_review(db, actor, read_review_file(path), accept_new_key)
