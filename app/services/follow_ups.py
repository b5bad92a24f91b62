"""Follow-ups (随访) of abnormal findings: record them, list a person's, list the ones due.

A person's follow-up is open while it is their latest one, names a next date and has no outcome
yet; it is due when that date is at most `DUE_WITHIN_DAYS` away (overdue once it has passed).
Writing the outcome, or recording the next follow-up, closes it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.catalogue.codes import AuditAction, FollowUpWay
from app.catalogue.follow_up_reasons import follow_up_reason
from app.catalogue.language import Language
from app.db.migrate import Database
from app.db.models import Department, FollowUp, Staff
from app.domain.permissions import Action
from app.domain.staff import FieldProblem
from app.services import audit
from app.services.actor import Actor
from app.services.roster import active_staff_condition
from app.services.unit_of_work import read_only, unit_of_work

DUE_WITHIN_DAYS = 7


class FollowUpRejected(ValueError):
    def __init__(self, problems: list[FieldProblem]) -> None:
        super().__init__("; ".join(f"{p.field}: {p.code}" for p in problems))
        self.problems = problems


@dataclass(frozen=True)
class FollowUpInput:
    on_date: dt.date
    way: str  # FollowUpWay code
    reason: str = ""  # as the person typed it
    advice: str = ""
    next_date: dt.date | None = None
    outcome: str = ""
    reason_codes: str = ""  # the proposed reason, kept (app.catalogue.follow_up_reasons)


@dataclass(frozen=True)
class FollowUpRow:
    id: int
    staff_id: int
    employee_no: str
    name: str
    department: str
    on_date: dt.date
    way: str
    reason: str
    reason_codes: str
    advice: str
    next_date: dt.date | None
    outcome: str

    def reason_in(self, language: Language) -> str:
        """The reason as a person reads it: proposed findings in `language`, or typed text."""
        return follow_up_reason(self.reason, self.reason_codes, language)

    def overdue_on(self, day: dt.date) -> bool:
        return self.next_date is not None and self.next_date < day


def _query() -> Any:
    return (
        select(
            FollowUp.id,
            FollowUp.staff_id,
            Staff.employee_no,
            Staff.name,
            Department.name,
            FollowUp.on_date,
            FollowUp.way,
            FollowUp.reason,
            FollowUp.reason_codes,
            FollowUp.advice,
            FollowUp.next_date,
            FollowUp.outcome,
        )
        .join(Staff, Staff.id == FollowUp.staff_id)
        .join(Department, Department.id == Staff.department_id)
    )


def list_follow_ups(db: Database, actor: Actor, staff_id: int) -> list[FollowUpRow]:
    """The person's follow-ups, newest first."""
    actor.require(Action.READ_HEALTH_DATA)
    with read_only(db) as session:
        rows = session.execute(
            _query()
            .where(FollowUp.staff_id == staff_id)
            .order_by(FollowUp.on_date.desc(), FollowUp.id.desc())
        )
        return [FollowUpRow(*row) for row in rows]


def _latest_ids() -> Any:
    """Subquery: the id of each person's latest follow-up (by date, then by entry order)."""
    ranked = select(
        FollowUp.id,
        func.row_number()
        .over(
            partition_by=FollowUp.staff_id,
            order_by=(FollowUp.on_date.desc(), FollowUp.id.desc()),
        )
        .label("rank"),
    ).subquery()
    return select(ranked.c.id).where(ranked.c.rank == 1)


def follow_ups_due(
    db: Database, actor: Actor, today: dt.date, within_days: int = DUE_WITHIN_DAYS
) -> list[FollowUpRow]:
    """Open follow-ups of people on the roster whose next date is at most `within_days` away,
    the most overdue first."""
    actor.require(Action.READ_HEALTH_DATA)
    with read_only(db) as session:
        rows = session.execute(
            _query()
            .where(
                FollowUp.id.in_(_latest_ids()),
                FollowUp.next_date.is_not(None),
                FollowUp.outcome == "",
                FollowUp.next_date <= today + dt.timedelta(days=within_days),
                active_staff_condition(today),
            )
            .order_by(FollowUp.next_date, Staff.employee_no)
        )
        return [FollowUpRow(*row) for row in rows]


def due_follow_ups_by_person(
    session: Session, today: dt.date, within_days: int = DUE_WITHIN_DAYS
) -> dict[int, dt.date]:
    """staff id -> next date of their open follow-up, for those due (in the caller's session)."""
    rows = session.execute(
        select(FollowUp.staff_id, FollowUp.next_date).where(
            FollowUp.id.in_(_latest_ids()),
            FollowUp.next_date.is_not(None),
            FollowUp.outcome == "",
            FollowUp.next_date <= today + dt.timedelta(days=within_days),
        )
    )
    return {staff_id: next_date for staff_id, next_date in rows if next_date is not None}


def _validate(data: FollowUpInput, today: dt.date) -> list[FieldProblem]:
    problems = []
    if data.way not in {w.value for w in FollowUpWay}:
        problems.append(FieldProblem("way", "unknown_code", args=(data.way,)))
    if data.on_date > today:
        problems.append(FieldProblem("on_date", "date_in_future"))
    if data.next_date is not None and data.next_date <= data.on_date:
        problems.append(FieldProblem("next_date", "next_not_after", args=(str(data.on_date),)))
    return problems


def _audited(values: dict[str, Any]) -> dict[str, Any]:
    """The trail's view: one reason, typed or proposed (health data: masked either way)."""
    codes = values.pop("reason_codes", "")
    return {**values, "reason": values.get("reason") or codes}


def save_follow_up(
    db: Database,
    actor: Actor,
    staff_id: int,
    data: FollowUpInput,
    follow_up_id: int | None = None,
    today: dt.date | None = None,
    visit_id: int | None = None,
) -> FollowUpRow:
    """Record a follow-up (or edit one, e.g. to add its outcome); one transaction, audited."""
    actor.require(Action.EDIT_HEALTH_DATA)
    day = today or dt.date.today()
    data = FollowUpInput(
        on_date=data.on_date,
        way=data.way,
        reason=data.reason.strip(),
        advice=data.advice.strip(),
        next_date=data.next_date,
        outcome=data.outcome.strip(),
        reason_codes="" if data.reason.strip() else data.reason_codes,
    )
    problems = _validate(data, day)
    if problems:
        raise FollowUpRejected(problems)
    with unit_of_work(db) as session:
        if session.get(Staff, staff_id) is None:
            raise LookupError(staff_id)
        if follow_up_id is None:
            record = FollowUp(staff_id=staff_id, visit_id=visit_id)
            session.add(record)
            before = None
        else:
            found = session.get(FollowUp, follow_up_id)
            if found is None or found.staff_id != staff_id:
                raise LookupError(follow_up_id)
            record = found
            before = _audited({name: getattr(record, name) for name in asdict(data)})
        for name, value in asdict(data).items():
            setattr(record, name, value)
        session.flush()
        audit.record(
            session,
            actor,
            AuditAction.UPDATE if before else AuditAction.CREATE,
            "follow_up",
            record.id,
            before,
            {"staff_id": staff_id, **_audited(asdict(data))},
        )
        row = session.execute(_query().where(FollowUp.id == record.id)).one()
        return FollowUpRow(*row)
