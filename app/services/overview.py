"""The Overview page's facts besides the indicators: counts, the room now, what needs attention."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.catalogue.attention import AttentionKind as AttentionKind  # re-exported
from app.catalogue.codes import (
    ActivityStatus,
    DeviceEventKind,
    DeviceStatus,
    RectificationStatus,
)
from app.db.migrate import Database
from app.db.models import (
    Activity,
    AuditEntry,
    Consumable,
    ConsumableLot,
    Device,
    DeviceEvent,
    FollowUp,
    RectificationItem,
    Staff,
    UrgentCase,
    UsageVisit,
)
from app.db.rows import Rows
from app.domain.permissions import Action
from app.services.actor import Actor
from app.services.open_hours_calendar import load_calendar
from app.services.room_upkeep import disinfection_status
from app.services.unit_of_work import read_only


def data_stamp(db: Database) -> tuple[int, int]:
    """Changes whenever the register does: this program's committed writes, and the newest
    audit entry (another program's changes, which are audited). Figures computed under one
    stamp hold until it changes."""
    with read_only(db) as session:
        head = session.scalar(select(func.max(AuditEntry.id)))
    return db.changes.written, int(head or 0)


@dataclass(frozen=True)
class OverviewFigure:
    key: str  # what the figure is; the UI turns it into words
    value: int


def overview_figures(db: Database, actor: Actor, today: dt.date) -> list[OverviewFigure]:
    actor.require(Action.READ_OVERVIEW)
    month_start = dt.datetime(today.year, today.month, 1)
    day_start = dt.datetime.combine(today, dt.time())
    with read_only(db) as session:

        def count(query: object) -> int:
            return int(session.scalar(query) or 0)  # type: ignore[call-overload]

        return [
            OverviewFigure(
                "active_staff",
                count(select(func.count(Staff.id)).where(Staff.departure_date.is_(None))),
            ),
            OverviewFigure(
                "visits_today",
                count(select(func.count(UsageVisit.id)).where(UsageVisit.visited_at >= day_start)),
            ),
            OverviewFigure(
                "visits_this_month",
                count(
                    select(func.count(UsageVisit.id)).where(UsageVisit.visited_at >= month_start)
                ),
            ),
            OverviewFigure(
                "devices_in_service",
                count(
                    select(func.count(Device.id)).where(
                        Device.status == DeviceStatus.IN_SERVICE.value
                    )
                ),
            ),
            OverviewFigure(
                "upcoming_activities",
                count(
                    select(func.count(Activity.id)).where(
                        Activity.status == ActivityStatus.PLANNED.value,
                        Activity.starts_at >= day_start,
                    )
                ),
            ),
        ]


# --- the dashboard: the room now, and what needs attention -------------------------------

ATTENTION_DAYS = 7  # follow-ups and rectifications due within a week are shown
EXPIRY_DAYS = 30  # consumables expiring within 30 days
UPCOMING_DAYS = 30  # activities in the coming month


@dataclass(frozen=True)
class AttentionItem:
    """One line of "needs attention": `subject` is a name, device, item or title as recorded."""

    kind: AttentionKind
    subject: str
    on_date: dt.date | None  # due, expiry or start date
    detail: str = ""  # as recorded (a reason, a lot number, a place) or a code
    amount: int | None = None  # stock or lot quantity
    ref_id: int = 0
    at_time: dt.time | None = None
    unit: str = ""
    codes: str = ""  # a follow-up's proposed reason (app.catalogue.follow_up_reasons)


@dataclass(frozen=True)
class RoomStatus:
    open_now: bool
    closes_at: dt.datetime | None  # when open now
    next_opening: dt.datetime | None  # when closed now (None: none scheduled in 60 days)
    hours_this_week: float
    today_hours: float


def room_status(db: Database, actor: Actor, now: dt.datetime) -> RoomStatus:
    """Open now? Until when, or when next — from the schedule in force and its exceptions."""
    del actor  # the open hours hang on the door
    with read_only(db) as session:
        calendar = load_calendar(Rows.of_session(session))
    intervals = calendar.intervals_on(now.date())
    current = next((i for i in intervals if i.start <= now.time() < i.end), None)
    monday = now.date() - dt.timedelta(days=now.weekday())
    week = sum(calendar.hours_on(monday + dt.timedelta(days=n)) for n in range(7))
    return RoomStatus(
        open_now=current is not None,
        closes_at=dt.datetime.combine(now.date(), current.end) if current else None,
        next_opening=None if current else calendar.next_opening(now),
        hours_this_week=week,
        today_hours=calendar.hours_on(now.date()),
    )


def attention_items(db: Database, actor: Actor, today: dt.date) -> list[AttentionItem]:
    """Follow-ups due, overdue upkeep, low or expiring stock, rectifications, activities."""
    actor.require(Action.READ_PEOPLE_BEHIND_FIGURES)
    with read_only(db) as session:
        return [
            *_urgent_open(session),
            *_follow_ups_due(session, today),
            *_upkeep_overdue(session, today),
            *_disinfection_overdue(session, today),
            *_stock_warnings(session, today),
            *_rectifications_due(session, today),
            *_upcoming_activities(session, today),
        ]


def _urgent_open(session: Session) -> list[AttentionItem]:
    """Urgent values whose action is not recorded yet: first, until closed."""
    query = (
        select(UrgentCase, UsageVisit.visitor_name, Staff.name)
        .join(UsageVisit, UsageVisit.id == UrgentCase.visit_id)
        .outerjoin(Staff, Staff.id == UrgentCase.staff_id)
        .where(UrgentCase.closed_at.is_(None))
        .order_by(UrgentCase.opened_at)
    )
    return [
        AttentionItem(
            AttentionKind.URGENT_VALUE,
            name or visitor or "",
            case.opened_at.date(),
            case.types,
            ref_id=case.visit_id,
            at_time=case.opened_at.time(),
        )
        for case, visitor, name in session.execute(query)
    ]


def _follow_ups_due(session: Session, today: dt.date) -> list[AttentionItem]:
    """Each person's latest follow-up whose next date is near and has no outcome yet."""
    latest = (
        select(FollowUp.staff_id, func.max(FollowUp.id).label("last_id"))
        .group_by(FollowUp.staff_id)
        .subquery()
    )
    query = (
        select(FollowUp, Staff.name, Staff.departure_date)
        .join(latest, latest.c.last_id == FollowUp.id)
        .join(Staff, Staff.id == FollowUp.staff_id)
        .where(
            FollowUp.next_date.is_not(None),
            FollowUp.next_date <= today + dt.timedelta(days=ATTENTION_DAYS),
            FollowUp.outcome == "",
        )
        .order_by(FollowUp.next_date)
    )
    return [
        AttentionItem(
            AttentionKind.FOLLOW_UP_DUE,
            name,
            f.next_date,
            f.reason,
            ref_id=f.staff_id,
            codes=f.reason_codes,
        )
        for f, name, departed in session.execute(query)
        if departed is None or departed > today
    ]


def _upkeep_overdue(session: Session, today: dt.date) -> list[AttentionItem]:
    """Maintenance or calibration past its next-due date (or never done within the interval)."""
    devices = {
        d.id: d
        for d in session.scalars(
            select(Device).where(
                Device.status.not_in(
                    [
                        DeviceStatus.REPLACED.value,
                        DeviceStatus.RETIRED.value,
                        DeviceStatus.LOST.value,
                    ]
                )
            )
        )
    }
    last: dict[tuple[int, str], tuple[dt.date, dt.date | None]] = {}
    kinds = (DeviceEventKind.MAINTENANCE.value, DeviceEventKind.CALIBRATION.value)
    for device_id, kind, on_date, next_due in session.execute(
        select(DeviceEvent.device_id, DeviceEvent.kind, DeviceEvent.on_date, DeviceEvent.next_due)
        .where(DeviceEvent.kind.in_(kinds))
        .order_by(DeviceEvent.on_date, DeviceEvent.id)
    ):
        last[(device_id, kind)] = (on_date, next_due)
    out: list[AttentionItem] = []
    for device in devices.values():
        for kind, interval, code in (
            (kinds[0], device.maintenance_interval_days, AttentionKind.MAINTENANCE_OVERDUE),
            (kinds[1], device.calibration_interval_days, AttentionKind.CALIBRATION_OVERDUE),
        ):
            if interval is None:
                continue
            done = last.get((device.id, kind))
            if done is not None:
                due = done[1] or done[0] + dt.timedelta(days=interval)
            elif device.purchase_date is not None:
                due = device.purchase_date + dt.timedelta(days=interval)
            else:
                continue
            if due < today:
                out.append(AttentionItem(code, device.name, due, device.asset_no, ref_id=device.id))
    return sorted(out, key=lambda item: (item.on_date or today, item.subject))


def _stock_warnings(session: Session, today: dt.date) -> list[AttentionItem]:
    out = [
        AttentionItem(AttentionKind.LOW_STOCK, c.name, None, "", c.stock, c.id, unit=c.unit)
        for c in session.scalars(
            select(Consumable)
            .where(Consumable.stock < Consumable.min_stock)
            .order_by(Consumable.name)
        )
    ]
    soon = today + dt.timedelta(days=EXPIRY_DAYS)
    for lot, name, unit in session.execute(
        select(ConsumableLot, Consumable.name, Consumable.unit)
        .join(Consumable, Consumable.id == ConsumableLot.consumable_id)
        .where(
            ConsumableLot.quantity > 0,
            ConsumableLot.expiry_date.is_not(None),
            ConsumableLot.expiry_date <= soon,
        )
        .order_by(ConsumableLot.expiry_date)
    ):
        expired = lot.expiry_date is not None and lot.expiry_date < today
        kind = AttentionKind.EXPIRED if expired else AttentionKind.EXPIRING
        out.append(
            AttentionItem(
                kind, name, lot.expiry_date, lot.lot_no, lot.quantity, lot.consumable_id, unit=unit
            )
        )
    return out


def _disinfection_overdue(session: Session, today: dt.date) -> list[AttentionItem]:
    due = disinfection_status(session, today)
    if not due.overdue:
        return []
    last = due.last.isoformat() if due.last else ""
    return [AttentionItem(AttentionKind.DISINFECTION_OVERDUE, "", due.due_on, last, due.interval)]


def _rectifications_due(session: Session, today: dt.date) -> list[AttentionItem]:
    query = (
        select(RectificationItem)
        .where(
            RectificationItem.status == RectificationStatus.OPEN.value,
            or_(
                RectificationItem.deadline.is_(None),
                RectificationItem.deadline <= today + dt.timedelta(days=ATTENTION_DAYS * 3),
            ),
        )
        .order_by(RectificationItem.deadline)
    )
    return [
        AttentionItem(
            AttentionKind.RECTIFICATION_OVERDUE
            if r.deadline is not None and r.deadline < today
            else AttentionKind.RECTIFICATION_DUE,
            r.description,
            r.deadline,
            r.responsible,
            ref_id=r.id,
        )
        for r in session.scalars(query)
    ]


def _upcoming_activities(session: Session, today: dt.date) -> list[AttentionItem]:
    start = dt.datetime.combine(today, dt.time())
    query = (
        select(Activity)
        .where(
            Activity.status == ActivityStatus.PLANNED.value,
            Activity.starts_at >= start,
            Activity.starts_at < start + dt.timedelta(days=UPCOMING_DAYS + 1),
        )
        .order_by(Activity.starts_at)
    )
    return [
        AttentionItem(
            AttentionKind.UPCOMING_ACTIVITY, a.title, a.starts_at.date(), a.place, ref_id=a.id,
            at_time=a.starts_at.time(),
        )
        for a in session.scalars(query)
    ]  # fmt: skip
