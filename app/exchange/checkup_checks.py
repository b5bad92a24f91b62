"""The check-up import's checks: who each row is about (by ID number, else employee no., else
name and birth date), each result read and graded, and each check-up planned as new, replaced
or already imported (the rules are listed in app.exchange.checkup_import)."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.catalogue.checkups import ITEMS, CheckupItem
from app.catalogue.codes import Sex
from app.catalogue.import_preview import MatchedBy
from app.catalogue.import_preview import RowAction as Action
from app.catalogue.readings import Flag
from app.db.models import Checkup, CheckupResult, Department, EmployeeNoChange, Staff
from app.domain.checkup_results import (
    UnreadableResult,
    blood_pressure_pair,
    grade_value,
    read_value,
)
from app.domain.id_number import check_id_number
from app.domain.readings import ImplausibleReading, Thresholds, bmi
from app.domain.staff import Severity, clean_employee_no, clean_name, parse_sex
from app.domain.text import strip_invisible
from app.exchange.checkup_rows import TEXT_FIELDS, CheckupPreview, PlannedCheckup
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
from app.exchange.spreadsheet import normalize_text, parse_date
from app.services.health_files import thresholds

__all__ = ["WHOLE_NUMBERS", "CheckupPlanner", "plan_checkups"]

TOTALS = frozenset(("合计", "总计", "小计", "统计", "平均", "平均值", "total"))
WHO = ("exam_no", "name", "id_number", "employee_no")  # where a totals line says 合计
WHOLE_NUMBERS = frozenset((CheckupItem.SYSTOLIC, CheckupItem.DIASTOLIC))


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


class _Row(RowCells):
    """One source row read cell by cell, noting problems where the person will look."""

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
        return all(is_blank(v) for v in self.source.cells.values())


def _id_text(value: object) -> str:
    if not isinstance(value, str):
        return ""
    return "".join(normalize_text(value).split()).upper()


class CheckupPlanner:
    def __init__(self, session: Session, parsed: ParsedSheet, today: dt.date) -> None:
        self.parsed = parsed
        self.today = today
        self.roster = _Roster(session)
        self.stored = self.roster.stored_checkups(session)
        self.thresholds: Thresholds = thresholds(session)
        self.first_row: dict[tuple[int, dt.date], int] = {}
        # The items the file has a column for, in catalogue order, looked up once.
        self.items = tuple(
            (item, spec, item.value) for item, spec in ITEMS.items() if item.value in parsed.columns
        )

    def match(
        self, row: _Row, name: str, id_number: str, employee_no: str
    ) -> tuple[_Person | None, MatchedBy | None]:
        """The person the row is about, or None with the reason noted on the row."""
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
        for item, spec, name in self.items:
            try:
                value = read_value(spec, row.cell(name))
            except UnreadableResult as error:
                args: tuple[str, ...] = ()
                if error.code == "unit":
                    args = (error.unit, spec.unit.zh)
                elif error.code == "implausible":
                    args = (f"{error.low:g}", f"{error.high:g}")
                row.problem(name, f"result_{error.code}", args=args)
                continue
            if value is not None:
                values[item] = value
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
            item: (value, grade_value(ITEMS[item], value, self.thresholds, sex))
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
        # Each read once: a formula there is one problem, not one per use.
        who = (
            clean_name(row.cell("name")),
            _id_text(row.cell("id_number")),
            clean_employee_no(row.cell("employee_no")),
        )
        totals = any(
            isinstance(v, str) and clean_name(v).lower() in TOTALS
            for v in (source.cells.get(f) for f in WHO)
        )
        if totals or not any(who):
            # A totals line below the table, or a note with nobody named.
            row.problem("name", "totals_skipped" if totals else "row_skipped", Severity.WARNING)
            return row.problems, None
        person, by = self.match(row, *who)
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
        if row.has_error:
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
        held = self.stored.get(key)
        if held is not None:  # imported before: the same again, or replaced
            action = Action.UNCHANGED if _contents(planned) == held[1] else Action.UPDATE
            planned = replace(planned, action=action)
        return row.problems, planned

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


def _contents(planned: PlannedCheckup) -> dict[str, Any]:
    """What a planned check-up would store, in the form `stored_checkups` reads it."""
    held: dict[str, Any] = {"exam_no": planned.exam_no, "age": planned.age}
    held.update(dict.fromkeys(TEXT_FIELDS))
    held.update(dict(planned.texts))
    held.update({item.value: (value, flag.value) for item, value, flag in planned.results})
    return held


def plan_checkups(
    session: Session, parsed: ParsedSheet, today: dt.date, progress: Progress
) -> tuple[CheckupPreview, CheckupPlanner]:
    """Every row matched to a person, its results graded, and planned as new, replaced or
    already imported; the planner keeps the stored check-ups the writing replaces."""
    planner = CheckupPlanner(session, parsed, today)
    problems, planned = check_rows(parsed, planner.check, progress)
    if parsed.header_row is not None and not parsed.problems and not planned and not problems:
        problems.append(ImportProblem(parsed.header_row, "", "", "", "", "no_rows"))
    return preview_of(CheckupPreview, parsed, planned, problems), planner
