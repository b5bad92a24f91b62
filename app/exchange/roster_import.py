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
import hashlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from app.catalogue.codes import AuditAction, Sex
from app.catalogue.import_preview import RowAction as Action
from app.db.migrate import Database
from app.db.models import Department, EmployeeNoChange, Staff
from app.domain.permissions import Action as Permission
from app.domain.pinyin import pinyin_keys
from app.domain.staff import (
    PersonInput,
    PersonRecord,
    Severity,
    check_person,
    clean_employee_no,
    clean_name,
    is_active_on,
    parse_sex,
)
from app.exchange.column_mapping import ColumnMapping, FieldSpec, propose
from app.exchange.roster_rows import (
    COMPARED,
    ROSTER_FIELDS,
    ImportProblem,
    ParsedRoster,
    PlannedRow,
    RosterPreview,
    SourceRow,
)
from app.exchange.spreadsheet import (
    SpreadsheetError,
    Table,
    Value,
    column_letter,
    is_formula,
    normalize_text,
    parse_date,
    read_table,
    shown,
)
from app.memory import bulk_work
from app.services import audit
from app.services.actor import Actor
from app.services.backups import automatic_backup
from app.services.import_mappings import remember_mapping
from app.services.unit_of_work import read_only, unit_of_work

__all__ = [
    "import_roster",
    "parse_roster",
    "preview_roster",
    "remap_roster",
]

TEXT_FIELDS = frozenset(
    ("employee_no", "name", "id_number", "department", "phone", "job_title", "hazards")
)
MULTILINE_FIELDS = frozenset(("job_title", "hazards"))
Progress = Callable[[int, str], None]

# --- parse ----------------------------------------------------------------------------


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    try:
        with path.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    except OSError:
        return ""
    return digest.hexdigest()


def _file_problem(code: str, detail: str = "", row: int | None = None) -> ImportProblem:
    args = (detail,) if code == "cell_too_long" else ()
    return ImportProblem(row, "", "", "", detail, code, args=args)


@bulk_work()
def parse_roster(
    path: Path,
    mapping: ColumnMapping | None = None,
    remembered: Mapping[str, Sequence[str | None]] | None = None,
    spec: FieldSpec = ROSTER_FIELDS,
) -> ParsedRoster:
    """Read the file and map its columns: `mapping` as the person chose it, else the
    proposal (a mapping remembered for the same headings first). Never raises for a bad
    file: its problems say what is wrong. `spec`: the fields of another sheet read the same
    way (the hospital's check-ups)."""
    path = Path(path)
    sha = _sha256(path) if path.is_file() else ""
    try:
        table = read_table(path)
    except SpreadsheetError as error:
        problem = _file_problem(error.code, error.detail, error.row)
        return ParsedRoster(path, sha, problems=(problem,))
    chosen = mapping or propose(table, spec, remembered)
    return map_roster(path, sha, table, chosen, spec)


def remap_roster(
    parsed: ParsedRoster, mapping: ColumnMapping, spec: FieldSpec = ROSTER_FIELDS
) -> ParsedRoster:
    """The same file with its columns mapped another way (the file is not read again)."""
    if parsed.table is None:
        return parse_roster(parsed.path, mapping, spec=spec)
    return map_roster(parsed.path, parsed.sha256, parsed.table, mapping, spec)


def map_roster(
    path: Path, sha: str, table: Table, mapping: ColumnMapping, spec: FieldSpec = ROSTER_FIELDS
) -> ParsedRoster:
    columns = dict(mapping.fields)
    labels = {c.field: c.header for c in mapping.columns if c.field is not None}
    missing = spec.missing(columns)
    if missing:
        near = mapping.header_row if columns else None
        words = spec.synonyms
        absent = tuple(
            ImportProblem(near, "", words[f][0], f, "", "missing_column", args=tuple(words[f][1:]))
            for f in missing
        )
        return ParsedRoster(
            path,
            sha,
            table.sheet,
            mapping.header_row or None,
            problems=absent,
            mapping=mapping,
            table=table,
        )
    ignored = tuple(c.header for c in mapping.columns if c.field is None and c.header)
    rows = []
    for row in table.rows:
        if row.number <= mapping.header_row:
            continue
        cells = {
            name: row.values[index] if index < len(row.values) else None
            for name, index in columns.items()
        }
        rows.append(SourceRow(row.number, cells))
    problems: tuple[ImportProblem, ...] = ()
    if not rows:
        problems = (_file_problem("no_rows", row=mapping.header_row),)
    return ParsedRoster(
        path,
        sha,
        table.sheet,
        mapping.header_row,
        columns,
        labels,
        ignored,
        tuple(rows),
        problems,
        mapping,
        table,
    )


# --- validate and plan ------------------------------------------------------------------


@dataclass
class _Stored:
    id: int
    employee_no: str
    values: dict[str, Any]  # COMPARED fields, department as its name


@dataclass
class _Plan:
    preview: RosterPreview
    records: list[tuple[PlannedRow, PersonRecord, _Stored | None]]


def _load_roster(session: Session) -> tuple[dict[str, _Stored], dict[str, str], dict[str, int]]:
    departments = {name: id for id, name in session.execute(select(Department.id, Department.name))}
    names = {id: name for name, id in departments.items()}
    stored: dict[str, _Stored] = {}
    by_id_number: dict[str, str] = {}
    query = select(
        Staff.id,
        Staff.employee_no,
        Staff.name,
        Staff.sex,
        Staff.birth_date,
        Staff.id_number,
        Staff.phone,
        Staff.department_id,
        Staff.job_title,
        Staff.hazards,
        Staff.hire_date,
        Staff.departure_date,
    )
    for row in session.execute(query):
        values = {
            "name": row[2],
            "sex": row[3],
            "birth_date": row[4],
            "id_number": row[5],
            "phone": row[6],
            "department": names[row[7]],
            "job_title": row[8],
            "hazards": row[9],
            "hire_date": row[10],
            "departure_date": row[11],
        }
        stored[row[1]] = _Stored(row[0], row[1], values)
        if row[5]:
            by_id_number[row[5]] = row[1]
    return stored, by_id_number, departments


class _RowReader:
    """Turns one source row's cells into typed values, noting the cells that cannot be read."""

    def __init__(self, parsed: ParsedRoster, row: SourceRow) -> None:
        self.parsed = parsed
        self.row = row
        self.problems: list[ImportProblem] = []
        self.unreadable: set[str] = set()

    def problem(
        self,
        name: str,
        code: str,
        severity: Severity = Severity.ERROR,
        args: tuple[str, ...] = (),
    ) -> None:
        index = self.parsed.columns.get(name)
        self.problems.append(
            ImportProblem(
                self.row.number,
                column_letter(index) if index is not None else "",
                self.parsed.labels.get(name, ""),
                name,
                shown(self.row.cells.get(name)),
                code,
                severity,
                args,
            )
        )

    def raw(self, name: str) -> Value:
        value = self.row.cells.get(name)
        if is_formula(value):
            self.problem(name, "formula")
            self.unreadable.add(name)
            return None
        if name in TEXT_FIELDS and isinstance(value, bool | dt.date | dt.time | dt.timedelta):
            # TRUE or a date where a phone or a name belongs: an error, never a blank that
            # would keep (or, read as nothing, erase) what is stored.
            self.problem(name, "wrong_type")
            self.unreadable.add(name)
            return None
        return value

    def text(self, name: str) -> str:
        value = self.raw(name)
        if name == "employee_no":
            return clean_employee_no(value)
        if name in MULTILINE_FIELDS and isinstance(value, str):
            # A cell listing several hazards or jobs, one per line: keep the lines apart.
            lines = (clean_name(line) for line in value.splitlines())
            return "\n".join(line for line in lines if line)
        return clean_name(value)

    def date(self, name: str) -> tuple[dt.date | None, bool]:
        """(date, month only) from a date cell; None with a problem when unreadable."""
        value = self.raw(name)
        try:
            return parse_date(value), False
        except ValueError:
            pass
        if name == "birth_date":
            try:
                return parse_date(value, month_precision=True), True
            except ValueError:
                pass
        self.problem(name, "bad_date")
        self.unreadable.add(name)
        return None, False

    def sex(self) -> Sex | None:
        try:
            return parse_sex(self.raw("sex"))
        except ValueError:
            self.problem("sex", "bad_sex")
            self.unreadable.add("sex")
            return None


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


class _Planner:
    """Checks the rows one by one against the file so far and the stored roster."""

    def __init__(self, session: Session, parsed: ParsedRoster, today: dt.date) -> None:
        self.parsed = parsed
        self.today = today
        self.stored, self.by_id_number, self.departments = _load_roster(session)
        self.first_row_of_no: dict[str, int] = {}
        self.first_row_of_id: dict[str, tuple[int, str]] = {}
        # The ID number each listed person gets in this file (their old one is then freed).
        self.new_id_of: dict[str, str] = {}
        self.listed = {clean_employee_no(s.cells.get("employee_no")) for s in parsed.rows}
        # New employee no. -> the old one, for people HR renumbered (same ID number).
        self.renumbered: dict[str, str] = {}
        for source in parsed.rows:
            number = clean_employee_no(source.cells.get("employee_no"))
            id_text = source.cells.get("id_number")
            if number and isinstance(id_text, str) and id_text.strip():
                self.new_id_of[number] = "".join(normalize_text(id_text).split()).upper()

    def check(self, source: SourceRow) -> tuple[list[ImportProblem], PersonRecord | None]:
        reader = _RowReader(self.parsed, source)
        employee_no = reader.text("employee_no")
        name = reader.text("name")
        department = reader.text("department")
        id_raw = reader.raw("id_number")
        if isinstance(id_raw, str):
            id_raw = normalize_text(id_raw)
        if not employee_no and not name and _blank(id_raw):
            # A spacer, a note or a total line below the table, or a merged department cell.
            others = [
                f for f in self.parsed.columns if f != "department" and not _blank(source.cells[f])
            ]
            if others:
                reader.problem("employee_no", "row_skipped", Severity.WARNING)
            return reader.problems, None
        existing = self.stored.get(employee_no) if employee_no else None
        previous = self._previous_number(employee_no, id_raw, name) if existing is None else None
        if previous is not None:
            existing = self.stored[previous]
        old = existing.values if existing else {}

        def keep(value: Any, name: str) -> Any:
            """A blank cell keeps the stored value."""
            return old.get(name) if _blank(value) and name not in reader.unreadable else value

        sex = reader.sex()
        birth, month_only = reader.date("birth_date")
        hire, _ = reader.date("hire_date")
        departure, _ = reader.date("departure_date")
        file_id_given = not _blank(id_raw)
        stored_sex = Sex(old["sex"]) if old.get("sex") else None
        person = PersonInput(
            employee_no=employee_no,
            name=keep(name, "name") or "",
            department=keep(department, "department") or "",
            # With an ID number in the file, blank sex and birth date come from it.
            sex=sex if sex is not None or file_id_given else stored_sex,
            birth_date=birth if birth is not None or file_id_given else old.get("birth_date"),
            birth_month_only=month_only,
            id_number=id_raw if file_id_given else old.get("id_number"),
            phone=keep(reader.raw("phone"), "phone"),
            job_title=keep(reader.text("job_title"), "job_title") or "",
            hazards=keep(reader.text("hazards"), "hazards") or "",
            hire_date=keep(hire, "hire_date"),
            departure_date=keep(departure, "departure_date"),
        )
        record, found = check_person(person, self.today)
        for p in found:
            if p.field not in reader.unreadable:
                reader.problem(p.field, p.code, p.severity, p.args)
        if employee_no:
            first = self.first_row_of_no.setdefault(employee_no, source.number)
            if first != source.number:
                reader.problem("employee_no", "duplicate_in_file", args=(str(first),))
        if record is not None and record.id_number:
            self._check_id_number(reader, record.id_number, employee_no, previous)
        if any(p.severity is Severity.ERROR for p in reader.problems):
            return reader.problems, None
        if previous is not None:
            self.renumbered[employee_no] = previous
            reader.problem(
                "employee_no",
                "employee_no_changed",
                Severity.WARNING,
                args=(previous, self.stored[previous].values["name"]),
            )
        return reader.problems, record

    def _previous_number(self, employee_no: str, id_raw: Value, name: str) -> str | None:
        """The stored employee no. of the person this row renumbers: a new number with the
        ID number of someone the file does not list under their old number, and their name."""
        if not employee_no or not isinstance(id_raw, str):
            return None
        holder = self.by_id_number.get("".join(id_raw.split()).upper())
        if holder is None or holder in self.listed:
            return None
        if name and name != self.stored[holder].values["name"]:
            return None  # another person, or a mistyped ID number: reported as id_taken
        return holder

    def _check_id_number(
        self, reader: _RowReader, id_number: str, employee_no: str, previous: str | None
    ) -> None:
        earlier = self.first_row_of_id.setdefault(id_number, (reader.row.number, employee_no))
        holder = self.by_id_number.get(id_number)
        if earlier[1] != employee_no:
            reader.problem("id_number", "duplicate_id_in_file", args=(str(earlier[0]),))
        elif (
            holder is not None
            and holder != employee_no
            and holder != previous
            and self.new_id_of.get(holder, id_number) == id_number
        ):
            # Another person holds this number and keeps it.
            reader.problem(
                "id_number", "id_taken", args=(holder, self.stored[holder].values["name"])
            )


def _plan(session: Session, parsed: ParsedRoster, today: dt.date, progress: Progress) -> _Plan:
    planner = _Planner(session, parsed, today)
    problems: list[ImportProblem] = list(parsed.problems)
    records: list[tuple[PlannedRow, PersonRecord, _Stored | None]] = []
    changes: tuple[str, ...]
    step = max(len(parsed.rows) // 20, 1)
    for n, source in enumerate(parsed.rows):
        if n % step == 0:
            progress(10 + int(70 * n / max(len(parsed.rows), 1)), "checking")
        found, record = planner.check(source)
        problems.extend(found)
        if record is None:
            continue
        previous = planner.renumbered.get(record.employee_no, "")
        existing = planner.stored.get(previous or record.employee_no)
        action, changes = Action.NEW, ()
        if existing is not None:
            after = _values(record)
            changes = tuple(f for f in COMPARED if after[f] != existing.values[f])
            if previous:
                changes = ("employee_no", *changes)
            action = Action.UPDATE if changes else Action.UNCHANGED
        planned = PlannedRow(
            source.number,
            record.employee_no,
            record.name,
            record.department,
            action,
            changes,
            previous,
        )
        records.append((planned, record, existing))
    known = planner.departments
    new_departments = tuple(
        dict.fromkeys(r.department for _, r, _ in records if r.department not in known)
    )
    listed = planner.listed | set(planner.renumbered.values())
    not_in_file = sum(
        1
        for no, person in planner.stored.items()
        if no not in listed and is_active_on(person.values["departure_date"], today)
    )
    preview = RosterPreview(
        file_name=parsed.path.name,
        sheet=parsed.sheet,
        header_row=parsed.header_row,
        columns=tuple(
            (name, column_letter(index), parsed.labels.get(name, ""))
            for name, index in sorted(parsed.columns.items(), key=lambda item: item[1])
        ),
        ignored_columns=parsed.ignored_columns,
        planned=tuple(p for p, _, _ in records),
        new_departments=new_departments,
        not_in_file=not_in_file,
        # As the user reads the sheet: by row, then left to right.
        problems=tuple(sorted(problems, key=lambda p: (p.row or 0, len(p.column), p.column))),
    )
    return _Plan(preview, records)


def _values(record: PersonRecord) -> dict[str, Any]:
    return {
        "name": record.name,
        "sex": record.sex.value if record.sex else None,
        "birth_date": record.birth_date,
        "id_number": record.id_number,
        "phone": record.phone,
        "department": record.department,
        "job_title": record.job_title,
        "hazards": record.hazards,
        "hire_date": record.hire_date,
        "departure_date": record.departure_date,
    }


def _no_progress(_percent: int, _stage: str) -> None:
    pass


@bulk_work()
def preview_roster(
    db: Database,
    actor: Actor,
    parsed: ParsedRoster,
    today: dt.date | None = None,
    progress: Progress | None = None,
) -> RosterPreview:
    """What importing would do: counts, and every problem. Writes nothing."""
    actor.require(Permission.IMPORT_ROSTER)
    with read_only(db) as session:
        return _plan(session, parsed, today or dt.date.today(), progress or _no_progress).preview


# --- apply ----------------------------------------------------------------------------


@bulk_work()
def import_roster(
    db: Database,
    actor: Actor,
    parsed: ParsedRoster,
    today: dt.date | None = None,
    progress: Progress | None = None,
) -> RosterPreview:
    """Check again and, when no error remains and something changes, write it all in one
    transaction with one audit entry. Returns the preview; `applied` says whether it wrote."""
    actor.require(Permission.IMPORT_ROSTER)
    report = progress or _no_progress
    day = today or dt.date.today()
    if parsed.problems:  # the file itself cannot be read: no need to open a transaction
        return preview_roster(db, actor, parsed, day, progress)
    with unit_of_work(db) as session:
        # Planned inside the transaction, so the check and the writing see the same roster.
        plan = _plan(session, parsed, day, report)
        if not plan.preview.can_apply:
            return plan.preview  # nothing was written: the commit is empty
        if plan.preview.new or plan.preview.updated:
            # A verified copy first; this transaction has only read so far, so the copy is
            # exactly the register as it was before the import.
            automatic_backup(db, "before-import", quick=True)
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


def _keep_number_changes(session: Session, actor: Actor, plan: _Plan, file_name: str) -> None:
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


def _write(session: Session, plan: _Plan) -> None:
    departments = {name: id for id, name in session.execute(select(Department.id, Department.name))}
    for name in plan.preview.new_departments:
        department = Department(name=name)
        session.add(department)
        session.flush()
        departments[name] = department.id
    updates: list[dict[str, Any]] = []
    inserts: list[dict[str, Any]] = []
    id_moves: list[dict[str, Any]] = []
    for planned, record, existing in plan.records:
        if planned.action is Action.UNCHANGED:
            continue
        values = _values(record)
        values["department_id"] = departments[values.pop("department")]
        if existing is None or "name" in planned.changes:
            values["name_pinyin"], values["name_initials"] = pinyin_keys(record.name)
        if existing is None:
            inserts.append({"employee_no": record.employee_no, **values})
        else:
            if planned.previous_employee_no:
                values["employee_no"] = record.employee_no
            updates.append({"id": existing.id, **values})
            if "id_number" in planned.changes:
                id_moves.append({"id": existing.id, "id_number": None})
    if id_moves:
        # Free the old numbers first so that two people swapping numbers do not collide.
        session.execute(update(Staff), id_moves)
    if updates:
        session.execute(update(Staff), updates)
    if inserts:
        session.execute(insert(Staff), inserts)
