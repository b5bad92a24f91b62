"""The usage register's log: filtered, sorted pages of visits, and corrections with a reason.

Every filter is answered from the covering indexes on `usage_visit` (dates, person or
department, abnormal, items mask), so a page or a count over a million visits never reads
the rows it skips. Pages are fetched by offset in an index order; only the rows shown are
loaded with their people and readings.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any, TypeVarTuple

from sqlalchemy import (
    ColumnElement,
    CompoundSelect,
    Select,
    and_,
    func,
    literal,
    literal_column,
    null,
    or_,
    select,
    union_all,
)
from sqlalchemy.orm import Session

from app.catalogue.codes import AuditAction
from app.db.migrate import Database
from app.db.models import Department, Measurement, Staff, UsageVisit
from app.domain.permissions import Action
from app.domain.readings import Flag, ReadingType
from app.services import audit
from app.services.actor import Actor
from app.services.reading_thresholds import load_thresholds
from app.services.unit_of_work import read_only, unit_of_work
from app.services.visit_entry import (
    ReadingResult,
    VisitError,
    VisitInput,
    check_readings,
    last_height,
    latest_per_type,
    measurements_for,
    resolve_person,
    resolve_time,
    snapshot,
)

Ts = TypeVarTuple("Ts")


class VisitSort(StrEnum):
    NEWEST = "newest"
    OLDEST = "oldest"
    PERSON = "person"  # employee no., then newest first; visitors after the staff
    PERSON_DESC = "person_desc"


@dataclass(frozen=True)
class VisitFilter:
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    department_id: int | None = None
    abnormal_only: bool = False
    staff_id: int | None = None
    # A person search: the roster's matches, and/or visitors whose name starts with this.
    staff_ids: tuple[int, ...] | None = None
    visitor_prefix: str | None = None
    items_mask: int = 0  # visits with any of these reading types (app.domain.visit_items)


@dataclass(frozen=True)
class ReadingValue:
    type: str
    value: float
    flag: str
    round: int = 1  # 0: the result of a re-measured type
    counted: bool = True  # the value that stands for the visit


@dataclass(frozen=True)
class VisitRow:
    id: int
    visited_at: dt.datetime
    person: str
    employee_no: str
    department: str
    is_visitor: bool
    abnormal: bool
    readings: tuple[ReadingValue, ...] = field(default_factory=tuple)
    advice: str = ""
    note: str = ""
    staff_id: int | None = None
    entered_late: bool = False
    recorded_by: str = ""
    items: int = 0

    @property
    def latest_readings(self) -> tuple[ReadingValue, ...]:
        """The visit's result of each type (a re-measured type's average or repeat)."""
        return tuple(r for r in self.readings if r.counted)

    @property
    def rounds(self) -> tuple[ReadingValue, ...]:
        """The readings as taken of the types measured more than once."""
        taken = Counter(r.type for r in self.readings if r.round >= 1)
        return tuple(r for r in self.readings if r.round >= 1 and taken[r.type] > 1)


def _filtered(query: Select[*Ts], flt: VisitFilter) -> Select[*Ts]:
    if flt.date_from is not None:
        query = query.where(UsageVisit.visited_at >= dt.datetime.combine(flt.date_from, dt.time()))
    if flt.date_to is not None:
        end = dt.datetime.combine(flt.date_to + dt.timedelta(days=1), dt.time())
        query = query.where(UsageVisit.visited_at < end)
    if flt.staff_id is not None:
        query = query.where(UsageVisit.staff_id == flt.staff_id)
    if flt.staff_ids is not None or flt.visitor_prefix:
        people: list[ColumnElement[bool]] = []
        if flt.staff_ids:
            people.append(UsageVisit.staff_id.in_(flt.staff_ids))
        if flt.visitor_prefix:
            escaped = flt.visitor_prefix.replace("\\", "\\\\").replace("%", "\\%")
            escaped = escaped.replace("_", "\\_")
            people.append(
                and_(
                    UsageVisit.staff_id.is_(None),
                    UsageVisit.visitor_name.like(f"{escaped}%", escape="\\"),
                )
            )
        query = query.where(or_(*people) if people else literal(False))
    if flt.department_id is not None:
        query = query.where(
            UsageVisit.staff_id.in_(
                select(Staff.id).where(Staff.department_id == flt.department_id)
            )
        )
    if flt.abnormal_only:
        query = query.where(UsageVisit.abnormal.is_(True))
    if flt.items_mask:
        query = query.where(UsageVisit.items.op("&")(flt.items_mask) != 0)
    return query


def count_visits(db: Database, actor: Actor, flt: VisitFilter) -> int:
    actor.require(Action.READ_HEALTH_DATA)
    with read_only(db) as session:
        return int(
            session.scalar(_filtered(select(func.count()).select_from(UsageVisit), flt)) or 0
        )


def _page_ids(
    session: Session, flt: VisitFilter, sort: VisitSort, offset: int, limit: int
) -> list[int]:
    if sort in (VisitSort.NEWEST, VisitSort.OLDEST):
        order = (
            (UsageVisit.visited_at.desc(), UsageVisit.id.desc())
            if sort is VisitSort.NEWEST
            else (UsageVisit.visited_at.asc(), UsageVisit.id.asc())
        )
        query = _filtered(select(UsageVisit.id), flt).order_by(*order)
        return list(session.scalars(query.offset(offset).limit(limit)))
    # By person: the staff's visits come from a walk of the roster in employee-no. order
    # (an index) with each person's visits from theirs; visitors follow. SQLite merges the
    # two ordered halves of the UNION ALL without sorting the whole register.
    # The department is checked on the roster walk itself: as a list of staff ids it would
    # make SQLite collect and sort the department's visits instead.
    rest = replace(flt, department_id=None)
    staff_part = _filtered(
        select(
            UsageVisit.id.label("id"),
            Staff.employee_no.label("person"),
            UsageVisit.visited_at.label("at"),
        )
        .select_from(Staff)
        .join(UsageVisit, UsageVisit.staff_id == Staff.id),
        rest,
    )
    if flt.department_id is not None:
        staff_part = staff_part.where(Staff.department_id == flt.department_id)
    visitor_part = _filtered(
        select(
            UsageVisit.id.label("id"),
            null().label("person"),  # a constant key keeps this half in index order too
            UsageVisit.visited_at.label("at"),
        ).where(UsageVisit.staff_id.is_(None)),
        flt,  # with a department chosen, no visitor matches
    )
    person: ColumnElement[str] = literal_column("person")
    by_person = person.desc() if sort is VisitSort.PERSON_DESC else person.asc()
    # ORDER BY on the compound itself (not on a subquery of it), so SQLite can merge.
    ordered: CompoundSelect[*tuple[Any, ...]] = union_all(staff_part, visitor_part).order_by(
        by_person.nulls_last(), literal_column("at").desc(), literal_column("id").desc()
    )
    return list(session.scalars(ordered.offset(offset).limit(limit)))


def _rows(session: Session, ids: list[int]) -> list[VisitRow]:
    """The rows shown, with their people and readings (plain column reads: no ORM objects)."""
    if not ids:
        return []
    v = UsageVisit
    visits = {
        row.id: row
        for row in session.execute(
            select(
                v.id,
                v.visited_at,
                v.staff_id,
                v.visitor_name,
                v.abnormal,
                v.advice,
                v.note,
                v.entered_late,
                v.recorded_by,
                v.items,
            ).where(v.id.in_(ids))
        )
    }
    staff_ids = {row.staff_id for row in visits.values() if row.staff_id is not None}
    people = {
        sid: (no, name, dept)
        for sid, no, name, dept in session.execute(
            select(Staff.id, Staff.employee_no, Staff.name, Department.name)
            .join(Department)
            .where(Staff.id.in_(staff_ids))
        )
    }
    readings: dict[int, list[ReadingValue]] = {}
    for visit_id, rtype, value, flag, round_, counted in session.execute(
        select(
            Measurement.visit_id,
            Measurement.type,
            Measurement.value,
            Measurement.flag,
            Measurement.round,
            Measurement.counted,
        )
        .where(Measurement.visit_id.in_(ids))
        .order_by(Measurement.id)
    ):
        readings.setdefault(visit_id, []).append(ReadingValue(rtype, value, flag, round_, counted))
    rows = []
    for visit_id in ids:
        row = visits[visit_id]
        if row.staff_id is None:
            no, name, dept = "", row.visitor_name or "", ""
        else:
            no, name, dept = people[row.staff_id]
        rows.append(
            VisitRow(
                id=row.id,
                visited_at=row.visited_at,
                person=name,
                employee_no=no,
                department=dept,
                is_visitor=row.staff_id is None,
                abnormal=row.abnormal,
                readings=tuple(readings.get(row.id, ())),
                advice=row.advice,
                note=row.note,
                staff_id=row.staff_id,
                entered_late=row.entered_late,
                recorded_by=row.recorded_by,
                items=row.items,
            )
        )
    return rows


def fetch_visits(
    db: Database,
    actor: Actor,
    flt: VisitFilter,
    offset: int,
    limit: int,
    sort: VisitSort = VisitSort.NEWEST,
) -> list[VisitRow]:
    """One page of visits in `sort` order (each order is an index order)."""
    actor.require(Action.READ_HEALTH_DATA)
    with read_only(db) as session:
        return _rows(session, _page_ids(session, flt, sort, offset, limit))


def iter_visits(
    db: Database,
    actor: Actor,
    flt: VisitFilter,
    sort: VisitSort = VisitSort.OLDEST,
    chunk: int = 2000,
) -> Iterator[VisitRow]:
    """Every visit matching `flt`, a chunk per short read transaction (for printouts)."""
    actor.require(Action.READ_HEALTH_DATA)
    offset = 0
    while True:
        with read_only(db) as session:
            rows = _rows(session, _page_ids(session, flt, sort, offset, chunk))
        yield from rows
        if len(rows) < chunk:
            return
        offset += chunk


# --- one visit: read, correct, delete ---------------------------------------------------------


@dataclass(frozen=True)
class VisitDetail:
    """A visit as the edit dialog shows it: the latest value of each reading type."""

    id: int
    visited_at: dt.datetime
    staff_id: int | None
    visitor_name: str | None
    person: str
    employee_no: str
    advice: str
    note: str
    entered_late: bool
    abnormal: bool
    readings: tuple[ReadingResult, ...]


def visit_detail(db: Database, actor: Actor, visit_id: int) -> VisitDetail:
    actor.require(Action.READ_HEALTH_DATA)
    with read_only(db) as session:
        visit = session.get(UsageVisit, visit_id)
        if visit is None:
            raise VisitError("not_found")
        staff = session.get(Staff, visit.staff_id) if visit.staff_id is not None else None
        return VisitDetail(
            id=visit.id,
            visited_at=visit.visited_at,
            staff_id=visit.staff_id,
            visitor_name=visit.visitor_name,
            person=staff.name if staff else visit.visitor_name or "",
            employee_no=staff.employee_no if staff else "",
            advice=visit.advice,
            note=visit.note,
            entered_late=visit.entered_late,
            abnormal=visit.abnormal,
            readings=latest_per_type(
                ReadingResult(ReadingType(m.type), m.value, Flag(m.flag))
                for m in visit.measurements
                if m.counted
            ),
        )


def _reason(reason: str) -> str:
    text = reason.strip()
    if not text:
        raise VisitError("reason_required", "reason")
    return text


def update_visit(
    db: Database,
    actor: Actor,
    visit_id: int,
    corrected: VisitInput,
    reason: str,
    now: dt.datetime | None = None,
) -> VisitRow:
    """Correct a visit: person, time, readings, advice, note. The readings given are the
    visit's results: unchanged ones keep their readings (a re-measurement's rounds), changed
    ones replace theirs; the audit trail keeps the visit as it was, as it is, and why."""
    actor.require(Action.EDIT_HEALTH_DATA)
    why = _reason(reason)
    now = (now or dt.datetime.now()).replace(microsecond=0)
    with unit_of_work(db) as session:
        visit = session.get(UsageVisit, visit_id)
        if visit is None:
            raise VisitError("not_found")
        before = snapshot(visit)
        when = resolve_time(VisitInput(visited_at=corrected.visited_at or visit.visited_at), now)
        person = resolve_person(session, corrected, when.date())
        known = (
            last_height(session, person.staff_id)
            if person.staff_id is not None and ReadingType.HEIGHT not in corrected.readings
            else None
        )
        results = check_readings(corrected.readings, load_thresholds(session), person.sex, known)
        visit.visited_at = when
        visit.staff_id = person.staff_id
        visit.visitor_name = person.visitor_name
        visit.advice = corrected.advice.strip()
        visit.note = corrected.note.strip()
        visit.entered_late = corrected.entered_late or visit.entered_late
        visit.abnormal = any(r.abnormal for r in results)
        # A type whose value stands as it was keeps its readings (both rounds of a
        # re-measurement); a corrected or new one is stored as typed, one reading.
        kept = {
            m.type
            for m in visit.measurements
            if m.counted and any(r.type.value == m.type and r.value == m.value for r in results)
        }
        for m in [m for m in visit.measurements if m.type not in kept]:
            visit.measurements.remove(m)
        moved = when - before["visited_at"]  # a corrected time moves every reading with it
        for m in visit.measurements:
            m.staff_id, m.measured_at = person.staff_id, m.measured_at + moved
        session.flush()  # the old readings go first, then the corrected ones
        changed = [r for r in results if r.type.value not in kept]
        visit.measurements.extend(measurements_for(changed, person.staff_id, when))
        session.flush()
        session.refresh(visit)  # the items mask is kept by the database
        after = snapshot(visit)
        audit.record(
            session,
            actor,
            AuditAction.UPDATE,
            "usage_visit",
            visit.id,
            before=before,
            after={**after, "why": why},  # "why", not "reason": not health data, never masked
        )
        return _rows(session, [visit.id])[0]


def delete_visit(db: Database, actor: Actor, visit_id: int, reason: str) -> None:
    """Delete a visit recorded by mistake; the audit trail keeps what it was and why."""
    actor.require(Action.EDIT_HEALTH_DATA)
    why = _reason(reason)
    with unit_of_work(db) as session:
        visit = session.get(UsageVisit, visit_id)
        if visit is None:
            raise VisitError("not_found")
        before = snapshot(visit)
        session.delete(visit)
        session.flush()
        audit.record(
            session,
            actor,
            AuditAction.DELETE,
            "usage_visit",
            visit_id,
            before=before,
            after={"why": why},
        )


def record_export(db: Database, actor: Actor, what: str, details: Mapping[str, Any]) -> None:
    """An export of named health data (the printed register) goes into the audit trail."""
    actor.require(Action.READ_HEALTH_DATA)
    with unit_of_work(db) as session:
        audit.record(session, actor, AuditAction.EXPORT, what, after=dict(details))
