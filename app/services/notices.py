"""Activity notices (活动通知) and their coverage (普及率) against 95 %.

A notice records how many staff it reached either as a number (a WeChat group's read count) or
as a tick list of people (a meeting's attendance). Coverage is reached ÷ staff on the roster on
the notice's date; ticked people who were not on the roster that day do not count.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from app.catalogue.codes import AuditAction, NoticeChannel
from app.db.migrate import Database
from app.db.models import Activity, Department, Notice, NoticeReach, Staff
from app.domain.participation import NOTICE_COVERAGE_TARGET
from app.domain.permissions import Action
from app.domain.ratios import Ratio
from app.services import audit, department_order
from app.services.actor import Actor
from app.services.eligibility import on_roster
from app.services.unit_of_work import read_only, unit_of_work


class NoticeError(ValueError):
    def __init__(self, field: str, code: str) -> None:
        super().__init__(f"{field}: {code}")
        self.field = field
        self.code = code  # required, negative, more_than_staff, not_found


@dataclass(frozen=True)
class NoticeRow:
    id: int
    title: str
    issued_on: dt.date
    channel: NoticeChannel
    coverage: Ratio
    tick_list: bool
    activity_id: int | None
    activity_title: str
    note: str
    target: float = NOTICE_COVERAGE_TARGET

    @property
    def still_needed(self) -> int:
        return self.coverage.still_needed(self.target)


@dataclass(frozen=True)
class NoticeInput:
    title: str
    issued_on: dt.date
    channel: NoticeChannel
    reached_count: int | None = None  # a number ...
    reached_staff_ids: tuple[int, ...] | None = None  # ... or a tick list
    activity_id: int | None = None
    note: str = ""


@dataclass(frozen=True)
class ReachRow:
    id: int  # staff id
    employee_no: str
    name: str
    department: str
    pinyin: str = ""  # for search: full pinyin and initials
    initials: str = ""


def _active_count(session: Session, day: dt.date) -> int:
    return int(session.scalar(select(func.count(Staff.id)).where(on_roster(day))) or 0)


def _row(session: Session, notice: Notice) -> NoticeRow:
    active = _active_count(session, notice.issued_on)
    tick_list = notice.reached_count is None
    if tick_list:
        reached = int(
            session.scalar(
                select(func.count(NoticeReach.staff_id))
                .join(Staff, Staff.id == NoticeReach.staff_id)
                .where(NoticeReach.notice_id == notice.id, on_roster(notice.issued_on))
            )
            or 0
        )
    else:
        reached = min(int(notice.reached_count or 0), active)
    title = (
        session.scalar(select(Activity.title).where(Activity.id == notice.activity_id))
        if notice.activity_id
        else ""
    )
    return NoticeRow(
        id=notice.id,
        title=notice.title,
        issued_on=notice.issued_on,
        channel=NoticeChannel(notice.channel),
        coverage=Ratio(reached, active),
        tick_list=tick_list,
        activity_id=notice.activity_id,
        activity_title=title or "",
        note=notice.note,
    )


def list_notices(db: Database, actor: Actor, year: int | None = None) -> list[NoticeRow]:
    actor.require(Action.READ_ACTIVITIES)
    query = select(Notice).order_by(Notice.issued_on.desc(), Notice.id.desc())
    if year is not None:
        query = query.where(
            Notice.issued_on >= dt.date(year, 1, 1), Notice.issued_on <= dt.date(year, 12, 31)
        )
    with read_only(db) as session:
        return [_row(session, n) for n in session.scalars(query)]


def get_notice(db: Database, actor: Actor, notice_id: int) -> tuple[NoticeRow, NoticeInput]:
    actor.require(Action.READ_ACTIVITIES)
    with read_only(db) as session:
        notice = _load(session, notice_id)
        return _row(session, notice), _input(session, notice)


def _input(session: Session, notice: Notice) -> NoticeInput:
    ticked = None
    if notice.reached_count is None:
        ticked = tuple(
            session.scalars(
                select(NoticeReach.staff_id)
                .where(NoticeReach.notice_id == notice.id)
                .order_by(NoticeReach.staff_id)
            )
        )
    return NoticeInput(
        title=notice.title,
        issued_on=notice.issued_on,
        channel=NoticeChannel(notice.channel),
        reached_count=notice.reached_count,
        reached_staff_ids=ticked,
        activity_id=notice.activity_id,
        note=notice.note,
    )


def _load(session: Session, notice_id: int) -> Notice:
    notice = session.get(Notice, notice_id)
    if notice is None:
        raise NoticeError("notice", "not_found")
    return notice


def _validate(session: Session, data: NoticeInput) -> NoticeInput:
    if not data.title.strip():
        raise NoticeError("title", "required")
    if data.reached_staff_ids is None:
        if data.reached_count is None:
            raise NoticeError("reached_count", "required")
        if data.reached_count < 0:
            raise NoticeError("reached_count", "negative")
        if data.reached_count > _active_count(session, data.issued_on):
            raise NoticeError("reached_count", "more_than_staff")
    if data.activity_id is not None and session.get(Activity, data.activity_id) is None:
        raise NoticeError("activity_id", "not_found")
    return NoticeInput(
        title=data.title.strip(),
        issued_on=data.issued_on,
        channel=data.channel,
        reached_count=None if data.reached_staff_ids is not None else data.reached_count,
        reached_staff_ids=(
            tuple(sorted(set(data.reached_staff_ids)))
            if data.reached_staff_ids is not None
            else None
        ),
        activity_id=data.activity_id,
        note=data.note.strip(),
    )


def _audit_view(data: NoticeInput) -> dict[str, object]:
    return {
        "title": data.title,
        "issued_on": data.issued_on,
        "channel": data.channel.value,
        "reached_count": data.reached_count,
        "reached_staff": len(data.reached_staff_ids)
        if data.reached_staff_ids is not None
        else None,
        "activity_id": data.activity_id,
        "note": data.note,
    }


def _apply(session: Session, notice: Notice, data: NoticeInput) -> None:
    notice.title = data.title
    notice.issued_on = data.issued_on
    notice.channel = data.channel.value
    notice.reached_count = data.reached_count
    notice.activity_id = data.activity_id
    notice.note = data.note
    session.flush()
    session.execute(delete(NoticeReach).where(NoticeReach.notice_id == notice.id))
    if data.reached_staff_ids:
        known = set(session.scalars(select(Staff.id).where(Staff.id.in_(data.reached_staff_ids))))
        session.add_all(
            NoticeReach(notice_id=notice.id, staff_id=s)
            for s in data.reached_staff_ids
            if s in known
        )
    session.flush()


def save_notice(
    db: Database, actor: Actor, data: NoticeInput, notice_id: int | None = None
) -> NoticeRow:
    """Create a notice (no id) or update one; one transaction, audited."""
    actor.require(Action.EDIT_ACTIVITIES)
    with unit_of_work(db) as session:
        data = _validate(session, data)
        if notice_id is None:
            notice = Notice(title=data.title, issued_on=data.issued_on, channel=data.channel.value)
            session.add(notice)
            before = None
        else:
            notice = _load(session, notice_id)
            before = _audit_view(_input(session, notice))
        _apply(session, notice, data)
        after = _audit_view(data)
        if before != after or notice_id is None:
            action = AuditAction.CREATE if notice_id is None else AuditAction.UPDATE
            audit.record(session, actor, action, "notice", notice.id, before, after)
        return _row(session, notice)


def delete_notice(db: Database, actor: Actor, notice_id: int) -> None:
    actor.require(Action.EDIT_ACTIVITIES)
    with unit_of_work(db) as session:
        notice = _load(session, notice_id)
        before = _audit_view(_input(session, notice))
        session.delete(notice)
        session.flush()
        audit.record(session, actor, AuditAction.DELETE, "notice", notice_id, before=before)


def staff_on(db: Database, actor: Actor, day: dt.date) -> list[ReachRow]:
    """Everyone on the roster on `day`: the tick list of a notice."""
    actor.require(Action.READ_ACTIVITIES)
    with read_only(db) as session:
        return [
            ReachRow(s.id, s.employee_no, s.name, department, s.name_pinyin, s.name_initials)
            for s, department in session.execute(
                select(Staff, Department.name)
                .join(Department, Department.id == Staff.department_id)
                .where(on_roster(day))
                .order_by(*department_order.order_by(session), Staff.employee_no)
            )
        ]


def active_count(db: Database, actor: Actor, day: dt.date) -> int:
    actor.require(Action.READ_ACTIVITIES)
    with read_only(db) as session:
        return _active_count(session, day)
