"""The county-review package (DESIGN §6 `healthroom export`): one period of the site as a
signed zip for the county union — `manifest.json`, `data.xlsx` (its sheets in words for
people, the two the county reads also by their codes, hidden) and the period's PDF report.

De-identified by default (PIPL: minimum necessary): people appear as a pseudonymous code with
department, sex and birth year; no name, ID number or phone, in the workbook or the PDF;
health values only as aggregates. A named export needs the union chair's password and is
audited as such. The zip is written to a temporary name beside the target, fsynced, read back
and verified exactly as the county will verify it, and only then renamed into place.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import __version__
from app.catalogue.codes import AuditAction
from app.db.migrate import Database, stored_revision
from app.db.models import (
    Activity,
    Attendance,
    Consumable,
    Department,
    Device,
    HealthFile,
    RoomDayLog,
    ScheduleException,
    ScheduleSlot,
    ScheduleVersion,
    Staff,
    UsageVisit,
)
from app.db.snapshot import read_snapshot
from app.domain.health_file import missing_fields
from app.domain.periods import Period
from app.domain.permissions import Action
from app.exchange.package_format import (
    FORMAT_VERSION,
    MANIFEST,
    SIGNATURE,
    canonical_zip,
    manifest_bytes,
    sha256,
    verify_bytes,
)
from app.exchange.package_sheets import package_sheets
from app.memory import bulk_work
from app.reports.atomic import OutputError, atomic_path
from app.reports.language import ReportLanguage
from app.reports.xlsx.workbook import Cell, Sheet, workbook_bytes
from app.services import audit, department_order, exchange_keys
from app.services.accounts import chair_approves
from app.services.actor import Actor
from app.services.export_records import ExportRow, record_export
from app.services.indicators import IndicatorSet, compute_indicators
from app.services.inspections import inspections_between
from app.services.report_log import record_report
from app.services.site_profile import SiteProfile, get_profile
from app.services.unit_of_work import read_only, unit_of_work

Progress = Callable[[int, str], None]
CHUNK = 256 * 1024
STREAM_ROWS = 1000
CONTACT_FIELDS = ("chair_name", "chair_phone", "admin_name", "admin_phone", "liaison_name",
                  "liaison_phone", "more_admins")  # fmt: skip


def quiet(_percent: int, _stage: str) -> None:
    """No progress wanted."""


class ExportRefused(Exception):
    """The export may not run as asked; `reason`: no_profile, approval_needed, future_period."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class ExportResult:
    path: Path
    sequence: int
    deidentified: bool
    size: int
    files: tuple[str, ...]


def package_name(site_code: str, period: Period, sequence: int) -> str:
    return f"{site_code}_{period.code}_{sequence:03d}.zip"


def write_chunk(handle: io.BufferedWriter, chunk: bytes) -> None:
    """One piece of the zip onto the drive (its own function: where a full disk shows up)."""
    handle.write(chunk)


# --- the workbook ------------------------------------------------------------------------------


class People:
    """How a person appears in the package: a pseudonym, or (named export) the name."""

    def __init__(self, session: Session, named: bool) -> None:
        self.named = named
        secret = exchange_keys.pseudonym_secret(session)
        query = select(Staff.id, Staff.employee_no, Staff.name, Department.name, Staff.sex,
                       Staff.birth_date).join(Department)  # fmt: skip
        self.rows: dict[int, list[Cell]] = {}
        for staff_id, employee_no, name, department, sex, birth in _stream(session, query):
            code = exchange_keys.pseudonym(secret, staff_id)
            base: list[Cell] = [code, department, sex, birth.year if birth else None]
            self.rows[staff_id] = [*base, employee_no, name] if named else base

    @property
    def header(self) -> list[str]:
        base = ["staff_code", "department", "sex", "birth_year"]
        return [*base, "employee_no", "name"] if self.named else base

    def cells(self, staff_id: int | None) -> list[Cell]:
        if staff_id is None or staff_id not in self.rows:
            return [None] * len(self.header)
        return self.rows[staff_id]


def _stream(session: Session, query: Any) -> Any:
    """The rows of a query fetched a thousand at a time, not all into a list first (the ORM's
    default): with a large register that list was the export's peak memory."""
    return session.execute(query.execution_options(yield_per=STREAM_ROWS))


def _between(column: Any, period: Period) -> Any:
    start = dt.datetime.combine(period.first_day, dt.time())
    return (column >= start) & (
        column < start + dt.timedelta(days=(period.last_day - period.first_day).days + 1)
    )


def profile_sheet(profile: SiteProfile | None, named: bool) -> Sheet:
    rows: list[list[Cell]] = []
    if profile is not None:
        for field, value in vars(profile).items():
            if field in CONTACT_FIELDS and not named:
                value = "yes" if value else ""  # that the person is named, not who
            elif isinstance(value, tuple):  # further administrators: "name phone; ..."
                value = "; ".join(f"{c.name} {c.phone}".strip() for c in value)
            rows.append([field, value if not isinstance(value, bool) else int(value)])
    return Sheet("profile", ["field", "value"], rows)


def table_sheet(title: str, session: Session, model: Any, skip: Sequence[str] = (),
                where: Any = None) -> Sheet:  # fmt: skip
    columns = [c for c in model.__table__.columns if c.name not in skip]
    query = select(*columns)
    if where is not None:
        query = query.where(where)
    rows = [[_cell(v) for v in row] for row in session.execute(query.order_by(columns[0]))]
    return Sheet(title, [c.name for c in columns], rows)


def _cell(value: object) -> Cell:
    if isinstance(value, bool):
        return int(value)
    if value is None or isinstance(value, str | int | float | dt.date | dt.time):
        return value  # a time stays a time (shown hh:mm), not text
    return str(value)


def open_hours_sheet(session: Session, period: Period) -> Sheet:
    rows: list[list[Cell]] = []
    query = select(ScheduleVersion.effective_from, ScheduleSlot.weekday, ScheduleSlot.start_time,
                   ScheduleSlot.end_time).join(ScheduleSlot)  # fmt: skip
    for effective, weekday, start, end in session.execute(query.order_by(ScheduleVersion.id)):
        rows.append(["week", effective, weekday, _cell(start), _cell(end), ""])
    exceptions = select(ScheduleException).where(
        ScheduleException.on_date.between(period.first_day, period.last_day)
    )
    for e in session.scalars(exceptions):
        rows.append([e.kind, e.on_date, None, _cell(e.start_time), _cell(e.end_time), e.reason])
    return Sheet("open_hours", ["kind", "date", "weekday", "start", "end", "reason"], rows)


def _rows_later(db: Database, query: Any, make: Callable[..., list[Cell]]) -> Iterator[list[Cell]]:
    """The rows of `query`, each made by `make(*columns)` as the workbook takes it, read in a
    session of their own: a large register's visits never wait in a list. The export gives a
    snapshot (`read_snapshot`): these rows are of the same state as the pseudonym table."""
    with read_only(db) as session:
        for found in _stream(session, query):
            yield make(*found)


def visits_sheet(db: Database, period: Period, people: People) -> Sheet:
    query = select(UsageVisit.id, UsageVisit.visited_at, UsageVisit.staff_id,
                   UsageVisit.abnormal, UsageVisit.entered_late).where(
        _between(UsageVisit.visited_at, period)).order_by(UsageVisit.visited_at)  # fmt: skip

    def row(visit_id: int, at: dt.datetime, staff_id: int | None, abnormal: bool,
            late: bool) -> list[Cell]:  # fmt: skip
        return [visit_id, at, *people.cells(staff_id), int(staff_id is None), int(abnormal),
                int(late)]  # fmt: skip

    header = ["visit_id", "visited_at", *people.header, "visitor", "abnormal", "entered_late"]
    return Sheet("visits", header, _rows_later(db, query, row))


def activities_sheets(
    db: Database, session: Session, period: Period, people: People
) -> list[Sheet]:
    activities = list(session.scalars(
        select(Activity).where(_between(Activity.starts_at, period)).order_by(Activity.starts_at)
    ))  # fmt: skip
    rows: list[list[Cell]] = [
        [a.id, a.kind, a.title, a.topic, a.speaker, a.organisation, int(a.by_partner_hospital),
         a.starts_at, a.ends_at, a.status, int(a.target_all)]
        for a in activities
    ]  # fmt: skip
    header = ["activity_id", "kind", "title", "topic", "speaker", "organisation",
              "by_partner_hospital", "starts_at", "ends_at", "status", "target_all"]  # fmt: skip
    query = select(Attendance.activity_id, Attendance.staff_id, Attendance.method,
                   Attendance.signed_at).where(
        Attendance.activity_id.in_([a.id for a in activities])).order_by(Attendance.id)  # fmt: skip

    def sign_in(activity_id: int, staff_id: int | None, method: str,
                signed_at: dt.datetime | None) -> list[Cell]:  # fmt: skip
        return [activity_id, *people.cells(staff_id), int(staff_id is None), method, signed_at]

    return [
        Sheet("activities", header, rows),
        Sheet("attendance", ["activity_id", *people.header, "guest", "method", "signed_at"],
              _rows_later(db, query, sign_in)),
    ]  # fmt: skip


def health_summary_sheet(session: Session, period: Period) -> Sheet:
    """Per department, counts only: files, complete files, recent data, raised readings."""
    last = period.last_day
    # Columns, not ORM objects: one tuple per person instead of two tracked objects.
    file_columns = list(HealthFile.__table__.columns)
    query = (
        select(Staff.hire_date, Staff.departure_date, Staff.sex, Staff.birth_date,
               Department.name, *file_columns)
        .join(Department).outerjoin(HealthFile)
    )  # fmt: skip
    counts: dict[str, list[int]] = {}
    for hired, departed, sex, birth, department, *file_values in _stream(session, query):
        if (hired and hired > last) or (departed and departed <= last):
            continue
        row = counts.setdefault(department, [0, 0, 0, 0, 0, 0])
        row[0] += 1
        record = {c.name: v for c, v in zip(file_columns, file_values, strict=True)}
        if record["staff_id"] is None:  # no health file
            continue
        row[1] += 1
        row[2] += not missing_fields({"sex": sex, "birth_date": birth, **record})
        updated = record["data_updated_on"]
        row[3] += bool(updated and updated > last - dt.timedelta(days=365))
        row[4] += bool((record["systolic"] or 0) >= 140 or (record["diastolic"] or 0) >= 90)
        row[5] += bool((record["fasting_glucose"] or 0) >= 7.0)
    header = ["department", "active_staff", "with_file", "complete", "updated_12_months",
              "blood_pressure_high", "glucose_high"]  # fmt: skip
    in_order = department_order.sort_key(session)
    rows: list[list[Cell]] = [[d, *counts[d]] for d in sorted(counts, key=in_order)]
    return Sheet("health_files", header, rows)


def inspections_sheet(session: Session, period: Period) -> Sheet:
    """The year's inspections received, one row per rectification item (or one without)."""
    year = period.year_period
    rows: list[list[Cell]] = []
    for i in inspections_between(session, year.first_day, year.last_day):
        head: list[Cell] = [i.id, i.inspected_on, i.inspectors, i.findings, i.score]
        tail: list[Cell] = [i.body.value]
        if not i.items:
            rows.append([*head, None, None, None, *tail, None, None, None, None, i.county_ref])
        for item in i.items:
            rows.append([*head, item.description, item.deadline, item.status.value, *tail,
                         item.responsible, item.done_on, item.done_note,
                         item.county_ref, i.county_ref])  # fmt: skip
    # The first eight columns are those county workspaces already read; the rest came later.
    # county_item, county_inspection: the county's numbers of what its return file brought
    # (each item's closure goes back under its number).
    header = ["inspection_id", "date", "inspectors", "findings", "score", "rectification",
              "deadline", "status", "body", "responsible", "done_on", "done_note",
              "county_item", "county_inspection"]  # fmt: skip
    return Sheet("inspections", header, rows)


def indicator_sheet(indicators: IndicatorSet) -> Sheet:
    rows: list[list[Cell]] = [
        [r.key.value, r.value, r.numerator, r.denominator, r.target,
         None if r.met is None else int(r.met), int(r.in_progress)]
        for r in indicators.results
    ]  # fmt: skip
    header = ["key", "value", "numerator", "denominator", "target", "met", "in_progress"]
    return Sheet("indicators", header, rows)


def data_sheets(
    db: Database,
    actor: Actor,
    period: Period,
    named: bool,
    as_of: dt.date,
    indicators: IndicatorSet | None = None,
) -> list[Sheet]:
    """The package's tables with their stored names and codes (`package_sheets` words them);
    `indicators`: the period's figures when already computed (the report's)."""
    people_columns = ("duty_person", "cleaned_by", "disinfected_by")
    if indicators is None:
        indicators = compute_indicators(db, actor, period, as_of=as_of, drill=False)
    sheets = [profile_sheet(get_profile(db), named), indicator_sheet(indicators)]
    with unit_of_work(db) as session:  # the pseudonym secret is made on first use
        people = People(session, named)
        day = RoomDayLog.day.between(period.first_day, period.last_day)
        sheets += [
            table_sheet("equipment", session, Device),
            table_sheet("consumables", session, Consumable),
            open_hours_sheet(session, period),
            table_sheet("room_day_log", session, RoomDayLog, () if named else people_columns, day),
            visits_sheet(db, period, people),
            *activities_sheets(db, session, period, people),
            health_summary_sheet(session, period),
            inspections_sheet(session, period),
        ]
    return sheets


# --- the package ---------------------------------------------------------------------------------


def _report_pdf(
    db: Database, actor: Actor, period: Period, named: bool, as_of: dt.date, folder: Path
) -> tuple[str, Callable[[], bytes], Callable[[Database], None], IndicatorSet]:
    """The period's report, its figures computed now (the indicator sheet shows the same);
    the PDF is drawn when asked, after the workbook, and recorded in the audit trail by the
    third callable, given the live register (`db` may be a read-only snapshot)."""
    from app.reports.period_report import ReportOptions, generate, period_report_kind

    kind = period_report_kind(period.kind)
    path = folder / f"{kind.kind}_{period.code}.pdf"
    options = ReportOptions(names=False, contacts=named, language=ReportLanguage.ZH, as_of=as_of)
    data = kind.load(db, actor, period, options)

    def draw() -> bytes:
        generate(kind, db, actor, period, path, None, options, data=data, audited=False)
        return path.read_bytes()

    def record(live: Database) -> None:
        names = data.non_participants is not None
        record_report(live, actor, kind.kind, period.code, [path], names=names)

    return path.name, draw, record, data.indicators


def export_package(
    db: Database,
    actor: Actor,
    period: Period,
    folder: Path,
    named: bool = False,
    chair_password: str | None = None,
    as_of: dt.date | None = None,
    progress: Progress = quiet,
    language: ReportLanguage = ReportLanguage.ZH,
) -> ExportResult:
    """Write the period's package into `folder`; returns where and what was written."""
    actor.require(Action.EXPORT_DEIDENTIFIED)
    as_of = as_of or dt.date.today()
    if period.first_day > as_of:  # a county rejects it, and it has nothing in it
        raise ExportRefused("future_period")
    approver = None
    if named:
        approver = chair_approves(db, chair_password or "")
        if approver is None:
            raise ExportRefused("approval_needed")
    profile = get_profile(db)
    if profile is None or not profile.site_code:
        raise ExportRefused("no_profile")
    folder = Path(folder)
    if not folder.is_dir():
        raise OutputError(folder, "folder_missing")
    progress(5, "data")
    with unit_of_work(db) as session:  # made on first use: before the snapshot, which only reads
        exchange_keys.pseudonym_secret(session)
    # Everything in the package is read from one state of the register (`read_snapshot`),
    # however long the export takes and whatever is saved meanwhile.
    with (
        bulk_work(),
        tempfile.TemporaryDirectory(prefix="healthroom-export-") as scratch,
        read_snapshot(db) as snapshot,
    ):
        report_name, draw, record, indicators = _report_pdf(
            snapshot, actor, period, named, as_of, Path(scratch)
        )
        sheets = package_sheets(
            data_sheets(snapshot, actor, period, named, as_of, indicators), language
        )
        progress(35, "reports")
        workbook, rows = workbook_bytes(sheets)
        del sheets  # the rows are in the workbook now
        report = draw()
    record(db)
    members: list[tuple[str, bytes]] = [("data.xlsx", workbook), (report_name, report)]
    with unit_of_work(db) as session:
        key = exchange_keys.signing_key(session)
        sequence = exchange_keys.peek_sequence(session, period.code)
        head = audit.head_hash(session)
        entries = audit.entry_count(session)
    manifest: dict[str, Any] = {
        "format_version": FORMAT_VERSION,
        "app_version": __version__,
        "schema_version": stored_revision(db.engine),
        "site": {
            "code": profile.site_code,
            "name": profile.site_name,
            "county": profile.county,
        },
        "period": period.code,
        "sequence": sequence,
        "created_at": dt.datetime.now().replace(microsecond=0).isoformat(),
        "deidentified": not named,
        "approved_by": approver,
        "audit_head_hash": head,
        "audit_entries": entries,
        "public_key": exchange_keys.public_key_hex(key),
        "files": {
            name: {
                "sha256": sha256(data),
                "size": len(data),
                "rows": rows if name == "data.xlsx" else None,
            }
            for name, data in members
        },
    }
    raw = manifest_bytes(manifest)
    package = canonical_zip([*members, (MANIFEST, raw), (SIGNATURE, key.sign(raw))])
    target = folder / package_name(profile.site_code, period, sequence)
    progress(60, "writing")
    with atomic_path(target) as temp, open(temp, "wb") as handle:
        for start in range(0, len(package), CHUNK):
            write_chunk(handle, package[start : start + CHUNK])
            progress(60 + 35 * min(len(package), start + CHUNK) // len(package), "writing")
        handle.flush()
        os.fsync(handle.fileno())
        handle.close()
        progress(96, "verifying")
        written = temp.read_bytes()  # what the drive holds, not what we meant to write
        if written != package:
            raise OutputError(target, "io_error", "the written file differs")
        verify_bytes(written)
    digest = sha256(package)
    with unit_of_work(db) as session:
        exchange_keys.store_sequence(session, period.code, sequence)
        record_export(
            session,
            ExportRow(0, profile.site_code, period.code, sequence, not named,
                      dt.datetime.fromisoformat(manifest["created_at"]), actor.username,
                      target.name, digest, len(package)),
        )  # fmt: skip
        audit.record(
            session, actor, AuditAction.EXPORT, "package", target.name,
            after={"period": period.code, "sequence": sequence, "deidentified": not named,
                   "approved_by": approver, "file": target.name,
                   "sha256": digest},
        )  # fmt: skip
    progress(100, "done")
    return ExportResult(target, sequence, not named, len(package), tuple(n for n, _ in members))
