"""Departments, the staff roster and the health files, with each person's own baseline."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from app.catalogue.codes import Sex
from app.db.models import Department, HealthFile, Staff
from app.domain.id_number import make_id_number
from app.domain.pinyin import pinyin_keys
from app.services.demo import names
from app.services.demo.context import DemoContext, Row, at

DAYS_PER_YEAR = 365.25


@dataclass
class Person:
    """A generated staff member plus the hidden baseline their readings scatter around."""

    id: int
    name: str
    sex: Sex
    birth: dt.date
    department: str
    hire: dt.date
    departure: dt.date | None
    hypertension: bool
    diabetes: bool
    systolic: float
    diastolic: float
    pulse: float
    glucose: float  # fasting, mmol/L
    height: float
    weight: float
    waist: float
    job: str = ""  # preset for the chair and the administrator, drawn for everyone else

    @property
    def chronic(self) -> bool:
        return self.hypertension or self.diabetes

    def age_on(self, day: dt.date) -> int:
        years = day.year - self.birth.year
        return years - ((day.month, day.day) < (self.birth.month, self.birth.day))

    def active_on(self, day: dt.date) -> bool:
        """On the roster: hired and not yet gone (the departure day is the first day off)."""
        return self.hire <= day and (self.departure is None or day < self.departure)


@dataclass(frozen=True)
class Roster:
    people: list[Person]
    department_ids: dict[str, int]

    def active_on(self, day: dt.date) -> list[Person]:
        return [p for p in self.people if p.active_on(day)]


def _years_before(day: dt.date, years: float) -> dt.date:
    return day - dt.timedelta(days=int(years * DAYS_PER_YEAR))


class _Unique:
    """Draws values until an unused one comes up (ID numbers and phones must be unique)."""

    def __init__(self) -> None:
        self.used: set[str] = set()

    def draw(self, make: Callable[[], str]) -> str:
        while (value := make()) in self.used:
            pass
        self.used.add(value)
        return value


def _name(rng: random.Random, sex: Sex) -> str:
    surname = rng.choices(_SURNAME_CHARS, _SURNAME_WEIGHTS)[0]
    pool = names.MALE_GIVEN if sex is Sex.MALE else names.FEMALE_GIVEN
    given = rng.choice(pool) if rng.random() < 0.25 else rng.choice(pool) + rng.choice(pool)
    return surname + given


_SURNAME_CHARS = [s for s, _ in names.SURNAMES]
_SURNAME_WEIGHTS = [w for _, w in names.SURNAMES]
_REGION_CODES = [r for r, _ in names.REGIONS]
_REGION_WEIGHTS = [w for _, w in names.REGIONS]


def _id_number(rng: random.Random, p: Person) -> str:
    region = rng.choices(_REGION_CODES, _REGION_WEIGHTS)[0]
    return make_id_number(region, p.birth, rng.randrange(100), p.sex)


def _mobile(rng: random.Random) -> str:
    return rng.choice(names.MOBILE_PREFIXES) + f"{rng.randrange(10**8):08d}"


def _baseline(rng: random.Random, sex: Sex, age: int, hypertension: bool, diabetes: bool) -> Row:
    male = sex is Sex.MALE
    if hypertension:  # mostly above 140/90 even on treatment: the room sees them often
        systolic, diastolic = rng.gauss(147, 9), rng.gauss(93, 6)
    else:
        systolic = rng.gauss(116 + 0.35 * (age - 40) + (4 if male else 0), 9)
        diastolic = rng.gauss(75 + 0.15 * (age - 40), 6)
    systolic = min(max(systolic, 92.0), 185.0)
    diastolic = min(max(diastolic, 58.0), min(115.0, systolic - 28))
    glucose = rng.gauss(8.3, 1.3) if diabetes else rng.gauss(5.0 + 0.01 * (age - 40), 0.35)
    height = rng.gauss(171.5, 5.8) if male else rng.gauss(159.5, 5.2)
    body_mass = rng.gauss(24.3 if male else 22.8, 3.0) + (1.5 if hypertension or diabetes else 0)
    body_mass = min(max(body_mass, 17.0), 36.0)
    weight = body_mass * (height / 100) ** 2
    waist = (2.9 if male else 2.7) * body_mass + (12 if male else 11) + rng.gauss(0, 2.5)
    return {
        "systolic": systolic,
        "diastolic": diastolic,
        "pulse": min(max(rng.gauss(74, 8), 52.0), 105.0),
        "glucose": min(max(glucose, 3.9), 16.0),
        "height": height,
        "weight": weight,
        "waist": waist,
    }


def _person(
    ctx: DemoContext, rng: random.Random, fixed: tuple[str, Sex, int, str] | None
) -> Person:
    job = ""
    if fixed:
        name, sex, age_years, job = fixed
        department = "行政部"
        age = age_years + rng.random() * 0.9
    else:
        dept = rng.choices(names.DEPARTMENTS, [d[1] for d in names.DEPARTMENTS])[0]
        department = dept[0]
        sex = Sex.MALE if rng.random() < dept[2] else Sex.FEMALE
        name = _name(rng, sex)
        age = min(rng.triangular(20.05, 59.9, 34), 59.9)
    birth = _years_before(ctx.today, age)
    # Years of service: many long-timers, and some hired during the generated period.
    longest = min(age - 18.0, 32.0)
    service = rng.triangular(0.02, longest, min(3.0, longest))
    hire = min(_years_before(ctx.today, service), ctx.last_day)
    departure = None
    if fixed is None and rng.random() < 0.04:
        first = max(hire + dt.timedelta(days=30), ctx.start + dt.timedelta(days=7))
        if first < ctx.last_day:
            departure = first + dt.timedelta(days=rng.randrange((ctx.last_day - first).days))
    whole_age = int(age)
    hypertension = rng.random() < 0.15 * (whole_age - 17) / 21
    diabetes = rng.random() < 0.07 * (whole_age - 17) / 21
    base = _baseline(rng, sex, whole_age, hypertension, diabetes)
    if not job:
        job = rng.choice(next(d[3] for d in names.DEPARTMENTS if d[0] == department))
    return Person(
        0, name, sex, birth, department, hire, departure, hypertension, diabetes, **base, job=job
    )


def generate_people(ctx: DemoContext, count: int) -> Roster:
    """The roster: inserts departments, staff and health files; returns the people."""
    rng = ctx.rng("people")
    dept_id = ctx.next_id(Department)
    department_ids = {d[0]: dept_id + i for i, d in enumerate(names.DEPARTMENTS)}
    ctx.insert(Department, [{"id": i, "name": n} for n, i in department_ids.items()])

    # The union chair and the health administrator are staff too (the first two of the draw).
    fixed = [
        (names.CHAIR[0], Sex.MALE, 52, "工会主席"),
        (names.ADMIN[0], Sex.FEMALE, 38, "健康管理员（兼）"),
    ]
    people = [_person(ctx, rng, fixed[i] if i < len(fixed) else None) for i in range(count)]
    # Employee numbers follow the hiring order, as an HR system hands them out.
    people.sort(key=lambda p: p.hire)
    first_id = ctx.next_id(Staff)
    for i, person in enumerate(people):
        person.id = first_id + i

    ids, phones = _Unique(), _Unique()
    staff_rows: list[Row] = []
    for i, p in enumerate(people):
        job = p.job
        id_number = ids.draw(partial(_id_number, rng, p))
        phone = phones.draw(partial(_mobile, rng))
        full, initials = pinyin_keys(p.name)
        created = at(max(p.hire, ctx.start), 9)
        staff_rows.append(
            {
                "id": p.id,
                "employee_no": f"HB{10001 + i:05d}",
                "name": p.name,
                "name_pinyin": full,
                "name_initials": initials,
                "sex": p.sex.value,
                "birth_date": p.birth,
                "id_number": id_number,
                "phone": phone,
                "department_id": department_ids[p.department],
                "job_title": job,
                "hazards": "、".join(names.JOB_HAZARDS.get(job, ())),
                "hire_date": p.hire,
                "departure_date": p.departure,
                "created_at": created,
                "updated_at": at(p.departure, 17) if p.departure else created,
            }
        )
    ctx.insert(Staff, staff_rows)
    files = [
        _health_file(ctx, rng, p, row["hazards"]) for p, row in zip(people, staff_rows, strict=True)
    ]
    ctx.insert(HealthFile, [f for f in files if f is not None])
    return Roster(people, department_ids)


def _checkup_day(ctx: DemoContext, rng: random.Random, p: Person) -> dt.date:
    """The yearly company checkup is in April; people hired since had a pre-employment one."""
    year = ctx.today.year if ctx.today >= dt.date(ctx.today.year, 5, 1) else ctx.today.year - 1
    day = dt.date(year, 4, 8) + dt.timedelta(days=rng.randrange(14))
    return day if p.hire <= day else max(p.hire - dt.timedelta(days=rng.randrange(3, 15)), p.birth)


def _health_file(ctx: DemoContext, rng: random.Random, p: Person, hazards: str) -> Row | None:
    if rng.random() > 0.94 and p.job not in ("工会主席", "健康管理员（兼）"):
        return None  # not filed yet
    conditions = [
        c for c, has in (("hypertension", p.hypertension), ("diabetes", p.diabetes)) if has
    ]
    history = "无"
    if conditions:
        parts = []
        if p.hypertension:
            parts.append(f"高血压病史{rng.randint(1, 12)}年，口服降压药")
        if p.diabetes:
            parts.append(f"2型糖尿病{rng.randint(1, 10)}年，饮食控制加口服药")
        history = "；".join(parts)
    elif rng.random() < 0.06:
        history = rng.choice(("阑尾炎术后", "腰椎间盘突出", "慢性胃炎", "胆囊结石"))
    male = p.sex is Sex.MALE
    smoke = rng.choices(("never", "former", "current"), (45, 10, 45) if male else (94, 2, 4))[0]
    drink = rng.choices(("never", "occasional", "regular"), (30, 55, 15) if male else (70, 28, 2))
    codes = list(dict.fromkeys(names.HAZARD_CODES[h] for h in hazards.split("、") if h))
    checkup = _checkup_day(ctx, rng, p)
    # Most files were updated within the year (annual data collection); a few fell behind.
    earliest = max(p.hire, ctx.today - dt.timedelta(days=360))
    if rng.random() < 0.96 or p.hire > ctx.today - dt.timedelta(days=400):
        updated = earliest + dt.timedelta(
            days=rng.randrange(max((ctx.last_day - earliest).days, 1))
        )
    else:
        updated = max(ctx.today - dt.timedelta(days=rng.randint(380, 540)), p.hire)
    findings, advice = rng.choice(names.FINDINGS_NORMAL), rng.choice(names.ADVICE_NORMAL)
    if p.hypertension:
        findings, advice = "血压偏高", "低盐饮食，规律服药，每周监测血压"
    elif p.diabetes:
        findings, advice = "空腹血糖偏高", "控制饮食，内分泌科随诊，定期监测血糖"
    row: Row = {
        "staff_id": p.id,
        "height_cm": round(p.height, 1),
        "weight_kg": round(p.weight, 1),
        "systolic": round(p.systolic),
        "diastolic": round(p.diastolic),
        "fasting_glucose": round(p.glucose, 1),
        "medical_history": history,
        "chronic_conditions": ",".join(conditions) or "none",
        "allergies": "无" if rng.random() < 0.88 else rng.choice(names.ALLERGIES),
        "smoking": smoke,
        "drinking": drink[0],
        "exercise": rng.choices(("rarely", "sometimes", "regular"), (40, 40, 20))[0],
        "hazard_exposure": ",".join(codes) or "none",
        "last_checkup_date": checkup,
        "checkup_findings": findings,
        "checkup_advice": advice,
        "data_updated_on": updated,
    }
    if rng.random() < 0.03:  # incomplete files: lifestyle questions left blank on paper
        for key in rng.sample(("allergies", "exercise", "smoking", "drinking", "systolic"), 2):
            row[key] = None
    return row
