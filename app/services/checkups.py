"""One person's check-ups at the partner hospital, newest first, for their health record."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.catalogue.checkups import ITEMS, CheckupItem, TextFinding
from app.catalogue.readings import Flag
from app.db.models import Checkup, CheckupResult

__all__ = ["CheckupView", "person_checkups"]


@dataclass(frozen=True)
class CheckupView:
    on: dt.date
    exam_no: str
    results: dict[CheckupItem, tuple[float, Flag]]  # in catalogue order
    findings: dict[TextFinding, str]  # ECG, ultrasound, chest X-ray as the hospital wrote them
    conclusion: str
    advice: str


def person_checkups(session: Session, staff_id: int, limit: int = 3) -> tuple[CheckupView, ...]:
    """The person's latest `limit` check-ups, newest first (in the caller's session)."""
    checkups = session.scalars(
        select(Checkup)
        .where(Checkup.staff_id == staff_id)
        .order_by(Checkup.checkup_date.desc())
        .limit(limit)
    ).all()
    results: dict[int, dict[CheckupItem, tuple[float, Flag]]] = defaultdict(dict)
    for checkup_id, item, value, flag in session.execute(
        select(CheckupResult.checkup_id, CheckupResult.item, CheckupResult.value)
        .add_columns(CheckupResult.flag)
        .where(CheckupResult.checkup_id.in_([c.id for c in checkups]))
    ):
        results[checkup_id][CheckupItem(item)] = (value, Flag(flag))
    return tuple(
        CheckupView(
            c.checkup_date,
            c.exam_no,
            {i: results[c.id][i] for i in ITEMS if i in results[c.id]},
            {f: text for f in TextFinding if (text := getattr(c, f.value))},
            c.conclusion or "",
            c.advice or "",
        )
        for c in checkups
    )
