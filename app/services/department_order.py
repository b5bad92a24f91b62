"""The order departments are listed in: natural (一车间 < 二车间 < … < 十一车间, then pinyin) unless
the administrator sets the site's own — the order of its organisation chart, say. Kept as a
business setting (the names in order); a department it does not place (new since) follows the
placed ones in natural order. Every list, dialog, report and package sorts through here.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import ColumnElement, case, select
from sqlalchemy.orm import Session

from app.catalogue.codes import AuditAction, AuditEntity
from app.db.migrate import Database
from app.db.models import DEPARTMENT_ORDER, Department, Setting
from app.db.rows import Rows
from app.domain.ordering import DepartmentKey
from app.domain.permissions import Action
from app.services import audit, department_ranks
from app.services.actor import Actor
from app.services.department_ranks import ORDER_SETTING
from app.services.unit_of_work import read_only, unit_of_work


def saved_order(session: Session) -> list[str]:
    """The names in the administrator's order; empty when the natural order is used."""
    return department_ranks.saved_order(Rows.of_session(session))


def ranks(session: Session) -> dict[str, int]:
    return department_ranks.ranks(Rows.of_session(session))


def sort_key(session: Session) -> Callable[[str], DepartmentKey]:
    """A key for sorting department names in Python, in the site's order."""
    return department_ranks.sort_key(Rows.of_session(session))


def order_by(session: Session) -> list[ColumnElement[Any]]:
    """ORDER BY terms for queries that join Department, in the site's order."""
    placed = ranks(session)
    if not placed:
        return [DEPARTMENT_ORDER]
    return [case(placed, value=Department.name, else_=len(placed)), DEPARTMENT_ORDER]


def departments_in_order(db: Database, actor: Actor) -> tuple[list[str], bool]:
    """Every department's name in the order used, and whether the administrator set it."""
    actor.require(Action.READ_ROSTER)
    with read_only(db) as session:
        names = list(session.scalars(select(Department.name).order_by(*order_by(session))))
        return names, bool(saved_order(session))


def save_order(db: Database, actor: Actor, names: Sequence[str]) -> None:
    """Keep `names` as the site's order (one action, audited); an empty list goes back to the
    natural order. Names of departments that do not exist are dropped."""
    actor.require(Action.EDIT_ROSTER)
    with unit_of_work(db) as session:
        known = set(session.scalars(select(Department.name)))
        wanted = list(dict.fromkeys(n for n in names if n in known))
        before = saved_order(session)
        row = session.get(Setting, ORDER_SETTING)
        if not wanted:
            if row is not None:
                session.delete(row)
        elif row is None:
            session.add(Setting(key=ORDER_SETTING, value=json.dumps(wanted, ensure_ascii=False)))
        else:
            row.value = json.dumps(wanted, ensure_ascii=False)
        if wanted != before:
            audit.record(
                session, actor, AuditAction.UPDATE, AuditEntity.SETTING, ORDER_SETTING,
                before={"order": before}, after={"order": wanted},
            )  # fmt: skip
