"""The indicator engine: every key of DESIGN §2 for any month, quarter or year, with drill-down.

One `IndicatorEngine` works inside one read session and loads what several periods share
(the roster, health files, the open-hours calendar) once, so a report comparing five quarters
costs little more than one. The maths is in `app.domain.indicators`; this module only fetches
rows and lays out the lists behind each figure. Staff are judged by the roster alone: visitors
of the usage register and guests of a sign-in have no staff id and never count.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property

from sqlalchemy import ColumnElement, and_, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from app.db.migrate import Database
from app.db.models import (
    Activity,
    ActivityDepartment,
    Attendance,
    Consumable,
    Department,
    Device,
    DeviceEvent,
    HealthFile,
    HospitalVisit,
    Inspection,
    Notice,
    NoticeReach,
    Staff,
    StockMovement,
    UsageVisit,
)
from app.domain.codes import (
    ActivityKind,
    ActivityStatus,
    DeviceEventKind,
    DeviceStatus,
    Role,
    StockMovementKind,
)
from app.domain.health_file import REQUIRED_FIELDS, missing_fields
from app.domain.indicators import (
    Cell,
    ColumnKind,
    DrillColumn,
    DrillDown,
    IndicatorResult,
    PartResult,
    count_result,
    count_window,
    is_active,
    lowest,
    open_hours_daily,
    participation,
    per_quarter_result,
    period_target,
    rate_result,
    reach,
)
from app.domain.periods import Period, PeriodKind
from app.domain.ratios import Ratio
from app.domain.schedule import OpenHoursCalendar
from app.domain.targets import IndicatorKey, Target
from app.services.actor import Actor
from app.services.indicator_targets import Targets, load_targets
from app.services.open_hours_calendar import load_calendar
from app.services.unit_of_work import read_only

READERS = (Role.CHAIR, Role.ADMIN, Role.TECH)  # the figures: aggregates only
PEOPLE_READERS = (Role.CHAIR, Role.ADMIN)  # the lists behind them name people

K = IndicatorKey
C = ColumnKind
ALL_KEYS: tuple[IndicatorKey, ...] = tuple(IndicatorKey)
HEALTH_FILE_COLUMNS = tuple(f for f in REQUIRED_FIELDS if f not in ("sex", "birth_date"))
NO_FILE = "no_health_file"  # the code shown instead of every health-file field when none exists
INTACT_STATES = {DeviceStatus.IN_SERVICE.value}
GONE_STATES = {DeviceStatus.REPLACED.value, DeviceStatus.RETIRED.value}  # not on the register
EVENT_STATE = {
    DeviceEventKind.REGISTERED.value: DeviceStatus.IN_SERVICE.value,
    DeviceEventKind.REPAIR_STARTED.value: DeviceStatus.UNDER_REPAIR.value,
    DeviceEventKind.REPAIR_FINISHED.value: DeviceStatus.IN_SERVICE.value,
    DeviceEventKind.DAMAGED.value: DeviceStatus.DAMAGED.value,
    DeviceEventKind.LOST.value: DeviceStatus.LOST.value,
    DeviceEventKind.REPLACED.value: DeviceStatus.REPLACED.value,
    DeviceEventKind.RETIRED.value: DeviceStatus.RETIRED.value,
}

STAFF_COLUMNS = (
    DrillColumn("employee_no", C.TEXT),
    DrillColumn("name", C.TEXT),
    DrillColumn("department", C.TEXT),
)


@dataclass(frozen=True)
class StaffInfo:
    id: int
    employee_no: str
    name: str
    department_id: int
    department: str
    sex: str | None
    birth_date: dt.date | None
    hire_date: dt.date | None
    departure_date: dt.date | None

    def active_on(self, day: dt.date) -> bool:
        return is_active(self.hire_date, self.departure_date, day)


@dataclass(frozen=True)
class IndicatorSet:
    """Every indicator of one period, as of a day (periods after it are "in progress")."""

    period: Period
    as_of: dt.date
    results: tuple[IndicatorResult, ...]

    def __getitem__(self, key: IndicatorKey) -> IndicatorResult:
        return next(r for r in self.results if r.key is key)

    def to_json(self) -> dict[str, object]:
        """The `--json` shape of DESIGN §6."""
        return {
            "period": self.period.code,
            "indicators": [
                {
                    "key": r.key.value,
                    "value": r.value,
                    "numerator": r.numerator,
                    "denominator": r.denominator,
                    "target": r.target,
                    "met": r.met,
                }
                for r in self.results
            ],
        }


@dataclass(frozen=True)
class Absentee:
    id: int
    employee_no: str
    name: str
    department: str


@dataclass(frozen=True)
class LectureAbsentees:
    activity_id: int
    title: str
    starts_at: dt.datetime
    group: int
    attended: int
    absent: tuple[Absentee, ...]


def _day_start(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time())


def _between(
    column: InstrumentedAttribute[dt.datetime], first: dt.date, last: dt.date
) -> ColumnElement[bool]:
    """A half-open datetime range covering the days first..last."""
    return and_(column >= _day_start(first), column < _day_start(last + dt.timedelta(days=1)))


class IndicatorEngine:
    """Computes indicators in one session; cheap to ask for several periods."""

    def __init__(
        self,
        session: Session,
        as_of: dt.date,
        targets: Targets | None = None,
        drill: bool = True,
    ) -> None:
        self.session = session
        self.as_of = as_of
        self.targets = targets if targets is not None else load_targets(session)
        self.drill = drill
        self._active: dict[dt.date, list[StaffInfo]] = {}
        self._attendees: dict[int, set[int]] = {}
        self._compute: dict[IndicatorKey, Callable[[Period], IndicatorResult]] = {
            K.OPEN_HOURS_DAILY: self.open_hours_daily,
            K.LECTURES_COUNT: self.lectures_count,
            K.LECTURE_PARTICIPATION: self.lecture_participation,
            K.HEALTH_FILE_COMPLETENESS: self.health_file_completeness,
            K.HEALTH_DATA_UPDATED: self.health_data_updated,
            K.USAGE_RATE: self.usage_rate,
            K.NOTICE_COVERAGE: self.notice_coverage,
            K.EQUIPMENT_INTACT_RATE: self.equipment_intact_rate,
            K.HOSPITAL_VISITS: self.hospital_visits,
            K.CONSUMABLES_REPLENISHED: self.consumables_replenished,
            K.INSPECTIONS: self.inspections,
        }

    def compute(self, period: Period, keys: Iterable[IndicatorKey] = ALL_KEYS) -> IndicatorSet:
        return IndicatorSet(period, self.as_of, tuple(self._compute[k](period) for k in keys))

    def one(self, key: IndicatorKey, period: Period) -> IndicatorResult:
        return self._compute[key](period)

    # --- shared data ------------------------------------------------------------------------

    @cached_property
    def staff(self) -> list[StaffInfo]:
        query = (
            select(
                Staff.id,
                Staff.employee_no,
                Staff.name,
                Staff.department_id,
                Department.name,
                Staff.sex,
                Staff.birth_date,
                Staff.hire_date,
                Staff.departure_date,
            )
            .join(Department, Department.id == Staff.department_id)
            .order_by(Department.name, Staff.employee_no)
        )
        return [StaffInfo(*row) for row in self.session.execute(query)]

    @cached_property
    def staff_by_id(self) -> dict[int, StaffInfo]:
        return {s.id: s for s in self.staff}

    @cached_property
    def calendar(self) -> OpenHoursCalendar:
        return load_calendar(self.session)

    @cached_property
    def health_files(self) -> dict[int, dict[str, object]]:
        columns = [getattr(HealthFile, name) for name in HEALTH_FILE_COLUMNS]
        query = select(HealthFile.staff_id, HealthFile.data_updated_on, *columns)
        files: dict[int, dict[str, object]] = {}
        for staff_id, updated, *values in self.session.execute(query):
            record: dict[str, object] = dict(zip(HEALTH_FILE_COLUMNS, values, strict=True))
            record["data_updated_on"] = updated
            files[staff_id] = record
        return files

    def active(self, day: dt.date) -> list[StaffInfo]:
        """Staff on the roster on `day` (cached: reports ask for the same days many times)."""
        found = self._active.get(day)
        if found is None:
            found = self._active[day] = [s for s in self.staff if s.active_on(day)]
        return found

    @cached_property
    def missing_by_staff(self) -> dict[int, str]:
        """Per person with an incomplete health file, the missing field codes (the files hold
        the latest state only, so this is the same for every period)."""
        out: dict[int, str] = {}
        for s in self.staff:
            record = self.health_files.get(s.id)
            values: dict[str, object] = {"sex": s.sex, "birth_date": s.birth_date}
            if record is not None:
                values.update(record)
            missing = missing_fields(values)
            if missing:
                if record is None:
                    missing = (*(m for m in missing if m in ("sex", "birth_date")), NO_FILE)
                out[s.id] = ",".join(missing)
        return out

    def in_progress(self, period: Period) -> bool:
        return period.last_day >= self.as_of

    def target(self, key: IndicatorKey) -> Target:
        return self.targets[key]

    def _staff_rows(
        self, people: Sequence[StaffInfo], extra: Callable[[StaffInfo], tuple[Cell, ...]]
    ) -> tuple[tuple[tuple[Cell, ...], ...], tuple[int | None, ...]]:
        if not self.drill:
            return (), ()
        rows = tuple((s.employee_no, s.name, s.department, *extra(s)) for s in people)
        return rows, tuple(s.id for s in people)

    # --- the indicators ---------------------------------------------------------------------

    def open_hours_daily(self, period: Period) -> IndicatorResult:
        ratio, short = open_hours_daily(self.calendar, period.first_day, period.last_day)
        drill = DrillDown(
            "short_day",
            (DrillColumn("date", C.DATE), DrillColumn("weekday", C.CODE),
             DrillColumn("hours", C.HOURS)),
            tuple((day, f"weekday_{day.weekday()}", round(hours, 2)) for day, hours in short)
            if self.drill else (),
        )  # fmt: skip
        key = K.OPEN_HOURS_DAILY
        return rate_result(
            key,
            period,
            ratio,
            self.target(key).value,
            self.in_progress(period),
            drill,
            shortfall=len(short),
        )

    def _lectures(self, first: dt.date, last: dt.date) -> list[Activity]:
        query = (
            select(Activity)
            .where(
                Activity.kind == ActivityKind.LECTURE.value,
                Activity.status == ActivityStatus.HELD.value,
                _between(Activity.starts_at, first, last),
            )
            .order_by(Activity.starts_at, Activity.id)
        )
        return list(self.session.scalars(query))

    def lectures_count(self, period: Period) -> IndicatorResult:
        key = K.LECTURES_COUNT
        target = self.target(key)
        first, last = count_window(target, period)
        lectures = self._lectures(first, last)
        drill = DrillDown(
            "lecture",
            (DrillColumn("date", C.DATETIME), DrillColumn("title", C.TEXT),
             DrillColumn("speaker", C.TEXT)),
            tuple((a.starts_at, a.title, a.speaker) for a in lectures) if self.drill else (),
            tuple(a.id for a in lectures) if self.drill else (),
        )  # fmt: skip
        return count_result(
            key, period, len(lectures), period_target(target, period), self.in_progress(period),
            drill,
        )  # fmt: skip

    def lecture_groups(self, lectures: Sequence[Activity]) -> dict[int, set[int] | None]:
        """Per activity, the target departments (None: all staff)."""
        ids = [a.id for a in lectures]
        chosen: dict[int, set[int]] = defaultdict(set)
        for activity_id, department_id in self.session.execute(
            select(ActivityDepartment.activity_id, ActivityDepartment.department_id).where(
                ActivityDepartment.activity_id.in_(ids)
            )
        ):
            chosen[activity_id].add(department_id)
        return {
            a.id: None if a.target_all or not chosen.get(a.id) else chosen[a.id] for a in lectures
        }

    def attendees(self, activity_ids: Sequence[int]) -> dict[int, set[int]]:
        """Roster staff who signed in, per activity (guests have no staff id)."""
        wanted = [i for i in activity_ids if i not in self._attendees]
        if wanted:
            for i in wanted:
                self._attendees[i] = set()
            # Core rows, not ORM ones: a year of sign-ins of a large site is many rows.
            rows = self.session.connection().execute(
                select(Attendance.activity_id, Attendance.staff_id).where(
                    Attendance.activity_id.in_(wanted), Attendance.staff_id.is_not(None)
                )
            )
            for activity_id, staff_id in rows:
                if staff_id is not None:
                    self._attendees[activity_id].add(staff_id)
        return {i: self._attendees[i] for i in activity_ids}

    def target_group(self, day: dt.date, departments: set[int] | None) -> list[StaffInfo]:
        """Staff of the departments (None: everyone) on the roster on `day`; do not modify."""
        active = self.active(day)
        if departments is None:
            return active
        return [s for s in active if s.department_id in departments]

    def activity_participation(
        self, activities: Sequence[Activity]
    ) -> list[tuple[Activity, Ratio, set[int] | None]]:
        """Each activity's participation of its target group on its date."""
        groups = self.lecture_groups(activities)
        present = self.attendees([a.id for a in activities])
        out = []
        for a in activities:
            group = self.target_group(a.starts_at.date(), groups[a.id])
            out.append(
                (a, participation(present.get(a.id, ()), (s.id for s in group)), groups[a.id])
            )
        return out

    def department_names(self, ids: set[int] | None) -> str:
        if ids is None:
            return ""
        names = {s.department_id: s.department for s in self.staff}
        missing = ids - names.keys()
        if missing:
            for dept_id, name in self.session.execute(
                select(Department.id, Department.name).where(Department.id.in_(missing))
            ):
                names[dept_id] = name
        return "、".join(sorted(names[i] for i in ids))

    def lecture_participation(self, period: Period) -> IndicatorResult:
        key = K.LECTURE_PARTICIPATION
        target = self.target(key).value
        judged = self.activity_participation(self._lectures(period.first_day, period.last_day))
        worst = lowest(r for _, r, _ in judged)
        parts = [PartResult(a.title, r.value, r.meets(target)) for a, r, _ in judged]
        drill = DrillDown(
            "lecture",
            (DrillColumn("date", C.DATETIME), DrillColumn("title", C.TEXT),
             DrillColumn("target_group", C.TEXT), DrillColumn("attended", C.COUNT),
             DrillColumn("group_size", C.COUNT), DrillColumn("rate", C.RATE),
             DrillColumn("still_needed", C.COUNT)),
            tuple(
                (a.starts_at, a.title, self.department_names(g), r.numerator, r.denominator,
                 r.value, r.still_needed(target))
                for a, r, g in judged
            ) if self.drill else (),
            tuple(a.id for a, _, _ in judged) if self.drill else (),
        )  # fmt: skip
        return rate_result(key, period, worst, target, self.in_progress(period), drill, parts)

    def health_file_completeness(self, period: Period) -> IndicatorResult:
        key = K.HEALTH_FILE_COMPLETENESS
        people = self.active(period.last_day)
        missing = self.missing_by_staff
        incomplete = [(s, missing[s.id]) for s in people if s.id in missing]
        lookup = dict(incomplete)
        rows, ids = self._staff_rows([s for s, _ in incomplete], lambda s: (lookup[s],))
        drill = DrillDown(
            "staff", (*STAFF_COLUMNS, DrillColumn("missing_fields", C.CODES)), rows, ids
        )  # fmt: skip
        ratio = Ratio(len(people) - len(incomplete), len(people))
        return rate_result(
            key, period, ratio, self.target(key).value, self.in_progress(period), drill
        )

    def health_data_updated(self, period: Period) -> IndicatorResult:
        key = K.HEALTH_DATA_UPDATED
        last = period.last_day
        since = _months_before(last, 12)  # updated after this day: within the last 12 months
        people = self.active(last)
        stale: list[StaffInfo] = []
        updated_on: dict[int, dt.date | None] = {}
        for s in people:
            record = self.health_files.get(s.id)
            day = record.get("data_updated_on") if record else None
            updated_on[s.id] = day if isinstance(day, dt.date) else None
            if not (isinstance(day, dt.date) and since < day <= last):
                stale.append(s)
        rows, ids = self._staff_rows(stale, lambda s: (updated_on[s.id],))
        drill = DrillDown(
            "staff", (*STAFF_COLUMNS, DrillColumn("data_updated_on", C.DATE)), rows, ids
        )
        ratio = Ratio(len(people) - len(stale), len(people))
        return rate_result(
            key, period, ratio, self.target(key).value, self.in_progress(period), drill
        )

    def visitors_in(self, first: dt.date, last: dt.date) -> set[int]:
        """Staff with at least one visit in first..last (visitors have no staff id)."""
        query = (
            select(UsageVisit.staff_id)
            .where(
                UsageVisit.staff_id.is_not(None),
                _between(UsageVisit.visited_at, first, last),
            )
            .distinct()
        )
        return set(self.session.scalars(query))

    def last_visits(self, staff_ids: Sequence[int], before: dt.date) -> dict[int, dt.datetime]:
        if not staff_ids:
            return {}
        query = (
            select(UsageVisit.staff_id, func.max(UsageVisit.visited_at))
            .where(UsageVisit.staff_id.is_not(None), UsageVisit.visited_at < _day_start(before))
            .group_by(UsageVisit.staff_id)
        )
        wanted = set(staff_ids)
        return {sid: at for sid, at in self.session.execute(query) if sid in wanted}

    def usage_rate(self, period: Period) -> IndicatorResult:
        key = K.USAGE_RATE
        people = self.active(period.last_day)
        came = self.visitors_in(period.first_day, period.last_day)
        absent = [s for s in people if s.id not in came]
        last: dict[int, dt.datetime] = {}
        if self.drill:
            last = self.last_visits([s.id for s in absent], period.first_day)
        rows, ids = self._staff_rows(absent, lambda s: (last.get(s.id),))
        drill = DrillDown(
            "staff", (*STAFF_COLUMNS, DrillColumn("last_visit", C.DATETIME)), rows, ids
        )
        ratio = Ratio(len(people) - len(absent), len(people))
        return rate_result(
            key, period, ratio, self.target(key).value, self.in_progress(period), drill
        )

    def notice_coverage(self, period: Period) -> IndicatorResult:
        key = K.NOTICE_COVERAGE
        target = self.target(key).value
        notices = list(
            self.session.scalars(
                select(Notice)
                .where(Notice.issued_on >= period.first_day, Notice.issued_on <= period.last_day)
                .order_by(Notice.issued_on, Notice.id)
            )
        )
        ticks: dict[int, set[int]] = defaultdict(set)
        for notice_id, staff_id in self.session.execute(
            select(NoticeReach.notice_id, NoticeReach.staff_id).where(
                NoticeReach.notice_id.in_([n.id for n in notices])
            )
        ):
            ticks[notice_id].add(staff_id)
        judged: list[tuple[Notice, Ratio]] = []
        for n in notices:
            active = {s.id for s in self.active(n.issued_on)}
            if n.id in ticks:  # a tick list: only staff on the roster that day count
                ratio = Ratio(len(ticks[n.id] & active), len(active))
            else:
                ratio = reach(n.reached_count or 0, len(active))
            judged.append((n, ratio))
        drill = DrillDown(
            "notice",
            (DrillColumn("date", C.DATE), DrillColumn("title", C.TEXT),
             DrillColumn("channel", C.CODE), DrillColumn("reached", C.COUNT),
             DrillColumn("active_staff", C.COUNT), DrillColumn("rate", C.RATE),
             DrillColumn("still_needed", C.COUNT)),
            tuple(
                (n.issued_on, n.title, n.channel, r.numerator, r.denominator, r.value,
                 r.still_needed(target))
                for n, r in judged
            ) if self.drill else (),
            tuple(n.id for n, _ in judged) if self.drill else (),
        )  # fmt: skip
        parts = [PartResult(n.title, r.value, r.meets(target)) for n, r in judged]
        worst = lowest(r for _, r in judged)
        return rate_result(key, period, worst, target, self.in_progress(period), drill, parts)

    def device_states(self, day: dt.date) -> list[tuple[Device, str, dt.date | None]]:
        """Each device on the register on `day` with its state and since when.

        The state comes from the lifecycle events up to `day`; today's figures (a period that
        has not ended) use the device's current status, which the events keep up to date.
        """
        devices = list(self.session.scalars(select(Device).order_by(Device.asset_no)))
        history: dict[int, list[tuple[dt.date, str]]] = defaultdict(list)
        for device_id, kind, on_date in self.session.execute(
            select(DeviceEvent.device_id, DeviceEvent.kind, DeviceEvent.on_date)
            .where(DeviceEvent.kind.in_(list(EVENT_STATE)))
            .order_by(DeviceEvent.on_date, DeviceEvent.id)
        ):
            history[device_id].append((on_date, EVENT_STATE[kind]))
        current = day >= self.as_of
        out: list[tuple[Device, str, dt.date | None]] = []
        since: dt.date | None
        for device in devices:
            events = history.get(device.id, [])
            if events:
                known = [(d, state) for d, state in events if d <= day]
                if not known:
                    continue  # registered later
                since, state = known[-1]
                if current:
                    state = device.status
            else:
                if device.purchase_date is not None and device.purchase_date > day:
                    continue
                since, state = device.purchase_date, device.status
            if state not in GONE_STATES:
                out.append((device, state, since))
        return out

    def equipment_intact_rate(self, period: Period) -> IndicatorResult:
        key = K.EQUIPMENT_INTACT_RATE
        states = self.device_states(period.last_day)
        broken = [(d, state, since) for d, state, since in states if state not in INTACT_STATES]
        drill = DrillDown(
            "device",
            (DrillColumn("asset_no", C.TEXT), DrillColumn("device", C.TEXT),
             DrillColumn("status", C.CODE), DrillColumn("since", C.DATE)),
            tuple((d.asset_no, d.name, state, since) for d, state, since in broken)
            if self.drill else (),
            tuple(d.id for d, _, _ in broken) if self.drill else (),
        )  # fmt: skip
        ratio = Ratio(len(states) - len(broken), len(states))
        return rate_result(
            key, period, ratio, self.target(key).value, self.in_progress(period), drill,
            shortfall=len(broken),
        )  # fmt: skip

    def _per_quarter(
        self,
        key: IndicatorKey,
        period: Period,
        events: Callable[[dt.date, dt.date], list[tuple[dt.date, tuple[Cell, ...], int]]],
        subject: str,
        columns: tuple[DrillColumn, ...],
    ) -> IndicatorResult:
        """A count judged per quarter (see app.domain.indicators)."""
        target = self.target(key)
        first, last = count_window(target, period)
        found = events(first, last)
        drill = DrillDown(
            subject,
            (DrillColumn("date", C.DATE), *columns),
            tuple((day, *cells) for day, cells, _ in found) if self.drill else (),
            tuple(i for _, _, i in found) if self.drill else (),
        )
        if period.kind is PeriodKind.YEAR:
            counts = [
                (q, sum(1 for day, _, _ in found if q.contains(day))) for q in period.quarters()
            ]
            return per_quarter_result(key, period, counts, target, self.in_progress(period), drill)
        return count_result(
            key, period, len(found), period_target(target, period), self.in_progress(period),
            drill,
        )  # fmt: skip

    def _hospital_visits(
        self, first: dt.date, last: dt.date
    ) -> list[tuple[dt.date, tuple[Cell, ...], int]]:
        rows = self.session.execute(
            select(
                HospitalVisit.id,
                HospitalVisit.visited_on,
                HospitalVisit.hospital,
                HospitalVisit.experts,
                HospitalVisit.purposes,
            )
            .where(HospitalVisit.visited_on >= first, HospitalVisit.visited_on <= last)
            .order_by(HospitalVisit.visited_on, HospitalVisit.id)
        )
        return [
            (day, (hospital, purposes, experts), i) for i, day, hospital, experts, purposes in rows
        ]

    def hospital_visits(self, period: Period) -> IndicatorResult:
        return self._per_quarter(
            K.HOSPITAL_VISITS, period, self._hospital_visits, "hospital_visit",
            (DrillColumn("hospital", C.TEXT), DrillColumn("purposes", C.CODES),
             DrillColumn("experts", C.TEXT)),
        )  # fmt: skip

    def _replenishments(
        self, first: dt.date, last: dt.date
    ) -> list[tuple[dt.date, tuple[Cell, ...], int]]:
        """Days consumables were received: one delivery of several items is one replenishment."""
        by_day: dict[dt.date, list[tuple[str, int, str, str | None]]] = defaultdict(list)
        first_id: dict[dt.date, int] = {}
        for movement_id, day, name, quantity, unit, source in self.session.execute(
            select(
                StockMovement.id,
                StockMovement.on_date,
                Consumable.name,
                StockMovement.quantity,
                Consumable.unit,
                StockMovement.source,
            )
            .join(Consumable, Consumable.id == StockMovement.consumable_id)
            .where(
                StockMovement.kind == StockMovementKind.RECEIVED.value,
                StockMovement.on_date >= first,
                StockMovement.on_date <= last,
            )
            .order_by(StockMovement.on_date, StockMovement.id)
        ):
            by_day[day].append((name, quantity, unit, source))
            first_id.setdefault(day, movement_id)
        out: list[tuple[dt.date, tuple[Cell, ...], int]] = []
        for day, items in by_day.items():
            text = "、".join(f"{name} {qty}{unit}" for name, qty, unit, _ in items)
            sources = ",".join(dict.fromkeys(src for *_, src in items if src))
            out.append((day, (text, sources), first_id[day]))
        return out

    def consumables_replenished(self, period: Period) -> IndicatorResult:
        return self._per_quarter(
            K.CONSUMABLES_REPLENISHED, period, self._replenishments, "replenishment",
            (DrillColumn("items", C.TEXT), DrillColumn("source", C.CODES)),
        )  # fmt: skip

    def inspections(self, period: Period) -> IndicatorResult:
        key = K.INSPECTIONS
        target = self.target(key)
        first, last = count_window(target, period)
        found = list(
            self.session.execute(
                select(
                    Inspection.id,
                    Inspection.inspected_on,
                    Inspection.inspectors,
                    Inspection.score,
                    Inspection.findings,
                )
                .where(Inspection.inspected_on >= first, Inspection.inspected_on <= last)
                .order_by(Inspection.inspected_on, Inspection.id)
            )
        )
        drill = DrillDown(
            "inspection",
            (DrillColumn("date", C.DATE), DrillColumn("inspectors", C.TEXT),
             DrillColumn("score", C.COUNT), DrillColumn("findings", C.TEXT)),
            tuple((day, who, score, findings) for _, day, who, score, findings in found)
            if self.drill else (),
            tuple(i for i, *_ in found) if self.drill else (),
        )  # fmt: skip
        return count_result(
            key, period, len(found), period_target(target, period), self.in_progress(period),
            drill,
        )  # fmt: skip

    # --- the people behind a lecture ----------------------------------------------------

    def lecture_absentees(self, activity_id: int) -> LectureAbsentees | None:
        activity = self.session.get(Activity, activity_id)
        if activity is None:
            return None
        ((_, ratio, groups),) = self.activity_participation([activity])
        group = self.target_group(activity.starts_at.date(), groups)
        present = self.attendees([activity_id]).get(activity_id, set())
        absent = tuple(
            Absentee(s.id, s.employee_no, s.name, s.department)
            for s in group
            if s.id not in present
        )
        return LectureAbsentees(
            activity.id, activity.title, activity.starts_at, ratio.denominator, ratio.numerator,
            absent,
        )  # fmt: skip


def _months_before(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    for last in (31, 30, 29, 28):
        try:
            return dt.date(year, month + 1, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")


# --- the use cases ---------------------------------------------------------------------------


def _require(actor: Actor, drill: bool) -> None:
    if drill:
        actor.require("see the lists behind the indicators", *PEOPLE_READERS)
    else:
        actor.require("read the indicators", *READERS)


def compute_indicators(
    db: Database,
    actor: Actor,
    period: Period,
    as_of: dt.date | None = None,
    keys: Iterable[IndicatorKey] = ALL_KEYS,
    drill: bool = True,
) -> IndicatorSet:
    """Every indicator (or `keys`) of `period`; `drill` adds the lists behind them."""
    _require(actor, drill)
    with read_only(db) as session:
        engine = IndicatorEngine(session, as_of or dt.date.today(), drill=drill)
        return engine.compute(period, keys)


def compute_periods(
    db: Database,
    actor: Actor,
    periods: Sequence[Period],
    as_of: dt.date | None = None,
    keys: Iterable[IndicatorKey] = ALL_KEYS,
    drill: bool = False,
) -> list[IndicatorSet]:
    """Several periods in one session (trends, the overview's quarter and year)."""
    _require(actor, drill)
    wanted = tuple(keys)
    with read_only(db) as session:
        engine = IndicatorEngine(session, as_of or dt.date.today(), drill=drill)
        return [engine.compute(p, wanted) for p in periods]


def lecture_absentees(db: Database, actor: Actor, activity_id: int) -> LectureAbsentees | None:
    """Who of a lecture's target group did not sign in (the people to invite next time)."""
    actor.require("see who missed a lecture", *PEOPLE_READERS)
    with read_only(db) as session:
        return IndicatorEngine(session, dt.date.today()).lecture_absentees(activity_id)
