"""Packages of two sites for the county workspace tests, written once per run: the demo site
(2026Q2 and 2026Q3) and a second site made from a copy of the demo (its own code, name and
key; fewer visits, so its figures differ) that sent only 2026Q3."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, text, update

from app.db.migrate import open_database
from app.db.models import Setting, Site
from app.domain.periods import Period
from app.exchange.export_package import export_package
from app.services.exchange_keys import SIGNING_KEY
from app.services.unit_of_work import unit_of_work
from tests.support import DEMO_TODAY, TECH

SECOND_CODE, SECOND_NAME = "CZ-YH-002", "沧州市第二机械厂"


@dataclass(frozen=True)
class Packages:
    demo_q2: Path
    demo_q3: Path
    second_q3: Path
    demo_db: Path  # a copy of the demo that wrote them (for more packages with the same key)


def make_packages(folder: Path, demo_file: Path) -> Packages:
    stick = folder / "stick"
    stick.mkdir()
    first = folder / "first.db"
    shutil.copyfile(demo_file, first)
    db = open_database(first)
    q2 = export_package(db, TECH, Period.parse("2026Q2"), stick, as_of=DEMO_TODAY).path
    q3 = export_package(db, TECH, Period.parse("2026Q3"), stick, as_of=DEMO_TODAY).path
    db.close()
    second = folder / "second.db"
    shutil.copyfile(demo_file, second)
    db = open_database(second)
    with unit_of_work(db) as session:
        session.execute(update(Site).values(code=SECOND_CODE, name=SECOND_NAME))
        session.execute(delete(Setting).where(Setting.key == SIGNING_KEY))  # its own key
        session.execute(text("DELETE FROM usage_visit WHERE id % 3 <> 0"))
    other = export_package(db, TECH, Period.parse("2026Q3"), stick, as_of=DEMO_TODAY).path
    db.close()
    return Packages(q2, q3, other, first)
