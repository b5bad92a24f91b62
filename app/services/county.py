"""What the county workspace shows: sites × indicators per period, missing packages, and the
inspections of each site in a year (fewer than the founding rules' two are flagged)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.catalogue.county import AccessNote
from app.catalogue.county import AccessNoteKind as Note
from app.catalogue.language import Language
from app.db.county_models import (
    CountyAccess,
    CountyIndicator,
    CountyInspection,
    CountyPackage,
    CountyReview,
    CountyReviewItem,
    CountySite,
    Workspace,
    write,
)
from app.domain.county_roles import CountyAction
from app.domain.key_fingerprint import fingerprint
from app.domain.periods import Period
from app.services.county_accounts import CountyReviewer, noted, record

INSPECTIONS_PER_YEAR = 2  # founding rules: every room inspected at least twice a year
SOURCE_COUNTY, SOURCE_SITE = "county", "site"
STATUS_OPEN, STATUS_DONE = "open", "done"


@dataclass(frozen=True)
class Figure:
    value: float | None
    numerator: float | None
    denominator: float | None
    target: float | None
    met: bool | None
    in_progress: bool


@dataclass(frozen=True)
class SiteFigures:
    code: str
    name: str
    sequence: int | None  # None: no package for the period (flagged)
    note: str  # "replaced:N" when a newer package replaced sequence N
    figures: dict[str, Figure]

    @property
    def missing(self) -> bool:
        return self.sequence is None


class ItemState(NamedTuple):
    """A rectification item as the county sees it (its own, or as a site's package reports)."""

    description: str
    deadline: dt.date | None
    status: str  # open, done
    done_on: dt.date | None = None  # the day it was put right, when known
    closed_by: str = ""  # county (a reviewer ticked it), site (the site's package said so)

    def closed_on_time(self) -> bool:
        """Closed, and by its deadline (an item closed without a known day counts as on time:
        the county's own tick from before the sites reported their closures)."""
        if self.status != STATUS_DONE:
            return False
        return self.deadline is None or self.done_on is None or self.done_on <= self.deadline


@dataclass(frozen=True)
class InspectionRow:
    inspected_on: dt.date
    inspectors: str
    findings: str
    score: float | None
    items: tuple[ItemState, ...]
    source: str = SOURCE_SITE  # county: recorded in this workspace; site: from its package
    review_id: int | None = None  # the county's own record (editable)


@dataclass(frozen=True)
class SiteInspections:
    code: str
    name: str
    inspections: tuple[InspectionRow, ...]

    @property
    def too_few(self) -> bool:
        return len(self.inspections) < INSPECTIONS_PER_YEAR


@dataclass(frozen=True)
class SiteRow:
    code: str
    name: str
    county: str
    fingerprint: str  # of the pinned public key, read out by the site on the phone
    pinned_at: dt.datetime
    packages: int
    last_period: str


@dataclass(frozen=True)
class ItemInput:
    description: str
    deadline: dt.date | None
    status: str = STATUS_OPEN
    item_id: int | None = None  # an existing item (kept: the site knows it by its id)


@dataclass(frozen=True)
class InspectionInput:
    site_code: str
    inspected_on: dt.date
    inspectors: str
    findings: str
    score: float | None
    items: tuple[ItemInput, ...] = ()


class InspectionError(Exception):
    """Refused input; `field` and `code` (missing, out_of_range, before_inspection,
    unknown_site, not_found) say where and why, the UI says it in words."""

    def __init__(self, field: str, code: str, row: int | None = None) -> None:
        super().__init__(f"{field}: {code}")
        self.field = field
        self.code = code
        self.row = row


@dataclass(frozen=True)
class AccessRow:
    at: dt.datetime
    reviewer: str
    action: str
    detail: str  # the text of a line written before its note was coded
    channel: str = "window"  # window, cli
    note: AccessNote | None = None

    def said(self, language: Language) -> str:
        """What the line says, in `language` (an older line's text as it was written)."""
        return self.note.said(language) if self.note else self.detail


def periods(workspace: Workspace) -> list[str]:
    with workspace.sessions() as session:
        found = session.scalars(select(CountyPackage.period).distinct()).all()
    return sorted(found, key=lambda p: (Period.parse(p).first_day, Period.parse(p).last_day))


def site_figures(workspace: Workspace, period: str) -> list[SiteFigures]:
    """Every known site for the period; sites without its package are listed as missing.

    Read as plain rows, not ORM objects: a city's quarter is 2,000 sites × 14 figures, and
    building an object per figure took most of the county report's reading time."""
    with workspace.sessions() as session:
        sites = session.execute(
            select(CountySite.code, CountySite.name).order_by(CountySite.code)
        ).all()
        packages = {
            code: (package_id, sequence, note)
            for code, package_id, sequence, note in session.execute(
                select(CountyPackage.site_code, CountyPackage.id, CountyPackage.sequence,
                       CountyPackage.note).where(CountyPackage.period == period)
            )
        }  # fmt: skip
        # One query for the period's figures, not one per site: a city has thousands.
        by_package: dict[int, dict[str, Figure]] = {}
        query = (
            select(CountyIndicator.package_id, CountyIndicator.key, CountyIndicator.value,
                   CountyIndicator.numerator, CountyIndicator.denominator,
                   CountyIndicator.target, CountyIndicator.met, CountyIndicator.in_progress)
            .join(CountyPackage, CountyPackage.id == CountyIndicator.package_id)
            .where(CountyPackage.period == period)
        )  # fmt: skip
        for (
            package_id,
            key,
            value,
            numerator,
            denominator,
            target,
            met,
            in_progress,
        ) in session.execute(query):
            by_package.setdefault(package_id, {})[key] = Figure(
                value, numerator, denominator, target, None if met is None else bool(met),
                bool(in_progress),
            )  # fmt: skip
    out = []
    for code, name in sites:
        found = packages.get(code)
        if found is None:
            out.append(SiteFigures(code, name, None, "", {}))
        else:
            package_id, sequence, note = found
            out.append(SiteFigures(code, name, sequence, note, by_package.get(package_id, {})))
    return out


def _newest_packages(session: Session, year: int) -> dict[str, int]:
    """Per site, the id of its newest package of the year (the latest made)."""
    newest: dict[str, tuple[str, int]] = {}
    query = select(CountyPackage.site_code, CountyPackage.period, CountyPackage.created_at,
                   CountyPackage.id).where(CountyPackage.period.startswith(str(year)))  # fmt: skip
    for code, period, created_at, package_id in session.execute(query):
        if Period.parse(period).first_day.year != year:
            continue
        if code not in newest or created_at > newest[code][0]:
            newest[code] = (created_at, package_id)
    return {code: package_id for code, (_created, package_id) in newest.items()}


def _site_reported(
    session: Session, year: int, first: dt.date, last: dt.date
) -> dict[str, list[InspectionRow]]:
    """Per site, the year's inspections as the site's newest package of that year records
    them (one query for every site: a city has thousands)."""
    newest = _newest_packages(session, year)
    site_of = {package_id: code for code, package_id in newest.items()}
    groups: dict[tuple[str, int], list[CountyInspection]] = {}
    query = (
        select(CountyInspection)
        .where(
            CountyInspection.package_id.in_(list(site_of)),
            CountyInspection.inspected_on.between(first, last),
        )
        .order_by(CountyInspection.inspected_on, CountyInspection.id)
    )
    for row in session.scalars(query):
        if row.county_item is None:  # the county's own records come back too: shown as its own
            groups.setdefault((site_of[row.package_id], row.inspection_no), []).append(row)
    out: dict[str, list[InspectionRow]] = {}
    for (code, _number), group in groups.items():
        out.setdefault(code, []).append(
            InspectionRow(
                group[0].inspected_on, group[0].inspectors, group[0].findings, group[0].score,
                tuple(
                    ItemState(r.rectification, r.deadline, r.status, r.done_on, SOURCE_SITE)
                    for r in group if r.rectification
                ),
            )
        )  # fmt: skip
    return out


def _county_recorded(
    session: Session, first: dt.date, last: dt.date
) -> dict[str, list[InspectionRow]]:
    """Per site, the county's own inspection records of [first, last]."""
    query = (
        select(CountyReview)
        .where(CountyReview.inspected_on.between(first, last))
        .options(selectinload(CountyReview.items))
        .order_by(CountyReview.inspected_on, CountyReview.id)
    )
    out: dict[str, list[InspectionRow]] = {}
    for r in session.scalars(query):
        out.setdefault(r.site_code, []).append(
            InspectionRow(
                r.inspected_on, r.inspectors, r.findings, r.score,
                tuple(ItemState(i.description, i.deadline, i.status, i.done_on, i.closed_by)
                      for i in r.items),
                SOURCE_COUNTY, r.id,
            )
        )  # fmt: skip
    return out


def site_inspections(workspace: Workspace, year: int) -> list[SiteInspections]:
    """Per site, the year's inspections: the county's own records, and those the site's
    newest package of the year reports on other days (the same day counts once)."""
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    out = []
    with workspace.sessions() as session:
        recorded = _county_recorded(session, first, last)
        reported_by = _site_reported(session, year, first, last)
        for site in session.scalars(select(CountySite).order_by(CountySite.code)):
            own = recorded.get(site.code, [])
            days = {r.inspected_on for r in own}
            reported = [r for r in reported_by.get(site.code, []) if r.inspected_on not in days]
            rows = sorted([*own, *reported], key=lambda r: (r.inspected_on, r.source))
            out.append(SiteInspections(site.code, site.name, tuple(rows)))
    return out


def site_list(workspace: Workspace) -> list[SiteRow]:
    with workspace.sessions() as session:
        out = []
        for site in session.scalars(select(CountySite).order_by(CountySite.code)):
            found = list(
                session.scalars(
                    select(CountyPackage.period).where(CountyPackage.site_code == site.code)
                )
            )
            last = max(found, key=lambda p: Period.parse(p).last_day, default="")
            out.append(
                SiteRow(site.code, site.name, site.county, fingerprint(site.public_key),
                        site.pinned_at, len(found), last)
            )  # fmt: skip
    return out


def pinned_fingerprint(workspace: Workspace, code: str) -> str | None:
    with workspace.sessions() as session:
        site = session.get(CountySite, code)
        return None if site is None else fingerprint(site.public_key)


def _validate(data: InspectionInput) -> InspectionInput:
    if not data.inspectors.strip():
        raise InspectionError("inspectors", "missing")
    if data.score is not None and not 0 <= data.score <= 100:
        raise InspectionError("score", "out_of_range")
    for row, item in enumerate(data.items):
        if not item.description.strip():
            raise InspectionError("item", "missing", row)
        if item.deadline is not None and item.deadline < data.inspected_on:
            raise InspectionError("deadline", "before_inspection", row)
        if item.status not in (STATUS_OPEN, STATUS_DONE):
            raise InspectionError("status", "unknown", row)
    return InspectionInput(
        data.site_code, data.inspected_on, data.inspectors.strip(), data.findings.strip(),
        data.score,
        tuple(
            ItemInput(i.description.strip(), i.deadline, i.status, i.item_id) for i in data.items
        ),
    )  # fmt: skip


def save_inspection(
    workspace: Workspace,
    reviewer: CountyReviewer,
    data: InspectionInput,
    review_id: int | None = None,
    now: dt.datetime | None = None,
) -> int:
    """Add (review_id None) or replace the county's inspection record; logged with who.

    `now`: the workspace's day and time (the window's clock); an item ticked done is dated
    by its day, which then goes into the return file."""
    reviewer.require(CountyAction.RECORD_INSPECTION)
    data = _validate(data)
    stamp = (now or dt.datetime.now()).replace(microsecond=0)

    def apply(session: Session) -> int:
        now = stamp
        if session.get(CountySite, data.site_code) is None:
            raise InspectionError("site", "unknown_site")
        if review_id is None:
            review = CountyReview(
                site_code=data.site_code, recorded_by=reviewer.username, recorded_at=now
            )
            session.add(review)
        else:
            found = session.get(CountyReview, review_id)
            if found is None:
                raise InspectionError("inspection", "not_found")
            review = found
        review.inspected_on, review.inspectors = data.inspected_on, data.inspectors
        review.findings, review.score = data.findings, data.score
        review.recorded_by, review.recorded_at = reviewer.username, now
        _keep_items(review, data.items, now.date())
        session.flush()
        what = Note.INSPECTION_ADDED if review_id is None else Note.INSPECTION_EDITED
        note = noted(what, site=data.site_code, date=data.inspected_on.isoformat())
        _log(session, reviewer, "inspection", note)
        return review.id

    return write(workspace, apply)


def _keep_items(review: CountyReview, items: tuple[ItemInput, ...], today: dt.date) -> None:
    """Edit the items in place, by id: the site knows each item by it (the return file), and
    its closure comes back under it. A removed item goes; a new one is added."""
    existing = {i.id: i for i in review.items}
    kept = {i.item_id for i in items if i.item_id is not None}
    for item in list(review.items):
        if item.id not in kept:
            review.items.remove(item)
    for position, data in enumerate(items):
        found = existing.get(data.item_id) if data.item_id is not None else None
        if found is None:
            found = CountyReviewItem(status=STATUS_OPEN, done_note="", closed_by="",
                                     site_reported_at="")  # fmt: skip
            review.items.append(found)
        found.position, found.description = position, data.description
        found.deadline = data.deadline
        if data.status != found.status:  # the reviewer ticked it done, or undid that
            found.status = data.status
            done = data.status == STATUS_DONE
            found.done_on = today if done else None
            found.closed_by = SOURCE_COUNTY if done else ""
            found.done_note = ""


def delete_inspection(workspace: Workspace, reviewer: CountyReviewer, review_id: int) -> None:
    """Remove one of the county's own inspection records (a mistaken entry); logged with who.
    Inspections a site reported in its package are the site's and cannot be removed here."""
    reviewer.require(CountyAction.RECORD_INSPECTION)

    def apply(session: Session) -> None:
        review = session.get(CountyReview, review_id)
        if review is None:
            raise InspectionError("inspection", "not_found")
        note = noted(
            Note.INSPECTION_DELETED, site=review.site_code, date=review.inspected_on.isoformat()
        )
        session.delete(review)
        _log(session, reviewer, "inspection", note)

    write(workspace, apply)


def get_inspection(workspace: Workspace, review_id: int) -> InspectionInput:
    with workspace.sessions() as session:
        review = session.get(CountyReview, review_id)
        if review is None:
            raise InspectionError("inspection", "not_found")
        return InspectionInput(
            review.site_code, review.inspected_on, review.inspectors, review.findings,
            review.score,
            tuple(ItemInput(i.description, i.deadline, i.status, i.id) for i in review.items),
        )  # fmt: skip


def set_comment(
    workspace: Workspace, reviewer: CountyReviewer, site_code: str, period: str, text: str
) -> None:
    """The reviewer's comment on the site's package of the period (empty text clears it); it
    goes to the site with the next return file."""
    reviewer.require(CountyAction.RECORD_INSPECTION)
    clean = text.strip()[:2000]

    def apply(session: Session) -> None:
        package = session.scalar(
            select(CountyPackage).where(
                CountyPackage.site_code == site_code, CountyPackage.period == period
            )
        )
        if package is None:
            raise InspectionError("package", "not_found")
        package.comment, package.comment_by = clean, reviewer.username if clean else ""
        _log(session, reviewer, "comment", noted(Note.COMMENT, site=site_code, period=period))

    write(workspace, apply)


def package_comment(workspace: Workspace, site_code: str, period: str) -> str:
    with workspace.sessions() as session:
        comment = session.scalar(
            select(CountyPackage.comment).where(
                CountyPackage.site_code == site_code, CountyPackage.period == period
            )
        )
    return comment or ""


def _log(session: Session, reviewer: CountyReviewer, action: str, note: AccessNote | None) -> None:
    record(session, reviewer.username, action, note, reviewer.channel)


def log_access(
    workspace: Workspace, reviewer: CountyReviewer, action: str, note: AccessNote | None = None
) -> None:
    """Record who opened the workspace, imported packages or printed the summary."""
    write(workspace, lambda session: _log(session, reviewer, action, note))


def access_log(
    workspace: Workspace, reviewer: CountyReviewer, limit: int = 5000
) -> list[AccessRow]:
    """The newest entries first: everyone's for an administrator, a reviewer's own otherwise."""
    query = select(CountyAccess).order_by(CountyAccess.at.desc(), CountyAccess.id.desc())
    if not reviewer.may(CountyAction.READ_ACCESS_LOG):
        query = query.where(CountyAccess.reviewer == reviewer.username)
    with workspace.sessions() as session:
        return [
            AccessRow(
                a.at,
                a.reviewer,
                a.action,
                a.detail,
                a.channel,
                AccessNote.read(a.note_kind, a.note_values),
            )
            for a in session.scalars(query.limit(limit))
        ]
