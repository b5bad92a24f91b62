"""The rules of a person on the roster, shared by the edit form and the spreadsheet import.

`check_person` takes the values as typed or read from a cell (already cleaned of spaces and
full-width characters) and returns the record to store plus every problem found, each with the
field it belongs to, so the form can point at the widget and the import at the cell.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from dataclasses import dataclass

from app.catalogue.codes import Sex
from app.catalogue.import_preview import Severity
from app.domain.id_number import EARLIEST_BIRTH, IdWarning, check_id_number
from app.domain.phone import is_valid_mobile, normalize_mobile
from app.domain.text import strip_invisible

__all__ = [
    "MAX_LENGTH",
    "FieldProblem",
    "PersonInput",
    "PersonRecord",
    "Severity",
    "check_person",
    "clean_employee_no",
    "clean_name",
    "is_active_on",
    "parse_sex",
]

MAX_LENGTH = {
    "employee_no": 50,
    "name": 100,
    "department": 100,
    "job_title": 100,
    "hazards": 300,
}

_SEX_WORDS = {
    "男": Sex.MALE,
    "男性": Sex.MALE,
    "m": Sex.MALE,
    "male": Sex.MALE,
    "女": Sex.FEMALE,
    "女性": Sex.FEMALE,
    "f": Sex.FEMALE,
    "female": Sex.FEMALE,
}

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_SPACE_BETWEEN_CJK = re.compile(rf"(?<=[{_CJK}])\s+(?=[{_CJK}])")


@dataclass(frozen=True)
class FieldProblem:
    """`code` says what is wrong; `args` are the values the message needs (as text)."""

    field: str
    code: str
    severity: Severity = Severity.ERROR
    args: tuple[str, ...] = ()


@dataclass(frozen=True)
class PersonInput:
    employee_no: str
    name: str
    department: str
    sex: Sex | None = None
    birth_date: dt.date | None = None
    birth_month_only: bool = False  # "1990年5月": only year and month are known
    id_number: object = None  # as typed or read: text, or a number from a spreadsheet
    phone: object = None
    job_title: str = ""
    hazards: str = ""
    hire_date: dt.date | None = None
    departure_date: dt.date | None = None


@dataclass(frozen=True)
class PersonRecord:
    """Clean values to store: the ID number normalised, sex and birth date from it if missing."""

    employee_no: str
    name: str
    department: str
    sex: Sex | None
    birth_date: dt.date | None
    id_number: str | None
    phone: str | None
    job_title: str
    hazards: str
    hire_date: dt.date | None
    departure_date: dt.date | None


def clean_employee_no(value: object) -> str:
    """An employee number as text: 10023 and 10023.0 (number cells) become "10023"."""
    if value is None or isinstance(value, bool):
        return ""
    if isinstance(value, float):
        if math.isnan(value):
            return ""
        if value.is_integer():
            value = int(value)
    text = strip_invisible(unicodedata.normalize("NFKC", str(value)))
    return "".join(text.split())


def clean_name(value: object) -> str:
    """Trimmed, spaces collapsed, and no spaces inside a Chinese name ("张  三" is 张三)."""
    if value is None:
        return ""
    text = " ".join(strip_invisible(unicodedata.normalize("NFKC", str(value))).split())
    return _SPACE_BETWEEN_CJK.sub("", text)


def parse_sex(value: object) -> Sex | None:
    """男/女, M/F, male/female (any case); None for blank; ValueError for anything else."""
    if value is None:
        return None
    if isinstance(value, Sex):
        return value
    text = unicodedata.normalize("NFKC", str(value)).strip().lower()
    if not text:
        return None
    try:
        return _SEX_WORDS[text]
    except KeyError:
        raise ValueError(text) from None


def is_active_on(departure_date: dt.date | None, day: dt.date) -> bool:
    """On the roster on `day`: the departure date is the first day off the roster."""
    return departure_date is None or day < departure_date


def _length_problems(p: PersonInput) -> list[FieldProblem]:
    problems = []
    for field, limit in MAX_LENGTH.items():
        if len(getattr(p, field)) > limit:
            problems.append(FieldProblem(field, "too_long", args=(str(limit),)))
    for field in ("employee_no", "name", "department"):
        if not getattr(p, field):
            problems.append(FieldProblem(field, "required"))
    return problems


def check_person(p: PersonInput, today: dt.date) -> tuple[PersonRecord | None, list[FieldProblem]]:
    """Validate one person; the record is None when any problem is an error."""
    problems = _length_problems(p)
    sex, birth = p.sex, p.birth_date
    id_number: str | None = None
    id_blank = p.id_number is None or (isinstance(p.id_number, str) and not p.id_number.strip())
    if not id_blank:
        checked = check_id_number(p.id_number, today)
        if not checked.ok:
            assert checked.error is not None
            problems.append(FieldProblem("id_number", f"id_{checked.error.value}"))
        else:
            id_number = checked.normalized
            if IdWarning.UNKNOWN_REGION in checked.warnings:
                problems.append(FieldProblem("id_number", "id_unknown_region", Severity.WARNING))
            assert checked.sex is not None and checked.birth_date is not None
            if sex is None:
                sex = checked.sex
            elif sex is not checked.sex:
                problems.append(FieldProblem("sex", "sex_mismatch", args=(checked.sex.value,)))
            id_birth = checked.birth_date
            if birth is None:
                birth = id_birth
            elif (birth.year, birth.month) != (id_birth.year, id_birth.month) or (
                not p.birth_month_only and birth.day != id_birth.day
            ):
                problems.append(
                    FieldProblem("birth_date", "birth_mismatch", args=(id_birth.isoformat(),))
                )
            elif p.birth_month_only:
                birth = id_birth  # the ID knows the day
    if birth is not None and not EARLIEST_BIRTH <= birth <= today:
        problems.append(FieldProblem("birth_date", "date_out_of_range", args=(birth.isoformat(),)))
    phone: str | None = None
    if p.phone is not None:
        phone = normalize_mobile(p.phone)
        if phone is not None and not is_valid_mobile(phone):
            problems.append(FieldProblem("phone", "mobile_invalid"))
    if p.hire_date is not None:
        if birth is not None and p.hire_date <= birth:
            problems.append(
                FieldProblem("hire_date", "hire_before_birth", args=(birth.isoformat(),))
            )
        if p.hire_date.year < EARLIEST_BIRTH.year:
            problems.append(
                FieldProblem("hire_date", "date_out_of_range", args=(p.hire_date.isoformat(),))
            )
    if p.departure_date is not None and p.hire_date is not None and p.departure_date < p.hire_date:
        problems.append(
            FieldProblem("departure_date", "departure_before_hire", args=(p.hire_date.isoformat(),))
        )
    if any(problem.severity is Severity.ERROR for problem in problems):
        return None, problems
    record = PersonRecord(
        employee_no=p.employee_no,
        name=p.name,
        department=p.department,
        sex=sex,
        birth_date=birth,
        id_number=id_number,
        phone=phone,
        job_title=p.job_title,
        hazards=p.hazards,
        hire_date=p.hire_date,
        departure_date=p.departure_date,
    )
    return record, problems
