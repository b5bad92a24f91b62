"""The county imports site packages into its workspace (`healthroom county import`).

Nothing of a package is read before `verify_package` has checked its limits, signature,
hashes and manifest; every data row is then checked before anything is written. The site's
public key is pinned on its first import once the reviewer has confirmed its fingerprint
(read out by the site's technician); a package signed by another key is refused unless the
reviewer confirms the site really has a new key. Each package's audit chain (length and head)
is kept, and a site whose chain went back is flagged. Importing the same
package again changes nothing; a newer sequence for the same period replaces the older one
and says so in the package's note.
"""

from __future__ import annotations

import datetime as dt
import io
import math
import zipfile
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from app.catalogue.county import AccessNote
from app.catalogue.county import AccessNoteKind as Note
from app.db.county_models import (
    CountyAuditHead,
    CountyIndicator,
    CountyInspection,
    CountyPackage,
    CountyReviewItem,
    CountySite,
    Workspace,
    write,
)
from app.domain.county_roles import CountyAction
from app.exchange.file_limits import SpreadsheetError, examine_ooxml
from app.exchange.package_format import PackageRejected, VerifiedPackage, verify_package
from app.services.county import SOURCE_SITE, STATUS_DONE, STATUS_OPEN
from app.services.county_accounts import CountyReviewer, noted, record


@dataclass(frozen=True)
class ImportOutcome:
    file: Path
    status: str  # imported, replaced, unchanged, older, new_key, key_changed, rejected
    site_code: str = ""
    period: str = ""
    sequence: int = 0
    reason: str = ""  # for rejected: the PackageRejected reason; for replaced: the old sequence
    detail: str = ""
    public_key: str = ""  # the package's key (hex): for new_key and key_changed, what the
    # reviewer compares with the fingerprint the site's technician reads out
    warning: str = ""  # "audit_rollback": imported, but the site's audit trail went back


# Written with Core inserts that name every column in every row: one statement (pipelined) per
# table, where the ORM's bulk insert splits the rows by which of their values are empty.
INDICATORS = CountyIndicator.metadata.tables["county_indicator"]
INSPECTIONS = CountyInspection.metadata.tables["county_inspection"]
INSPECTION_COLUMNS = frozenset(INSPECTIONS.columns.keys())
REQUIRED_COLUMNS = {"indicators": ("key",), "inspections": ("inspection_id", "date")}
MAX_ID = 2**31 - 1
MAX_WORKBOOK_BYTES = 256 * 1024 * 1024  # inflated, all parts of data.xlsx together
MAX_WORKBOOK_RATIO = 200


def _check_workbook_zip(workbook: bytes) -> None:
    """data.xlsx is a zip too: its parts' sizes are checked before openpyxl inflates them."""
    try:
        with zipfile.ZipFile(io.BytesIO(workbook)) as archive:
            infos = archive.infolist()
    except zipfile.BadZipFile as error:
        raise PackageRejected("bad_data", "data.xlsx is not a workbook") from error
    total = sum(info.file_size for info in infos)
    packed = sum(info.compress_size for info in infos)
    if total > MAX_WORKBOOK_BYTES or total > MAX_WORKBOOK_RATIO * max(1, packed):
        raise PackageRejected("too_large", f"data.xlsx inflates to {total} bytes")


def _sheets(workbook: bytes) -> dict[str, list[dict[str, object]]]:
    """The rows of both sheets, read in one pass by calamine once the workbook's extent has
    been measured (a cell at XFD1048576 would make it allocate billions of cells)."""
    from python_calamine import CalamineWorkbook

    try:
        examine_ooxml(workbook, "data.xlsx")
    except SpreadsheetError as error:
        reason = "too_large" if error.code.startswith(("too_", "cell_too")) else "bad_data"
        raise PackageRejected(reason, f"data.xlsx: {error}"[:200]) from None
    sheets = {}
    try:
        book = CalamineWorkbook.from_filelike(io.BytesIO(workbook))
        for sheet in REQUIRED_COLUMNS:
            if sheet not in book.sheet_names:
                raise PackageRejected("bad_data", f"data.xlsx: no sheet {sheet}")
            grid = book.get_sheet_by_name(sheet).to_python(skip_empty_area=False)
            sheets[sheet] = [[_cell(v) for v in row] for row in grid]
    except PackageRejected:
        raise
    except Exception as error:  # calamine's own errors, and what a damaged part raises
        raise PackageRejected("bad_data", f"data.xlsx: {error}"[:200]) from None
    except BaseException as error:  # a Rust panic surfaces as a BaseException
        if type(error).__name__ != "PanicException":
            raise
        raise PackageRejected("bad_data", f"data.xlsx: {error}"[:200]) from None
    return {sheet: _records(sheet, rows) for sheet, rows in sheets.items()}


def _cell(value: object) -> object:
    """As openpyxl gave it: None for an empty cell, 12 (not 12.0) for a whole number."""
    if value == "":
        return None
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    return value


def _records(sheet: str, rows: list[list[object]]) -> list[dict[str, object]]:
    header = [str(h) for h in rows[0]] if rows else []
    missing = [c for c in REQUIRED_COLUMNS[sheet] if c not in header]
    if missing:
        raise PackageRejected("bad_data", f"{sheet}: no column {', '.join(missing)}")
    return [dict(zip(header, row, strict=False)) for row in rows[1:]]


def _float(value: object, where: str) -> float | None:
    if value is None or value == "":
        return None
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError) as error:
        raise PackageRejected("bad_data", f"{where}: {value!r}"[:120]) from error
    if not math.isfinite(number):
        raise PackageRejected("bad_data", f"{where}: {value!r}")
    return number


def _flag(value: object, where: str) -> int | None:
    if value is None or value == "":
        return None
    if value in (0, 1, True, False):
        return int(value)
    raise PackageRejected("bad_data", f"{where}: {value!r}"[:120])


def _date(value: object, where: str) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if value is None or value == "":
        return None
    raise PackageRejected("bad_data", f"{where}: {value!r}"[:120])


def _text(value: object, longest: int = 4000) -> str:
    return ("" if value is None else str(value))[:longest]


def _identifier(value: object, where: str) -> int:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if type(value) is not int or not 1 <= value <= MAX_ID:
        raise PackageRejected("bad_data", f"{where}: {value!r}"[:120])
    return value


def _load_rows(package: VerifiedPackage) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    """The package's indicator and inspection rows, each value checked, read before the
    transaction starts (a shared workspace stays locked no longer than the writing takes)."""
    workbook = package.files["data.xlsx"]
    _check_workbook_zip(workbook)
    sheets = _sheets(workbook)
    indicators: list[dict[str, object]] = []
    for n, row in enumerate(sheets["indicators"], start=2):
        where = f"indicators row {n}"
        key = row.get("key")
        if not isinstance(key, str) or not key.strip() or len(key) > 64:
            raise PackageRejected("bad_data", f"{where}: key")
        indicators.append(
            dict(
                key=key, value=_float(row.get("value"), f"{where} value"),
                numerator=_float(row.get("numerator"), f"{where} numerator"),
                denominator=_float(row.get("denominator"), f"{where} denominator"),
                target=_float(row.get("target"), f"{where} target"),
                met=_flag(row.get("met"), f"{where} met"),
                in_progress=_flag(row.get("in_progress"), f"{where} in_progress") or 0,
            )
        )  # fmt: skip
    inspections: list[dict[str, object]] = []
    for n, row in enumerate(sheets["inspections"], start=2):
        where = f"inspections row {n}"
        on = _date(row.get("date"), f"{where} date")
        if on is None:
            continue
        inspections.append(
            dict(
                inspection_no=_identifier(row.get("inspection_id"), f"{where} inspection_id"),
                inspected_on=on, inspectors=_text(row.get("inspectors"), 200),
                findings=_text(row.get("findings")),
                score=_float(row.get("score"), f"{where} score"),
                rectification=_text(row.get("rectification")),
                done_note=_text(row.get("done_note")),
                deadline=_date(row.get("deadline"), f"{where} deadline"),
                status=_text(row.get("status"), 20),
                done_on=_date(row.get("done_on"), f"{where} done_on"),
                county_item=_optional_id(row.get("county_item"), f"{where} county_item"),
                county_inspection=_optional_id(
                    row.get("county_inspection"), f"{where} county_inspection"
                ),
            )
        )  # fmt: skip
    return indicators, inspections


def _optional_id(value: object, where: str) -> int | None:
    return None if value is None or value == "" else _identifier(value, where)


def _closures(session: Session, package: VerifiedPackage, rows: list[dict[str, object]]) -> int:
    """Bring the county's own rectification items up to the state the site reports: closed
    (with the day and what was done) or open again. Only the site's own items, and only from
    a package newer than the one that reported the item last (an older package imported
    later does not undo a closure). Returns how many items changed."""
    # When the package was made, then how long its audit trail was: two packages made in the
    # same second are still told apart (the later state of the register has more entries).
    entries = package.manifest.get("audit_entries")
    created = (
        str(package.manifest.get("created_at", ""))[:19]
        + "#"
        + (f"{entries:010d}" if type(entries) is int and 0 <= entries < 10**10 else "0" * 10)
    )
    changed = 0
    for row in rows:
        ref = row["county_item"]
        if ref is None:
            continue
        item = session.get(CountyReviewItem, ref)
        if item is None or item.review.site_code != package.site_code:
            continue  # removed at the county since, or another site's number
        if item.site_reported_at > created:
            continue
        item.site_reported_at = created
        done_on = row["done_on"]
        done = row["status"] == STATUS_DONE and isinstance(done_on, dt.date)
        if done and (item.status, item.done_on) != (STATUS_DONE, done_on):
            item.status, item.closed_by = STATUS_DONE, SOURCE_SITE
            item.done_on = done_on if isinstance(done_on, dt.date) else None
            item.done_note = str(row.get("done_note") or "")
            changed += 1
        elif not done and item.status == STATUS_DONE and item.closed_by == SOURCE_SITE:
            item.status, item.done_on, item.closed_by, item.done_note = STATUS_OPEN, None, "", ""
            changed += 1
    return changed


def _audit_went_back(session: Session, package: VerifiedPackage, file_name: str) -> bool:
    """Record the package's audit chain; True when an earlier package of the site declared a
    longer chain (entries deleted, or the register rolled back to an old copy) or the same
    length with another head (rewritten)."""
    entries, head = package.manifest.get("audit_entries"), package.manifest.get("audit_head_hash")
    if type(entries) is not int or not isinstance(head, str):
        return False  # a package from before the count was declared
    created = str(package.manifest.get("created_at", ""))
    earlier = session.scalars(
        select(CountyAuditHead).where(
            # Same second counts as earlier: packages made one after another share a stamp.
            CountyAuditHead.site_code == package.site_code,
            CountyAuditHead.created_at <= created,
            CountyAuditHead.file_name != file_name,
        )
    ).all()
    session.add(
        CountyAuditHead(site_code=package.site_code, created_at=created, file_name=file_name,
                        entries=entries, head=head[:64])
    )  # fmt: skip
    return any(e.entries > entries or (e.entries == entries and e.head != head) for e in earlier)


def _logged(outcome: ImportOutcome) -> AccessNote:
    """The access log's note of an import: the file, what became of it, and why."""
    return noted(
        Note.PACKAGE, outcome=outcome.status, file=outcome.file.name, site=outcome.site_code,
        period=outcome.period, sequence=outcome.sequence, reason=outcome.reason,
        warning=outcome.warning,
    )  # fmt: skip


def import_package(
    workspace: Workspace,
    path: Path,
    accept_new_key: bool = False,
    reviewer: CountyReviewer | None = None,
) -> ImportOutcome:
    """Verify and import one package; the outcome says what happened and why.

    With `reviewer` (the window and the command line) the role is checked — importing, and
    trusting a changed key — and the outcome is written to the access log.

    One transaction, run again if another reviewer's import of the same site collided with it
    (then it finds that import's rows: "unchanged", or "older"/"replaced" by sequence)."""
    path = Path(path)
    if reviewer is not None:
        reviewer.require(CountyAction.IMPORT)
    try:
        package = verify_package(path)
        if "data.xlsx" not in package.files:
            raise PackageRejected("missing_file", "data.xlsx")
        indicators, inspections = _load_rows(package)
    except PackageRejected as error:
        refused = ImportOutcome(path, "rejected", reason=error.reason, detail=error.detail)
        if reviewer is not None:
            write(workspace, lambda session: _record(session, reviewer, refused))
        return refused
    code, period, sequence = package.site_code, package.period, package.sequence

    def apply(session: Session) -> ImportOutcome:
        outcome = settle(session)
        if reviewer is not None:
            _record(session, reviewer, outcome)
        return outcome

    def settle(session: Session) -> ImportOutcome:
        done = ImportOutcome(path, "imported", code, period, sequence)
        now = dt.datetime.now().replace(microsecond=0)
        # The site and its package for the period in one round trip (on a server each
        # statement waits for the server's turn on the CPU; fewer of them is most of the speed).
        found = session.execute(
            select(CountySite, CountyPackage)
            .outerjoin(CountyPackage, (CountyPackage.site_code == CountySite.code)
                       & (CountyPackage.period == period))
            .where(CountySite.code == code)
        ).first()  # fmt: skip
        site, old = (None, None) if found is None else found
        if site is None and not accept_new_key:  # a first key is trusted only once confirmed
            return ImportOutcome(
                path, "new_key", code, period, sequence, public_key=package.public_key
            )
        if site is None:
            site = CountySite(code=code, name=str(package.manifest["site"]["name"]),
                              county=str(package.manifest["site"].get("county", "")),
                              public_key=package.public_key, pinned_at=now)  # fmt: skip
            session.add(site)
            session.flush()  # before its package: the mapping has no relationship to order them
        elif site.public_key != package.public_key:
            if not accept_new_key:
                return ImportOutcome(
                    path, "key_changed", code, period, sequence, public_key=package.public_key
                )
            if reviewer is not None:
                reviewer.require(CountyAction.ACCEPT_NEW_KEY)
            site.public_key, site.pinned_at = package.public_key, now
        site.name = str(package.manifest["site"]["name"])
        note = ""
        if old is not None:
            if old.sha256 == package.sha256:
                return ImportOutcome(path, "unchanged", code, period, sequence)
            if old.sequence >= sequence:
                return ImportOutcome(path, "older", code, period, sequence, str(old.sequence))
            note = f"replaced:{old.sequence}"
            done = ImportOutcome(path, "replaced", code, period, sequence, str(old.sequence))
            session.delete(old)
            session.flush()
        row = CountyPackage(
            site_code=code, period=period, sequence=sequence, sha256=package.sha256,
            file_name=path.name, created_at=str(package.manifest.get("created_at", "")),
            deidentified=bool(package.manifest.get("deidentified", True)), imported_at=now,
            note=note,
        )  # fmt: skip
        session.add(row)
        session.flush()
        if indicators:
            session.execute(insert(INDICATORS), [{**r, "package_id": row.id} for r in indicators])
        if inspections:
            session.execute(
                insert(INSPECTIONS),
                [{**{k: v for k, v in r.items() if k in INSPECTION_COLUMNS}, "package_id": row.id,
                  "county_item": r["county_item"] or r["county_inspection"]}
                 for r in inspections],
            )  # fmt: skip
            _closures(session, package, inspections)
        if _audit_went_back(session, package, path.name):
            done = replace(done, warning="audit_rollback")
        return done

    return write(workspace, apply)


def _record(session: Session, reviewer: CountyReviewer, outcome: ImportOutcome) -> None:
    record(session, reviewer.username, "import", _logged(outcome), reviewer.channel)
