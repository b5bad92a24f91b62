"""Generated site histories: a Hypothesis strategy for registers from empty to dense.

A `History` is a plain description (what a site recorded, on which days); `build` enters it
through the services, as the window would, acting as the health administrator. The strategy
reaches the sparse cases a new site lives through: no staff and no schedule; one person and
one visit; a quarter with nothing; every person departed; only guests; a lecture nobody
attended; every device damaged; a schedule of closures only; a site set up mid-quarter.
"""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from hypothesis import strategies as st

from app.catalogue.codes import (
    ActivityKind,
    ActivityStatus,
    ConsumableCategory,
    DeviceCategory,
    DeviceEventKind,
    HospitalVisitPurpose,
    InspectionBody,
    NoticeChannel,
    StockSource,
)
from app.db.migrate import Database, open_database
from app.domain.readings import ReadingType
from app.domain.staff import PersonInput
from app.services import (
    activities,
    consumable_items,
    consumable_stock,
    equipment_lifecycle,
    equipment_register,
    inspections,
    notices,
    open_hours,
    roster,
    site_profile,
    staff,
    visit_entry,
)
from app.services import sign_in as sign_ins
from tests.support import ADMIN, CHAIR, DEMO_TODAY

TODAY = DEMO_TODAY  # 2026-11-16: histories end on the day the tests "run"
EARLIEST = dt.date(2025, 1, 1)
DEPARTMENTS = ("一车间", "二车间", "十一车间", "3号仓库", "财务科", "安全环保部")
NAMES = ("王芳", "李强", "张伟", "刘洋", "陈静", "赵磊", "孙丽", "周杰", "吴敏", "郑浩")


def day(offset: int, start: dt.date) -> dt.date:
    """A day `offset` days after the site was set up, never after today."""
    return min(start + dt.timedelta(days=offset), TODAY)


@dataclass(frozen=True)
class Person:
    department: int  # index into DEPARTMENTS
    hired: int | None  # days after the site start (None: hire date unknown)
    left: int | None  # days after the site start the person left (None: still here)


@dataclass(frozen=True)
class Lecture:
    on: int
    status: ActivityStatus
    attendees: tuple[int, ...]  # indices into the people
    guests: int
    target_all: bool
    by_hospital: bool


@dataclass(frozen=True)
class History:
    start: dt.date  # the site was set up (the first-run wizard) on this day
    full_profile: bool
    people: tuple[Person, ...]
    weekly: tuple[tuple[int, int, int], ...]  # (weekday, opening hour, hours open)
    closures: tuple[tuple[int, int], ...]  # (first day offset, days)
    visits: tuple[tuple[int | None, int, bool], ...]  # (person or None: a visitor, day, readings)
    lectures: tuple[Lecture, ...]
    devices: tuple[tuple[DeviceCategory, bool], ...]  # (category, damaged since)
    receipts: tuple[tuple[ConsumableCategory, int, int], ...]  # (category, day, quantity)
    notices: tuple[tuple[int, int | None], ...]  # (day, reached count or None: a tick list)
    inspections: tuple[tuple[int, InspectionBody, int, bool], ...]  # day, by, items, closed

    @property
    def span(self) -> int:
        return (TODAY - self.start).days


def _people(span: int) -> st.SearchStrategy[tuple[Person, ...]]:
    person = st.builds(
        Person,
        department=st.integers(0, len(DEPARTMENTS) - 1),
        hired=st.one_of(st.none(), st.integers(-400, span)),
        left=st.one_of(st.none(), st.none(), st.integers(0, span + 30)),
    )
    every_one_gone = st.lists(
        st.builds(Person, st.integers(0, 2), st.just(-100), st.integers(0, span)),
        min_size=1,
        max_size=3,
    )
    return st.one_of(
        st.just(()),  # no staff at all
        st.lists(person, min_size=1, max_size=1),  # one person
        every_one_gone,
        st.lists(person, max_size=12),
    ).map(tuple)


@st.composite
def histories(draw: st.DrawFn) -> History:
    # Set up on any day from early last year to today: mid-quarter, on its last day, today.
    start = draw(st.dates(EARLIEST, TODAY))
    span = (TODAY - start).days
    offsets = st.integers(0, span)
    flags = st.booleans()
    people = draw(_people(span))
    who = st.integers(0, len(people) - 1) if people else st.nothing()
    weekly = draw(
        st.one_of(
            st.just(()),  # no schedule yet
            st.lists(
                st.tuples(st.integers(0, 6), st.integers(7, 15), st.integers(1, 5)),
                max_size=7,
                unique_by=lambda slot: slot[0],
            ),
        ).map(tuple)
    )
    closures = draw(st.lists(st.tuples(offsets, st.integers(1, 60)), max_size=3).map(tuple))
    visitor = st.tuples(st.none(), offsets, flags)
    visits = draw(
        st.lists(
            st.one_of(visitor, st.tuples(who, offsets, flags)) if people else visitor,
            max_size=15,
        ).map(tuple)
    )
    lecture = st.builds(
        Lecture,
        on=offsets,
        status=st.sampled_from(ActivityStatus),
        attendees=st.lists(who, max_size=8, unique=True).map(tuple) if people else st.just(()),
        guests=st.integers(0, 3),
        target_all=flags,
        by_hospital=flags,
    )
    return History(
        start=start,
        full_profile=draw(flags),
        people=people,
        weekly=weekly,
        closures=closures,
        visits=visits,
        lectures=draw(st.lists(lecture, max_size=6).map(tuple)),
        devices=draw(
            st.lists(st.tuples(st.sampled_from(DeviceCategory), flags), max_size=5).map(tuple)
        ),
        receipts=draw(
            st.lists(
                st.tuples(st.sampled_from(ConsumableCategory), offsets, st.integers(1, 500)),
                max_size=4,
            ).map(tuple)
        ),
        notices=draw(
            st.lists(st.tuples(offsets, st.one_of(st.none(), st.integers(0, 300))), max_size=3).map(
                tuple
            )
        ),
        inspections=draw(
            st.lists(
                st.tuples(offsets, st.sampled_from(InspectionBody), st.integers(0, 3), flags),
                max_size=3,
            ).map(tuple)
        ),
    )


# --- entering a history through the services --------------------------------------------


def build(db: Database, history: History) -> None:
    """Enter the history as the site's people would have, day by day."""
    h, start = history, history.start
    site_profile.save_profile(db, CHAIR, _profile(h.full_profile))
    staff_ids = _roster(db, h)
    _open_hours(db, h)
    for person, offset, readings in h.visits:
        when = dt.datetime.combine(day(offset, start), dt.time(9, 30))
        staff_id = None  # a person not on the roster that day is recorded as a visitor
        if person is not None and _on_roster(h.people[person], start, when.date()):
            staff_id = staff_ids[person]
        values = {ReadingType.SYSTOLIC: 128.0, ReadingType.DIASTOLIC: 82.0} if readings else {}
        visit_entry.record_visit(
            db, ADMIN,
            visit_entry.VisitInput(
                staff_id=staff_id, visitor_name=None if staff_id else "来访者",
                readings=values, visited_at=when, entered_late=True,
            ),
            now=dt.datetime.combine(TODAY, dt.time(18)),
        )  # fmt: skip
    _lectures(db, h, staff_ids)
    _equipment(db, h)
    _consumables(db, h)
    for offset, reached in h.notices:
        issued = day(offset, start)
        tick = tuple(
            sid for sid, p in zip(staff_ids, h.people, strict=True) if _on_roster(p, start, issued)
        )[:3]
        if reached is not None:  # a count can not exceed the staff on the roster that day
            reached = min(reached, notices.active_count(db, ADMIN, issued))
        notices.save_notice(
            db, ADMIN,
            notices.NoticeInput(
                "健康知识宣传", issued, NoticeChannel.WECHAT_GROUP,
                reached_count=reached, reached_staff_ids=None if reached is not None else tick,
            ),
        )  # fmt: skip
    for offset, body, items, closed in h.inspections:
        on = day(offset, start)
        saved = inspections.record_inspection(
            db, ADMIN,
            inspections.InspectionInput(
                on, body, "检查组", "现场检查",
                items=tuple(inspections.ItemInput(f"整改事项{n}", "健康管理员",
                                                  on + dt.timedelta(days=30))
                            for n in range(items)),
            ),
            TODAY,
        )  # fmt: skip
        if closed:
            for item in saved.items:
                inspections.close_item(db, ADMIN, item.id, on, "已整改", TODAY)


def _profile(full: bool) -> site_profile.SiteProfile:
    basic = site_profile.SiteProfile(
        site_code="130900-0001", site_name="新建单位", room_name="职工健康生活室"
    )
    if not full:
        return basic  # what the first-run wizard asks for, nothing more
    return site_profile.SiteProfile(
        **{**basic.__dict__, "area_m2": 20.0, "chair_name": "刘建国", "chair_phone": "13800000001",
           "admin_name": "王芳", "admin_phone": "13800000002", "hospital_name": "沧州市人民医院",
           "liaison_name": "张医生", "liaison_phone": "13800000003"},
    )  # fmt: skip


def _on_roster(person: Person, start: dt.date, on: dt.date) -> bool:
    hired = None if person.hired is None else start + dt.timedelta(days=person.hired)
    left = None if person.left is None else start + dt.timedelta(days=person.left)
    return (hired is None or hired <= on) and (left is None or left > on)


def _roster(db: Database, h: History) -> list[int]:
    ids = []
    for n, person in enumerate(h.people):
        hired = None if person.hired is None else h.start + dt.timedelta(days=person.hired)
        saved = staff.save_person(
            db, ADMIN, None,
            PersonInput(
                employee_no=f"E{n + 1:04d}", name=NAMES[n % len(NAMES)] + ("" if n < 10 else "乙"),
                department=DEPARTMENTS[person.department],
                hire_date=min(hired, TODAY) if hired else None,
            ),
            TODAY,
        )  # fmt: skip
        ids.append(saved.id)
        if person.left is not None:
            left = h.start + dt.timedelta(days=person.left)
            if hired is None or left > hired:
                staff.record_departure(db, ADMIN, saved.id, left)
    return ids


def _open_hours(db: Database, h: History) -> None:
    if h.weekly:
        version = open_hours.create_version(db, ADMIN, h.start)
        for weekday, opens, hours in h.weekly:
            slot = (dt.time(opens), dt.time(opens + hours))
            open_hours.save_day(db, ADMIN, version.id, weekday, [slot], confirm_short=True)
    for offset, days in h.closures:
        first = day(offset, h.start)
        open_hours.close_dates(db, ADMIN, first, first + dt.timedelta(days=days - 1), "停电检修")


def _lectures(db: Database, h: History, staff_ids: list[int]) -> None:
    departments = tuple(d.id for d in roster.list_departments(db, ADMIN))[:2]
    for n, lecture in enumerate(h.lectures):
        on = day(lecture.on, h.start)
        status = lecture.status
        if on > TODAY - dt.timedelta(days=1) and status is ActivityStatus.HELD:
            status = ActivityStatus.PLANNED
        detail = activities.create_activity(
            db, ADMIN,
            activities.ActivityInput(
                kind=ActivityKind.LECTURE, title=f"健康讲座{n + 1}",
                starts_at=dt.datetime.combine(on, dt.time(14)), speaker="张医生",
                by_partner_hospital=lecture.by_hospital, experts="张医生" if lecture.by_hospital
                else "", visit_purposes=(HospitalVisitPurpose.LECTURE,) if lecture.by_hospital
                else (), target_all=lecture.target_all or not departments,
                department_ids=() if lecture.target_all else departments, status=status,
            ),
        )  # fmt: skip
        if status is ActivityStatus.CANCELLED:
            continue
        for person in lecture.attendees:
            if _on_roster(h.people[person], h.start, on):
                sign_ins.set_present(db, ADMIN, detail.id, staff_ids[person], True)
        for guest in range(lecture.guests):
            sign_ins.add_guest(db, ADMIN, detail.id, f"来宾{guest + 1}")


def _equipment(db: Database, h: History) -> None:
    for n, (category, damaged) in enumerate(h.devices):
        device = equipment_register.register_device(
            db, ADMIN,
            equipment_register.NewDevice(name=f"设备{n + 1}", category=category,
                                         asset_no=f"ZC-{n + 1:03d}"),
            h.start,
        )  # fmt: skip
        if damaged:
            equipment_lifecycle.record_event(
                db, ADMIN,
                equipment_lifecycle.NewEvent(device.id, DeviceEventKind.DAMAGED, TODAY),
                TODAY,
            )  # fmt: skip


def _consumables(db: Database, h: History) -> None:
    items: dict[ConsumableCategory, int] = {}
    for category, offset, quantity in h.receipts:
        if category not in items:
            row = consumable_items.add_item(
                db, ADMIN, consumable_items.NewItem(f"{category.value}物品", category, "盒", 5)
            )
            items[category] = row.id
        consumable_stock.receive(
            db, ADMIN,
            consumable_stock.Receipt(items[category], quantity, day(offset, h.start),
                                     StockSource.HOSPITAL_REPLENISHMENT),
            TODAY,
        )  # fmt: skip


SCRATCH = "/dev/shm" if Path("/dev/shm").is_dir() else None  # many small registers: in memory


@contextmanager
def built_from(empty_file: Path, history: History) -> Iterator[Database]:
    """`history` built into a copy of an empty, migrated register (copying is much faster than
    migrating a new file for every example Hypothesis draws)."""
    with tempfile.TemporaryDirectory(dir=SCRATCH) as folder:
        shutil.copyfile(empty_file, Path(folder) / "site.db")
        db = open_database(Path(folder) / "site.db")
        try:
            build(db, history)
            yield db
        finally:
            db.close()
