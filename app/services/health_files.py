"""Health files (健康档案): read and edit one person's file, and the overview of everybody's.

The overview answers the questions of the founding rules for the people on the roster today:
whose file is incomplete and what is missing (target ≥ 90 % complete), who has no health data in
the last 12 months (annual update), who is at risk and why, whose follow-up is due.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.catalogue.codes import AuditAction, Sex
from app.db.migrate import Database
from app.db.models import (
    Checkup,
    CheckupResult,
    Department,
    HealthFile,
    Measurement,
    Setting,
    Staff,
)
from app.domain.checkup_results import READING_ITEMS
from app.domain.health_codes import (
    NONE,
    ChronicCondition,
    Drinking,
    Exercise,
    Hazard,
    Smoking,
    is_none_answer,
    split_codes,
)
from app.domain.health_file import (
    REQUIRED_FIELDS,
    has_current_health_data,
    missing_fields,
)
from app.domain.health_risk import Reading, RiskAssessment, RiskLevel, assess_risk
from app.domain.permissions import Action
from app.domain.ratios import Ratio
from app.domain.readings import (
    ImplausibleReading,
    ReadingType,
    Thresholds,
    check_plausible,
)
from app.domain.staff import FieldProblem
from app.services import audit
from app.services.actor import Actor
from app.services.follow_ups import due_follow_ups_by_person
from app.services.roster import active_staff_condition
from app.services.unit_of_work import read_only, unit_of_work

THRESHOLDS_SETTING = "reading_thresholds"

# Which reading of the register a field of the file corresponds to (for "latest readings").
FILE_READINGS: dict[str, ReadingType] = {
    "height_cm": ReadingType.HEIGHT,
    "weight_kg": ReadingType.WEIGHT,
    "systolic": ReadingType.SYSTOLIC,
    "diastolic": ReadingType.DIASTOLIC,
    "fasting_glucose": ReadingType.GLUCOSE_FASTING,
}


class HealthFileRejected(ValueError):
    def __init__(self, problems: list[FieldProblem]) -> None:
        super().__init__("; ".join(f"{p.field}: {p.code}" for p in problems))
        self.problems = problems


@dataclass(frozen=True)
class HealthFileData:
    """The editable content of a file. List fields hold comma-separated codes or "none"."""

    height_cm: float | None = None
    weight_kg: float | None = None
    systolic: int | None = None
    diastolic: int | None = None
    fasting_glucose: float | None = None
    medical_history: str | None = None
    chronic_conditions: str | None = None
    allergies: str | None = None
    smoking: str | None = None
    drinking: str | None = None
    exercise: str | None = None
    hazard_exposure: str | None = None
    last_checkup_date: dt.date | None = None
    checkup_findings: str | None = None
    checkup_advice: str | None = None
    data_updated_on: dt.date | None = None


FILE_FIELDS = tuple(f.name for f in fields(HealthFileData))


@dataclass(frozen=True)
class PersonHeader:
    id: int
    employee_no: str
    name: str
    department: str
    sex: str | None
    birth_date: dt.date | None
    departure_date: dt.date | None


@dataclass(frozen=True)
class HealthFileView:
    person: PersonHeader
    file: HealthFileData | None  # None: no file yet
    missing: tuple[str, ...]  # required fields still blank (REQUIRED_FIELDS names)
    last_health_data: dt.date | None  # newest of the file's update and the readings
    current: bool  # health data within the last 12 months
    risk: RiskAssessment
    latest: Mapping[str, tuple[float, dt.date | None]]  # reading type -> (value, date)


@dataclass(frozen=True)
class PersonHealthRow:
    """One person on the roster in the health overview."""

    id: int
    employee_no: str
    name: str
    name_pinyin: str
    name_initials: str
    department_id: int
    department: str
    has_file: bool
    missing: tuple[str, ...]
    last_health_data: dt.date | None
    current: bool
    risk: RiskAssessment
    follow_up_due: dt.date | None  # the next date of the person's open follow-up, when due

    @property
    def complete(self) -> bool:
        return not self.missing


@dataclass(frozen=True)
class HealthOverview:
    day: dt.date
    rows: tuple[PersonHealthRow, ...]

    @property
    def completeness(self) -> Ratio:
        return Ratio(sum(1 for r in self.rows if r.complete), len(self.rows))

    @property
    def current_data(self) -> Ratio:
        return Ratio(sum(1 for r in self.rows if r.current), len(self.rows))

    def count_risk(self, level: RiskLevel) -> int:
        return sum(1 for r in self.rows if r.risk.level is level)

    @property
    def follow_ups_due(self) -> int:
        return sum(1 for r in self.rows if r.follow_up_due is not None)


def thresholds(session: Session) -> Thresholds:
    """The site's reading thresholds (settings), the DESIGN §2 defaults when none are saved."""
    stored = session.scalar(select(Setting.value).where(Setting.key == THRESHOLDS_SETTING))
    if stored:
        try:
            return Thresholds.from_dict(json.loads(stored))
        except (ValueError, TypeError):
            pass
    return Thresholds()


def _file_values(health: HealthFile | None) -> HealthFileData | None:
    if health is None:
        return None
    return HealthFileData(**{name: getattr(health, name) for name in FILE_FIELDS})


def _completeness_values(
    sex: str | None, birth: dt.date | None, data: HealthFileData | None
) -> dict[str, object]:
    values: dict[str, object] = {"sex": sex, "birth_date": birth}
    if data is not None:
        values.update(asdict(data))
    return values


def _latest_readings(
    session: Session, staff_ids: list[int] | None
) -> dict[int, dict[ReadingType, Reading]]:
    """The newest value of each reading type per person from the usage register and the
    hospital's check-ups."""
    # SQLite returns the other columns of the row holding max(): one pass over the index.
    query = select(
        Measurement.staff_id,
        Measurement.type,
        Measurement.value,
        func.max(Measurement.measured_at),
    ).where(Measurement.staff_id.is_not(None), Measurement.counted)
    if staff_ids is not None:
        query = query.where(Measurement.staff_id.in_(staff_ids))
    query = query.group_by(Measurement.staff_id, Measurement.type)
    latest: dict[int, dict[ReadingType, Reading]] = defaultdict(dict)
    for staff_id, kind, value, when in session.execute(query):
        if staff_id is not None:
            latest[staff_id][ReadingType(kind)] = Reading(float(value), _as_date(when))
    _add_checkups(session, staff_ids, latest)
    return latest


def _add_checkups(
    session: Session, staff_ids: list[int] | None, latest: dict[int, dict[ReadingType, Reading]]
) -> None:
    """The hospital's check-up results of the items the room also measures, where newer."""
    items = {item.value: rt for rt, item in READING_ITEMS.items()}
    query = (
        select(Checkup.staff_id, CheckupResult.item, CheckupResult.value, Checkup.checkup_date)
        .join(Checkup, Checkup.id == CheckupResult.checkup_id)
        .where(CheckupResult.item.in_(items))
        .order_by(Checkup.checkup_date)
    )
    if staff_ids is not None:
        query = query.where(Checkup.staff_id.in_(staff_ids))
    for staff_id, item, value, on in session.execute(query):
        rt = items[item]
        held = latest[staff_id].get(rt)
        if held is None or held.on is None or on >= held.on:
            latest[staff_id][rt] = Reading(float(value), on)


def _as_date(value: dt.date | dt.datetime) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def _merge_readings(
    register: dict[ReadingType, Reading], data: HealthFileData | None
) -> dict[ReadingType, Reading]:
    """The register's readings, replaced by the file's values where the file is newer."""
    merged = dict(register)
    if data is None:
        return merged
    on = data.data_updated_on or data.last_checkup_date
    for name, rt in FILE_READINGS.items():
        value = getattr(data, name)
        if value is None:
            continue
        current = merged.get(rt)
        if current is None or (on is not None and (current.on is None or on >= current.on)):
            merged[rt] = Reading(float(value), on)
    return merged


def _last_health_data(
    register: dict[ReadingType, Reading], data: HealthFileData | None
) -> dt.date | None:
    dates = [r.on for r in register.values() if r.on is not None]
    if data is not None and data.data_updated_on is not None:
        dates.append(data.data_updated_on)
    return max(dates, default=None)


def _assess(
    readings: dict[ReadingType, Reading],
    data: HealthFileData | None,
    sex: str | None,
    t: Thresholds,
) -> RiskAssessment:
    conditions = split_codes(data.chronic_conditions) if data else ()
    return assess_risk(readings, conditions, t, Sex(sex) if sex else None)


def get_health_file(
    db: Database, actor: Actor, staff_id: int, today: dt.date | None = None
) -> HealthFileView:
    actor.require(Action.READ_HEALTH_DATA)
    day = today or dt.date.today()
    with read_only(db) as session:
        staff = session.get(Staff, staff_id)
        if staff is None:
            raise LookupError(staff_id)
        return _view(session, staff, day)


def _view(session: Session, staff: Staff, day: dt.date) -> HealthFileView:
    data = _file_values(staff.health_file)
    register = _latest_readings(session, [staff.id]).get(staff.id, {})
    readings = _merge_readings(register, data)
    last = _last_health_data(register, data)
    return HealthFileView(
        person=PersonHeader(
            staff.id,
            staff.employee_no,
            staff.name,
            staff.department.name,
            staff.sex,
            staff.birth_date,
            staff.departure_date,
        ),
        file=data,
        missing=missing_fields(_completeness_values(staff.sex, staff.birth_date, data)),
        last_health_data=last,
        current=has_current_health_data(last, day),
        risk=_assess(readings, data, staff.sex, thresholds(session)),
        latest={rt.value: (r.value, r.on) for rt, r in readings.items()},
    )


def _check_codes(
    field: str, value: str | None, allowed: frozenset[str], problems: list[FieldProblem]
) -> str | None:
    codes = split_codes(value)
    unknown = [c for c in codes if c not in allowed]
    if unknown:
        problems.append(FieldProblem(field, "unknown_code", args=(",".join(unknown),)))
    if NONE in codes and len(codes) > 1:
        problems.append(FieldProblem(field, "none_with_others"))
    return ",".join(codes) if codes else None


def validate_file(
    data: HealthFileData, today: dt.date
) -> tuple[HealthFileData, list[FieldProblem]]:
    """Plausible readings, known codes, no dates in the future; text trimmed."""
    problems: list[FieldProblem] = []
    for name, rt in FILE_READINGS.items():
        value = getattr(data, name)
        if value is None:
            continue
        try:
            check_plausible(rt, float(value))
        except ImplausibleReading as error:
            problems.append(
                FieldProblem(name, "implausible", args=(f"{error.low:g}", f"{error.high:g}"))
            )
    if data.systolic is not None and data.diastolic is not None and data.diastolic >= data.systolic:
        problems.append(FieldProblem("diastolic", "diastolic_not_below_systolic"))
    chronic = _check_codes(
        "chronic_conditions",
        data.chronic_conditions,
        frozenset({*ChronicCondition, NONE}),
        problems,
    )
    hazards = _check_codes(
        "hazard_exposure", data.hazard_exposure, frozenset({*Hazard, NONE}), problems
    )
    for name, enum in (("smoking", Smoking), ("drinking", Drinking), ("exercise", Exercise)):
        value = getattr(data, name)
        if value is not None and value not in {e.value for e in enum}:
            problems.append(FieldProblem(name, "unknown_code", args=(value,)))
    for name in ("last_checkup_date", "data_updated_on"):
        value = getattr(data, name)
        if value is not None and value > today:
            problems.append(FieldProblem(name, "date_in_future"))

    def text(value: str | None) -> str | None:
        return value.strip() if value and value.strip() else None

    allergies = text(data.allergies)
    cleaned = HealthFileData(
        **{
            **asdict(data),
            "chronic_conditions": chronic,
            "hazard_exposure": hazards,
            "allergies": NONE if allergies and is_none_answer(allergies) else allergies,
            "medical_history": text(data.medical_history),
            "checkup_findings": text(data.checkup_findings),
            "checkup_advice": text(data.checkup_advice),
        }
    )
    return cleaned, problems


def save_health_file(
    db: Database, actor: Actor, staff_id: int, data: HealthFileData, today: dt.date | None = None
) -> HealthFileView:
    """Create or update the person's file; one transaction, audited with before and after.

    `data_updated_on` is the day the data was collected (today when not given).
    """
    actor.require(Action.EDIT_HEALTH_DATA)
    day = today or dt.date.today()
    cleaned, problems = validate_file(data, day)
    if problems:
        raise HealthFileRejected(problems)
    if cleaned.data_updated_on is None:
        cleaned = HealthFileData(**{**asdict(cleaned), "data_updated_on": day})
    with unit_of_work(db) as session:
        staff = session.get(Staff, staff_id)
        if staff is None:
            raise LookupError(staff_id)
        health = staff.health_file
        before = asdict(_file_values(health)) if health is not None else None  # type: ignore[arg-type]
        if health is None:
            health = HealthFile(staff_id=staff.id)
            session.add(health)
            staff.health_file = health
        for name in FILE_FIELDS:
            setattr(health, name, getattr(cleaned, name))
        session.flush()
        after = asdict(cleaned)
        if before != after:
            audit.record(
                session,
                actor,
                AuditAction.UPDATE if before else AuditAction.CREATE,
                "health_file",
                staff.id,
                before,
                after,
            )
        return _view(session, staff, day)


def health_overview(db: Database, actor: Actor, today: dt.date | None = None) -> HealthOverview:
    """Every person on the roster today with completeness, data currency, risk, follow-up."""
    actor.require(Action.READ_HEALTH_DATA)
    day = today or dt.date.today()
    with read_only(db) as session:
        t = thresholds(session)
        people = session.execute(
            select(
                Staff.id,
                Staff.employee_no,
                Staff.name,
                Staff.name_pinyin,
                Staff.name_initials,
                Staff.sex,
                Staff.birth_date,
                Staff.department_id,
                Department.name,
            )
            .join(Department, Department.id == Staff.department_id)
            .where(active_staff_condition(day))
            .order_by(Staff.employee_no)
        ).all()
        files = {
            health.staff_id: _file_values(health)
            for health in session.scalars(
                select(HealthFile)
                .join(Staff, Staff.id == HealthFile.staff_id)
                .where(active_staff_condition(day))
            )
        }
        register = _latest_readings(session, None)
        due = due_follow_ups_by_person(session, day)
        rows = []
        for staff_id, number, name, full, initials, sex, birth, dept_id, dept in people:
            data = files.get(staff_id)
            own = register.get(staff_id, {})
            last = _last_health_data(own, data)
            rows.append(
                PersonHealthRow(
                    id=staff_id,
                    employee_no=number,
                    name=name,
                    name_pinyin=full,
                    name_initials=initials,
                    department_id=dept_id,
                    department=dept,
                    has_file=data is not None,
                    missing=missing_fields(_completeness_values(sex, birth, data)),
                    last_health_data=last,
                    current=has_current_health_data(last, day),
                    risk=_assess(_merge_readings(own, data), data, sex, t),
                    follow_up_due=due.get(staff_id),
                )
            )
        return HealthOverview(day, tuple(rows))


__all__ = [
    "FILE_FIELDS",
    "REQUIRED_FIELDS",
    "HealthFileData",
    "HealthFileRejected",
    "HealthFileView",
    "HealthOverview",
    "PersonHealthRow",
    "get_health_file",
    "health_overview",
    "save_health_file",
    "validate_file",
]
