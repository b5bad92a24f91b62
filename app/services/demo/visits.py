"""The usage register: visits on open days, their readings, and follow-ups of abnormal ones."""

from __future__ import annotations

import datetime as dt
import random
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from app.catalogue.codes import FollowUpWay, Sex
from app.catalogue.follow_up_reasons import Finding, reading_finding, stored
from app.catalogue.readings import Flag, is_abnormal
from app.catalogue.urgent import UrgentAction
from app.db.models import FollowUp, Measurement, UrgentCase, UsageVisit
from app.domain.readings import ReadingType, bmi, classify, is_urgent
from app.services.demo import names
from app.services.demo.context import RECORDER, DemoContext, Row, quarter_of
from app.services.demo.people import Person, Roster
from app.services.demo.schedule import Schedule

Month = tuple[int, int]
R = ReadingType
CHUNK = 20_000  # rows per bulk insert: bounded memory, few round trips

ADVICE = {
    "bp": "血压偏高，建议低盐饮食、规律作息，一周内复测；持续偏高请到心内科就诊",
    "glucose": "血糖偏高，建议控制饮食，到内分泌科进一步检查",
    "body": "体重超标，建议合理膳食、增加运动",
    "waist": "腰围超标，注意控制体重和腹部脂肪",
    "pulse": "心率异常，建议休息后复测，必要时做心电图",
}
GROUP_OF = {
    R.SYSTOLIC: "bp", R.DIASTOLIC: "bp", R.PULSE: "pulse", R.GLUCOSE_FASTING: "glucose",
    R.GLUCOSE_2H: "glucose", R.GLUCOSE_RANDOM: "glucose", R.BMI: "body", R.WAIST: "waist",
    R.HEIGHT: "body", R.WEIGHT: "body", R.BODY_FAT: "body",
}  # fmt: skip


@dataclass
class UsageStats:
    visits: int = 0
    measurements: int = 0
    follow_ups: int = 0
    glucose_by_month: Counter[Month] = field(default_factory=Counter)
    abnormal_by_month: Counter[Month] = field(default_factory=Counter)


def _ranges(days: list[dt.date], key: Callable[[dt.date], object]) -> list[tuple[int, int]]:
    """Index ranges [lo, hi) of consecutive open days sharing a key (a month, a quarter)."""
    out: list[tuple[int, int]] = []
    lo = 0
    for i in range(1, len(days) + 1):
        if i == len(days) or key(days[i]) != key(days[lo]):
            out.append((lo, i))
            lo = i
    return out


def _visit_days(
    rng: random.Random,
    p: Person,
    lo: int,
    hi: int,
    quarters: list[tuple[int, int]],
    months: list[tuple[int, int]],
) -> list[int]:
    """Open-day indexes of one person's visits: most staff come every quarter or so,
    people with hypertension or diabetes come to check themselves about monthly."""
    if rng.random() >= (0.97 if p.chronic else 0.86):
        return []  # never used the room
    chosen: set[int] = set()
    for q_lo, q_hi in quarters:
        a, b = max(lo, q_lo), min(hi, q_hi)
        if a < b and rng.random() < 0.93:
            for _ in range(1 + (rng.random() < 0.35) + (rng.random() < 0.1)):
                chosen.add(rng.randrange(a, b))
    if p.chronic:
        for m_lo, m_hi in months:
            a, b = max(lo, m_lo), min(hi, m_hi)
            if a < b:
                for _ in range((rng.random() < 0.85) + (rng.random() < 0.25)):
                    chosen.add(rng.randrange(a, b))
    if not chosen:
        chosen.add(rng.randrange(lo, hi))
    return sorted(chosen)


def _clip(value: float, low: float, high: float) -> float:
    return low if value < low else high if value > high else value


class _Readings:
    """Draws one visit's readings around the person's baseline (visitors get an average one)."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def draw(self, p: Person | None, when: dt.datetime) -> list[tuple[ReadingType, float]]:
        rng = self.rng
        hyper = p is not None and p.hypertension
        diabetic = p is not None and p.diabetes
        groups = [
            g
            for g, chance in (
                ("bp", 0.98 if hyper else 0.8),
                ("glucose", 0.9 if diabetic else 0.22),
                ("body", 0.25 if p else 0.0),
                ("waist", 0.08 if p else 0.0),
            )
            if rng.random() < chance
        ][:3] or ["bp"]
        out: list[tuple[ReadingType, float]] = []
        systolic = p.systolic if p else 124.0
        diastolic = p.diastolic if p else 80.0
        if "bp" in groups:
            s = round(_clip(systolic + rng.gauss(0, 7), 85, 215))
            d = round(_clip(diastolic + rng.gauss(0, 5), 50, min(130, s - 18)))
            pulse = round(_clip((p.pulse if p else 76) + rng.gauss(0, 6), 48, 130))
            out += [(R.SYSTOLIC, s), (R.DIASTOLIC, d), (R.PULSE, pulse)]
        if "glucose" in groups:
            base = p.glucose if p else 5.2
            spread = 0.8 if diabetic else 0.35
            if when.hour < 10 and rng.random() < 0.7:
                kind, value = R.GLUCOSE_FASTING, base + rng.gauss(0, spread)
            elif diabetic and 13 <= when.hour < 16 and rng.random() < 0.3:
                kind, value = R.GLUCOSE_2H, base + rng.uniform(3.0, 6.0) + rng.gauss(0, spread)
            else:
                rise = rng.uniform(2.0, 5.0) if diabetic else rng.uniform(0.6, 2.6)
                kind, value = R.GLUCOSE_RANDOM, base + rise + rng.gauss(0, spread)
            out.append((kind, round(_clip(value, 3.0, 28.0), 1)))
        if p is not None and "body" in groups:
            height = round(p.height + rng.gauss(0, 0.4), 1)
            weight = round(p.weight + rng.gauss(0, 0.8), 1)
            out += [(R.HEIGHT, height), (R.WEIGHT, weight), (R.BMI, bmi(height, weight))]
            if rng.random() < 0.3:  # on the body-composition analyser
                male = p.sex is Sex.MALE
                age = p.age_on(when.date())
                fat = 1.2 * bmi(height, weight) + 0.23 * age - (16.2 if male else 5.4)
                out.append((R.BODY_FAT, round(_clip(fat + rng.gauss(0, 1.5), 5, 50), 1)))
        if p is not None and "waist" in groups:
            out.append((R.WAIST, round(_clip(p.waist + rng.gauss(0, 1.0), 55, 130), 1)))
        return out


def generate_visits(
    ctx: DemoContext, roster: Roster, schedule: Schedule, progress: Callable[[float], None]
) -> UsageStats:
    rng = ctx.rng("visits")
    days = [d.day for d in schedule.open_days]
    ordinals = [d.toordinal() for d in days]
    quarters = _ranges(days, lambda d: (d.year, quarter_of(d)))
    months = _ranges(days, lambda d: (d.year, d.month))
    people = roster.people

    # Plan first (day, minute, who), then number the visits in time order like a real register.
    plans: list[tuple[int, int, int]] = []
    for index, p in enumerate(people):
        lo = bisect_left(ordinals, max(p.hire, ctx.start).toordinal())
        end = p.departure or ctx.today
        hi = bisect_left(ordinals, end.toordinal())
        if lo < hi:
            plans += [(d, 0, index) for d in _visit_days(rng, p, lo, hi, quarters, months)]
    if days:
        for k in range(max(2, len(plans) // 250)):  # people not on the roster
            plans.append((rng.randrange(len(days)), 0, -1 - k % len(names.VISITOR_NAMES)))
    timed: list[tuple[int, int, int]] = []
    for day_index, _, who in plans:
        slots = schedule.open_days[day_index].slots
        opens, closes = rng.choices(slots, [b - a for a, b in slots])[0]
        timed.append((day_index, rng.randrange(opens, closes - 5), who))
    timed.sort()

    stats = UsageStats()
    readings = _Readings(rng)
    visit_id = ctx.next_id(UsageVisit)
    measurement_id = ctx.next_id(Measurement)
    visits: list[Row] = []
    measurements: list[Row] = []
    cases: list[Row] = []  # urgent values, each with its action
    watch: dict[int, tuple[int, dt.date, str]] = {}  # person -> last abnormal BP/glucose visit
    follow_from = ctx.today - dt.timedelta(days=120)
    step = max(len(timed) // 20, 1)
    for n, (day_index, minute, who) in enumerate(timed):
        day = days[day_index]
        when = dt.datetime.combine(day, dt.time(minute // 60, minute % 60))
        person = people[who] if who >= 0 else None
        staff_id = person.id if person else None
        sex = person.sex if person else None
        flagged: list[str] = []
        reasons: list[Finding] = []  # the follow-up's reason, as codes
        grades: dict[ReadingType, Flag] = {}
        values = readings.draw(person, when)
        urgent = [rt.value for rt, value in values if is_urgent(rt, value, ctx.thresholds)]
        if urgent:  # handled at once: referred, 120, or advised (the choice is not drawn)
            action = URGENT_ACTIONS[visit_id % len(URGENT_ACTIONS)]
            cases.append(
                {
                    "visit_id": visit_id,
                    "staff_id": staff_id,
                    "opened_at": when,
                    "types": ",".join(urgent),
                    "action": action.value,
                    "action_note": "",
                    "closed_at": when + dt.timedelta(minutes=15),
                    "closed_by": RECORDER,
                }
            )
        for rt, value in values:
            grade = classify(rt, value, ctx.thresholds, sex)
            flag = grade.value
            grades[rt] = grade
            if is_abnormal(grade):
                flagged.append(GROUP_OF[rt])
            measurements.append(
                {
                    "id": measurement_id,
                    "visit_id": visit_id,
                    "staff_id": staff_id,
                    "measured_at": when,
                    "type": rt.value,
                    "value": float(value),
                    "flag": flag,
                }
            )
            measurement_id += 1
            if rt in (R.GLUCOSE_FASTING, R.GLUCOSE_2H, R.GLUCOSE_RANDOM):
                stats.glucose_by_month[(day.year, day.month)] += 1
        groups = list(dict.fromkeys(flagged))
        if "bp" in groups:
            reasons += [
                reading_finding(rt, v, grades[rt])
                for rt, v in values
                if rt in (R.SYSTOLIC, R.DIASTOLIC)
            ]
        if "glucose" in groups:
            reasons.append(
                next(reading_finding(rt, v, grades[rt]) for rt, v in values
                     if GROUP_OF[rt] == "glucose")
            )  # fmt: skip
        late = rng.random() < 0.03  # copied from the paper register the next day
        recorded = (
            dt.datetime.combine(day + dt.timedelta(days=1), dt.time(8, 40 + rng.randrange(15)))
            if late
            else when + dt.timedelta(minutes=rng.randint(1, 5))
        )
        advice = "；".join(ADVICE[g] for g in groups)
        if not groups and rng.random() < 0.4:
            advice = "各项指标正常"
        visits.append(
            {
                "id": visit_id,
                "visited_at": when,
                "staff_id": staff_id,
                "visitor_name": None if person else names.VISITOR_NAMES[-1 - who],
                "advice": advice,
                "note": "服药后测量"
                if person and person.hypertension and rng.random() < 0.1
                else "",
                "abnormal": bool(groups),
                "entered_late": late,
                "recorded_by": RECORDER,
                "recorded_at": recorded,
            }
        )
        if groups:
            stats.abnormal_by_month[(day.year, day.month)] += 1
        if reasons and who >= 0 and day >= follow_from:
            watch[who] = (visit_id, day, stored(reasons))
        visit_id += 1
        if len(measurements) >= CHUNK:
            stats.visits += ctx.insert(UsageVisit, visits)
            stats.measurements += ctx.insert(Measurement, measurements)
            visits, measurements = [], []
        if n % step == 0:
            progress(n / len(timed))
    stats.visits += ctx.insert(UsageVisit, visits)
    stats.measurements += ctx.insert(Measurement, measurements)
    ctx.insert(UrgentCase, cases)
    stats.follow_ups = _follow_ups(ctx, rng, people, watch)
    return stats


URGENT_ACTIONS = (
    UrgentAction.REFERRED,
    UrgentAction.ADVISED_WENT,
    UrgentAction.FAMILY_NOTIFIED,
    UrgentAction.ADVISED_REFUSED,
)


def _follow_ups(
    ctx: DemoContext,
    rng: random.Random,
    people: list[Person],
    watch: dict[int, tuple[int, dt.date, str]],
) -> int:
    """The administrator calls back some of the recent abnormal readings."""
    rows: list[Row] = []
    first_id = ctx.next_id(FollowUp)
    for who in sorted(watch):
        if rng.random() >= 0.4:
            continue
        visit_id, day, reason = watch[who]
        on = min(day + dt.timedelta(days=rng.randint(1, 7)), ctx.last_day)
        way = rng.choices(list(FollowUpWay), (60, 30, 10))[0]
        next_date = on + dt.timedelta(days=rng.randint(7, 45))
        outcome = ""
        if next_date < ctx.today:
            outcome = rng.choice(
                ("已复测，较前好转", "已到医院就诊，遵医嘱服药", "复测仍偏高，建议专科就诊")
            )
        advice = {
            FollowUpWay.PHONE: "电话提醒按时服药、低盐低脂饮食，两周后来健康生活室复测",
            FollowUpWay.VISIT: "到岗位当面随访，了解用药和作息情况，指导自我监测",
            FollowUpWay.REFERRAL: f"建议到{names.HOSPITAL}专科门诊进一步诊治",
        }[way]
        rows.append(
            {
                "id": first_id + len(rows),
                "staff_id": people[who].id,
                "visit_id": visit_id,
                "on_date": on,
                "way": way.value,
                "reason": "",
                "reason_codes": reason,
                "advice": advice,
                "next_date": next_date,
                "outcome": outcome,
            }
        )
    return ctx.insert(FollowUp, rows)
