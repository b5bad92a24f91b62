"""Open hours (two schedule versions, holidays, one special day) and the room's day log."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from app.catalogue.codes import ExceptionKind
from app.db.models import RoomDayLog, ScheduleException, ScheduleSlot, ScheduleVersion
from app.services.demo import names
from app.services.demo.context import DemoContext, Row, add_months

Slot = tuple[int, int]  # minutes since midnight, [start, end)

# First day of the Spring Festival, Dragon Boat and Mid-Autumn festivals (lunar calendar).
SPRING = {
    2020: (1, 25), 2021: (2, 12), 2022: (2, 1), 2023: (1, 22), 2024: (2, 10), 2025: (1, 29),
    2026: (2, 17), 2027: (2, 6), 2028: (1, 26), 2029: (2, 13), 2030: (2, 3),
}  # fmt: skip
DRAGON_BOAT = {
    2020: (6, 25), 2021: (6, 14), 2022: (6, 3), 2023: (6, 22), 2024: (6, 10), 2025: (5, 31),
    2026: (6, 19), 2027: (6, 9), 2028: (5, 28), 2029: (6, 16), 2030: (6, 5),
}  # fmt: skip
MID_AUTUMN = {
    2020: (10, 1), 2021: (9, 21), 2022: (9, 10), 2023: (9, 29), 2024: (9, 17), 2025: (10, 6),
    2026: (9, 25), 2027: (9, 15), 2028: (10, 3), 2029: (9, 22), 2030: (9, 12),
}  # fmt: skip


def _minutes(t: dt.time) -> int:
    return t.hour * 60 + t.minute


def _time(minutes: int) -> dt.time:
    return dt.time(minutes // 60, minutes % 60)


@dataclass(frozen=True)
class OpenDay:
    day: dt.date
    slots: tuple[Slot, ...]


@dataclass
class Schedule:
    """What the visits and the activities need to know about the open hours."""

    open_days: list[OpenDay]  # start .. last_day, in order
    closed: set[dt.date] = field(default_factory=set)
    disinfection_days: list[dt.date] = field(default_factory=list)

    def is_workday(self, day: dt.date) -> bool:
        return day.weekday() < 5 and day not in self.closed


def holidays(year: int) -> list[tuple[dt.date, str]]:
    """Statutory holidays of a year as (date, reason), weekends included."""
    spans: list[tuple[dt.date, int, str]] = [(dt.date(year, 1, 1), 1, "元旦")]
    if year in SPRING:
        spans.append((dt.date(year, *SPRING[year]) - dt.timedelta(days=1), 8, "春节"))
    spans.append((dt.date(year, 4, 4 if year % 4 in (0, 1) else 5), 1, "清明节"))
    spans.append((dt.date(year, 5, 1), 5, "劳动节"))
    if year in DRAGON_BOAT:
        spans.append((dt.date(year, *DRAGON_BOAT[year]), 1, "端午节"))
    if year in MID_AUTUMN:
        spans.append((dt.date(year, *MID_AUTUMN[year]), 1, "中秋节"))
    spans.append((dt.date(year, 10, 1), 7, "国庆节"))
    out: dict[dt.date, str] = {}
    for first, length, reason in spans:
        for i in range(length):
            day = first + dt.timedelta(days=i)
            out[day] = f"{out[day]}、{reason}" if day in out else reason
    return sorted(out.items())


def generate_schedule(ctx: DemoContext) -> Schedule:
    rng = ctx.rng("schedule")
    morning = (8 * 60 + 30, 11 * 60 + 30)
    versions: list[tuple[dt.date, tuple[Slot, ...], str]] = [
        (ctx.start, (morning, (14 * 60, 17 * 60)), "周一至周五 上午8:30—11:30，下午14:00—17:00"),
    ]
    # A newer version half a year ago: the afternoon follows the factory's new working hours.
    changed = add_months(ctx.today, -min(6, (ctx.today - ctx.start).days // 60))
    if ctx.start < changed < ctx.today:
        versions.append(
            (
                changed,
                (morning, (14 * 60 + 30, 17 * 60 + 30)),
                "随公司作息调整，下午改为14:30—17:30",
            )
        )
    version_id, slot_id = ctx.next_id(ScheduleVersion), ctx.next_id(ScheduleSlot)
    version_rows: list[Row] = []
    slot_rows: list[Row] = []
    for i, (effective, slots, note) in enumerate(versions):
        version_rows.append({"id": version_id + i, "effective_from": effective, "note": note})
        for weekday in range(5):
            for start, end in slots:
                slot_rows.append(
                    {
                        "id": slot_id + len(slot_rows),
                        "version_id": version_id + i,
                        "weekday": weekday,
                        "start_time": _time(start),
                        "end_time": _time(end),
                    }
                )
    ctx.insert(ScheduleVersion, version_rows)
    ctx.insert(ScheduleSlot, slot_rows)

    # Closures on working days only: a closed Saturday says nothing the week does not.
    horizon = ctx.today + dt.timedelta(days=90)
    closed: dict[dt.date, str] = {}
    for year in range(ctx.start.year, horizon.year + 1):
        for day, reason in holidays(year):
            if ctx.start <= day <= horizon and day.weekday() < 5:
                closed[day] = f"{reason}放假，健康生活室闭室"
    exception_rows: list[Row] = [
        {
            "on_date": d,
            "kind": ExceptionKind.CLOSED.value,
            "start_time": None,
            "end_time": None,
            "reason": r,
        }
        for d, r in sorted(closed.items())
    ]
    candidates = [
        ctx.start + dt.timedelta(days=i) for i in range(20, (ctx.last_day - ctx.start).days)
    ]
    candidates = [d for d in candidates if d.weekday() < 5 and d not in closed]
    special: dict[dt.date, Slot] = {}
    if candidates:
        day = rng.choice(candidates[len(candidates) // 3 : 2 * len(candidates) // 3 + 1])
        special[day] = morning
        exception_rows.append(
            {
                "on_date": day,
                "kind": ExceptionKind.SPECIAL_HOURS.value,
                "start_time": _time(morning[0]),
                "end_time": _time(morning[1]),
                "reason": "下午全厂消防演练，仅上午开放",
            }
        )
    exception_rows.sort(key=lambda r: r["on_date"])
    first_exception = ctx.next_id(ScheduleException)
    for i, row in enumerate(exception_rows):
        row["id"] = first_exception + i
    ctx.insert(ScheduleException, exception_rows)

    open_days: list[OpenDay] = []
    day = ctx.start
    while day <= ctx.last_day:
        if day in special:
            open_days.append(OpenDay(day, (special[day],)))
        elif day.weekday() < 5 and day not in closed:
            slots = next(s for eff, s, _ in reversed(versions) if eff <= day)
            open_days.append(OpenDay(day, slots))
        day += dt.timedelta(days=1)
    schedule = Schedule(open_days, set(closed))
    _day_log(ctx, rng, schedule)
    return schedule


def _day_log(ctx: DemoContext, rng: random.Random, schedule: Schedule) -> None:
    """One row per open day; a few days were never written up; disinfection once a week."""
    rows: list[Row] = []
    first_id = ctx.next_id(RoomDayLog)
    days = schedule.open_days
    for i, open_day in enumerate(days):
        last_of_week = i + 1 == len(days) or (
            days[i + 1].day.isocalendar()[:2] != open_day.day.isocalendar()[:2]
        )
        if rng.random() < 0.03 and not last_of_week:
            continue  # forgotten
        duty = names.ADMIN[0] if rng.random() < 0.92 else names.DEPUTY
        opened = open_day.slots[0][0] - rng.randint(0, 10)
        closed = open_day.slots[-1][1] + rng.randint(0, 12)
        cleaned = rng.random() < 0.99
        row: Row = {
            "id": first_id + len(rows),
            "day": open_day.day,
            "opened_at": _time(opened),
            "closed_at": _time(closed),
            "duty_person": duty,
            "cleaned": cleaned,
            "cleaned_by": (names.CLEANER if rng.random() < 0.7 else duty) if cleaned else "",
            "disinfected": last_of_week,
            "disinfection_what": "血压计袖带、血糖仪、体重秤、按摩椅、桌椅及门把手"
            if last_of_week
            else "",
            "disinfection_agent": rng.choice(("75%医用酒精擦拭", "84消毒液1:100稀释擦拭"))
            if last_of_week
            else "",
            "disinfected_by": duty if last_of_week else "",
            "note": "",
        }
        if last_of_week:
            schedule.disinfection_days.append(open_day.day)
        rows.append(row)
    ctx.insert(RoomDayLog, rows)
