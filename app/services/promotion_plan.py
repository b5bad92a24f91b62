"""The annual health promotion plan (年度健康促进计划) with its quarterly schedule, and how the
year went against it: each planned item with the activities recorded under it, activities held
without a plan item, and the partner hospital's visits per quarter (target: one a quarter)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from app.catalogue.codes import ActivityKind, ActivityStatus, AuditAction
from app.db.migrate import Database
from app.db.models import Activity, HospitalVisit, PlanItem
from app.domain.permissions import Action
from app.domain.targets import DEFAULT_TARGETS, IndicatorKey
from app.services import audit
from app.services.actor import Actor
from app.services.unit_of_work import read_only, unit_of_work

HOSPITAL_VISITS_PER_QUARTER = int(DEFAULT_TARGETS[IndicatorKey.HOSPITAL_VISITS].value)
LECTURES_PER_YEAR = int(DEFAULT_TARGETS[IndicatorKey.LECTURES_COUNT].value)


class PlanError(ValueError):
    def __init__(self, field: str, code: str) -> None:
        super().__init__(f"{field}: {code}")
        self.field = field
        self.code = code  # required, quarter, year, not_found


@dataclass(frozen=True)
class PlanItemInput:
    year: int
    quarter: int
    kind: ActivityKind
    title: str
    note: str = ""


@dataclass(frozen=True)
class LinkedActivity:
    id: int
    title: str
    starts_at: dt.datetime
    status: ActivityStatus
    kind: ActivityKind = ActivityKind.OTHER


@dataclass(frozen=True)
class PlanItemRow:
    id: int
    year: int
    quarter: int
    kind: ActivityKind
    title: str
    note: str
    activities: tuple[LinkedActivity, ...] = ()

    @property
    def done(self) -> bool:
        return any(a.status is ActivityStatus.HELD for a in self.activities)


@dataclass(frozen=True)
class QuarterPlan:
    quarter: int
    items: tuple[PlanItemRow, ...]
    unplanned: tuple[LinkedActivity, ...]  # held in the quarter without a plan item
    hospital_visits: int
    lectures_held: int

    @property
    def done(self) -> int:
        return sum(1 for i in self.items if i.done)


@dataclass(frozen=True)
class YearPlan:
    year: int
    quarters: tuple[QuarterPlan, ...]

    @property
    def lectures_held(self) -> int:
        return sum(q.lectures_held for q in self.quarters)

    @property
    def items(self) -> int:
        return sum(len(q.items) for q in self.quarters)

    @property
    def done(self) -> int:
        return sum(q.done for q in self.quarters)


def quarter_of(day: dt.date) -> int:
    return (day.month - 1) // 3 + 1


def _quarter_bounds(year: int, quarter: int) -> tuple[dt.date, dt.date]:
    start = dt.date(year, 3 * quarter - 2, 1)
    end = dt.date(year + 1, 1, 1) if quarter == 4 else dt.date(year, 3 * quarter + 1, 1)
    return start, end


def _linked(a: Activity) -> LinkedActivity:
    return LinkedActivity(
        a.id, a.title, a.starts_at, ActivityStatus(a.status), ActivityKind(a.kind)
    )


def year_plan(db: Database, actor: Actor, year: int) -> YearPlan:
    actor.require(Action.READ_ACTIVITIES)
    with read_only(db) as session:
        items = list(
            session.scalars(
                select(PlanItem)
                .where(PlanItem.year == year)
                .order_by(PlanItem.quarter, PlanItem.id)
            )
        )
        linked: dict[int, list[LinkedActivity]] = {}
        if items:
            for a in session.scalars(
                select(Activity)
                .where(Activity.plan_item_id.in_([i.id for i in items]))
                .order_by(Activity.starts_at)
            ):
                linked.setdefault(a.plan_item_id or 0, []).append(_linked(a))
        quarters = []
        for quarter in range(1, 5):
            start, end = _quarter_bounds(year, quarter)
            in_quarter = (
                Activity.starts_at >= dt.datetime.combine(start, dt.time()),
                Activity.starts_at < dt.datetime.combine(end, dt.time()),
            )
            unplanned = tuple(
                _linked(a)
                for a in session.scalars(
                    select(Activity)
                    .where(
                        *in_quarter,
                        Activity.plan_item_id.is_(None),
                        Activity.status == ActivityStatus.HELD.value,
                    )
                    .order_by(Activity.starts_at)
                )
            )
            visits = session.scalar(
                select(func.count(HospitalVisit.id)).where(
                    HospitalVisit.visited_on >= start, HospitalVisit.visited_on < end
                )
            )
            lectures = session.scalar(
                select(func.count(Activity.id)).where(
                    *in_quarter,
                    Activity.kind == ActivityKind.LECTURE.value,
                    Activity.status == ActivityStatus.HELD.value,
                )
            )
            quarters.append(
                QuarterPlan(
                    quarter=quarter,
                    items=tuple(
                        PlanItemRow(
                            i.id,
                            i.year,
                            i.quarter,
                            ActivityKind(i.kind),
                            i.title,
                            i.note,
                            tuple(linked.get(i.id, ())),
                        )
                        for i in items
                        if i.quarter == quarter
                    ),
                    unplanned=unplanned,
                    hospital_visits=int(visits or 0),
                    lectures_held=int(lectures or 0),
                )
            )
        return YearPlan(year, tuple(quarters))


def _validate(data: PlanItemInput) -> PlanItemInput:
    if not data.title.strip():
        raise PlanError("title", "required")
    if not 1 <= data.quarter <= 4:
        raise PlanError("quarter", "quarter")
    if not 2000 <= data.year <= 2100:
        raise PlanError("year", "year")
    return PlanItemInput(data.year, data.quarter, data.kind, data.title.strip(), data.note.strip())


def _view(item: PlanItem) -> dict[str, object]:
    return {
        "year": item.year,
        "quarter": item.quarter,
        "kind": item.kind,
        "title": item.title,
        "note": item.note,
    }


def _load(session: Session, item_id: int) -> PlanItem:
    item = session.get(PlanItem, item_id)
    if item is None:
        raise PlanError("plan_item", "not_found")
    return item


def save_plan_item(
    db: Database, actor: Actor, data: PlanItemInput, item_id: int | None = None
) -> int:
    actor.require(Action.EDIT_ACTIVITIES)
    data = _validate(data)
    with unit_of_work(db) as session:
        if item_id is None:
            item = PlanItem(
                year=data.year, quarter=data.quarter, kind=data.kind.value, title=data.title
            )
            session.add(item)
            before = None
        else:
            item = _load(session, item_id)
            before = _view(item)
        item.year, item.quarter, item.kind = data.year, data.quarter, data.kind.value
        item.title, item.note = data.title, data.note
        session.flush()
        after = _view(item)
        if after != before:
            action = AuditAction.CREATE if before is None else AuditAction.UPDATE
            audit.record(session, actor, action, "plan_item", item.id, before, after)
        return item.id


def delete_plan_item(db: Database, actor: Actor, item_id: int) -> None:
    """Delete a plan item; activities recorded under it stay, no longer linked."""
    actor.require(Action.EDIT_ACTIVITIES)
    with unit_of_work(db) as session:
        item = _load(session, item_id)
        before = _view(item)
        session.execute(
            update(Activity).where(Activity.plan_item_id == item_id).values(plan_item_id=None)
        )
        session.delete(item)
        session.flush()
        audit.record(session, actor, AuditAction.DELETE, "plan_item", item_id, before=before)


def plan_years(db: Database, actor: Actor, today: dt.date) -> list[int]:
    """Years with a plan or activities, plus this year and the next (newest first)."""
    actor.require(Action.READ_ACTIVITIES)
    with read_only(db) as session:
        years = set(session.scalars(select(PlanItem.year).distinct()))
        first = session.scalar(select(func.min(Activity.starts_at)))
        if first is not None:
            years.update(range(first.year, today.year + 1))
    years.update((today.year, today.year + 1))
    return sorted(years, reverse=True)
