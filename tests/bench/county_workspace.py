"""The county workspace at city scale: N sites × 8 quarterly packages imported into a SQLite
file and into PostgreSQL; time per package, the county report (≤ 5 s), and four concurrent
importers against one.

The issue's size is 2,000 sites (16,000 packages): `HEALTHROOM_BENCH_COUNTY_SITES=2000
python -m tests.bench --only county_workspace`. The default is 100 sites, to keep a shared
machine usable. Packages are made by `tests.county_factory` (signed, the real format) and kept
in the work folder; PostgreSQL is a throw-away server (`tests.postgres`), reported as not
available where it cannot start.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import time
from pathlib import Path

from tests.bench.figures import Figure, not_available, seconds, timed

SITES = int(os.environ.get("HEALTHROOM_BENCH_COUNTY_SITES", "100"))
QUARTERS = 8
IMPORTERS = 4
REPORT_TARGET_S = 5.0
ROOT = Path(__file__).resolve().parents[2]
IMPORTER = """
import sys
from pathlib import Path
from app.db.county_models import open_workspace
from app.exchange.county_import import import_package
workspace = open_workspace(sys.argv[1] if "://" in sys.argv[1] else Path(sys.argv[1]))
for name in sys.argv[2:]:
    outcome = import_package(workspace, Path(name), accept_new_key=True)  # keys read out
    assert outcome.status == "imported", (name, outcome)
workspace.close()
"""


def packages(work: Path) -> list[Path]:
    from tests.county_factory import make_package, quarters, site

    folder = work / f"county-packages-{SITES}"
    done = folder / "done"
    periods = quarters("2025Q1", QUARTERS)
    names = [folder / f"{site(n).code}_{p.code}_1.zip" for n in range(1, SITES + 1)
             for p in periods]  # fmt: skip
    if done.exists():
        return names
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(1, SITES + 1):
        for period in periods:
            make_package(folder, site(number), period)
    done.write_text("ok")
    return names


def run_importers(place: str, groups: list[list[Path]]) -> float:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    started = time.perf_counter()
    children = [
        subprocess.Popen(
            [sys.executable, "-c", IMPORTER, place, *map(str, group)], env=env, cwd=ROOT
        )
        for group in groups
    ]
    codes = [child.wait() for child in children]
    elapsed = time.perf_counter() - started
    if any(codes):
        raise RuntimeError(f"an importer failed: exit codes {codes}")
    return elapsed


def count_packages(place: str) -> int:
    from sqlalchemy import func, select

    from app.db.county_models import CountyPackage, open_workspace

    workspace = open_workspace(place if "://" in place else Path(place))
    try:
        with workspace.sessions() as session:
            return int(session.scalar(select(func.count()).select_from(CountyPackage)) or 0)
    finally:
        workspace.close()


def report_time(place: str, work: Path) -> float:
    from app.db.county_models import open_workspace
    from app.reports.county_report import write_county_report

    workspace = open_workspace(place if "://" in place else Path(place))
    try:
        started = time.perf_counter()
        write_county_report(workspace, 2026, work / "county-report.pdf",
                            work / "county-report.xlsx", dt.date(2026, 12, 31))  # fmt: skip
        return time.perf_counter() - started
    finally:
        workspace.close()


def engine_figures(engine: str, places: list[str], files: list[Path], work: Path) -> list[Figure]:
    """`places`: three empty workspaces (one importer, four importers, and spare)."""
    label = f"county {engine}, {SITES} sites × {QUARTERS} quarters"
    one = run_importers(places[0], [files])
    assert count_packages(places[0]) == len(files)
    per_package = one / len(files)
    figures = [
        Figure(f"{label}: import, one importer", seconds(one), "",
               None, f"{per_package * 1000:.0f} ms per package (process start included)"),
    ]  # fmt: skip
    groups = [files[n::IMPORTERS] for n in range(IMPORTERS)]
    four = run_importers(places[1], groups)
    assert count_packages(places[1]) == len(files)  # nothing lost, nothing twice
    figures.append(
        Figure(f"{label}: import, {IMPORTERS} importers at once", seconds(four), "", None,
               f"{one / four:.2f}× one importer's speed; {len(files)} packages, none lost")
    )  # fmt: skip
    figures.append(
        timed(f"{label}: county report 2026 (PDF + xlsx)", report_time(places[0], work),
              REPORT_TARGET_S)
    )  # fmt: skip
    return figures


def measure(work: Path, runs: int) -> list[Figure]:
    files = packages(work)
    figures = []
    stamp = time.strftime("%H%M%S")
    sqlite_places = [str(work / f"county-{stamp}-{n}.db") for n in range(2)]
    figures += engine_figures("SQLite", sqlite_places, files, work)
    from tests.postgres import start_server, stop_server

    try:
        server = start_server()
    except RuntimeError as error:
        return [*figures, not_available("county PostgreSQL", "", str(error))]
    try:
        places = [server.create_database(f"bench_{n}") for n in range(2)]
        figures += engine_figures("PostgreSQL", places, files, work)
    finally:
        stop_server(server)
    return figures
