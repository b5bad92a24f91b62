"""Recording a visit with its readings (使用登记): the health administrator's daily action.

Readings are checked in two steps (app.domain.readings): implausible values are refused with
a code (`VisitError`) the UI turns into words, plausible ones are stored and flagged against
the site's thresholds. A visitor who is not on the roster is recorded by name and never
counted in staff rates. Visits written on paper during an outage are entered later with
their real date and time and marked `entered_late`.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.catalogue.codes import AuditAction, FollowUpWay, Sex
from app.catalogue.readings import is_abnormal
from app.db.migrate import Database
from app.db.models import (
    FollowUp,
    HealthFile,
    Measurement,
    Staff,
    UrgentCase,
    UsageVisit,
)
from app.domain.permissions import Action
from app.domain.readings import (
    Flag,
    ImplausibleReading,
    InconsistentBloodPressure,
    ReadingType,
    ResultRule,
    Thresholds,
    check_blood_pressure,
    check_plausible,
    classify,
    derive,
    result_value,
)
from app.services import audit, consumable_per_reading, urgent_cases
from app.services.actor import Actor
from app.services.reading_thresholds import load_result_rule, load_thresholds
from app.services.unit_of_work import read_only, unit_of_work

R = ReadingType
MAX_VISITOR_NAME = 100
# A clock a few minutes apart from the user's watch is not an error; a day ahead is.
FUTURE_TOLERANCE = dt.timedelta(minutes=10)


class VisitError(ValueError):
    """The visit cannot be recorded as given.

    `code` says why ("person_required", "unknown_person", "departed", "visitor_name_too_long",
    "time_required", "in_future", "implausible", "bp_incomplete", "bp_inverted",
    "reason_required", "not_found", "visitor_no_follow_up"); `field` names the reading type or
    input concerned; `low`/`high` are the plausible range for "implausible".
    """

    def __init__(
        self,
        code: str,
        field: str = "",
        value: float | None = None,
        low: float | None = None,
        high: float | None = None,
    ) -> None:
        super().__init__(f"{code} {field} {value if value is not None else ''}".strip())
        self.code = code
        self.field = field
        self.value = value
        self.low = low
        self.high = high


@dataclass(frozen=True)
class VisitInput:
    """What the entry form (or the edit dialog) hands over.

    Exactly one of `staff_id` and `visitor_name`. `readings` holds the values typed; BMI is
    computed from height and weight (the person's last height when only weight is taken).
    `visited_at` None means now; `entered_late` marks a visit copied from paper later.
    """

    staff_id: int | None = None
    visitor_name: str | None = None
    readings: Mapping[ReadingType, float] = field(default_factory=dict)
    advice: str = ""
    note: str = ""
    visited_at: dt.datetime | None = None
    entered_late: bool = False


@dataclass(frozen=True)
class ReadingResult:
    type: ReadingType
    value: float
    flag: Flag

    @property
    def abnormal(self) -> bool:
        return is_abnormal(self.flag)


@dataclass(frozen=True)
class RecordedVisit:
    id: int
    visited_at: dt.datetime
    staff_id: int | None
    person: str
    readings: tuple[ReadingResult, ...]
    abnormal: bool
    entered_late: bool
    advice: str = ""
    rounds: tuple[tuple[ReadingResult, int], ...] = ()  # re-measured types: each reading
    urgent_case_id: int | None = None  # open until the action taken is recorded
    urgent_types: tuple[ReadingType, ...] = ()

    @property
    def abnormal_readings(self) -> tuple[ReadingResult, ...]:
        return tuple(r for r in self.readings if r.abnormal)


# --- checking and classifying -----------------------------------------------------------------


def last_height(session: Session, staff_id: int) -> float | None:
    height = session.scalar(
        select(Measurement.value)
        .where(Measurement.staff_id == staff_id, Measurement.type == R.HEIGHT.value)
        .order_by(Measurement.measured_at.desc(), Measurement.id.desc())
        .limit(1)
    )
    if height is not None:
        return float(height)
    from_file = session.scalar(select(HealthFile.height_cm).where(HealthFile.staff_id == staff_id))
    return float(from_file) if from_file is not None else None


def check_readings(
    readings: Mapping[ReadingType, float],
    thresholds: Thresholds,
    sex: Sex | None,
    known_height: float | None = None,
) -> list[ReadingResult]:
    """Refuse implausible values (VisitError), compute the derived ones (BMI), flag each.

    Raises VisitError "implausible" (field = the reading type), "bp_incomplete" or
    "bp_inverted".
    """
    values = {R(k): float(v) for k, v in readings.items()}
    try:
        for rt, value in values.items():
            check_plausible(rt, value)
        has_s, has_d = R.SYSTOLIC in values, R.DIASTOLIC in values
        if has_s != has_d:
            raise VisitError("bp_incomplete", (R.DIASTOLIC if has_s else R.SYSTOLIC).value)
        if has_s:
            check_blood_pressure(values[R.SYSTOLIC], values[R.DIASTOLIC])
        known = {} if known_height is None else {R.HEIGHT: known_height}
        values = derive(values, known)  # BMI from height and weight, and the like
    except ImplausibleReading as error:
        raise VisitError(
            "implausible", error.reading_type.value, error.value, error.low, error.high
        ) from error
    except InconsistentBloodPressure as error:
        raise VisitError("bp_inverted", R.DIASTOLIC.value, error.diastolic) from error
    order = list(R)
    return [
        ReadingResult(rt, value, classify(rt, value, thresholds, sex))
        for rt, value in sorted(values.items(), key=lambda item: order.index(item[0]))
    ]


def latest_per_type(readings: Iterable[ReadingResult]) -> tuple[ReadingResult, ...]:
    """The last reading of each type (a re-measurement replaces the first one)."""
    latest: dict[ReadingType, ReadingResult] = {}
    for reading in readings:
        latest[reading.type] = reading
    order = list(R)
    return tuple(sorted(latest.values(), key=lambda r: order.index(r.type)))


def snapshot(visit: UsageVisit) -> dict[str, Any]:
    """The visit as the audit trail records it (before/after)."""
    return {
        "visited_at": visit.visited_at,
        "staff_id": visit.staff_id,
        "visitor_name": visit.visitor_name,
        "advice": visit.advice,
        "note": visit.note,
        "abnormal": visit.abnormal,
        "entered_late": visit.entered_late,
        "readings": [
            {
                "type": m.type,
                "value": m.value,
                "flag": m.flag,
                "measured_at": m.measured_at,
                "round": m.round,
                "counted": m.counted,
            }
            for m in visit.measurements
        ],
    }


@dataclass(frozen=True)
class _Person:
    staff_id: int | None
    visitor_name: str | None
    sex: Sex | None
    label: str


def resolve_person(session: Session, visit: VisitInput, on: dt.date) -> _Person:
    if visit.staff_id is not None:
        staff = session.get(Staff, visit.staff_id)
        if staff is None:
            raise VisitError("unknown_person", "person")
        if staff.departure_date is not None and on > staff.departure_date:
            raise VisitError("departed", "person")
        return _Person(staff.id, None, Sex(staff.sex) if staff.sex else None, staff.name)
    name = (visit.visitor_name or "").strip()
    if not name:
        raise VisitError("person_required", "person")
    if len(name) > MAX_VISITOR_NAME:
        raise VisitError("visitor_name_too_long", "person")
    return _Person(None, name, None, name)


def resolve_time(visit: VisitInput, now: dt.datetime) -> dt.datetime:
    if visit.visited_at is None:
        if visit.entered_late:
            raise VisitError("time_required", "visited_at")
        return now
    when = visit.visited_at.replace(microsecond=0)
    if when > now + FUTURE_TOLERANCE:
        raise VisitError("in_future", "visited_at")
    return when


def measurements_for(
    results: Iterable[ReadingResult],
    staff_id: int | None,
    at: dt.datetime,
    round_: int = 1,
    counted: bool = True,
) -> list[Measurement]:
    return [
        Measurement(
            staff_id=staff_id,
            measured_at=at,
            type=r.type.value,
            value=r.value,
            flag=r.flag.value,
            round=round_,
            counted=counted,
        )
        for r in results
    ]


def _remeasured(
    visit: UsageVisit,
    results: Sequence[ReadingResult],
    at: dt.datetime,
    rule: ResultRule,
    thresholds: Thresholds,
    sex: Sex | None,
) -> None:
    """Add a round of readings to the visit. A type measured before gets its new reading as
    the next round and one result (round 0) from all its rounds: their average, or the
    repeat (rule); only the result is counted. A type not measured before is round 1."""
    for result in results:
        rt = result.type.value
        same = [m for m in visit.measurements if m.type == rt]
        taken = [m for m in same if m.round >= 1]
        if not taken:
            visit.measurements.extend(measurements_for([result], visit.staff_id, at))
            continue
        for m in same:
            if m.round == 0:
                visit.measurements.remove(m)  # the earlier result: recomputed below
            m.counted = False
        visit.measurements.extend(
            measurements_for([result], visit.staff_id, at, len(taken) + 1, counted=False)
        )
        value = result_value([m.value for m in taken] + [result.value], rule)
        flag = classify(result.type, value, thresholds, sex)
        visit.measurements.extend(
            measurements_for([ReadingResult(result.type, value, flag)], visit.staff_id, at, 0)
        )


def _now(now: dt.datetime | None) -> dt.datetime:
    return (now or dt.datetime.now()).replace(microsecond=0)


def _results(visit: UsageVisit) -> tuple[ReadingResult, ...]:
    """The counted value of each type: the visit's result."""
    return tuple(
        ReadingResult(R(m.type), m.value, Flag(m.flag)) for m in visit.measurements if m.counted
    )


def _rounds(visit: UsageVisit) -> tuple[tuple[ReadingResult, int], ...]:
    """The readings of the re-measured types as taken, with their round (1, 2, ...)."""
    taken = Counter(m.type for m in visit.measurements if m.round >= 1)
    again = {rt for rt, n in taken.items() if n > 1}
    return tuple(
        (ReadingResult(R(m.type), m.value, Flag(m.flag)), m.round)
        for m in visit.measurements
        if m.type in again and m.round >= 1
    )


def _recorded(visit: UsageVisit, person: str, case: UrgentCase | None = None) -> RecordedVisit:
    latest = latest_per_type(_results(visit))
    open_case = case if case is not None and case.closed_at is None else None
    return RecordedVisit(
        id=visit.id,
        visited_at=visit.visited_at,
        staff_id=visit.staff_id,
        person=person,
        readings=latest,
        abnormal=visit.abnormal,
        entered_late=visit.entered_late,
        advice=visit.advice,
        rounds=_rounds(visit),
        urgent_case_id=open_case.id if open_case is not None else None,
        urgent_types=tuple(R(t) for t in open_case.types.split(",")) if open_case else (),
    )


def _joined(before: str, added: str) -> str:
    """Text typed at a later step added to what was kept, once."""
    text = added.strip()
    if not text or text in before:
        return before
    return f"{before} {text}".strip()


def use_consumables(
    session: Session,
    actor: Actor,
    results: Sequence[ReadingResult],
    visit_id: int,
    on: dt.date,
) -> None:
    """A glucose reading uses a test strip (per the consumables settings), in this transaction.

    No stock or no item configured leaves the stock alone: the visit is saved all the same.
    """
    for result in results:
        consumable_per_reading.use_for_reading(session, actor, result.type, visit_id, on)


# --- use cases ------------------------------------------------------------------------------


def record_visit(
    db: Database, actor: Actor, visit: VisitInput, now: dt.datetime | None = None
) -> RecordedVisit:
    """Record one visit and its readings in one transaction."""
    actor.require(Action.EDIT_HEALTH_DATA)
    now = _now(now)
    when = resolve_time(visit, now)
    with unit_of_work(db) as session:
        person = resolve_person(session, visit, when.date())
        known_height = (
            last_height(session, person.staff_id)
            if person.staff_id is not None and R.HEIGHT not in visit.readings
            else None
        )
        thresholds = load_thresholds(session)
        results = check_readings(visit.readings, thresholds, person.sex, known_height)
        row = UsageVisit(
            visited_at=when,
            staff_id=person.staff_id,
            visitor_name=person.visitor_name,
            advice=visit.advice.strip(),
            note=visit.note.strip(),
            abnormal=any(r.abnormal for r in results),
            entered_late=visit.entered_late,
            recorded_by=actor.username,
            recorded_at=now,
            measurements=measurements_for(results, person.staff_id, when),
        )
        session.add(row)
        session.flush()
        use_consumables(session, actor, results, row.id, when.date())
        audit.record(session, actor, AuditAction.CREATE, "usage_visit", row.id, after=snapshot(row))
        case = urgent_cases.open_if_urgent(
            session, actor, row, ((r.type, r.value) for r in results), thresholds, when
        )
        return _recorded(row, person.label, case)


def add_readings(
    db: Database,
    actor: Actor,
    visit_id: int,
    readings: Mapping[ReadingType, float],
    now: dt.datetime | None = None,
    advice: str = "",
    note: str = "",
) -> RecordedVisit:
    """Measure again within the same visit (after an abnormal value, as the guideline says:
    a second reading a minute or two later). Every reading is kept; the visit's result of a
    type measured again is their average (or the repeat, per the setting), and the visit is
    abnormal when a result is. Advice and a note typed at this step are added, not lost."""
    actor.require(Action.EDIT_HEALTH_DATA)
    now = _now(now)
    with unit_of_work(db) as session:
        row = session.get(UsageVisit, visit_id)
        if row is None:
            raise VisitError("not_found")
        before = snapshot(row)
        sex = None
        person = row.visitor_name or ""
        known_height = None
        if row.staff_id is not None:
            staff = session.get(Staff, row.staff_id)
            assert staff is not None
            sex, person = (Sex(staff.sex) if staff.sex else None), staff.name
            if R.HEIGHT not in readings:
                known_height = last_height(session, staff.id)
        thresholds = load_thresholds(session)
        results = check_readings(readings, thresholds, sex, known_height)
        # A paper visit keeps its own time line: the second reading follows the first.
        at = max(now, row.visited_at) if not row.entered_late else row.visited_at
        _remeasured(row, results, at, load_result_rule(session), thresholds, sex)
        row.advice = _joined(row.advice, advice)
        row.note = _joined(row.note, note)
        row.abnormal = any(r.abnormal for r in _results(row))
        session.flush()
        use_consumables(session, actor, results, row.id, at.date())
        audit.record(
            session, actor, AuditAction.UPDATE, "usage_visit", row.id, before, snapshot(row)
        )
        case = urgent_cases.open_if_urgent(
            session, actor, row, ((r.type, r.value) for r in results), thresholds, at
        )
        return _recorded(row, person, case)


def recorded_visit(db: Database, actor: Actor, visit_id: int) -> RecordedVisit:
    """A visit as the entry form shows it after saving (an urgent case resumed)."""
    actor.require(Action.READ_HEALTH_DATA)
    with read_only(db) as session:
        row = session.get(UsageVisit, visit_id)
        if row is None:
            raise VisitError("not_found")
        staff = session.get(Staff, row.staff_id) if row.staff_id is not None else None
        case = session.scalar(select(UrgentCase).where(UrgentCase.visit_id == visit_id))
        return _recorded(row, staff.name if staff else row.visitor_name or "", case)


def add_follow_up(
    db: Database,
    actor: Actor,
    visit_id: int,
    on: dt.date,
    reason: str,
    advice: str = "",
    way: FollowUpWay = FollowUpWay.PHONE,
    next_date: dt.date | None = None,
    reason_codes: str = "",
) -> int:
    """One-click follow-up of an abnormal visit (随访): returns the follow-up's id. The reason
    is the visit's abnormal readings as codes (`reason_codes`), or text a person typed."""
    actor.require(Action.EDIT_HEALTH_DATA)
    with unit_of_work(db) as session:
        visit = session.get(UsageVisit, visit_id)
        if visit is None:
            raise VisitError("not_found")
        if visit.staff_id is None:
            raise VisitError("visitor_no_follow_up", "person")
        row = FollowUp(
            staff_id=visit.staff_id,
            visit_id=visit.id,
            on_date=on,
            way=way.value,
            reason=reason.strip(),
            reason_codes="" if reason.strip() else reason_codes,
            advice=advice.strip(),
            next_date=next_date,
            outcome="",
        )
        session.add(row)
        session.flush()
        audit.record(
            session,
            actor,
            AuditAction.CREATE,
            "follow_up",
            row.id,
            after={
                "staff_id": row.staff_id,
                "visit_id": row.visit_id,
                "on_date": on,
                "way": row.way,
                "reason": row.reason or row.reason_codes,  # masked: health data
                "advice": row.advice,
                "next_date": next_date,
            },
        )
        return row.id
