"""Import a sign-in sheet (签到表) typed into a spreadsheet: preview first, then apply.

Like the roster import: every problem names the row (as the spreadsheet program numbers it),
the column, the value and a reason code; nothing is written while a fatal problem remains, and
applying is one transaction that re-reads and re-checks the file. Importing the same file twice
changes nothing. Rows are matched by employee no. (the name, when given, must agree); a row with
only a name is matched when exactly one person on the roster that day has it, and otherwise
recorded as a guest. When the sheet has a signature column, rows left unsigned are skipped:
that is how our own pre-filled sheet comes back after being typed in.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.catalogue.codes import ActivityStatus, AuditAction, SignInMethod
from app.catalogue.import_preview import Severity
from app.catalogue.problems import SignInProblem
from app.db.migrate import Database
from app.db.models import Activity, Attendance, EmployeeNoChange, Staff
from app.domain.participation import in_target_group, on_roster
from app.domain.permissions import Action
from app.exchange.column_mapping import ColumnMapping, FieldSpec, propose
from app.exchange.spreadsheet import (
    Row,
    SpreadsheetError,
    Table,
    Value,
    column_letter,
    is_formula,
    normalize_text,
    read_table,
)
from app.services import audit
from app.services.activities import load
from app.services.actor import Actor
from app.services.backups import automatic_backup
from app.services.eligibility import Participation, participation_of, target_departments
from app.services.import_mappings import load_mappings, remember_mapping
from app.services.sign_in import add_guest_in, sign_in_staff_in
from app.services.unit_of_work import read_only, unit_of_work

SYNONYMS: dict[str, tuple[str, ...]] = {
    "employee_no": (
        "工号",
        "员工编号",
        "职工号",
        "员工号",
        "职工编号",
        "工卡号",
        "卡号",
        "编号",
        "employee no.",
        "employee no",
        "employee number",
        "staff no.",
    ),
    "name": ("姓名", "名字", "职工姓名", "员工姓名", "name"),
    "department": ("部门", "车间", "科室", "单位", "所在部门", "department"),
    "signature": ("签名", "签字", "本人签名", "本人签字", "签到", "签到签名", "signature"),
}
KEYWORDS: dict[str, tuple[str, ...]] = {
    "signature": ("签名", "签字", "签到", "sign"),
    "department": ("部门", "车间", "科室", "班组", "单位", "dept"),
    "name": ("姓名", "名字", "name"),
    "employee_no": ("工号", "编号", "职工号", "员工号", "工卡", "卡号", "no."),
}
SIGN_IN_FIELDS = FieldSpec("sign_in", SYNONYMS, KEYWORDS, one_of=("employee_no", "name"))


# The codes and their sentences are declared in the catalogue.
ProblemCode = SignInProblem


SEVERITY = {
    ProblemCode.UNREADABLE: Severity.ERROR,
    ProblemCode.NO_HEADER: Severity.ERROR,
    ProblemCode.CANCELLED: Severity.ERROR,
    ProblemCode.FORMULA: Severity.ERROR,
    ProblemCode.UNKNOWN_EMPLOYEE_NO: Severity.ERROR,
    ProblemCode.NAME_MISMATCH: Severity.ERROR,
    ProblemCode.NOT_ON_ROSTER: Severity.ERROR,
    ProblemCode.AMBIGUOUS_NAME: Severity.ERROR,
    ProblemCode.DUPLICATE: Severity.WARNING,
    ProblemCode.GUEST: Severity.WARNING,
    ProblemCode.OUTSIDE_TARGET: Severity.WARNING,
    ProblemCode.MATCHED_BY_NAME: Severity.WARNING,
    ProblemCode.OLD_EMPLOYEE_NO: Severity.WARNING,
}


@dataclass(frozen=True)
class Problem:
    row: int  # as the spreadsheet program numbers it; 0 for the whole file
    column: str  # the column letter ("" for the whole row or file)
    field: str  # employee_no, name, ... ("" when not about one field)
    value: str
    code: ProblemCode
    detail: str = ""

    @property
    def severity(self) -> Severity:
        return SEVERITY[self.code]


@dataclass(frozen=True)
class Entry:
    """One sign-in the file asks for."""

    row: int
    staff_id: int | None
    guest_name: str | None
    employee_no: str
    name: str
    new: bool  # False when already signed in (importing again changes nothing)
    counted: bool  # an eligible roster attendee


@dataclass(frozen=True)
class SignInPreview:
    activity_id: int
    file: Path
    sheet: str
    entries: tuple[Entry, ...]
    problems: tuple[Problem, ...]
    unsigned: int = 0  # rows skipped because their signature cell is blank
    mapping: ColumnMapping | None = None  # the columns as proposed or chosen

    @property
    def errors(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.severity is Severity.ERROR)

    @property
    def can_apply(self) -> bool:
        return not self.errors

    @property
    def new(self) -> int:
        return sum(1 for e in self.entries if e.new and e.staff_id is not None)

    @property
    def new_guests(self) -> int:
        return sum(1 for e in self.entries if e.new and e.staff_id is None)

    @property
    def unchanged(self) -> int:
        return sum(1 for e in self.entries if not e.new)


@dataclass(frozen=True)
class SignInImportResult:
    preview: SignInPreview
    participation: Participation


class SignInImportRejected(ValueError):
    def __init__(self, preview: SignInPreview) -> None:
        super().__init__(f"{len(preview.errors)} error(s) in {preview.file.name}")
        self.preview = preview


@dataclass(frozen=True)
class _Person:
    id: int
    employee_no: str
    name: str
    department_id: int
    hire_date: dt.date | None
    departure_date: dt.date | None


def _text(value: Value) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # an employee no. typed as a number: 10001.0 -> "10001"
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return normalize_text(value)


def _name_key(name: str) -> str:
    return "".join(normalize_text(name).split())


def _cell(row: Row, index: int | None) -> Value:
    if index is None or index >= len(row.values):
        return None
    return row.values[index]


def _validate(
    session: Session, activity: Activity, path: Path, mapping: ColumnMapping | None = None
) -> SignInPreview:
    path = Path(path)
    problems: list[Problem] = []

    def fail(code: ProblemCode, detail: str = "", sheet: str = "") -> SignInPreview:
        problems.append(Problem(0, "", "", path.name, code, detail))
        return SignInPreview(activity.id, path, sheet, (), tuple(problems), 0, mapping)

    if activity.status == ActivityStatus.CANCELLED.value:
        return fail(ProblemCode.CANCELLED)
    try:
        table: Table = read_table(path)
    except SpreadsheetError as error:
        where = f":{error.detail}" if error.code == "cell_too_long" else ""
        return fail(ProblemCode.UNREADABLE, error.code + where)
    if mapping is None:
        mapping = propose(table, SIGN_IN_FIELDS, load_mappings(session, SIGN_IN_FIELDS.kind))
    columns = mapping.fields
    if SIGN_IN_FIELDS.missing(columns):
        return fail(ProblemCode.NO_HEADER, "employee_no,name", table.sheet)
    header_row = mapping.header_row

    day = activity.starts_at.date()
    departments = set(target_departments(session, activity.id))
    people = [
        _Person(*row)
        for row in session.execute(
            select(
                Staff.id,
                Staff.employee_no,
                Staff.name,
                Staff.department_id,
                Staff.hire_date,
                Staff.departure_date,
            )
        )
    ]
    by_no = {p.employee_no: p for p in people}
    by_upper_no = {p.employee_no.upper(): p for p in people}
    by_id = {p.id: p for p in people}
    # Numbers HR has since changed: an old sheet still names the person.
    by_old_no = {
        old.upper(): by_id[staff_id]
        for old, staff_id in session.execute(
            select(EmployeeNoChange.old_employee_no, EmployeeNoChange.staff_id)
        )
        if staff_id in by_id
    }
    by_name: dict[str, list[_Person]] = {}
    for p in people:
        if on_roster(p.hire_date, p.departure_date, day):
            by_name.setdefault(_name_key(p.name), []).append(p)
    present_staff = set(
        session.scalars(
            select(Attendance.staff_id).where(
                Attendance.activity_id == activity.id, Attendance.staff_id.is_not(None)
            )
        )
    )
    present_guests = set(
        session.scalars(
            select(Attendance.guest_name).where(
                Attendance.activity_id == activity.id, Attendance.guest_name.is_not(None)
            )
        )
    )

    check = _RowCheck(
        activity=activity,
        departments=departments,
        by_no=by_no,
        by_upper_no=by_upper_no,
        by_old_no=by_old_no,
        by_name=by_name,
        present_staff=present_staff,
        present_guests=present_guests,
        no_col=columns.get("employee_no"),
        name_col=columns.get("name"),
    )
    signature_col = columns.get("signature")
    unsigned = 0
    for row in table.rows:
        if row.number <= header_row:
            continue
        formulas = [
            Problem(row.number, column_letter(i), f, str(_cell(row, i)), ProblemCode.FORMULA)
            for f, i in columns.items()
            if is_formula(_cell(row, i))
        ]
        if formulas:
            problems += formulas
            continue
        if signature_col is not None and not _text(_cell(row, signature_col)):
            if _text(_cell(row, check.no_col)) or _text(_cell(row, check.name_col)):
                unsigned += 1
            continue
        check.row(row)
    problems = sorted([*problems, *check.problems], key=lambda p: p.row)
    return SignInPreview(
        activity.id, path, table.sheet, tuple(check.entries), tuple(problems), unsigned, mapping
    )


@dataclass
class _RowCheck:
    """Checks the rows one by one, remembering what earlier rows signed in."""

    activity: Activity
    departments: set[int]
    by_no: dict[str, _Person]
    by_upper_no: dict[str, _Person]
    by_old_no: dict[str, _Person]
    by_name: dict[str, list[_Person]]
    present_staff: set[int | None]
    present_guests: set[str | None]
    no_col: int | None
    name_col: int | None
    entries: list[Entry] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    seen_staff: dict[int, int] = field(default_factory=dict)
    seen_guests: dict[str, int] = field(default_factory=dict)

    def _problem(
        self, row: Row, field: str, value: str, code: ProblemCode, detail: str = ""
    ) -> None:
        index = self.no_col if field == "employee_no" else self.name_col
        letter = column_letter(index) if index is not None else ""
        self.problems.append(Problem(row.number, letter, field, value, code, detail))

    def _find(self, row: Row, number: str, name: str) -> _Person | bool | None:
        """The roster person the row names; None for a guest; False after a problem."""
        if number:
            person = self.by_no.get(number) or self.by_upper_no.get(number.upper())
            if person is None and number.upper() in self.by_old_no:
                person = self.by_old_no[number.upper()]
                self._problem(
                    row, "employee_no", number, ProblemCode.OLD_EMPLOYEE_NO, person.employee_no
                )
            if person is None:
                self._problem(row, "employee_no", number, ProblemCode.UNKNOWN_EMPLOYEE_NO)
                return False
            if name and _name_key(name) != _name_key(person.name):
                self._problem(row, "name", name, ProblemCode.NAME_MISMATCH, person.name)
                return False
            return person
        matches = self.by_name.get(_name_key(name), [])
        if len(matches) > 1:
            self._problem(row, "name", name, ProblemCode.AMBIGUOUS_NAME, str(len(matches)))
            return False
        if len(matches) == 1:
            self._problem(row, "name", name, ProblemCode.MATCHED_BY_NAME, matches[0].employee_no)
            return matches[0]
        return None

    def row(self, row: Row) -> None:
        number = _text(_cell(row, self.no_col))
        name = " ".join(_text(_cell(row, self.name_col)).split())
        if not number and not name:
            return  # a row with only a department or a note
        person = self._find(row, number, name)
        if person is False:
            return
        if person is None or person is True:
            if name in self.seen_guests:
                self._problem(row, "name", name, ProblemCode.DUPLICATE, str(self.seen_guests[name]))
                return
            self.seen_guests[name] = row.number
            self._problem(row, "name", name, ProblemCode.GUEST)
            new = name not in self.present_guests
            self.entries.append(Entry(row.number, None, name, "", name, new, False))
            return
        key_field, key_value = ("employee_no", number) if number else ("name", name)
        day = self.activity.starts_at.date()
        if not on_roster(person.hire_date, person.departure_date, day):
            left = person.departure_date.isoformat() if person.departure_date else ""
            self._problem(row, key_field, key_value, ProblemCode.NOT_ON_ROSTER, left)
            return
        if person.id in self.seen_staff:
            earlier = str(self.seen_staff[person.id])
            self._problem(row, key_field, key_value, ProblemCode.DUPLICATE, earlier)
            return
        self.seen_staff[person.id] = row.number
        counted = in_target_group(person.department_id, self.activity.target_all, self.departments)
        if not counted:
            self._problem(row, key_field, key_value, ProblemCode.OUTSIDE_TARGET)
        self.entries.append(
            Entry(
                row.number,
                person.id,
                None,
                person.employee_no,
                person.name,
                person.id not in self.present_staff,
                counted,
            )
        )


def preview_sign_in(
    db: Database,
    actor: Actor,
    activity_id: int,
    path: Path,
    mapping: ColumnMapping | None = None,
) -> SignInPreview:
    """Read and check the file (columns as `mapping` says, else as proposed); writes nothing."""
    actor.require(Action.EDIT_ACTIVITIES)
    with read_only(db) as session:
        return _validate(session, load(session, activity_id), Path(path), mapping)


def apply_sign_in(
    db: Database,
    actor: Actor,
    activity_id: int,
    path: Path,
    mapping: ColumnMapping | None = None,
) -> SignInImportResult:
    """Check the file again and, when no error remains, record every sign-in in one transaction.

    Raises SignInImportRejected (nothing written) when the file has errors.
    """
    actor.require(Action.EDIT_ACTIVITIES)
    with unit_of_work(db) as session:
        activity = load(session, activity_id)
        preview = _validate(session, activity, Path(path), mapping)
        if not preview.can_apply:
            raise SignInImportRejected(preview)
        if preview.mapping is not None:  # confirmed by recording with it
            used = preview.mapping
            remember_mapping(session, SIGN_IN_FIELDS.kind, used.signature, used.as_stored())
        if any(entry.new for entry in preview.entries):
            automatic_backup(
                db, "before-import", quick=True
            )  # only reads so far: the copy is the "before"
        staff = {
            s.id: s
            for s in session.scalars(
                select(Staff).where(
                    Staff.id.in_([e.staff_id for e in preview.entries if e.staff_id])
                )
            )
        }
        for entry in preview.entries:
            if not entry.new:
                continue
            if entry.staff_id is not None:
                sign_in_staff_in(
                    session, actor, activity, staff[entry.staff_id], SignInMethod.IMPORT
                )
            elif entry.guest_name:
                add_guest_in(session, actor, activity, entry.guest_name, SignInMethod.IMPORT)
        audit.record(
            session,
            actor,
            AuditAction.IMPORT,
            "attendance",
            activity.id,
            after={
                "file": preview.file.name,
                "new": preview.new,
                "new_guests": preview.new_guests,
                "unchanged": preview.unchanged,
            },
        )
        return SignInImportResult(preview, participation_of(session, activity))
