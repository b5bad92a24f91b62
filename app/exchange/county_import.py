"""The county imports site packages into its workspace (`healthroom county import`).

Nothing of a package is read before `verify_package` has checked its signature, hashes and
layout. The site's public key is pinned on its first import; a package signed by another key
is refused unless the reviewer confirms the site really has a new key. Importing the same
package again changes nothing; a newer sequence for the same period replaces the older one
and says so in the package's note.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path

from openpyxl import load_workbook
from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from app.db.county_models import (
    CountyIndicator,
    CountyInspection,
    CountyPackage,
    CountySite,
    Workspace,
    write,
)
from app.domain.county_roles import CountyAction
from app.exchange.package_format import PackageRejected, VerifiedPackage, verify_package
from app.services.county_accounts import CountyReviewer, record


@dataclass(frozen=True)
class ImportOutcome:
    file: Path
    status: str  # imported, replaced, unchanged, older, key_changed, rejected
    site_code: str = ""
    period: str = ""
    sequence: int = 0
    reason: str = ""  # for rejected: the PackageRejected reason; for replaced: the old sequence
    detail: str = ""
    public_key: str = ""  # the package's key (hex): for key_changed, what the reviewer compares


def _rows(workbook: bytes, sheet: str) -> list[dict[str, object]]:
    book = load_workbook(io.BytesIO(workbook), read_only=True, data_only=True)
    try:
        rows = list(book[sheet].iter_rows(values_only=True))
    finally:
        book.close()
    if not rows:
        return []
    header = [str(h) for h in rows[0]]
    return [dict(zip(header, row, strict=False)) for row in rows[1:]]


def _float(value: object) -> float | None:
    return None if value is None or value == "" else float(value)  # type: ignore[arg-type]


def _date(value: object) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return None


def _load_rows(package: VerifiedPackage) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    """The package's indicator and inspection rows, read before the transaction starts (a
    shared workspace stays locked no longer than the writing takes)."""
    workbook = package.files["data.xlsx"]
    indicators: list[dict[str, object]] = []
    for row in _rows(workbook, "indicators"):
        met = row.get("met")
        indicators.append(
            dict(
                key=str(row["key"]), value=_float(row.get("value")),
                numerator=_float(row.get("numerator")),
                denominator=_float(row.get("denominator")), target=_float(row.get("target")),
                met=None if met is None else int(met),  # type: ignore[call-overload]
                in_progress=int(row.get("in_progress") or 0),  # type: ignore[call-overload]
            )
        )  # fmt: skip
    inspections: list[dict[str, object]] = []
    for row in _rows(workbook, "inspections"):
        on = _date(row.get("date"))
        if on is None:
            continue
        inspections.append(
            dict(
                inspection_no=int(row["inspection_id"]),  # type: ignore[call-overload]
                inspected_on=on, inspectors=str(row.get("inspectors") or ""),
                findings=str(row.get("findings") or ""), score=_float(row.get("score")),
                rectification=str(row.get("rectification") or ""),
                deadline=_date(row.get("deadline")), status=str(row.get("status") or ""),
            )
        )  # fmt: skip
    return indicators, inspections


def _logged(outcome: ImportOutcome) -> str:
    return f"{outcome.file.name}: {outcome.status} {outcome.reason}".strip()


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
    try:
        package = verify_package(path)
        if "data.xlsx" not in package.files:
            raise PackageRejected("missing_file", "data.xlsx")
    except PackageRejected as error:
        refused = ImportOutcome(path, "rejected", reason=error.reason, detail=error.detail)
        if reviewer is not None:
            write(workspace, lambda session: _record(session, reviewer, refused))
        return refused
    if reviewer is not None:
        reviewer.require(CountyAction.IMPORT)
    indicators, inspections = _load_rows(package)
    code, period, sequence = package.site_code, package.period, package.sequence

    def apply(session: Session) -> ImportOutcome:
        outcome = settle(session)
        if reviewer is not None:
            _record(session, reviewer, outcome)
        return outcome

    def settle(session: Session) -> ImportOutcome:
        done = ImportOutcome(path, "imported", code, period, sequence)
        now = dt.datetime.now().replace(microsecond=0)
        site = session.get(CountySite, code)
        if site is None:
            site = CountySite(code=code, name=str(package.manifest["site"]["name"]),
                              county=str(package.manifest["site"].get("county", "")),
                              public_key=package.public_key, pinned_at=now)  # fmt: skip
            session.add(site)
        elif site.public_key != package.public_key:
            if not accept_new_key:
                return ImportOutcome(
                    path, "key_changed", code, period, sequence, public_key=package.public_key
                )
            if reviewer is not None:
                reviewer.require(CountyAction.ACCEPT_NEW_KEY)
            site.public_key, site.pinned_at = package.public_key, now
        site.name = str(package.manifest["site"]["name"])
        old = session.scalar(
            select(CountyPackage).where(
                CountyPackage.site_code == code, CountyPackage.period == period
            )
        )
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
            session.execute(
                insert(CountyIndicator), [{**r, "package_id": row.id} for r in indicators]
            )
        if inspections:
            session.execute(
                insert(CountyInspection), [{**r, "package_id": row.id} for r in inspections]
            )
        return done

    return write(workspace, apply)


def _record(session: Session, reviewer: CountyReviewer, outcome: ImportOutcome) -> None:
    record(session, reviewer.username, "import", _logged(outcome), reviewer.channel)
