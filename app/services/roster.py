"""Roster queries: the staff list behind the Staff page and every person picker.

Search answers per keystroke: one indexed-order query over plain columns (no ORM objects),
and callers that show many rows page through it (`limit`/`offset` with `count_staff`).
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, func, or_, select

from app.db.migrate import Database
from app.db.models import Department, Staff
from app.domain.card_numbers import card_digits
from app.domain.id_number import mask_id_number
from app.domain.permissions import Action
from app.domain.phone import mask_phone
from app.services import department_order
from app.services.actor import Actor
from app.services.unit_of_work import read_only


@dataclass(frozen=True)
class StaffRow:
    id: int
    employee_no: str
    name: str
    sex: str | None
    birth_date: dt.date | None
    department: str
    job_title: str
    id_number_masked: str
    phone_masked: str
    departure_date: dt.date | None
    hire_date: dt.date | None = None
    department_id: int | None = None


@dataclass(frozen=True)
class DepartmentRow:
    id: int
    name: str


def list_departments(db: Database, actor: Actor) -> list[DepartmentRow]:
    actor.require(Action.READ_ROSTER)
    with read_only(db) as session:
        # Sorted by the keys the departments keep, not the collation: that would load the
        # pinyin dictionary (half a second) on the first page with a department filter.
        in_order = department_order.sort_key(session)
        rows = session.execute(select(Department.id, Department.name)).all()
        return [DepartmentRow(id, name) for id, name in sorted(rows, key=lambda r: in_order(r[1]))]


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def search_condition(search: str) -> Any:
    """Name or employee no. containing the text, or pinyin (full or initials) starting with it.

    Spaces are ignored ("zhang san" finds 张三), as are case and full-width letters.
    """
    text = unicodedata.normalize("NFKC", search)
    compact = _escape_like("".join(text.split()).lower())
    if not compact:
        return None
    contains, prefix = f"%{compact}%", f"{compact}%"
    names = [
        Staff.name.like(contains, escape="\\"),
        Staff.name_pinyin.like(prefix, escape="\\"),
        Staff.name_initials.like(prefix, escape="\\"),
    ]
    # Employee numbers are searched once a digit is typed ("10023" or "hb10023" find HB10023):
    # letters alone are pinyin, or typing "h" would list everybody whose number starts with HB.
    if any(c.isdigit() for c in compact):
        names.append(Staff.employee_no.like(contains, escape="\\"))
    digits = card_digits(compact)
    if digits is not None and digits != compact:  # a card's digits with leading zeros: 0010023
        names.append(Staff.employee_no.like(f"%{digits}"))
    return or_(*names)


def matches_search(
    search: str, employee_no: str, name: str, name_pinyin: str, name_initials: str
) -> bool:
    """The rule of `search_condition` for rows already in memory (the health-file lists)."""
    compact = "".join(unicodedata.normalize("NFKC", search).split()).lower()
    if not compact:
        return True
    in_number = any(c.isdigit() for c in compact) and compact in employee_no.lower()
    return (
        in_number
        or compact in name.lower()
        or name_pinyin.startswith(compact)
        or name_initials.startswith(compact)
    )


def _filtered(
    query: Any,
    search: str,
    department_id: int | None,
    include_departed: bool,
    departed_only: bool,
    on: dt.date | None,
) -> Any:
    condition = search_condition(search)
    if condition is not None:
        query = query.where(condition)
    if department_id is not None:
        query = query.where(Staff.department_id == department_id)
    day = on or dt.date.today()
    if departed_only:
        query = query.where(Staff.departure_date <= day)
    elif not include_departed:
        # The departure date is the first day off the roster (DESIGN §2: active staff).
        query = query.where(or_(Staff.departure_date.is_(None), Staff.departure_date > day))
    return query


def list_staff(
    db: Database,
    actor: Actor,
    search: str = "",
    department_id: int | None = None,
    include_departed: bool = False,
    limit: int | None = None,
    *,
    offset: int = 0,
    departed_only: bool = False,
    on: dt.date | None = None,
) -> list[StaffRow]:
    """Staff matching `search` (employee no., name or pinyin), masked for display.

    By default only people on the roster on `on` (today); `include_departed` adds those who
    have left, `departed_only` lists only them. Ordered by employee number.
    """
    actor.require(Action.READ_ROSTER)
    query: Any = select(
        Staff.id,
        Staff.employee_no,
        Staff.name,
        Staff.sex,
        Staff.birth_date,
        Department.name,
        Staff.job_title,
        Staff.id_number,
        Staff.phone,
        Staff.departure_date,
        Staff.hire_date,
        Staff.department_id,
    ).join(Department, Department.id == Staff.department_id)
    query = _filtered(query, search, department_id, include_departed, departed_only, on)
    query = query.order_by(Staff.employee_no)
    if limit is not None:
        query = query.limit(limit)
    if offset:
        query = query.offset(offset)
    with read_only(db) as session:
        return [
            StaffRow(
                id=row[0],
                employee_no=row[1],
                name=row[2],
                sex=row[3],
                birth_date=row[4],
                department=row[5],
                job_title=row[6],
                id_number_masked=mask_id_number(row[7]) if row[7] else "",
                phone_masked=mask_phone(row[8]) if row[8] else "",
                departure_date=row[9],
                hire_date=row[10],
                department_id=row[11],
            )
            for row in session.execute(query)
        ]


def count_staff(
    db: Database,
    actor: Actor,
    search: str = "",
    department_id: int | None = None,
    include_departed: bool = False,
    *,
    departed_only: bool = False,
    on: dt.date | None = None,
) -> int:
    """How many rows `list_staff` returns for the same filters without a limit."""
    actor.require(Action.READ_ROSTER)
    query = _filtered(
        select(func.count(Staff.id)), search, department_id, include_departed, departed_only, on
    )
    with read_only(db) as session:
        return int(session.scalar(query) or 0)


def active_staff_condition(day: dt.date) -> Any:
    """SQL condition: on the roster on `day` (hired by then, not yet departed)."""
    return and_(
        or_(Staff.hire_date.is_(None), Staff.hire_date <= day),
        or_(Staff.departure_date.is_(None), Staff.departure_date > day),
    )
