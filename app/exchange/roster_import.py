"""Roster import (名册导入): an HR spreadsheet into the staff roster, preview first.

parse (the file into rows of cells, `parse_roster`) → validate and plan against the database
(`preview_roster`: new / updated / unchanged, every problem with its row and column) → apply
(`import_roster`: one transaction, only when no error remains, audited as one import entry).

Rules, as HR departments hand rosters over:
- the header may sit below a title row or two and use any of the usual Chinese names;
- the employee number identifies a person: a number already on the roster updates that person,
  a new one adds a person; a new number with the ID number and name of someone the file no
  longer lists under their old number is a change of employee no. (shown as a warning, the old
  number kept in its history, audited); the same ID number under another employee number
  otherwise is an error;
- a blank cell keeps what is stored (an import never erases data), so a partial sheet with only
  employee numbers and phones is a valid way to update phones;
- sex and birth date come from the ID number when their cells are blank, and must agree with
  it when given;
- people on the roster who are not in the file are left alone (their departure is recorded on
  the Staff page, or with a 离职日期 column);
- importing the same file again changes nothing and writes nothing.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.catalogue.codes import AuditAction
from app.catalogue.import_preview import RowAction as Action
from app.db.bulk import insert_rows, page_cache, update_rows
from app.db.migrate import Database
from app.db.models import Department, EmployeeNoChange, Staff, now
from app.domain.permissions import Action as Permission
from app.domain.pinyin import pinyin_keys
from app.exchange.column_mapping import ColumnMapping
from app.exchange.roster_checks import RosterPlan, person_values, plan_roster
from app.exchange.roster_rows import ROSTER_FIELDS, RosterPreview
from app.exchange.sheet_reading import SheetRead, parse_sheet, remap_sheet
from app.exchange.sheet_rows import ParsedSheet, Progress, no_progress
from app.memory import bulk_work
from app.services import audit
from app.services.actor import Actor
from app.services.import_backup import ImportBackup
from app.services.import_mappings import remember_mapping
from app.services.unit_of_work import read_only, unit_of_work

__all__ = [
    "import_roster",
    "parse_roster",
    "preview_roster",
    "remap_roster",
]

# --- parse ----------------------------------------------------------------------------


def parse_roster(
    path: Path,
    mapping: ColumnMapping | None = None,
    remembered: Mapping[str, Sequence[str | None]] | None = None,
    read: SheetRead | None = None,
) -> ParsedSheet:
    """Read the file and map its columns: `mapping` as the person chose it, else the
    proposal (a mapping remembered for the same headings first). Never raises for a bad
    file: its problems say what is wrong."""
    return parse_sheet(path, ROSTER_FIELDS, mapping, remembered, read)


def remap_roster(parsed: ParsedSheet, mapping: ColumnMapping) -> ParsedSheet:
    """The same file with its columns mapped another way (the file is not read again)."""
    return remap_sheet(parsed, mapping, ROSTER_FIELDS)


# --- validate and plan ------------------------------------------------------------------


@bulk_work()
def preview_roster(
    db: Database,
    actor: Actor,
    parsed: ParsedSheet,
    today: dt.date | None = None,
    progress: Progress | None = None,
) -> RosterPreview:
    """What importing would do: counts, and every problem. Writes nothing."""
    actor.require(Permission.IMPORT_ROSTER)
    with read_only(db) as session:
        return plan_roster(
            session, parsed, today or dt.date.today(), progress or no_progress
        ).preview


# --- apply ----------------------------------------------------------------------------


@bulk_work()
def import_roster(
    db: Database,
    actor: Actor,
    parsed: ParsedSheet,
    today: dt.date | None = None,
    progress: Progress | None = None,
) -> RosterPreview:
    """Check again and, when no error remains and something changes, write it all in one
    transaction with one audit entry. Returns the preview; `applied` says whether it wrote."""
    actor.require(Permission.IMPORT_ROSTER)
    report = progress or no_progress
    day = today or dt.date.today()
    if parsed.problems:  # the file itself cannot be read: no need to open a transaction
        return preview_roster(db, actor, parsed, day, progress)
    with (
        unit_of_work(db) as session,
        ImportBackup(db, session) as backup,
        page_cache(session),
    ):
        # Planned inside the transaction, with the write lock held, while the backup is
        # copied and checked: the check and the writing see the same roster as the copy.
        plan = plan_roster(session, parsed, day, report)
        if not plan.preview.can_apply:
            return plan.preview  # nothing was written: the commit is empty
        backup.keep()  # verified before anything is written
        report(80, "writing")
        _write(session, plan)
        _keep_number_changes(session, actor, plan, parsed.path.name)
        if parsed.mapping is not None:  # confirmed by importing with it
            remember_mapping(
                session, "roster", parsed.mapping.signature, parsed.mapping.as_stored()
            )
        preview = plan.preview
        audit.record(
            session,
            actor,
            AuditAction.IMPORT,
            "staff",
            "",
            after={
                "file": preview.file_name,
                "sha256": parsed.sha256,
                "sheet": preview.sheet,
                "rows": len(preview.planned),
                "new": preview.new,
                "updated": preview.updated,
                "unchanged": preview.unchanged,
                "warnings": len(preview.warnings),
                "new_departments": list(preview.new_departments),
                "columns": {label: name for name, label in parsed.labels.items()},
            },
        )
        report(100, "done")
        return replace(preview, applied=True)


def _keep_number_changes(session: Session, actor: Actor, plan: RosterPlan, file_name: str) -> None:
    """Each change of employee no.: its history row and its own audit entry."""
    for planned, _record, existing in plan.records:
        if not planned.previous_employee_no or existing is None:
            continue
        session.add(
            EmployeeNoChange(
                staff_id=existing.id,
                old_employee_no=planned.previous_employee_no,
                new_employee_no=planned.employee_no,
                source=file_name[:300],
            )
        )
        audit.record(
            session,
            actor,
            AuditAction.UPDATE,
            "staff",
            existing.id,
            before={"employee_no": planned.previous_employee_no},
            after={"employee_no": planned.employee_no, "file": file_name},
        )


STAFF = Staff.metadata.tables["staff"]


def _write(session: Session, plan: RosterPlan) -> None:
    departments = {name: id for id, name in session.execute(select(Department.id, Department.name))}
    for name in plan.preview.new_departments:
        department = Department(name=name)
        session.add(department)
        session.flush()
        departments[name] = department.id
    # Rows straight to the driver (10,000 people at once): the model's own defaults, the
    # creation and change times, are given here.
    stamp = now()
    updates: dict[tuple[str, ...], list[tuple[Any, ...]]] = defaultdict(list)
    inserts: list[dict[str, Any]] = []
    id_moves: list[tuple[None, int]] = []
    for planned, record, existing in plan.records:
        if planned.action is Action.UNCHANGED:
            continue
        values = person_values(record)
        values["department_id"] = departments[values.pop("department")]
        if existing is None or "name" in planned.changes:
            values["name_pinyin"], values["name_initials"] = pinyin_keys(record.name)
        values["updated_at"] = stamp
        if existing is None:
            inserts.append({"employee_no": record.employee_no, **values, "created_at": stamp})
            continue
        if planned.previous_employee_no:
            values["employee_no"] = record.employee_no
        updates[tuple(values)].append((*values.values(), existing.id))
        if "id_number" in planned.changes:
            id_moves.append((None, existing.id))
    if id_moves:
        # Free the old numbers first so that two people swapping numbers do not collide.
        update_rows(session, STAFF, "id", ("id_number",), id_moves)
    for columns, rows in updates.items():
        update_rows(session, STAFF, "id", columns, rows)
    if inserts:  # every new person has the same columns
        rows = [tuple(person.values()) for person in inserts]
        insert_rows(session, STAFF, tuple(inserts[0]), rows)
