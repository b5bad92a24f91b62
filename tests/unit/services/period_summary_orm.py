"""The reference for `app.services.period_summary`: the period's facts as the reports read
them through the ORM before they moved to SQL text (its queries kept as they were, with those
of the inspections and urgent cases it called), so a test can hold the two side by side."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Callable

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session, selectinload

from app.catalogue.codes import (
    ActivityKind,
    ActivityStatus,
    ExceptionKind,
    InspectionBody,
    RectificationStatus,
    StockMovementKind,
)
from app.catalogue.readings import Flag, is_abnormal, pair_flag
from app.db.migrate import Database
from app.db.models import (
    Activity,
    Attendance,
    Consumable,
    Device,
    DeviceEvent,
    FollowUp,
    HospitalVisit,
    Inspection,
    Measurement,
    RectificationItem,
    RoomDayLog,
    ScheduleException,
    Staff,
    StockMovement,
    UrgentCase,
    UsageVisit,
)
from app.db.rows import Rows
from app.domain.indicators import open_hours_actual
from app.domain.periods import Period
from app.domain.permissions import Action
from app.domain.readings import ReadingType
from app.domain.targets import MIN_OPEN_HOURS_PER_DAY, IndicatorKey
from app.services import department_order
from app.services.actor import Actor
from app.services.indicator_basis import StaffInfo
from app.services.indicators import (
    IndicatorEngine,
    IndicatorSet,
)
from app.services.inspection_rows import InspectionRow, ItemRow
from app.services.period_facts import (
    ActivityFacts,
    DepartmentFacts,
    DeviceEventFacts,
    FollowUpFacts,
    HospitalVisitFacts,
    OpenDays,
    PeriodFacts,
    ReadingFacts,
    ReportData,
    ShortDay,
    StaffRef,
    StockFacts,
    VisitTotals,
)
from app.services.unit_of_work import read_only
from app.services.urgent_counts import UrgentCounts

Progress = Callable[[int, str], None]
# What the reports follow over earlier periods (the rest is only computed for the period itself).
TREND_KEYS = (IndicatorKey.USAGE_RATE, IndicatorKey.LECTURE_PARTICIPATION)


def _quiet(_percent: int, _stage: str) -> None:
    """No progress wanted."""


def _start(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time())


def _end(day: dt.date) -> dt.datetime:
    return _start(day + dt.timedelta(days=1))


class PeriodSummary:
    """The queries behind the facts, in the engine's session."""

    def __init__(self, engine: IndicatorEngine, session: Session) -> None:
        self.engine = engine
        self.session = session

    def open_days(self, period: Period) -> OpenDays:
        calendar = self.engine.calendar
        first, last = period.first_day, period.last_day
        days = calendar.open_days(first, last)
        hours = [calendar.hours_on(d) for d in days]
        closures = self.session.scalar(
            select(func.count(ScheduleException.id)).where(
                ScheduleException.kind == ExceptionKind.CLOSED.value,
                ScheduleException.on_date.between(first, last),
            )
        )
        opened, cleaned, disinfected = self.session.execute(
            select(
                func.count(RoomDayLog.opened_at),
                func.sum(case((RoomDayLog.cleaned.is_(True), 1), else_=0)),
                func.sum(case((RoomDayLog.disinfected.is_(True), 1), else_=0)),
            ).where(RoomDayLog.day.between(first, last))
        ).one()
        logged = {
            day: (opened_at, closed_at)
            for day, opened_at, closed_at in self.session.execute(
                select(RoomDayLog.day, RoomDayLog.opened_at, RoomDayLog.closed_at).where(
                    RoomDayLog.day.between(first, last)
                )
            )
        }
        actual, short = open_hours_actual(calendar, logged, first, last, self.engine.as_of)
        judged = calendar.open_days(first, min(last, self.engine.as_of))[: actual.denominator]
        return OpenDays(
            judged_days=actual.denominator,
            scheduled_ok=sum(
                1 for d in judged if calendar.hours_on(d) >= MIN_OPEN_HOURS_PER_DAY - 1e-9
            ),
            actual_ok=actual.numerator,
            short_actual=tuple(
                ShortDay(day, scheduled, *logged.get(day, (None, None)), hours)
                for day, scheduled, hours in short
            ),
            scheduled_days=len(days),
            scheduled_hours=round(sum(hours), 2),
            short_days=sum(1 for h in hours if h < MIN_OPEN_HOURS_PER_DAY - 1e-9),
            closed_dates=int(closures or 0),
            logged_open_days=int(opened or 0),
            cleaned_days=int(cleaned or 0),
            disinfected_days=int(disinfected or 0),
        )

    def visit_totals(self, period: Period) -> VisitTotals:
        row = self.session.execute(
            select(
                func.count(UsageVisit.id),
                func.count(UsageVisit.staff_id),
                func.count(func.distinct(UsageVisit.staff_id)),
                func.sum(case((UsageVisit.abnormal.is_(True), 1), else_=0)),
                func.sum(case((UsageVisit.entered_late.is_(True), 1), else_=0)),
            ).where(
                UsageVisit.visited_at >= _start(period.first_day),
                UsageVisit.visited_at < _end(period.last_day),
            )
        ).one()
        visits, staff_visits, distinct, abnormal, late = (int(v or 0) for v in row)
        return VisitTotals(
            visits, staff_visits, visits - staff_visits, distinct, abnormal, late
        )  # fmt: skip

    def visits_by_staff(self, period: Period) -> dict[int, int]:
        rows = self.session.execute(
            select(UsageVisit.staff_id, func.count(UsageVisit.id))
            .where(
                UsageVisit.staff_id.is_not(None),
                UsageVisit.visited_at >= _start(period.first_day),
                UsageVisit.visited_at < _end(period.last_day),
            )
            .group_by(UsageVisit.staff_id)
        )
        return {staff_id: n for staff_id, n in rows if staff_id is not None}

    def visits_by_month(self, period: Period) -> tuple[tuple[str, int, int], ...]:
        month = func.strftime("%Y-%m", UsageVisit.visited_at)
        rows = dict(
            (m, (int(n), int(d)))
            for m, n, d in self.session.execute(
                select(
                    month, func.count(UsageVisit.id), func.count(func.distinct(UsageVisit.staff_id))
                )
                .where(
                    UsageVisit.visited_at >= _start(period.first_day),
                    UsageVisit.visited_at < _end(period.last_day),
                )
                .group_by(month)
            )
        )
        return tuple((m.code, *rows.get(m.code, (0, 0))) for m in period.month_periods())

    def readings(self, period: Period) -> tuple[ReadingFacts, ...]:
        rows = self.session.execute(
            select(Measurement.type, Measurement.flag, func.count(Measurement.id))
            .where(
                Measurement.measured_at >= _start(period.first_day),
                Measurement.measured_at < _end(period.last_day),
                Measurement.counted,  # a re-measured type once: its result
            )
            .group_by(Measurement.type, Measurement.flag)
        )
        measured: Counter[str] = Counter()
        flags: dict[str, Counter[str]] = defaultdict(Counter)
        for rtype, flag, n in rows:
            measured[rtype] += n
            if flag != Flag.NORMAL:
                flags[rtype][flag] += n
        return tuple(
            ReadingFacts(
                t.value,
                measured[t.value],
                sum(n for f, n in flags[t.value].items() if is_abnormal(Flag(f))),
                dict(flags[t.value]),
            )
            for t in ReadingType
            if measured[t.value]
        )

    def pressure_grades(self, period: Period) -> dict[str, int]:
        """Visits by the grade of their blood-pressure pair (the higher arm's)."""
        arms: dict[int, dict[str, Flag]] = defaultdict(dict)
        for visit_id, rtype, flag in self.session.execute(
            select(Measurement.visit_id, Measurement.type, Measurement.flag)
            .where(
                Measurement.measured_at >= _start(period.first_day),
                Measurement.measured_at < _end(period.last_day),
                Measurement.type.in_([ReadingType.SYSTOLIC.value, ReadingType.DIASTOLIC.value]),
                Measurement.counted,
            )
            .order_by(Measurement.id)
        ):
            arms[visit_id][rtype] = Flag(flag)  # a later reading of the visit wins
        grades: Counter[str] = Counter()
        for pair in arms.values():
            if len(pair) == 2:
                grades[pair_flag(pair["systolic"], pair["diastolic"]).value] += 1
        return dict(grades)

    def activities(
        self, period: Period
    ) -> tuple[tuple[ActivityFacts, ...], set[int], dict[int, list[int]]]:
        """Every activity of the period (in the register's order); the staff who signed in at a
        held one; and per department [group members, of whom signed in] over held lectures."""
        engine = self.engine
        activities = list(
            self.session.scalars(
                select(Activity)
                .where(
                    Activity.starts_at >= _start(period.first_day),
                    Activity.starts_at < _end(period.last_day),
                )
                .order_by(Activity.starts_at, Activity.id)
            )
        )
        groups = engine.lecture_groups(activities)
        present = engine.attendees([a.id for a in activities])
        guests = dict(
            self.session.execute(
                select(Attendance.activity_id, func.count(Attendance.id))
                .where(
                    Attendance.activity_id.in_([a.id for a in activities]),
                    Attendance.staff_id.is_(None),
                )
                .group_by(Attendance.activity_id)
            ).all()
        )
        came: set[int] = set()
        out = []
        lectures: dict[int, list[int]] = defaultdict(lambda: [0, 0])
        for a in activities:
            status = ActivityStatus(a.status)
            members = engine.target_group_ids(a.starts_at.date(), groups[a.id])
            here = present.get(a.id, set())
            if status is ActivityStatus.HELD:
                came |= here
                if a.kind == ActivityKind.LECTURE.value:
                    for staff_id in members:
                        tally = lectures[engine.staff_by_id[staff_id].department_id]
                        tally[0] += 1
                        tally[1] += staff_id in here
            out.append(
                ActivityFacts(
                    id=a.id,
                    kind=ActivityKind(a.kind),
                    title=a.title,
                    starts_at=a.starts_at,
                    status=status,
                    speaker=a.speaker,
                    by_partner_hospital=a.by_partner_hospital,
                    target_group=engine.department_names(groups[a.id]),
                    group=len(members),
                    attended=len(members & here),
                    guests=int(guests.get(a.id, 0)),
                    others=len(here - members),
                )
            )
        return tuple(out), came, lectures

    def departments(
        self,
        period: Period,
        active: list[StaffInfo],
        came: set[int],
        lectures: dict[int, list[int]],
    ) -> tuple[DepartmentFacts, ...]:
        visits = self.visits_by_staff(period)
        visits_by_dept: Counter[int] = Counter()
        for staff_id, n in visits.items():
            person = self.engine.staff_by_id.get(staff_id)
            if person is not None:
                visits_by_dept[person.department_id] += n
        names: dict[int, str] = {}
        members: dict[int, list[StaffInfo]] = defaultdict(list)
        for s in self.engine.staff:
            names[s.department_id] = s.department
        for s in active:
            members[s.department_id].append(s)
        rows = []
        in_order = department_order.sort_key(self.session)
        for dept_id in sorted(names, key=lambda d: in_order(names[d])):
            people = members.get(dept_id, [])
            if not people and not visits_by_dept[dept_id]:
                continue
            expected, attended = lectures.get(dept_id, [0, 0])
            rows.append(
                DepartmentFacts(
                    department=names[dept_id],
                    active=len(people),
                    visits=visits_by_dept[dept_id],
                    visited=sum(1 for s in people if s.id in visits),
                    lecture_expected=expected,
                    lecture_attended=attended,
                    participants=sum(1 for s in people if s.id in came),
                )
            )
        return tuple(rows)

    def device_events(self, period: Period) -> tuple[DeviceEventFacts, ...]:
        rows = self.session.execute(
            select(DeviceEvent, Device.asset_no, Device.name)
            .join(Device, Device.id == DeviceEvent.device_id)
            .where(DeviceEvent.on_date.between(period.first_day, period.last_day))
            .order_by(DeviceEvent.on_date, DeviceEvent.id)
        )
        return tuple(
            DeviceEventFacts(e.on_date, asset_no, name, e.kind, e.note, e.cost)
            for e, asset_no, name in rows
        )

    def stock(self, period: Period) -> tuple[StockFacts, ...]:
        moved: dict[tuple[int, str], int] = {}
        after: Counter[int] = Counter()  # net movement after the period: undo it for the end stock
        for consumable_id, kind, in_period, quantity in self.session.execute(
            select(
                StockMovement.consumable_id,
                StockMovement.kind,
                StockMovement.on_date <= period.last_day,
                func.sum(StockMovement.quantity),
            )
            .where(StockMovement.on_date >= period.first_day)
            .group_by(
                StockMovement.consumable_id,
                StockMovement.kind,
                StockMovement.on_date <= period.last_day,
            )
        ):
            quantity = int(quantity or 0)
            if in_period:
                moved[(consumable_id, kind)] = quantity
            else:
                after[consumable_id] += (
                    quantity if kind == StockMovementKind.RECEIVED.value else -quantity
                )
        out = []
        for c in self.session.scalars(
            select(Consumable).order_by(Consumable.category, Consumable.name)
        ):
            received = moved.get((c.id, StockMovementKind.RECEIVED.value), 0)
            used = moved.get((c.id, StockMovementKind.USED.value), 0)
            discarded = moved.get((c.id, StockMovementKind.DISCARDED.value), 0)
            out.append(
                StockFacts(
                    c.name, c.category, c.unit, received, used, discarded,
                    c.stock - after[c.id], c.min_stock,
                )
            )  # fmt: skip
        return tuple(out)

    def follow_ups(self, period: Period) -> FollowUpFacts:
        first, last = period.first_day, period.last_day
        rows = self.session.execute(
            select(
                FollowUp.way, func.count(FollowUp.id), func.count(func.distinct(FollowUp.staff_id))
            )
            .where(FollowUp.on_date.between(first, last))
            .group_by(FollowUp.way)
        ).all()
        people = self.session.scalar(
            select(func.count(func.distinct(FollowUp.staff_id))).where(
                FollowUp.on_date.between(first, last)
            )
        )
        latest = (
            select(FollowUp.staff_id, func.max(FollowUp.id).label("last_id"))
            .where(FollowUp.on_date <= last)
            .group_by(FollowUp.staff_id)
            .subquery()
        )
        open_at_end = self.session.scalar(
            select(func.count(FollowUp.id))
            .join(latest, latest.c.last_id == FollowUp.id)
            .join(Staff, Staff.id == FollowUp.staff_id)
            .where(
                FollowUp.next_date.is_not(None),
                FollowUp.next_date <= last,
                FollowUp.outcome == "",
                (Staff.departure_date.is_(None)) | (Staff.departure_date > last),
            )
        )
        return FollowUpFacts(
            done=sum(int(n) for _, n, _ in rows),
            by_way={way: int(n) for way, n, _ in rows},
            people=int(people or 0),
            open_at_end=int(open_at_end or 0),
        )

    def hospital_visits(self, period: Period) -> tuple[HospitalVisitFacts, ...]:
        rows = self.session.scalars(
            select(HospitalVisit)
            .where(HospitalVisit.visited_on.between(period.first_day, period.last_day))
            .order_by(HospitalVisit.visited_on, HospitalVisit.id)
        )
        return tuple(
            HospitalVisitFacts(v.visited_on, v.hospital, v.experts, v.purposes, v.note)
            for v in rows
        )

    def next_activities(self, period: Period) -> tuple[tuple[dt.datetime, str], ...]:
        following = period.next()
        rows = self.session.execute(
            select(Activity.starts_at, Activity.title)
            .where(
                Activity.status == ActivityStatus.PLANNED.value,
                Activity.starts_at >= _start(following.first_day),
                Activity.starts_at < _end(following.last_day),
            )
            .order_by(Activity.starts_at)
        )
        return tuple((at, title) for at, title in rows)

    def inspections(self, period: Period) -> tuple[InspectionRow, ...]:
        query = (
            select(Inspection)
            .where(
                Inspection.inspected_on >= period.first_day,
                Inspection.inspected_on <= period.last_day,
            )
            .options(selectinload(Inspection.items))
            .order_by(Inspection.inspected_on, Inspection.id)
        )
        return tuple(_inspection(i) for i in self.session.scalars(query))

    def urgent(self, start: dt.datetime, end: dt.datetime) -> UrgentCounts:
        cases = self.session.execute(
            select(UrgentCase.types, UrgentCase.action, UrgentCase.closed_at).where(
                UrgentCase.opened_at >= start, UrgentCase.opened_at < end
            )
        ).all()
        closed = [action or "" for _types, action, closed_at in cases if closed_at is not None]
        by_type = Counter(t for types, _a, _c in cases for t in types.split(",") if t)
        return UrgentCounts(
            len(cases), len(closed), len(cases) - len(closed), dict(Counter(closed)), dict(by_type)
        )

    def facts(
        self, period: Period, progress: Progress = _quiet
    ) -> tuple[PeriodFacts, list[StaffInfo]]:
        """The facts, and the active staff who came to no activity (for the names list)."""
        active = self.engine.active(period.last_day)
        progress(10, "open_hours")
        open_days = self.open_days(period)
        progress(15, "visits")
        totals = self.visit_totals(period)
        by_month = self.visits_by_month(period)
        progress(25, "readings")
        readings = self.readings(period)
        progress(35, "activities")
        activities, came, lectures = self.activities(period)
        progress(45, "departments")
        departments = self.departments(period, active, came, lectures)
        progress(55, "equipment")
        absent = [s for s in active if s.id not in came]
        facts = PeriodFacts(
            period=period,
            as_of=self.engine.as_of,
            active_staff=len(active),
            open_days=open_days,
            visits=totals,
            departments=departments,
            readings=readings,
            activities=activities,
            device_events=self.device_events(period),
            stock=self.stock(period),
            follow_ups=self.follow_ups(period),
            hospital_visits=self.hospital_visits(period),
            inspections=self.inspections(period),
            non_participants=len(absent),
            visits_by_month=by_month,
            next_activities=self.next_activities(period),
            pressure_grades=self.pressure_grades(period),
            urgent=self.urgent(_start(period.first_day), _end(period.last_day)),
        )
        return facts, absent


def _item(item: RectificationItem) -> ItemRow:
    return ItemRow(
        item.id, item.inspection_id, item.description, item.responsible, item.deadline,
        RectificationStatus(item.status), item.done_on, item.done_note, item.county_ref,
    )  # fmt: skip


def _inspection(inspection: Inspection) -> InspectionRow:
    items = sorted(inspection.items, key=lambda i: i.id)
    return InspectionRow(
        inspection.id, inspection.inspected_on, InspectionBody(inspection.body),
        inspection.inspectors, inspection.findings, inspection.score,
        tuple(_item(i) for i in items), inspection.county_ref,
    )  # fmt: skip


def report_data(
    db: Database,
    actor: Actor,
    period: Period,
    as_of: dt.date | None = None,
    trend: int = 0,
    names: bool = False,
    progress: Progress = _quiet,
) -> ReportData:
    """Everything a report of `period` prints: facts, indicators, `trend` earlier periods of
    the same kind, the quarters of a year; and, when `names`, who came to no activity."""
    actor.require(Action.READ_INDICATORS)
    if names:
        actor.require(Action.READ_PEOPLE_BEHIND_FIGURES)
    with read_only(db) as session:
        engine = IndicatorEngine(Rows.of_session(session), as_of or dt.date.today(), drill=names)
        summary = PeriodSummary(engine, session)
        progress(5, "roster")
        facts, absent = summary.facts(period, progress)
        progress(65, "indicators")
        indicators = engine.compute(period)
        progress(75, "trend")
        earlier = tuple(engine.compute(p, TREND_KEYS) for p in period.previous_periods(trend))
        quarters: tuple[IndicatorSet, ...] = ()
        if period.kind.value == "year":
            quarters = tuple(engine.compute(q) for q in period.quarters())
        progress(85, "layout")
        people = (
            tuple(StaffRef(s.employee_no, s.name, s.department) for s in absent) if names else None
        )
        return ReportData(
            facts, indicators, (*earlier, indicators), quarters, people, dict(engine.targets)
        )
