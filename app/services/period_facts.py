"""What the period reports print, as plain values: open days, visits, departments, readings,
activities, equipment, stock, follow-ups, the partner hospital, inspections (filled by
app.services.period_summary)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from app.catalogue.codes import ActivityKind, ActivityStatus
from app.domain.periods import Period
from app.domain.ratios import Ratio
from app.domain.targets import IndicatorKey, Target
from app.services.indicator_engine import IndicatorSet
from app.services.inspection_rows import InspectionRow
from app.services.urgent_counts import UrgentCounts


@dataclass(frozen=True)
class OpenDays:
    scheduled_days: int
    scheduled_hours: float
    short_days: int  # scheduled open days under 3 h
    closed_dates: int  # closures entered as exceptions
    logged_open_days: int  # days the day log says the room was opened
    cleaned_days: int
    disinfected_days: int
    # Scheduled against actual (the day log), day by day up to the day the figures are taken:
    # days judged, days with ≥ 3 h scheduled, days the log shows ≥ 3 h open, and the days short
    # on the log (date, scheduled hours, opened, closed, hours open or None when not logged).
    judged_days: int = 0
    scheduled_ok: int = 0
    actual_ok: int = 0
    short_actual: tuple[ShortDay, ...] = ()


@dataclass(frozen=True)
class ShortDay:
    day: dt.date
    scheduled_hours: float
    opened: dt.time | None
    closed: dt.time | None
    hours: float | None  # None: not logged


@dataclass(frozen=True)
class VisitTotals:
    visits: int  # 人次, visitors included
    staff_visits: int
    visitor_visits: int
    distinct_staff: int
    abnormal_visits: int
    entered_late: int  # copied from the paper register afterwards


@dataclass(frozen=True)
class DepartmentFacts:
    department: str
    active: int  # on the roster on the period's last day
    visits: int  # 人次 by this department's staff (whoever was on the roster then)
    visited: int  # active staff with at least one visit
    lecture_expected: int  # Σ over the period's lectures of the department's group members
    lecture_attended: int  # … of whom signed in
    participants: int  # active staff who signed in at any activity of the period

    @property
    def usage(self) -> Ratio:
        return Ratio(self.visited, self.active)

    @property
    def lecture_participation(self) -> Ratio:
        return Ratio(self.lecture_attended, self.lecture_expected)

    @property
    def participation(self) -> Ratio:
        return Ratio(self.participants, self.active)


@dataclass(frozen=True)
class ReadingFacts:
    type: str  # reading type code
    measured: int
    abnormal: int
    flags: dict[str, int]  # flag code -> count (normal excluded; 正常高值 is not abnormal)


@dataclass(frozen=True)
class ActivityFacts:
    id: int
    kind: ActivityKind
    title: str
    starts_at: dt.datetime
    status: ActivityStatus
    speaker: str
    by_partner_hospital: bool
    target_group: str  # department names, empty for all staff
    group: int
    attended: int  # roster staff of the group who signed in
    guests: int
    others: int  # roster staff outside the group who came anyway

    @property
    def participation(self) -> Ratio:
        return Ratio(self.attended, self.group)


@dataclass(frozen=True)
class DeviceEventFacts:
    on_date: dt.date
    asset_no: str
    device: str
    kind: str
    note: str
    cost: float | None


@dataclass(frozen=True)
class StockFacts:
    item: str
    category: str
    unit: str
    received: int
    used: int
    discarded: int
    stock_end: int  # at the period's end (today's stock when it has not ended)
    min_stock: int


@dataclass(frozen=True)
class FollowUpFacts:
    done: int  # follow-ups made in the period
    by_way: dict[str, int]
    people: int  # distinct people followed up
    open_at_end: int  # people whose latest follow-up's next date has passed, no outcome


@dataclass(frozen=True)
class HospitalVisitFacts:
    visited_on: dt.date
    hospital: str
    experts: str
    purposes: str  # codes, comma-separated
    note: str


@dataclass(frozen=True)
class PeriodFacts:
    period: Period
    as_of: dt.date
    active_staff: int
    open_days: OpenDays
    visits: VisitTotals
    departments: tuple[DepartmentFacts, ...]
    readings: tuple[ReadingFacts, ...]
    activities: tuple[ActivityFacts, ...]
    device_events: tuple[DeviceEventFacts, ...]
    stock: tuple[StockFacts, ...]
    follow_ups: FollowUpFacts
    hospital_visits: tuple[HospitalVisitFacts, ...]
    inspections: tuple[InspectionRow, ...]  # received in the period, with their items
    non_participants: int  # active staff who signed in at no activity of the period
    visits_by_month: tuple[tuple[str, int, int], ...] = field(default_factory=tuple)
    # (period code, 人次, distinct staff) per month of the period
    next_activities: tuple[tuple[dt.datetime, str], ...] = field(default_factory=tuple)
    # activities planned in the following period of the same length (for next period's plan)
    pressure_grades: dict[str, int] = field(default_factory=dict)
    # visits with both pressures, by the pair's grade (flag code, normal included)
    urgent: UrgentCounts | None = None  # urgent-value cases opened in the period, no names


@dataclass(frozen=True)
class StaffRef:
    employee_no: str
    name: str
    department: str


@dataclass(frozen=True)
class ReportData:
    """What a report needs: the facts, the indicators of the period and of earlier periods."""

    facts: PeriodFacts
    indicators: IndicatorSet
    trend: tuple[IndicatorSet, ...]  # earlier periods (TREND_KEYS only), oldest first, then
    # the period itself (every key)
    quarters: tuple[IndicatorSet, ...]  # for a year: its quarters
    non_participants: tuple[StaffRef, ...] | None  # the names, only when asked for
    targets: dict[IndicatorKey, Target] = field(default_factory=dict)  # the site's, per year
