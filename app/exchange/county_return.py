"""The county writes a site's review-result file (`healthroom county return`): every inspection
the county recorded of the site with its rectification items and their state, the reviewers'
comments on the site's packages, and the site's commendation verdict for the year.

It is signed with the workspace's own Ed25519 key, made on the first return file and kept in
the workspace (`county_meta`); the site pins it on its first import after reading its
fingerprint to the county on the phone. Each site's files are numbered 1, 2, …: the site
applies only a newer one. The file is written to a temporary name beside the target, read back
and verified as the site will verify it, and only then renamed into place.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from app import __version__
from app.catalogue.county import AccessEvent
from app.catalogue.county import AccessNoteKind as Note
from app.db.county_models import (
    CountyMeta,
    CountyPackage,
    CountyReview,
    CountySite,
    Workspace,
    write,
)
from app.domain.county_roles import CountyAction
from app.domain.key_fingerprint import fingerprint
from app.domain.periods import Period
from app.exchange.review_result import (
    ReturnCommendation,
    ReturnComment,
    ReturnInspection,
    ReturnItem,
    content_bytes,
    read_bytes,
    return_bytes,
    return_name,
)
from app.reports.atomic import OutputError, atomic_path
from app.services.county import log_access
from app.services.county_accounts import CountyReviewer, noted, record
from app.services.county_dataset import commendations

KEY = "return.signing_key"
SEQUENCE = "return.sequence."  # + the site's code
BODY = "county_union"


class ReturnRefused(Exception):
    """`reason`: unknown_site (no package of the site was ever imported)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class ReturnWritten:
    path: Path
    sequence: int
    inspections: int
    items: int
    open_items: int
    comments: int
    fingerprint: str  # of the county's key: the site compares it on its first import


def _meta(session: Session, key: str) -> str | None:
    row = session.get(CountyMeta, key)
    return None if row is None else row.value


def _put(session: Session, key: str, value: str) -> None:
    row = session.get(CountyMeta, key)
    if row is None:
        session.add(CountyMeta(key=key, value=value))
    else:
        row.value = value
    session.flush()


def signing_key(session: Session) -> Ed25519PrivateKey:
    """The workspace's key, made and stored on first use (one for every site)."""
    stored = _meta(session, KEY)
    if stored is not None:
        return Ed25519PrivateKey.from_private_bytes(bytes.fromhex(stored))
    key = Ed25519PrivateKey.generate()
    _put(session, KEY, key.private_bytes_raw().hex())
    return key


@dataclass(frozen=True)
class NewKey:
    old: str | None  # the replaced key's fingerprint (None: the workspace had none yet)
    new: str


def make_new_key(workspace: Workspace, reviewer: CountyReviewer) -> NewKey:
    """A county administrator replaces the workspace's signing key (a lost or shared PC, a
    key to be changed): return files are signed with the new key from now on. The old private
    key is not kept; the site goes on trusting the old key's files it holds until it retires
    the key, and trusts the new one once its fingerprint is confirmed on the phone. Recorded
    in the access log with both fingerprints."""
    reviewer.require(CountyAction.MAKE_KEY)

    def apply(session: Session) -> NewKey:
        stored = _meta(session, KEY)
        old = None
        if stored is not None:
            old_key = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(stored))
            old = fingerprint(old_key.public_key().public_bytes_raw().hex())
        key = Ed25519PrivateKey.generate()
        _put(session, KEY, key.private_bytes_raw().hex())
        new = fingerprint(key.public_key().public_bytes_raw().hex())
        note = noted(Note.KEY_REPLACED, old=old, new=new) if old else noted(Note.KEY_MADE, new=new)
        record(session, reviewer.username, AccessEvent.NEW_KEY, note, reviewer.channel)
        return NewKey(old, new)

    return write(workspace, apply)


def key_fingerprint(workspace: Workspace) -> str | None:
    """The fingerprint the site compares (None until the first return file made the key)."""
    with workspace.sessions() as session:
        stored = _meta(session, KEY)
    if stored is None:
        return None
    key = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(stored))
    return fingerprint(key.public_key().public_bytes_raw().hex())


def _inspections(session: Session, code: str) -> tuple[ReturnInspection, ...]:
    query = (
        select(CountyReview)
        .where(CountyReview.site_code == code)
        .order_by(CountyReview.inspected_on, CountyReview.id)
    )
    return tuple(
        ReturnInspection(
            r.id, r.inspected_on, BODY, r.inspectors, r.findings, r.score,
            tuple(ReturnItem(i.id, i.description, i.deadline, i.status, i.done_on)
                  for i in r.items),
        )
        for r in session.scalars(query)
    )  # fmt: skip


def _comments(session: Session, code: str) -> tuple[ReturnComment, ...]:
    query = select(CountyPackage).where(
        CountyPackage.site_code == code, CountyPackage.comment != ""
    )
    rows = sorted(session.scalars(query), key=lambda p: Period.parse(p.period).last_day)
    return tuple(ReturnComment(p.period, p.sequence, p.comment, p.comment_by) for p in rows)


def write_return_file(
    workspace: Workspace,
    reviewer: CountyReviewer,
    site_code: str,
    target: Path,
    year: int | None = None,
    now: dt.datetime | None = None,
) -> ReturnWritten:
    """Write the site's return file: `target` is a folder (the file is named there) or a file.
    `year`: the commendation verdict's (default: the current one)."""
    reviewer.require(CountyAction.EXPORT_RETURN)
    now = (now or dt.datetime.now()).replace(microsecond=0)
    year = year or now.year
    verdict = {c.code: c for c in commendations(workspace, year, now.date())}.get(site_code)

    def prepare(session: Session) -> tuple[bytes, int, str, tuple[ReturnInspection, ...], int]:
        site = session.get(CountySite, site_code)
        if site is None:
            raise ReturnRefused("unknown_site")
        key = signing_key(session)
        sequence = int(_meta(session, SEQUENCE + site_code) or 0) + 1
        _put(session, SEQUENCE + site_code, str(sequence))  # used even if the writing fails
        inspections = _inspections(session, site_code)
        comments = _comments(session, site_code)
        commendation = None if verdict is None else ReturnCommendation(year, verdict.reasons)
        content = content_bytes(inspections, comments, commendation)
        data = return_bytes(key, (site.code, site.name), sequence, now, content, __version__)
        return data, sequence, site.name, inspections, len(comments)

    data, sequence, _name, inspections, comments = write(workspace, prepare)
    target = Path(target)
    path = target / return_name(site_code, sequence) if target.is_dir() else target
    with atomic_path(path) as temp, open(temp, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
        handle.close()
        if temp.read_bytes() != data:  # what the drive holds, not what was meant
            raise OutputError(path, "io_error", "the written file differs")
        read_bytes(data, now)
    note = noted(Note.RETURN_WRITTEN, site=site_code, sequence=sequence, file=path.name)
    log_access(workspace, reviewer, "return", note)
    items = [t for i in inspections for t in i.items]
    written = ReturnWritten(
        path, sequence, len(inspections), len(items),
        sum(1 for t in items if t.status != "done"), comments,
        key_fingerprint(workspace) or "",
    )  # fmt: skip
    return written
