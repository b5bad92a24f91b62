"""Several reviewers importing at once into one workspace — four processes, each with the same
packages in its own order (the same package at the same moment, and different ones) — lose
nothing and duplicate nothing, on a PostgreSQL server and in a SQLite file."""

from __future__ import annotations

import os
import random
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.db.county_models import (
    CountyAccess,
    CountyIndicator,
    CountyInspection,
    CountyPackage,
    CountySite,
    open_workspace,
)
from app.domain.county_roles import CountyRole
from app.domain.targets import IndicatorKey
from app.exchange.county_import import _load_rows
from app.exchange.package_format import verify_package
from app.services import county_accounts
from tests.county_factory import make_package, quarters, site
from tests.support import COUNTY_PASSWORD

ROOT = Path(__file__).resolve().parents[3]
IMPORTERS = 4


def packages(folder: Path) -> tuple[list[Path], dict[tuple[str, str], Path]]:
    """6 sites × 2 quarters, and a second (newer) package for two of them."""
    made, newest = [], {}
    for number in range(1, 7):
        for period in quarters("2026Q2", 2):
            path = make_package(folder, site(number), period)
            made.append(path)
            newest[(site(number).code, period.code)] = path
    for number in (2, 5):
        period = quarters("2026Q3", 1)[0]
        path = make_package(folder, site(number), period, sequence=2)
        made.append(path)
        newest[(site(number).code, period.code)] = path
    return made, newest


def run_importers(place: str, files: list[Path]) -> list[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "HEALTHROOM_PASSWORD": COUNTY_PASSWORD}
    children = []
    for number in range(IMPORTERS):
        order = list(files)
        random.Random(number).shuffle(order)
        children.append(
            subprocess.Popen(
                [sys.executable, "-m", "app", "--lang", "en", "--user", f"reviewer{number}",
                 "county", "import", *map(str, order),
                 "--workspace", place, "--accept-new-key"],
                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT,
            )
        )  # fmt: skip
    outputs = []
    for child in children:
        out, err = child.communicate(timeout=300)
        assert child.returncode == 0, err
        assert "Traceback" not in err
        outputs.append(out)
    return outputs


@pytest.fixture(params=["postgresql", "sqlite"])
def place(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "postgresql":
        return str(request.getfixturevalue("pg_workspace"))
    return str(tmp_path / "county.db")


def test_four_importers_at_once_lose_and_duplicate_nothing(place: str, tmp_path: Path) -> None:
    folder = tmp_path / "stick"
    folder.mkdir()
    files, newest = packages(folder)
    workspace = open_workspace(place)  # made before, with the reviewers' accounts
    admin = county_accounts.create_first_admin(workspace, "wang", COUNTY_PASSWORD)
    for number in range(IMPORTERS):
        county_accounts.add_account(workspace, admin, f"reviewer{number}", CountyRole.REVIEWER,
                                    COUNTY_PASSWORD)  # fmt: skip
    workspace.close()
    outputs = run_importers(place, files)
    said: Counter[str] = Counter()
    for out in outputs:
        for line in out.splitlines():
            name = line.split(":", 1)[0]
            if ": imported (" in line:  # imported, or imported replacing an older one
                said[name] += 1
    for path in files:  # every package was imported by exactly one of the four, or replaced
        assert said[path.name] <= 1, path.name
    for path in newest.values():
        assert said[path.name] == 1, path.name
    workspace = open_workspace(place)
    with workspace.sessions() as session:
        rows = session.execute(
            select(CountyPackage.site_code, CountyPackage.period, CountyPackage.sha256)
        ).all()
        assert len(rows) == len(newest)  # one package in force per site and period
        for code, period, digest in rows:
            assert digest == verify_package(newest[(code, period)]).sha256  # the newest won
        assert session.scalar(select(func.count()).select_from(CountySite)) == 6
        indicators = session.scalar(select(func.count()).select_from(CountyIndicator))
        assert indicators == len(newest) * len(IndicatorKey)
        expected = 0
        for path in newest.values():
            expected += len(_load_rows(verify_package(path))[1])
        assert session.scalar(select(func.count()).select_from(CountyInspection)) == expected
        logged = session.scalars(
            select(CountyAccess.note_kind).where(CountyAccess.action == "import")
        ).all()
        assert len(logged) == IMPORTERS * len(files)  # every package of every reviewer
        channels = set(session.scalars(select(CountyAccess.channel)))
        assert channels == {"cli", "window"}  # the accounts were made here, the imports by CLI
    workspace.close()
