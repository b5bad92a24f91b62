"""Health activities with their plan, sign-ins, notices and the partner hospital's visits."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from app.catalogue.codes import ActivityKind, ActivityStatus, NoticeChannel, SignInMethod
from app.db.models import (
    Activity,
    ActivityDepartment,
    Attendance,
    HospitalVisit,
    Notice,
    NoticeReach,
    PlanItem,
)
from app.services.demo import names
from app.services.demo.context import (
    DemoContext,
    Row,
    at,
    quarter_end,
    quarter_of,
    quarter_start,
    quarters_between,
)
from app.services.demo.people import Person, Roster
from app.services.demo.schedule import SPRING, Schedule

K = ActivityKind
HALL = "职工食堂二楼多功能厅"
MEETING_ROOM = "综合楼三楼会议室"
UPCOMING_DAYS = 42  # activities are arranged about six weeks ahead
VISIT_PURPOSES = {
    K.LECTURE: "lecture,publicity",
    K.FREE_CLINIC: "free_clinic,consultation",
    K.CONSULTATION: "consultation,publicity",
}


@dataclass
class Draft:
    kind: ActivityKind
    title: str
    topic: str
    speaker: str
    organisation: str
    by_partner: bool
    starts: dt.datetime
    minutes: int
    place: str
    targets: tuple[str, ...] = ()
    experts: str = ""  # who came from the hospital, for its visit record
    status: ActivityStatus = ActivityStatus.PLANNED
    notes: str = ""
    plan_item_id: int | None = None


def _expert(index: int) -> tuple[str, str, str]:
    name, title, dept = names.EXPERTS[index % len(names.EXPERTS)]
    return f"{name} {title}", f"{names.HOSPITAL}{dept}", f"{name}（{dept}{title}）"


def _in_season(topic: str, day: dt.date) -> bool:
    if topic.startswith("冬季"):
        return day.month in (10, 11, 12, 1, 2, 3)
    if topic.startswith("夏季"):
        return day.month in (5, 6, 7, 8)
    return True


class _Planner:
    def __init__(self, ctx: DemoContext, rng: random.Random, schedule: Schedule) -> None:
        self.ctx, self.rng, self.schedule = ctx, rng, schedule
        self.used: set[dt.date] = set()
        self.lectures = rng.sample(names.LECTURES, len(names.LECTURES))
        self.next_lecture = 0

    def day(self, lo: dt.date, hi: dt.date) -> dt.date | None:
        days = [
            lo + dt.timedelta(days=i)
            for i in range((hi - lo).days + 1)
            if self.schedule.is_workday(lo + dt.timedelta(days=i))
            and lo + dt.timedelta(days=i) not in self.used
        ]
        if not days:
            return None
        chosen = self.rng.choice(days)
        self.used.add(chosen)
        return chosen

    def lecture(self, day: dt.date, partner: bool = True) -> Draft:
        # Next topic in the shuffled rotation that suits the season (no heatstroke in January).
        count = len(self.lectures)
        for offset in range(count):
            index = (self.next_lecture + offset) % count
            if _in_season(self.lectures[index][0], day):
                break
        topic, expert, targets = self.lectures[index]
        self.lectures[index], self.lectures[self.next_lecture % count] = (
            self.lectures[self.next_lecture % count],
            self.lectures[index],
        )
        self.next_lecture += 1
        speaker, organisation, experts = _expert(expert)
        if not partner:
            speaker, organisation, experts = "郑海燕 副主任医师", "沧州市疾病预防控制中心", ""
        return Draft(
            kind=K.LECTURE,
            title=f"健康讲座：{topic}",
            topic=topic,
            speaker=speaker,
            organisation=organisation,
            by_partner=partner,
            starts=at(day, 14, 30) if self.rng.random() < 0.7 else at(day, 15, 0),
            minutes=90,
            place=MEETING_ROOM if targets else HALL,
            targets=targets,
            experts=f"{experts}、{self.rng.choice(names.NURSES)} 护士" if experts else "",
        )

    def quarter(self, year: int, quarter: int, lo: dt.date, hi: dt.date) -> list[Draft]:
        rng, out = self.rng, []
        if (day := self.day(lo, hi)) is not None:
            out.append(self.lecture(day))
        if rng.random() < 0.5 and (day := self.day(lo, hi)) is not None:
            out.append(self.lecture(day, partner=rng.random() < 0.7))
        if (day := self.day(lo, hi)) is not None:
            kind, title = names.CLINICS[(year * 4 + quarter) % len(names.CLINICS)]
            lead, second = rng.sample((0, 1, 2, 3, 5, 8), 2)
            speaker, organisation, experts = _expert(lead)
            out.append(
                Draft(
                    kind=K(kind),
                    title=title,
                    topic=title.split("：")[-1],
                    speaker=speaker,
                    organisation=organisation,
                    by_partner=True,
                    starts=at(day, 9),
                    minutes=150,
                    place="厂区广场" if kind == "free_clinic" else "健康生活室",
                    experts=f"{experts}、{_expert(second)[2]}",
                )
            )
        if (quarter in (2, 4) or rng.random() < 0.3) and (day := self.day(lo, hi)) is not None:
            title = rng.choice(names.FITNESS)
            out.append(
                Draft(
                    kind=K.FITNESS,
                    title=title,
                    topic=title,
                    speaker="",
                    organisation="公司工会",
                    by_partner=False,
                    starts=at(day, 16),
                    minutes=60,
                    place="厂区操场",
                )
            )
        if quarter == 3 and (day := self.day(lo, hi)) is not None:
            title = "应急救护培训（心肺复苏与AED）"
            out.append(
                Draft(
                    kind=K.TRAINING,
                    title=title,
                    topic="心肺复苏与AED使用",
                    speaker="李卫红 应急救护培训师",
                    organisation="沧州市红十字会",
                    by_partner=False,
                    starts=at(day, 9),
                    minutes=180,
                    place=MEETING_ROOM,
                )
            )
        return out


def generate_activities(ctx: DemoContext, roster: Roster, schedule: Schedule) -> int:
    """Insert plan, activities, sign-ins, notices and hospital visits; returns activities."""
    rng = ctx.rng("activities")
    planner = _Planner(ctx, rng, schedule)
    horizon = ctx.today + dt.timedelta(days=UPCOMING_DAYS)
    drafts: list[Draft] = []
    for year, quarter in quarters_between(ctx.start, horizon):
        lo = max(ctx.start, quarter_start(year, quarter))
        hi = min(quarter_end(year, quarter), horizon)
        drafts += planner.quarter(year, quarter, lo, hi)
    upcoming = [d for d in drafts if d.kind is K.LECTURE and d.starts.date() >= ctx.today]
    if not upcoming and (day := planner.day(ctx.today + dt.timedelta(7), horizon)) is not None:
        drafts.append(planner.lecture(day))
    drafts.sort(key=lambda d: d.starts)
    for d in drafts:
        d.status = ActivityStatus.HELD if d.starts.date() < ctx.today else ActivityStatus.PLANNED
    past_fitness = [d for d in drafts if d.kind is K.FITNESS and d.status is ActivityStatus.HELD]
    if len(past_fitness) >= 2:
        past_fitness[0].status = ActivityStatus.CANCELLED
        past_fitness[0].notes = "因雨天取消，顺延至下季度举行"

    _plan(ctx, rng, drafts)
    first_id = ctx.next_id(Activity)
    rows: list[Row] = []
    targets: list[Row] = []
    for i, d in enumerate(drafts):
        rows.append(
            {
                "id": first_id + i,
                "kind": d.kind.value,
                "title": d.title,
                "topic": d.topic,
                "speaker": d.speaker,
                "organisation": d.organisation,
                "by_partner_hospital": d.by_partner,
                "starts_at": d.starts,
                "ends_at": d.starts + dt.timedelta(minutes=d.minutes),
                "place": d.place,
                "target_all": not d.targets,
                "status": d.status.value,
                "plan_item_id": d.plan_item_id,
                "notes": d.notes,
                "experts": d.experts if d.by_partner else "",
                "visit_purposes": VISIT_PURPOSES.get(d.kind, "") if d.by_partner else "",
            }
        )
        targets += [
            {"activity_id": first_id + i, "department_id": roster.department_ids[t]}
            for t in d.targets
        ]
    ctx.insert(Activity, rows)
    ctx.insert(ActivityDepartment, targets)
    ids = [first_id + i for i in range(len(drafts))]
    _attendance(ctx, rng, roster, drafts, ids)
    _notices(ctx, rng, roster, schedule, drafts, ids)
    _hospital_visits(ctx, rng, schedule, drafts, ids)
    return len(drafts)


def _plan(ctx: DemoContext, rng: random.Random, drafts: list[Draft]) -> None:
    """The annual health promotion plan of every year touched, quarter by quarter."""
    rows: list[Row] = []
    first_id = ctx.next_id(PlanItem)
    spare = [t for t, _, _ in rng.sample(names.LECTURES, len(names.LECTURES))]
    for year in range(ctx.start.year, ctx.today.year + 1):
        for quarter in range(1, 5):
            held = [
                d for d in drafts if (d.starts.year, quarter_of(d.starts.date())) == (year, quarter)
            ]
            lecture = next((d for d in held if d.kind is K.LECTURE), None)
            topic = lecture.topic if lecture else spare[(year * 4 + quarter) % len(spare)]
            items = [(K.LECTURE, f"健康讲座：{topic}", lecture)]
            clinic = next((d for d in held if d.kind in (K.FREE_CLINIC, K.CONSULTATION)), None)
            items.append((K.FREE_CLINIC, "合作医院义诊或健康咨询", clinic))
            if quarter == 2:
                items.append((K.OTHER, "年度职工健康数据采集", None))
            if quarter in (2, 4):
                fitness = next((d for d in held if d.kind is K.FITNESS), None)
                items.append((K.FITNESS, "职工健身活动", fitness))
            for kind, title, draft in items:
                plan_id = first_id + len(rows)
                rows.append(
                    {
                        "id": plan_id,
                        "year": year,
                        "quarter": quarter,
                        "kind": kind.value,
                        "title": title,
                        "note": "与合作医院共同制定",
                    }
                )
                if draft is not None:
                    draft.plan_item_id = plan_id
    ctx.insert(PlanItem, rows)


def _attendance(
    ctx: DemoContext, rng: random.Random, roster: Roster, drafts: list[Draft], ids: list[int]
) -> None:
    rows: list[Row] = []
    first_id = ctx.next_id(Attendance)
    for activity_id, d in zip(ids, drafts, strict=True):
        if d.status is not ActivityStatus.HELD:
            continue
        day = d.starts.date()
        group = [p for p in roster.active_on(day) if not d.targets or p.department in d.targets]
        if d.kind is K.LECTURE:  # the rules want >= 60 %; a few lectures fall a little short
            rate = rng.uniform(0.52, 0.58) if rng.random() < 0.2 else rng.uniform(0.6, 0.75)
        elif d.kind is K.FITNESS:
            rate = rng.uniform(0.35, 0.55)
        elif d.kind is K.TRAINING:
            rate = rng.uniform(0.08, 0.15)
        else:
            rate = rng.uniform(0.25, 0.4)
        method = SignInMethod.SCAN if rng.random() < 0.2 else SignInMethod.TICK
        # A few people never come to lectures (shift work, no interest): the outreach list.
        pool = [p for p in group if d.kind is not K.LECTURE or p.id % 12 != 5]
        chosen: list[Person] = rng.sample(pool, min(len(pool), round(rate * len(group))))
        chosen.sort(key=lambda p: p.id)
        guests = rng.sample(names.GUESTS, rng.randint(0, 2)) if d.kind is K.LECTURE else []
        for staff_id, guest in [(p.id, None) for p in chosen] + [(None, g) for g in guests]:
            rows.append(
                {
                    "id": first_id + len(rows),
                    "activity_id": activity_id,
                    "staff_id": staff_id,
                    "guest_name": guest,
                    "method": method.value,
                    "signed_at": d.starts - dt.timedelta(minutes=rng.randint(0, 20)),
                }
            )
    ctx.insert(Attendance, rows)


def _notices(
    ctx: DemoContext,
    rng: random.Random,
    roster: Roster,
    schedule: Schedule,
    drafts: list[Draft],
    ids: list[int],
) -> None:
    """Mostly forwarded to the staff WeChat groups; a few meetings kept a tick list."""
    plans: list[tuple[dt.date, str, int | None]] = []
    for draft_id, d in zip(ids, drafts, strict=True):
        issued = d.starts.date() - dt.timedelta(days=rng.randint(3, 7))
        plans.append((issued, f"关于开展“{d.title}”活动的通知", draft_id))
    for year in range(ctx.start.year, ctx.today.year + 1):
        closures = [(dt.date(year, 10, 1), "国庆节")]
        if year in SPRING:
            closures.append((dt.date(year, *SPRING[year]) - dt.timedelta(days=1), "春节"))
        for day, reason in closures:
            plans.append((day - dt.timedelta(days=4), f"{reason}期间健康生活室闭室安排", None))
    if len(schedule.open_days) > 1:
        plans.append((ctx.start + dt.timedelta(days=2), "健康生活室开放时间及使用须知", None))
    plans = sorted((p for p in plans if ctx.start <= p[0] <= ctx.last_day), key=lambda p: p[0])
    rows: list[Row] = []
    reach: list[Row] = []
    first_id = ctx.next_id(Notice)
    for i, (issued, title, activity_id) in enumerate(plans):
        notice_id = first_id + i
        active = roster.active_on(issued)
        share = rng.uniform(0.93, 0.99)
        channel = NoticeChannel.WECHAT_GROUP
        reached: int | None = round(share * len(active))
        if i % 6 == 3 and len(reach) < 3 * len(roster.people):  # a tick list, not a count
            channel, reached = NoticeChannel.MEETING, None
            tick = rng.sample(active, round(max(share, 0.95) * len(active)))
            reach += [
                {"notice_id": notice_id, "staff_id": p.id} for p in sorted(tick, key=lambda p: p.id)
            ]
        elif rng.random() < 0.12:
            channel = NoticeChannel.NOTICE_BOARD
        rows.append(
            {
                "id": notice_id,
                "title": title,
                "issued_on": issued,
                "channel": channel.value,
                "reached_count": reached,
                "activity_id": activity_id,
                "note": "",
            }
        )
    ctx.insert(Notice, rows)
    ctx.insert(NoticeReach, reach)


def _hospital_visits(
    ctx: DemoContext, rng: random.Random, schedule: Schedule, drafts: list[Draft], ids: list[int]
) -> None:
    purposes = VISIT_PURPOSES
    plans: list[tuple[dt.date, str, str, int | None, str]] = []
    for activity_id, d in zip(ids, drafts, strict=True):
        if d.by_partner and d.status is ActivityStatus.HELD and d.kind in purposes:
            plans.append((d.starts.date(), d.experts, purposes[d.kind], activity_id, ""))
    for year in range(ctx.start.year, ctx.today.year + 1):  # the yearly health data collection
        lo, hi = max(dt.date(year, 5, 10), ctx.start), min(dt.date(year, 6, 20), ctx.last_day)
        days = [lo + dt.timedelta(i) for i in range((hi - lo).days + 1)]
        days = [d for d in days if schedule.is_workday(d)]
        if days:
            experts = f"{_expert(5)[2]}、{rng.choice(names.NURSES)} 护士"
            plans.append(
                (
                    rng.choice(days),
                    experts,
                    "data_collection",
                    None,
                    "年度职工健康数据采集，同步更新健康档案",
                )
            )
    plans.sort(key=lambda p: p[0])
    first_id = ctx.next_id(HospitalVisit)
    ctx.insert(
        HospitalVisit,
        [
            {
                "id": first_id + i,
                "visited_on": day,
                "hospital": names.HOSPITAL,
                "experts": experts,
                "purposes": purpose,
                "activity_id": activity_id,
                "note": note,
            }
            for i, (day, experts, purpose, activity_id, note) in enumerate(plans)
        ],
    )
