"""One person on the roster: read for editing, add, edit, record a departure."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.catalogue.codes import AuditAction, Sex
from app.db.migrate import Database
from app.db.models import Department, Staff
from app.domain.permissions import Action
from app.domain.pinyin import pinyin_keys
from app.domain.staff import (
    FieldProblem,
    PersonInput,
    PersonRecord,
    Severity,
    check_person,
    clean_employee_no,
    clean_name,
)
from app.services import audit
from app.services.actor import Actor
from app.services.unit_of_work import read_only, unit_of_work


class PersonRejected(ValueError):
    """The person cannot be saved; `problems` say which fields and why."""

    def __init__(self, problems: list[FieldProblem]) -> None:
        super().__init__("; ".join(f"{p.field}: {p.code}" for p in problems))
        self.problems = problems


@dataclass(frozen=True)
class PersonDetail:
    """Everything about a person, unmasked: only for the edit form of chair and admin."""

    id: int
    employee_no: str
    name: str
    sex: str | None
    birth_date: dt.date | None
    id_number: str | None
    phone: str | None
    department: str
    job_title: str
    hazards: str
    hire_date: dt.date | None
    departure_date: dt.date | None
    warnings: tuple[FieldProblem, ...] = ()


def _detail(staff: Staff, department: str, warnings: tuple[FieldProblem, ...] = ()) -> PersonDetail:
    return PersonDetail(
        id=staff.id,
        employee_no=staff.employee_no,
        name=staff.name,
        sex=staff.sex,
        birth_date=staff.birth_date,
        id_number=staff.id_number,
        phone=staff.phone,
        department=department,
        job_title=staff.job_title,
        hazards=staff.hazards,
        hire_date=staff.hire_date,
        departure_date=staff.departure_date,
        warnings=warnings,
    )


def _audit_values(detail: PersonDetail) -> dict[str, object]:
    values = asdict(detail)
    values.pop("warnings")
    return values


def get_person(db: Database, actor: Actor, staff_id: int) -> PersonDetail:
    actor.require(Action.READ_PERSONAL_DETAILS)
    with read_only(db) as session:
        staff = session.get(Staff, staff_id)
        if staff is None:
            raise LookupError(staff_id)
        return _detail(staff, staff.department.name)


def department_id(session: Session, name: str) -> int:
    """The id of the department called `name`, created when it is new."""
    found = session.scalar(select(Department.id).where(Department.name == name))
    if found is not None:
        return found
    department = Department(name=name)
    session.add(department)
    session.flush()
    return department.id


def _uniqueness(session: Session, record: PersonRecord, staff_id: int | None) -> list[FieldProblem]:
    problems = []
    other = session.execute(
        select(Staff.id, Staff.name).where(Staff.employee_no == record.employee_no)
    ).first()
    if other is not None and other[0] != staff_id:
        problems.append(FieldProblem("employee_no", "employee_no_taken", args=(other[1],)))
    if record.id_number:
        holder = session.execute(
            select(Staff.id, Staff.employee_no, Staff.name).where(
                Staff.id_number == record.id_number
            )
        ).first()
        if holder is not None and holder[0] != staff_id:
            problems.append(FieldProblem("id_number", "id_taken", args=(holder[1], holder[2])))
    return problems


def save_person(
    db: Database,
    actor: Actor,
    staff_id: int | None,
    person: PersonInput,
    today: dt.date | None = None,
) -> PersonDetail:
    """Add a person (`staff_id` None) or edit one; one transaction, audited.

    Raises PersonRejected with every problem; warnings come back on the saved detail.
    """
    actor.require(Action.EDIT_ROSTER)
    person = PersonInput(
        **{
            **asdict(person),
            "employee_no": clean_employee_no(person.employee_no),
            "name": clean_name(person.name),
            "department": clean_name(person.department),
            "job_title": clean_name(person.job_title),
            "hazards": " ".join(person.hazards.split()),
        }
    )
    record, problems = check_person(person, today or dt.date.today())
    if record is None:
        raise PersonRejected(problems)
    warnings = tuple(p for p in problems if p.severity is Severity.WARNING)
    with unit_of_work(db) as session:
        clashes = _uniqueness(session, record, staff_id)
        if clashes:
            raise PersonRejected(clashes)
        staff = session.get(Staff, staff_id) if staff_id is not None else Staff()
        if staff is None:
            raise LookupError(staff_id)
        before = _audit_values(_detail(staff, staff.department.name)) if staff_id else None
        full, initials = pinyin_keys(record.name)
        staff.employee_no = record.employee_no
        staff.name = record.name
        staff.name_pinyin, staff.name_initials = full, initials
        staff.sex = record.sex.value if record.sex else None
        staff.birth_date = record.birth_date
        staff.id_number = record.id_number
        staff.phone = record.phone
        staff.department_id = department_id(session, record.department)
        staff.job_title = record.job_title
        staff.hazards = record.hazards
        staff.hire_date = record.hire_date
        staff.departure_date = record.departure_date
        if staff_id is None:
            session.add(staff)
        session.flush()
        detail = _detail(staff, record.department, warnings)
        audit.record(
            session,
            actor,
            AuditAction.UPDATE if staff_id else AuditAction.CREATE,
            "staff",
            staff.id,
            before,
            _audit_values(detail),
        )
        return detail


def record_departure(
    db: Database, actor: Actor, staff_id: int, departure_date: dt.date | None
) -> PersonDetail:
    """Record (or change, or with None undo) a departure; history stays.

    `departure_date` is the first day the person is no longer on the roster: from that date on
    they leave the denominators of every rate.
    """
    actor.require(Action.EDIT_ROSTER)
    with unit_of_work(db) as session:
        staff = session.get(Staff, staff_id)
        if staff is None:
            raise LookupError(staff_id)
        if (
            departure_date is not None
            and staff.hire_date is not None
            and departure_date < staff.hire_date
        ):
            raise PersonRejected(
                [
                    FieldProblem(
                        "departure_date",
                        "departure_before_hire",
                        args=(staff.hire_date.isoformat(),),
                    )
                ]
            )
        before = staff.departure_date
        staff.departure_date = departure_date
        session.flush()
        audit.record(
            session,
            actor,
            AuditAction.UPDATE,
            "staff",
            staff.id,
            {"employee_no": staff.employee_no, "departure_date": before},
            {"employee_no": staff.employee_no, "departure_date": departure_date},
        )
        return _detail(staff, staff.department.name)


def sex_of(code: str | None) -> Sex | None:
    return Sex(code) if code else None
