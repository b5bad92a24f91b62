"""Check-up results import (体检结果导入): the partner hospital's spreadsheet into the health
files, preview first.

parse (the one reader and column mapping of the roster import, `parse_checkups`) → match each
row to a person and grade its results (`preview_checkups`: new / updated / unchanged check-ups,
every problem with its row and column) → apply (`import_checkups`: one transaction after a
verified backup, only when no error remains, audited as one import entry).

Rules, as hospitals hand their results over:
- one row per person, the columns in any order and any subset, title rows above the header and
  totals below; a value may carry its unit ("5.2 mmol/L") and the hospital's mark ("↑");
  未查/弃检 (not done, declined) is no result, not an error;
- a person is found by ID number, else employee no. (an old one still finds them), else name
  and birth date; a row that matches nobody, several people, or someone of another name is
  listed and left out, never guessed;
- each result is graded by the room's rules (blood pressure, glucose, BMI, waist, pulse) or the
  item's reference limits, and kept with its grade; a value outside the plausible range, with a
  foreign unit or unreadable is an error at its cell, never stored;
- a check-up is its own record, one per person and date (not a visit: the usage rate does not
  move); importing the same file again changes nothing;
- the health file takes the latest check-up's height, weight, blood pressure, glucose,
  conclusion and advice, and its date as the day the health data was updated.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.catalogue.checkups import CheckupItem
from app.catalogue.codes import AuditAction, AuditEntity
from app.catalogue.import_preview import RowAction as Action
from app.db.bulk import insert_rows, update_rows
from app.db.migrate import Database
from app.db.models import Checkup, HealthFile
from app.domain.permissions import Action as Permission
from app.exchange.checkup_checks import WHOLE_NUMBERS, CheckupPlanner, plan_checkups
from app.exchange.checkup_rows import CHECKUP_SPEC, TEXT_FIELDS, CheckupPreview, PlannedCheckup
from app.exchange.column_mapping import ColumnMapping
from app.exchange.sheet_reading import SheetRead, parse_sheet, remap_sheet
from app.exchange.sheet_rows import ParsedSheet, Progress, no_progress
from app.memory import bulk_work
from app.services import audit
from app.services.actor import Actor
from app.services.import_backup import ImportBackup
from app.services.import_mappings import remember_mapping
from app.services.unit_of_work import read_only, unit_of_work

__all__ = [
    "import_checkups",
    "parse_checkups",
    "preview_checkups",
    "remap_checkups",
]

TABLES = Checkup.metadata.tables
CHECKUP, CHECKUP_RESULT, HEALTH_FILE = (
    TABLES["checkup"],
    TABLES["checkup_result"],
    TABLES["health_file"],
)
# The health file's fields a check-up fills (its latest values), by item.
FILE_FIELDS: dict[CheckupItem, str] = {
    CheckupItem.HEIGHT: "height_cm",
    CheckupItem.WEIGHT: "weight_kg",
    CheckupItem.SYSTOLIC: "systolic",
    CheckupItem.DIASTOLIC: "diastolic",
    CheckupItem.GLUCOSE_FASTING: "fasting_glucose",
}


def parse_checkups(
    path: Path,
    mapping: ColumnMapping | None = None,
    remembered: Mapping[str, Sequence[str | None]] | None = None,
    read: SheetRead | None = None,
) -> ParsedSheet:
    """Read the hospital's file with the roster import's reader, limits and column guess."""
    return parse_sheet(path, CHECKUP_SPEC, mapping, remembered, read)


def remap_checkups(parsed: ParsedSheet, mapping: ColumnMapping) -> ParsedSheet:
    return remap_sheet(parsed, mapping, CHECKUP_SPEC)


@bulk_work()
def preview_checkups(
    db: Database,
    actor: Actor,
    parsed: ParsedSheet,
    today: dt.date | None = None,
    progress: Progress | None = None,
) -> CheckupPreview:
    """What importing would do: who is matched, each result graded, every problem. Writes
    nothing."""
    actor.require(Permission.EDIT_HEALTH_DATA)
    with read_only(db) as session:
        return plan_checkups(session, parsed, today or dt.date.today(), progress or no_progress)[0]


# --- apply --------------------------------------------------------------------------------


@bulk_work()
def import_checkups(
    db: Database,
    actor: Actor,
    parsed: ParsedSheet,
    today: dt.date | None = None,
    progress: Progress | None = None,
) -> CheckupPreview:
    """Check again and, when no error remains and something changes, write it all in one
    transaction after a verified backup, with one audit entry. `applied` says whether it
    wrote."""
    actor.require(Permission.EDIT_HEALTH_DATA)
    report = progress or no_progress
    day = today or dt.date.today()
    if parsed.problems:
        return preview_checkups(db, actor, parsed, day, progress)
    with unit_of_work(db) as session, ImportBackup(db, session) as backup:
        # Planned with the write lock held while the backup is copied and checked.
        preview, planner = plan_checkups(session, parsed, day, report)
        if not preview.can_apply:
            return preview
        backup.keep()  # verified before anything is written
        report(80, "writing")
        changed = [p for p in preview.planned if p.action is not Action.UNCHANGED]
        _write_checkups(session, planner, changed, parsed.path.name)
        report(90, "writing")
        _update_health_files(session, changed)
        if parsed.mapping is not None:
            remember_mapping(
                session, CHECKUP_SPEC.kind, parsed.mapping.signature, parsed.mapping.as_stored()
            )
        audit.record(
            session,
            actor,
            AuditAction.IMPORT,
            AuditEntity.CHECKUP,
            "",
            after={
                "file": preview.file_name,
                "sha256": parsed.sha256,
                "sheet": preview.sheet,
                "rows": len(preview.planned),
                "new": preview.new,
                "updated": preview.updated,
                "unchanged": preview.unchanged,
                "people": preview.people,
                "skipped_rows": [p.row for p in preview.skipped],
                "abnormal": {item.value: n for item, n in preview.abnormal_by_item().items()},
                "columns": {label: name for name, label in parsed.labels.items()},
            },
        )
        report(100, "done")
        return replace(preview, applied=True)


CHECKUP_COLUMNS = (
    "staff_id",
    "checkup_date",
    "exam_no",
    "age",
    *TEXT_FIELDS,
    "source",
    "imported_at",
)
RESULT_COLUMNS = ("checkup_id", "item", "value", "flag")


def _write_checkups(
    session: Session, planner: CheckupPlanner, changed: list[PlannedCheckup], source: str
) -> None:
    replaced = [
        planner.stored[(p.staff_id, p.checkup_date)][0]
        for p in changed
        if p.action is Action.UPDATE
    ]
    if replaced:
        session.execute(delete(Checkup).where(Checkup.id.in_(replaced)))
    if not changed:
        return
    now = dt.datetime.now().replace(microsecond=0)
    where = source[:300]
    rows = []
    for p in changed:
        texts = dict(p.texts)
        rows.append(
            (
                p.staff_id,
                p.checkup_date,
                p.exam_no,
                p.age,
                *(texts.get(name) for name in TEXT_FIELDS),
                where,
                now,
            )
        )
    # Straight to the driver, then the new ids by person and date (unique): an ORM bulk insert
    # with RETURNING costs seconds on a hospital's 5,000 rows.
    insert_rows(session, CHECKUP, CHECKUP_COLUMNS, rows)
    dates = {p.checkup_date for p in changed}
    ids = {
        (staff_id, on): id_
        for id_, staff_id, on in session.execute(
            select(Checkup.id, Checkup.staff_id, Checkup.checkup_date).where(
                Checkup.checkup_date.in_(dates)
            )
        )
    }
    # Some 16 results a person, 80,000 for a hospital's file; item and flag are str enums,
    # bound as their text.
    results = [
        (ids[(p.staff_id, p.checkup_date)], item, value, flag)
        for p in changed
        for item, value, flag in p.results
    ]
    if results:
        insert_rows(session, CHECKUP_RESULT, RESULT_COLUMNS, results)


def _update_health_files(session: Session, changed: list[PlannedCheckup]) -> None:
    """Each person's file takes their latest check-up when it is the newest health data."""
    latest: dict[int, PlannedCheckup] = {}
    for p in changed:
        if p.staff_id not in latest or p.checkup_date > latest[p.staff_id].checkup_date:
            latest[p.staff_id] = p
    files = {
        staff_id: (updated, last)
        for staff_id, updated, last in session.execute(
            select(HealthFile.staff_id, HealthFile.data_updated_on, HealthFile.last_checkup_date)
        )
    }
    # Executemany needs the same columns in every row: grouped by the columns each person's
    # file takes (the others keep their value).
    updates: dict[tuple[str, ...], list[tuple[Any, ...]]] = defaultdict(list)
    inserts: dict[tuple[str, ...], list[tuple[Any, ...]]] = defaultdict(list)
    for staff_id, p in latest.items():
        updated, last = files.get(staff_id, (None, None))
        values: dict[str, Any] = {}
        if last is None or p.checkup_date >= last:
            texts = dict(p.texts)
            values["last_checkup_date"] = p.checkup_date
            values["checkup_findings"] = texts.get("conclusion")
            values["checkup_advice"] = texts.get("advice")
        if updated is None or p.checkup_date >= updated:
            values["data_updated_on"] = p.checkup_date
            for item, value, _flag in p.results:
                field = FILE_FIELDS.get(item)
                if field is not None:
                    values[field] = int(value) if item in WHOLE_NUMBERS else value
        if not values:
            continue
        if staff_id in files:
            updates[tuple(values)].append((*values.values(), staff_id))
        else:
            inserts[tuple(values)].append((staff_id, *values.values()))
    for columns, rows in updates.items():
        update_rows(session, HEALTH_FILE, "staff_id", columns, rows)
    for columns, rows in inserts.items():
        insert_rows(session, HEALTH_FILE, ("staff_id", *columns), rows)
