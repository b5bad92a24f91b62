"""The roster import's checks: each row read into a person, checked against the file so far
and the stored roster (the rules are listed in app.exchange.roster_import), and planned as new,
updated or unchanged."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.catalogue.codes import Sex
from app.catalogue.import_preview import RowAction as Action
from app.db.models import Department, Staff
from app.domain.id_number import folded
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
from app.exchange.roster_rows import COMPARED, PlannedRow, RosterPreview
from app.exchange.sheet_rows import (
    ImportProblem,
    ParsedSheet,
    Progress,
    RowCells,
    SourceRow,
    check_rows,
    is_blank,
    preview_of,
)
from app.exchange.spreadsheet import Value, normalize_text, parse_date

__all__ = ["Planned", "RosterPlan", "StoredPerson", "person_values", "plan_roster"]

TEXT_FIELDS = frozenset(
    ("employee_no", "name", "id_number", "department", "phone", "job_title", "hazards")
)
MULTILINE_FIELDS = frozenset(("job_title", "hazards"))


@dataclass
class StoredPerson:
    id: int
    employee_no: str
    values: dict[str, Any]  # COMPARED fields, department as its name


# A row that can be imported: what it does, the person as checked, who it updates.
Planned = tuple[PlannedRow, PersonRecord, StoredPerson | None]


@dataclass
class RosterPlan:
    preview: RosterPreview
    records: list[Planned]


def _among(column: Any, keys: set[str]) -> Any:
    """`column IN keys`, the keys bound as one JSON array that SQLite itself unpacks
    (`json_each`) and looks up one by one through the column's index: one statement and one
    bound value however long the file, where 10,000 numbers bound one by one cost more to
    render as SQL than to look up."""
    each = func.json_each(json.dumps(sorted(keys), ensure_ascii=False)).table_valued("value")
    return column.in_(select(each.c.value))


def _load_roster(
    session: Session, numbers: set[str], id_numbers: set[str]
) -> tuple[dict[str, StoredPerson], dict[str, str], dict[str, int]]:
    """The stored people the file names (by employee no. or ID number; perhaps more): what
    the rows are checked against, read in a time bounded by the file's length, not the
    register's."""
    departments = {name: id for id, name in session.execute(select(Department.id, Department.name))}
    names = {id: name for name, id in departments.items()}
    stored: dict[str, StoredPerson] = {}
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
    # Through the indexes when the file names fewer people than the register holds (each key
    # looked up, found or not), else the whole roster at once.
    everyone = session.scalar(select(func.count()).select_from(Staff)) or 0
    if len(numbers) + len(id_numbers) < 3 * everyone:
        wanted = ((Staff.employee_no, numbers), (Staff.id_number, id_numbers))
        queries = [query.where(_among(column, keys)) for column, keys in wanted if keys]
    else:
        queries = [query]
    for part in queries:
        for row in session.execute(part):
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
            stored[row[1]] = StoredPerson(row[0], row[1], values)
            if row[5]:
                by_id_number[row[5]] = row[1]
    return stored, by_id_number, departments


def _on_roster(session: Session, day: dt.date) -> int:
    """How many people are on the roster on `day` (`is_active_on`)."""
    departure = Staff.departure_date
    count = select(func.count()).where(or_(departure.is_(None), departure > day))
    return session.scalar(count) or 0


class _RowReader(RowCells):
    """Turns one source row's cells into typed values, noting the cells that cannot be read."""

    def raw(self, name: str) -> Value:
        value = self.cell(name)
        if name in TEXT_FIELDS and isinstance(value, bool | dt.date | dt.time | dt.timedelta):
            # TRUE or a date where a phone or a name belongs: an error, never a blank that
            # would keep (or, read as nothing, erase) what is stored.
            self.unreadable_as(name, "wrong_type")
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
        self.unreadable_as(name, "bad_date")
        return None, False

    def sex(self) -> Sex | None:
        try:
            return parse_sex(self.raw("sex"))
        except ValueError:
            self.unreadable_as("sex", "bad_sex")
            return None


class _Planner:
    """Checks the rows one by one against the file so far and the stored roster."""

    def __init__(self, session: Session, parsed: ParsedSheet, today: dt.date) -> None:
        self.parsed = parsed
        self.today = today
        self.first_row_of_no: dict[str, int] = {}
        self.first_row_of_id: dict[str, tuple[int, str]] = {}
        # The ID number each listed person gets in this file (their old one is then freed).
        self.new_id_of: dict[str, str] = {}
        self.listed = {clean_employee_no(s.cells.get("employee_no")) for s in parsed.rows}
        # New employee no. -> the old one, for people HR renumbered (same ID number).
        self.renumbered: dict[str, str] = {}
        id_numbers: set[str] = set()
        for source in parsed.rows:
            number = clean_employee_no(source.cells.get("employee_no"))
            id_text = source.cells.get("id_number")
            if isinstance(id_text, str) and id_text.strip():
                id_number = "".join(normalize_text(id_text).split()).upper()
                id_numbers.update((id_number, folded(id_text)))  # as looked up, as stored
                if number:
                    self.new_id_of[number] = id_number
        self.stored, self.by_id_number, self.departments = _load_roster(
            session, self.listed - {""}, id_numbers
        )
        self.on_roster = _on_roster(session, today)

    def check(self, source: SourceRow) -> tuple[list[ImportProblem], PersonRecord | None]:
        reader = _RowReader(self.parsed, source)
        employee_no = reader.text("employee_no")
        name = reader.text("name")
        department = reader.text("department")
        id_raw = reader.raw("id_number")
        if isinstance(id_raw, str):
            id_raw = normalize_text(id_raw)
        if not employee_no and not name and is_blank(id_raw):
            # A spacer, a note or a total line below the table, or a merged department cell.
            others = [
                f
                for f in self.parsed.columns
                if f != "department" and not is_blank(source.cells[f])
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
            return old.get(name) if is_blank(value) and name not in reader.unreadable else value

        sex = reader.sex()
        birth, month_only = reader.date("birth_date")
        hire, _ = reader.date("hire_date")
        departure, _ = reader.date("departure_date")
        file_id_given = not is_blank(id_raw)
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
        if reader.has_error:
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

    def plan(self, source: SourceRow) -> tuple[list[ImportProblem], Planned | None]:
        """The row's problems and, when it can be imported, what it does to whom."""
        found, record = self.check(source)
        if record is None:
            return found, None
        previous = self.renumbered.get(record.employee_no, "")
        existing = self.stored.get(previous or record.employee_no)
        action, changes = Action.NEW, cast(tuple[str, ...], ())
        if existing is not None:
            after = person_values(record)
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
        return found, (planned, record, existing)

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
        earlier = self.first_row_of_id.setdefault(id_number, (reader.source.number, employee_no))
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


def plan_roster(
    session: Session, parsed: ParsedSheet, today: dt.date, progress: Progress
) -> RosterPlan:
    """Every row checked against the file so far and the stored roster, and what it does."""
    planner = _Planner(session, parsed, today)
    problems, records = check_rows(parsed, planner.plan, progress)
    known = planner.departments
    new_departments = tuple(
        dict.fromkeys(r.department for _, r, _ in records if r.department not in known)
    )
    listed = planner.listed | set(planner.renumbered.values())
    # Everyone listed is among the people loaded: those on the roster today, taken from all.
    not_in_file = planner.on_roster - sum(
        1
        for no, person in planner.stored.items()
        if no in listed and is_active_on(person.values["departure_date"], today)
    )
    planned = (p for p, _, _ in records)
    preview = preview_of(
        RosterPreview,
        parsed,
        planned,
        problems,
        new_departments=new_departments,
        not_in_file=not_in_file,
    )
    return RosterPlan(preview, records)


def person_values(record: PersonRecord) -> dict[str, Any]:
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
