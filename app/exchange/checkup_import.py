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

import contextlib
import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from app.catalogue.checkups import ITEMS, CheckupItem
from app.catalogue.codes import AuditAction, AuditEntity, Sex
from app.catalogue.import_preview import RowAction as Action
from app.catalogue.readings import Flag
from app.db.migrate import Database
from app.db.models import Checkup, CheckupResult, Department, EmployeeNoChange, HealthFile, Staff
from app.domain.checkup_results import UnreadableResult, blood_pressure_pair, grade, read_result
from app.domain.id_number import check_id_number
from app.domain.permissions import Action as Permission
from app.domain.readings import ImplausibleReading, Thresholds, bmi
from app.domain.staff import Severity, clean_employee_no, clean_name, parse_sex
from app.domain.text import strip_invisible
from app.exchange.checkup_rows import (
    CHECKUP_SPEC,
    TEXT_FIELDS,
    CheckupPreview,
    MatchedBy,
    PlannedCheckup,
)
from app.exchange.column_mapping import ColumnMapping
from app.exchange.roster_import import parse_roster, remap_roster
from app.exchange.roster_rows import ImportProblem, ParsedRoster, SourceRow
from app.exchange.spreadsheet import (
    Value,
    column_letter,
    is_formula,
    normalize_text,
    parse_date,
    shown,
)
from app.memory import bulk_work
from app.services import audit
from app.services.actor import Actor
from app.services.backups import automatic_backup
from app.services.health_files import thresholds
from app.services.import_mappings import remember_mapping
from app.services.unit_of_work import read_only, unit_of_work

__all__ = [
    "import_checkups",
    "parse_checkups",
    "preview_checkups",
    "remap_checkups",
]

Progress = Callable[[int, str], None]
TOTALS = frozenset(("合计", "总计", "小计", "统计", "平均", "平均值", "total"))
# The health file's fields a check-up fills (its latest values), by item.
FILE_FIELDS: dict[CheckupItem, str] = {
    CheckupItem.HEIGHT: "height_cm",
    CheckupItem.WEIGHT: "weight_kg",
    CheckupItem.SYSTOLIC: "systolic",
    CheckupItem.DIASTOLIC: "diastolic",
    CheckupItem.GLUCOSE_FASTING: "fasting_glucose",
}
WHO = ("exam_no", "name", "id_number", "employee_no")  # where a totals line says 合计
WHOLE_NUMBERS = frozenset((CheckupItem.SYSTOLIC, CheckupItem.DIASTOLIC))


def parse_checkups(
    path: Path,
    mapping: ColumnMapping | None = None,
    remembered: Mapping[str, Sequence[str | None]] | None = None,
) -> ParsedRoster:
    """Read the hospital's file with the roster import's reader, limits and column guess."""
    return parse_roster(path, mapping, remembered, spec=CHECKUP_SPEC)


def remap_checkups(parsed: ParsedRoster, mapping: ColumnMapping) -> ParsedRoster:
    return remap_roster(parsed, mapping, CHECKUP_SPEC)


# --- who is who ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Person:
    id: int
    employee_no: str
    name: str
    sex: Sex | None
    birth_date: dt.date | None
    department: str


class _Roster:
    """Everyone on the roster (departed people too: a check-up may predate the departure)."""

    def __init__(self, session: Session) -> None:
        departments = {id_: n for id_, n in session.execute(select(Department.id, Department.name))}
        self.people: dict[int, _Person] = {}
        self.by_id_number: dict[str, int] = {}
        self.by_employee_no: dict[str, int] = {}
        self.by_name_birth: dict[tuple[str, dt.date], list[int]] = defaultdict(list)
        query = select(
            Staff.id,
            Staff.employee_no,
            Staff.name,
            Staff.sex,
            Staff.birth_date,
            Staff.id_number,
            Staff.department_id,
        )
        for id_, number, name, sex, birth, id_number, department_id in session.execute(query):
            person = _Person(
                id_, number, name, Sex(sex) if sex else None, birth, departments[department_id]
            )
            self.people[id_] = person
            self.by_employee_no[number] = id_
            if id_number:
                self.by_id_number[id_number] = id_
            if birth is not None:
                self.by_name_birth[(name, birth)].append(id_)
        for old, staff_id in session.execute(
            select(EmployeeNoChange.old_employee_no, EmployeeNoChange.staff_id)
        ):
            self.by_employee_no.setdefault(old, staff_id)

    def stored_checkups(
        self, session: Session
    ) -> dict[tuple[int, dt.date], tuple[int, dict[str, Any]]]:
        """(person, date) -> (check-up id, what it holds), to tell updated from unchanged."""
        stored: dict[tuple[int, dt.date], tuple[int, dict[str, Any]]] = {}
        columns = (Checkup.exam_no, Checkup.age, *(getattr(Checkup, f) for f in TEXT_FIELDS))
        for id_, staff_id, on, *values in session.execute(
            select(Checkup.id, Checkup.staff_id, Checkup.checkup_date, *columns)
        ):
            held: dict[str, Any] = {"exam_no": values[0], "age": values[1]}
            held.update(zip(TEXT_FIELDS, values[2:], strict=True))
            stored[(staff_id, on)] = (id_, held)
        ids = {id_: held for id_, held in stored.values()}
        for checkup_id, item, value, flag in session.execute(
            select(
                CheckupResult.checkup_id,
                CheckupResult.item,
                CheckupResult.value,
                CheckupResult.flag,
            )
        ):
            ids[checkup_id][item] = (value, flag)
        return stored


# --- one row ------------------------------------------------------------------------------


class _Row:
    """One source row read cell by cell, noting problems where the person will look."""

    def __init__(self, parsed: ParsedRoster, source: SourceRow) -> None:
        self.parsed = parsed
        self.source = source
        self.problems: list[ImportProblem] = []

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
                self.source.number,
                column_letter(index) if index is not None else "",
                self.parsed.labels.get(name, ""),
                name,
                shown(self.source.cells.get(name)),
                code,
                severity,
                args,
            )
        )

    def cell(self, name: str) -> Value:
        value = self.source.cells.get(name)
        if is_formula(value):
            self.problem(name, "formula")
            return None
        return value

    def text(self, name: str) -> str:
        value = self.cell(name)
        if value is None or isinstance(value, bool):
            return ""
        if isinstance(value, dt.date):
            return value.isoformat()
        # The hospital's words as written (full-width punctuation kept), nothing invisible.
        lines = (strip_invisible(line).strip() for line in str(value).splitlines())
        return "\n".join(line for line in lines if line)

    @property
    def blank(self) -> bool:
        return all(
            v is None or (isinstance(v, str) and not v.strip()) for v in self.source.cells.values()
        )


def _id_text(value: object) -> str:
    if not isinstance(value, str):
        return ""
    return "".join(normalize_text(value).split()).upper()


class _Planner:
    def __init__(self, session: Session, parsed: ParsedRoster, today: dt.date) -> None:
        self.parsed = parsed
        self.today = today
        self.roster = _Roster(session)
        self.stored = self.roster.stored_checkups(session)
        self.thresholds: Thresholds = thresholds(session)
        self.first_row: dict[tuple[int, dt.date], int] = {}

    def match(self, row: _Row) -> tuple[_Person | None, MatchedBy | None]:
        """The person the row is about, or None with the reason noted on the row."""
        id_number = _id_text(row.cell("id_number"))
        employee_no = clean_employee_no(row.cell("employee_no"))
        name = clean_name(row.cell("name"))
        found: int | None = None
        by: MatchedBy | None = None
        birth: dt.date | None = None
        if id_number and id_number in self.roster.by_id_number:
            found, by = self.roster.by_id_number[id_number], MatchedBy.ID_NUMBER
        elif employee_no and employee_no in self.roster.by_employee_no:
            found, by = self.roster.by_employee_no[employee_no], MatchedBy.EMPLOYEE_NO
        else:
            try:
                birth = parse_date(row.cell("birth_date"))
            except ValueError:
                row.problem("birth_date", "bad_date")
                return None, None
            if birth is None and id_number:
                birth = check_id_number(id_number, self.today).birth_date
            candidates = self.roster.by_name_birth.get((name, birth), []) if birth else []
            if len(candidates) > 1:
                row.problem("name", "several_match", Severity.WARNING, (str(len(candidates)),))
                return None, None
            if not candidates:
                row.problem("name", "no_match", Severity.WARNING)
                return None, None
            found, by = candidates[0], MatchedBy.NAME_AND_BIRTH
        person = self.roster.people[found]
        if name and name != person.name:
            # The right number with another name: a typo or another person; never guessed.
            field = "id_number" if by is MatchedBy.ID_NUMBER else "employee_no"
            row.problem(field, "name_mismatch", Severity.WARNING, (person.employee_no, person.name))
            return None, None
        return person, by

    def results(self, row: _Row, sex: Sex | None) -> dict[CheckupItem, tuple[float, Flag]]:
        values: dict[CheckupItem, float] = {}
        for item, spec in ITEMS.items():
            if item.value not in self.parsed.columns:
                continue
            cell = row.cell(item.value)
            try:
                result = read_result(item, cell)
            except UnreadableResult as error:
                args: tuple[str, ...] = ()
                if error.code == "unit":
                    args = (error.unit, spec.unit.zh)
                elif error.code == "implausible":
                    args = (f"{error.low:g}", f"{error.high:g}")
                row.problem(item.value, f"result_{error.code}", args=args)
                continue
            if result.value is not None:
                values[item] = result.value
        if "blood_pressure" in self.parsed.columns:
            self._pair(row, values)
        systolic, diastolic = values.get(CheckupItem.SYSTOLIC), values.get(CheckupItem.DIASTOLIC)
        if systolic is not None and diastolic is not None and diastolic >= systolic:
            where = "diastolic" if "diastolic" in self.parsed.columns else "blood_pressure"
            row.problem(where, "diastolic_not_below_systolic")
        height, weight = values.get(CheckupItem.HEIGHT), values.get(CheckupItem.WEIGHT)
        if CheckupItem.BMI not in values and height is not None and weight is not None:
            with contextlib.suppress(ImplausibleReading):  # reported at height or weight
                values[CheckupItem.BMI] = bmi(height, weight)
        for item in WHOLE_NUMBERS & values.keys():
            values[item] = float(round(values[item]))
        return {
            item: (value, grade(item, value, self.thresholds, sex))
            for item, value in values.items()
        }

    def _pair(self, row: _Row, values: dict[CheckupItem, float]) -> None:
        """A 血压 column ("130/85") fills systolic and diastolic unless they have their own."""
        try:
            pair = blood_pressure_pair(row.cell("blood_pressure"))
        except UnreadableResult:
            row.problem("blood_pressure", "result_not_a_pair")
            return
        if pair is None:
            return
        for item, value in zip((CheckupItem.SYSTOLIC, CheckupItem.DIASTOLIC), pair, strict=True):
            low, high = ITEMS[item].plausible
            if not low <= value <= high:
                row.problem("blood_pressure", "result_implausible", args=(f"{low:g}", f"{high:g}"))
                return
        values.setdefault(CheckupItem.SYSTOLIC, pair[0])
        values.setdefault(CheckupItem.DIASTOLIC, pair[1])

    def check(self, source: SourceRow) -> tuple[list[ImportProblem], PlannedCheckup | None]:
        row = _Row(self.parsed, source)
        if row.blank:
            return [], None
        name = clean_name(row.cell("name"))
        who = (name, _id_text(row.cell("id_number")), clean_employee_no(row.cell("employee_no")))
        totals = any(
            isinstance(v, str) and clean_name(v).lower() in TOTALS
            for v in (source.cells.get(f) for f in WHO)
        )
        if totals or not any(who):
            # A totals line below the table, or a note with nobody named.
            row.problem("name", "totals_skipped" if totals else "row_skipped", Severity.WARNING)
            return row.problems, None
        person, by = self.match(row)
        if person is None or by is None:
            return row.problems, None  # listed and left out: its cells are not checked
        try:
            on = parse_date(row.cell("checkup_date"))
        except ValueError:
            on = None
            row.problem("checkup_date", "bad_date")
        else:
            if on is None:
                row.problem("checkup_date", "required")
            elif on > self.today:
                row.problem("checkup_date", "date_in_future")
                on = None
        sex = person.sex
        if sex is None:
            try:
                sex = parse_sex(row.cell("sex"))
            except ValueError:
                sex = None
        results = self.results(row, sex)
        texts = tuple((f, t) for f in TEXT_FIELDS if f in self.parsed.columns if (t := row.text(f)))
        age = self._age(row)
        if on is None:
            return row.problems, None
        key = (person.id, on)
        first = self.first_row.setdefault(key, source.number)
        if first != source.number:
            row.problem("name", "duplicate_checkup_in_file", args=(str(first),))
        if any(p.severity is Severity.ERROR for p in row.problems):
            return row.problems, None
        exam_no = row.text("exam_no")[:50]
        ordered = tuple((item, *results[item]) for item in ITEMS if item in results)
        planned = PlannedCheckup(
            source.number,
            person.id,
            person.employee_no,
            person.name,
            person.department,
            on,
            by,
            Action.NEW,
            ordered,
            texts,
            exam_no,
            age,
        )
        return row.problems, replace(planned, action=self._action(planned))

    def _age(self, row: _Row) -> int | None:
        value = row.cell("age")
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        text = normalize_text(value).removesuffix("岁").strip()
        try:
            age = int(float(text))
        except ValueError:
            age = -1
        if not 14 <= age <= 120:
            row.problem("age", "bad_age", Severity.WARNING)
            return None
        return age

    def _action(self, planned: PlannedCheckup) -> Action:
        held = self.stored.get((planned.staff_id, planned.checkup_date))
        if held is None:
            return Action.NEW
        return Action.UNCHANGED if _contents(planned) == held[1] else Action.UPDATE


def _contents(planned: PlannedCheckup) -> dict[str, Any]:
    """What a planned check-up would store, in the form `stored_checkups` reads it."""
    held: dict[str, Any] = {"exam_no": planned.exam_no, "age": planned.age}
    held.update(dict.fromkeys(TEXT_FIELDS))
    held.update(dict(planned.texts))
    held.update({item.value: (value, flag.value) for item, value, flag in planned.results})
    return held


def _plan(
    session: Session, parsed: ParsedRoster, today: dt.date, progress: Progress
) -> tuple[CheckupPreview, _Planner]:
    planner = _Planner(session, parsed, today)
    problems: list[ImportProblem] = list(parsed.problems)
    planned: list[PlannedCheckup] = []
    step = max(len(parsed.rows) // 20, 1)
    for n, source in enumerate(parsed.rows):
        if n % step == 0:
            progress(10 + int(70 * n / max(len(parsed.rows), 1)), "checking")
        found, checkup = planner.check(source)
        problems.extend(found)
        if checkup is not None:
            planned.append(checkup)
    if parsed.header_row is not None and not parsed.problems and not planned and not problems:
        problems.append(ImportProblem(parsed.header_row, "", "", "", "", "no_rows"))
    preview = CheckupPreview(
        file_name=parsed.path.name,
        sheet=parsed.sheet,
        header_row=parsed.header_row,
        columns=tuple(
            (name, column_letter(index), parsed.labels.get(name, ""))
            for name, index in sorted(parsed.columns.items(), key=lambda item: item[1])
        ),
        ignored_columns=parsed.ignored_columns,
        planned=tuple(planned),
        problems=tuple(sorted(problems, key=lambda p: (p.row or 0, len(p.column), p.column))),
    )
    return preview, planner


def _no_progress(_percent: int, _stage: str) -> None:
    pass


@bulk_work()
def preview_checkups(
    db: Database,
    actor: Actor,
    parsed: ParsedRoster,
    today: dt.date | None = None,
    progress: Progress | None = None,
) -> CheckupPreview:
    """What importing would do: who is matched, each result graded, every problem. Writes
    nothing."""
    actor.require(Permission.EDIT_HEALTH_DATA)
    with read_only(db) as session:
        return _plan(session, parsed, today or dt.date.today(), progress or _no_progress)[0]


# --- apply --------------------------------------------------------------------------------


@bulk_work()
def import_checkups(
    db: Database,
    actor: Actor,
    parsed: ParsedRoster,
    today: dt.date | None = None,
    progress: Progress | None = None,
) -> CheckupPreview:
    """Check again and, when no error remains and something changes, write it all in one
    transaction after a verified backup, with one audit entry. `applied` says whether it
    wrote."""
    actor.require(Permission.EDIT_HEALTH_DATA)
    report = progress or _no_progress
    day = today or dt.date.today()
    if parsed.problems:
        return preview_checkups(db, actor, parsed, day, progress)
    with unit_of_work(db) as session:
        preview, planner = _plan(session, parsed, day, report)
        if not preview.can_apply:
            return preview
        # A verified copy first: the transaction has only read so far.
        automatic_backup(db, "before-import", quick=True)
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


def _write_checkups(
    session: Session, planner: _Planner, changed: list[PlannedCheckup], source: str
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
    rows = [
        {
            "staff_id": p.staff_id,
            "checkup_date": p.checkup_date,
            "exam_no": p.exam_no,
            "age": p.age,
            **dict.fromkeys(TEXT_FIELDS),
            **dict(p.texts),
            "source": source[:300],
            "imported_at": now,
        }
        for p in changed
    ]
    # Core executemany, then the new ids by person and date (unique): an ORM bulk insert with
    # RETURNING costs seconds on a hospital's 5,000 rows.
    session.execute(insert(Checkup.metadata.tables["checkup"]), rows)
    dates = {p.checkup_date for p in changed}
    ids = {
        (staff_id, on): id_
        for id_, staff_id, on in session.execute(
            select(Checkup.id, Checkup.staff_id, Checkup.checkup_date).where(
                Checkup.checkup_date.in_(dates)
            )
        )
    }
    # Some 16 results a person, 80,000 for a hospital's file: straight to the driver's
    # executemany (the ORM's and Core's per-row parameter handling cost a second here).
    results = [
        (ids[(p.staff_id, p.checkup_date)], item.value, value, flag.value)
        for p in changed
        for item, value, flag in p.results
    ]
    if results:
        session.connection().exec_driver_sql(
            "INSERT INTO checkup_result (checkup_id, item, value, flag) VALUES (?, ?, ?, ?)",
            results,
        )


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
    updates: list[dict[str, Any]] = []
    inserts: list[dict[str, Any]] = []
    for staff_id, p in latest.items():
        updated, last = files.get(staff_id, (None, None))
        values: dict[str, Any] = {"staff_id": staff_id}
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
        if len(values) == 1:
            continue
        (updates if staff_id in files else inserts).append(values)
    # Executemany needs the same keys in every row: grouped, the others keep their value.
    for group in _same_keys(updates):
        session.execute(update(HealthFile), group)
    for group in _same_keys(inserts):
        session.execute(insert(HealthFile), group)


def _same_keys(rows: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        groups[tuple(sorted(row))].append(row)
    return list(groups.values())
