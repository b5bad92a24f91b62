"""Sign-in (签到): tick attendees, scan staff cards, record walk-ins as guests.

Every call is one transaction and returns the activity's fresh figures, so the panel can show
"x of y (z %)" after each tick or scan. Signing in twice is harmless: the second time only says
so. The first roster sign-in of a planned activity records it as held (people were there), and
for a partner-hospital activity that creates its hospital-visit record.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from app.catalogue.audit_notes import ChangeReason
from app.catalogue.codes import ActivityStatus, AuditAction, ScanOutcome, SignInMethod
from app.db.migrate import Database
from app.db.models import Activity, Attendance, Department, Staff
from app.domain.card_numbers import card_digits, card_matches, normalize_card
from app.domain.permissions import Action
from app.services import audit, department_order
from app.services.activities import load, sync_hospital_visit
from app.services.actor import Actor
from app.services.eligibility import Participation, activity_eligible, on_roster, participation_of
from app.services.roster import search_condition
from app.services.unit_of_work import read_only, unit_of_work


class SignInError(ValueError):
    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code  # cancelled, not_on_roster, blank_name, not_found


@dataclass(frozen=True)
class SignInResult:
    outcome: ScanOutcome
    participation: Participation
    employee_no: str = ""
    name: str = ""
    code: str = ""  # what was scanned or typed


@dataclass(frozen=True)
class AttendeeRow:
    """A roster person in the sign-in list (`present`: signed in for this activity)."""

    id: int  # staff id
    employee_no: str
    name: str
    department: str
    present: bool
    eligible: bool
    method: SignInMethod | None


@dataclass(frozen=True)
class GuestRow:
    id: int  # attendance id
    name: str
    signed_at: dt.datetime


def _writable(activity: Activity) -> None:
    if activity.status == ActivityStatus.CANCELLED.value:
        raise SignInError("cancelled")


def _mark_held(session: Session, actor: Actor, activity: Activity) -> None:
    if activity.status == ActivityStatus.PLANNED.value:
        activity.status = ActivityStatus.HELD.value
        session.flush()
        audit.record(
            session,
            actor,
            AuditAction.UPDATE,
            "activity",
            activity.id,
            {"status": ActivityStatus.PLANNED.value},
            {"status": ActivityStatus.HELD.value, "reason": ChangeReason.SIGN_IN.value},
        )
        sync_hospital_visit(session, actor, activity)


def _sign_in(
    session: Session, actor: Actor, activity: Activity, staff: Staff, method: SignInMethod
) -> ScanOutcome:
    """Sign `staff` in; the outcome says whether it counts. Caller checked the roster date."""
    existing = session.scalar(
        select(Attendance.id).where(
            Attendance.activity_id == activity.id, Attendance.staff_id == staff.id
        )
    )
    if existing is not None:
        return ScanOutcome.ALREADY
    attendance = Attendance(activity_id=activity.id, staff_id=staff.id, method=method.value)
    session.add(attendance)
    session.flush()
    audit.record(
        session,
        actor,
        AuditAction.CREATE,
        "attendance",
        attendance.id,
        after={"activity_id": activity.id, "staff_id": staff.id, "method": method.value},
    )
    _mark_held(session, actor, activity)
    eligible = session.scalar(
        select(func.count(Staff.id)).where(
            Staff.id == staff.id, activity_eligible(session, activity)
        )
    )
    return ScanOutcome.SIGNED_IN if eligible else ScanOutcome.OUTSIDE_TARGET


def _staff_by_code(session: Session, code: str) -> Staff | None:
    """The person a card names, read as the usage register reads it (app.domain.card_numbers):
    the employee no. in any case, or only its digits when that names one person."""
    staff = session.scalars(select(Staff).where(Staff.employee_no == code)).first()
    if staff is None:  # card printers and people differ on letter case (hb10001 / HB10001)
        staff = session.scalars(
            select(Staff).where(func.upper(Staff.employee_no) == code.upper())
        ).first()
    digits = card_digits(code)
    if staff is None and digits is not None:
        ending = session.scalars(select(Staff).where(Staff.employee_no.like(f"%{digits}")))
        named = [s for s in ending if card_matches(code, s.employee_no)]
        staff = named[0] if len(named) == 1 else None
    return staff


def _is_on_roster(session: Session, staff: Staff, day: dt.date) -> bool:
    return bool(
        session.scalar(select(func.count(Staff.id)).where(Staff.id == staff.id, on_roster(day)))
    )


def _card_in(
    session: Session, actor: Actor, activity: Activity, code: str, method: SignInMethod
) -> tuple[ScanOutcome, Staff | None]:
    """Sign in the person `code` names; the outcome, and who it was (None: no one)."""
    staff = _staff_by_code(session, code) if code else None
    if staff is None:
        return ScanOutcome.UNKNOWN, None
    if not _is_on_roster(session, staff, activity.starts_at.date()):
        return ScanOutcome.NOT_ON_ROSTER, staff
    return _sign_in(session, actor, activity, staff, method), staff


@dataclass(frozen=True)
class BulkSignIn:
    """What ticking a whole list, or scanning a batch of cards, did (one transaction)."""

    signed_in: int  # counted in the rate
    outside_target: int  # signed in, not counted
    already: int
    refused: tuple[str, ...]  # cards naming no one, people not on the roster that day
    participation: Participation


def _bulk(
    session: Session, activity: Activity, outcomes: list[tuple[ScanOutcome, str]]
) -> BulkSignIn:
    def count(outcome: ScanOutcome) -> int:
        return sum(1 for o, _who in outcomes if o is outcome)

    bad = (ScanOutcome.UNKNOWN, ScanOutcome.NOT_ON_ROSTER)
    return BulkSignIn(
        count(ScanOutcome.SIGNED_IN),
        count(ScanOutcome.OUTSIDE_TARGET),
        count(ScanOutcome.ALREADY),
        tuple(who for outcome, who in outcomes if outcome in bad),
        participation_of(session, activity),
    )


def split_cards(text: str) -> list[str]:
    """Card numbers scanned or pasted in one go, apart at blanks, line breaks, commas, 、 or ；."""
    spaced = text.translate(str.maketrans(",，、;；", "     "))
    return [code for code in (normalize_card(part) for part in spaced.split()) if code]


def scan_many(db: Database, actor: Actor, activity_id: int, codes: list[str]) -> BulkSignIn:
    """Sign in a batch of cards (a reader's memory, a pasted list) in one action."""
    actor.require(Action.EDIT_ACTIVITIES)
    with unit_of_work(db) as session:
        activity = load(session, activity_id)
        _writable(activity)
        outcomes = []
        for code in codes:
            normal = normalize_card(code)
            outcome, staff = _card_in(session, actor, activity, normal, SignInMethod.SCAN)
            outcomes.append((outcome, f"{staff.name}（{staff.employee_no}）" if staff else normal))
        return _bulk(session, activity, outcomes)


def tick_many(db: Database, actor: Actor, activity_id: int, staff_ids: list[int]) -> BulkSignIn:
    """Tick everyone listed (the whole target group, or one department) in one action."""
    actor.require(Action.EDIT_ACTIVITIES)
    with unit_of_work(db) as session:
        activity = load(session, activity_id)
        _writable(activity)
        day = activity.starts_at.date()
        outcomes = []
        for staff in session.scalars(select(Staff).where(Staff.id.in_(staff_ids))):
            if _is_on_roster(session, staff, day):
                outcome = _sign_in(session, actor, activity, staff, SignInMethod.TICK)
            else:
                outcome = ScanOutcome.NOT_ON_ROSTER
            outcomes.append((outcome, f"{staff.name}（{staff.employee_no}）"))
        return _bulk(session, activity, outcomes)


def scan(
    db: Database,
    actor: Actor,
    activity_id: int,
    code: str,
    method: SignInMethod = SignInMethod.SCAN,
) -> SignInResult:
    """Sign in the person whose employee no. was scanned (a keyboard-wedge reader types it)."""
    actor.require(Action.EDIT_ACTIVITIES)
    code = normalize_card(code)
    with unit_of_work(db) as session:
        activity = load(session, activity_id)
        _writable(activity)
        outcome, staff = _card_in(session, actor, activity, code, method)
        return SignInResult(
            outcome,
            participation_of(session, activity),
            employee_no=staff.employee_no if staff else "",
            name=staff.name if staff else "",
            code=code,
        )


def set_present(
    db: Database, actor: Actor, activity_id: int, staff_id: int, present: bool
) -> SignInResult:
    """Tick (or untick) a roster person in the sign-in list."""
    actor.require(Action.EDIT_ACTIVITIES)
    with unit_of_work(db) as session:
        activity = load(session, activity_id)
        _writable(activity)
        staff = session.get(Staff, staff_id)
        if staff is None:
            raise SignInError("not_found")
        if present:
            if not _is_on_roster(session, staff, activity.starts_at.date()):
                raise SignInError("not_on_roster")
            outcome = _sign_in(session, actor, activity, staff, SignInMethod.TICK)
        else:
            attendance = session.scalars(
                select(Attendance).where(
                    Attendance.activity_id == activity.id, Attendance.staff_id == staff.id
                )
            ).first()
            outcome = ScanOutcome.ALREADY
            if attendance is not None:
                before = {
                    "activity_id": activity.id,
                    "staff_id": staff.id,
                    "method": attendance.method,
                }
                session.delete(attendance)
                session.flush()
                audit.record(
                    session, actor, AuditAction.DELETE, "attendance", attendance.id, before=before
                )
                outcome = ScanOutcome.REMOVED
        return SignInResult(
            outcome,
            participation_of(session, activity),
            employee_no=staff.employee_no,
            name=staff.name,
        )


def add_guest(db: Database, actor: Actor, activity_id: int, name: str) -> SignInResult:
    """A walk-in not on the roster: recorded by name, never counted in rates."""
    actor.require(Action.EDIT_ACTIVITIES)
    name = " ".join(name.split())
    if not name:
        raise SignInError("blank_name")
    with unit_of_work(db) as session:
        activity = load(session, activity_id)
        _writable(activity)
        outcome = add_guest_in(session, actor, activity, name, SignInMethod.TICK)
        return SignInResult(outcome, participation_of(session, activity), name=name)


def add_guest_in(
    session: Session, actor: Actor, activity: Activity, name: str, method: SignInMethod
) -> ScanOutcome:
    exists = session.scalar(
        select(Attendance.id).where(
            Attendance.activity_id == activity.id, Attendance.guest_name == name
        )
    )
    if exists is not None:
        return ScanOutcome.ALREADY
    attendance = Attendance(activity_id=activity.id, guest_name=name, method=method.value)
    session.add(attendance)
    session.flush()
    audit.record(
        session,
        actor,
        AuditAction.CREATE,
        "attendance",
        attendance.id,
        after={"activity_id": activity.id, "guest_name": name, "method": method.value},
    )
    return ScanOutcome.SIGNED_IN


def sign_in_staff_in(
    session: Session, actor: Actor, activity: Activity, staff: Staff, method: SignInMethod
) -> ScanOutcome:
    """For the spreadsheet import (its caller validated the roster date)."""
    return _sign_in(session, actor, activity, staff, method)


def remove_guest(db: Database, actor: Actor, attendance_id: int) -> Participation:
    actor.require(Action.EDIT_ACTIVITIES)
    with unit_of_work(db) as session:
        attendance = session.get(Attendance, attendance_id)
        if attendance is None or attendance.guest_name is None:
            raise SignInError("not_found")
        activity = load(session, attendance.activity_id)
        _writable(activity)
        before = {"activity_id": activity.id, "guest_name": attendance.guest_name}
        session.delete(attendance)
        session.flush()
        audit.record(session, actor, AuditAction.DELETE, "attendance", attendance_id, before=before)
        return participation_of(session, activity)


def get_participation(db: Database, actor: Actor, activity_id: int) -> Participation:
    actor.require(Action.READ_ACTIVITIES)
    with read_only(db) as session:
        return participation_of(session, load(session, activity_id))


def attendee_list(
    db: Database, actor: Actor, activity_id: int, search: str = "", limit: int | None = None
) -> list[AttendeeRow]:
    """The target group on the activity's date plus everyone already signed in; with `search`,
    anyone on the roster that day (employee no., name or pinyin prefix), to add non-targets."""
    actor.require(Action.READ_ACTIVITIES)
    with read_only(db) as session:
        activity = load(session, activity_id)
        eligible = activity_eligible(session, activity)
        attended = select(Attendance.staff_id).where(
            Attendance.activity_id == activity.id, Attendance.staff_id.is_not(None)
        )
        query = (
            select(Staff, Department.name, eligible, Attendance.method)
            .join(Department, Department.id == Staff.department_id)
            .outerjoin(
                Attendance,
                and_(Attendance.staff_id == Staff.id, Attendance.activity_id == activity.id),
            )
            .order_by(*department_order.order_by(session), Staff.employee_no)
        )
        condition = search_condition(search)  # as the roster and the usage register search
        if condition is not None:
            query = query.where(
                or_(on_roster(activity.starts_at.date()), Staff.id.in_(attended)), condition
            )
        else:
            query = query.where(or_(eligible, Staff.id.in_(attended)))
        if limit is not None:
            query = query.limit(limit)
        return [
            AttendeeRow(
                id=staff.id,
                employee_no=staff.employee_no,
                name=staff.name,
                department=department,
                present=method is not None,
                eligible=bool(is_eligible),
                method=SignInMethod(method) if method else None,
            )
            for staff, department, is_eligible, method in session.execute(query)
        ]


def list_guests(db: Database, actor: Actor, activity_id: int) -> list[GuestRow]:
    actor.require(Action.READ_ACTIVITIES)
    with read_only(db) as session:
        return [
            GuestRow(a.id, a.guest_name or "", a.signed_at)
            for a in session.scalars(
                select(Attendance)
                .where(Attendance.activity_id == activity_id, Attendance.guest_name.is_not(None))
                .order_by(Attendance.signed_at, Attendance.id)
            )
        ]
