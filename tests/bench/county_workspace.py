"""The county workspace at city scale: N sites × 8 quarterly packages imported into a SQLite
file and into PostgreSQL; time per package, the county report (≤ 5 s), and four concurrent
importers against one.

The issue's size is 2,000 sites (16,000 packages): `HEALTHROOM_BENCH_COUNTY_SITES=2000
python -m tests.bench --only county_workspace`. The default is 100 sites, to keep a shared
machine usable. Packages are made by `tests.county_factory` (signed, the real format) and kept
in the work folder; PostgreSQL is a throw-away server (`tests.postgres`) kept in the work
folder too, running with fsync on as a real server does, reported as not available where it
cannot start.

A run at full size takes a while on a busy machine, so it can be stopped and started again:
each stage (one importer, four importers, the report; per engine) is recorded in
`county-N/state.json` when it finishes, and an importer skips the packages its workspace
already holds. Every importer writes a line to `county-N/progress.log` every few dozen
packages (time, stage, count, transactions run again after a collision so far, load average);
a stage's time is the sum of its runs, each measured from its start to its importers' last
line. Each import figure's note says how many runs it took (more than one: it was stopped and
resumed) and how many transactions were run again; a stage whose importer failed is a row
marked failed. To time the county report again on the same workspaces (after a change to it),
remove the `SQLite-report` or `PostgreSQL-report` entry from state.json.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from tests.bench.figures import Figure, not_available, seconds, timed

SITES = int(os.environ.get("HEALTHROOM_BENCH_COUNTY_SITES", "100"))
QUARTERS = 8
IMPORTERS = 4
REPORT_TARGET_S = 5.0
IMPORTING = {"one": "one importer", "four": f"{IMPORTERS} importers at once"}
ROOT = Path(__file__).resolve().parents[2]
IMPORTER = """
import logging, os, sys, time
from pathlib import Path
from sqlalchemy import select
from app.db.county_models import CountyPackage, open_workspace
from app.exchange.county_import import import_package
place, log, stage, names = sys.argv[1], Path(sys.argv[2]), sys.argv[3], sys.argv[4:]
class Retries(logging.Handler):  # each transaction the workspace ran again after a collision
    count = 0
    def emit(self, record):
        Retries.count += record.getMessage().startswith("workspace transaction retried")
writes = logging.getLogger("app.db.county_models")
writes.addHandler(Retries())
writes.setLevel(logging.INFO)
workspace = open_workspace(place if "://" in place else Path(place))
with workspace.sessions() as session:
    held = set(session.scalars(select(CountyPackage.file_name)))
def note(count):
    with log.open("a") as out:
        load = " ".join(f"{x:.2f}" for x in os.getloadavg())
        out.write(f"{time.time():.3f} {stage} {os.getpid()} {count} retried {Retries.count} "
                  f"load {load}\\n")
count = 0
for name in names:
    if Path(name).name in held:
        continue
    outcome = import_package(workspace, Path(name), accept_new_key=True)  # keys read out
    assert outcome.status == "imported", (name, outcome)
    count += 1
    if count % 25 == 0:
        note(count)
note(count)
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
            if not (folder / f"{site(number).code}_{period.code}_1.zip").exists():
                make_package(folder, site(number), period)
    done.write_text("ok")
    return names


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


class Stages:
    """What has been measured so far, kept in state.json; progress lines in progress.log."""

    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.file = folder / "state.json"
        self.log = folder / "progress.log"
        self.done: dict[str, Any] = json.loads(self.file.read_text()) if self.file.exists() else {}

    def finish(self, stage: str, **figures: Any) -> None:
        self.done[stage] = {**figures, "load_at_end": load()}
        self.file.write_text(json.dumps(self.done, indent=1))
        self.say(f"{stage} finished: {figures}")

    def say(self, text: str) -> None:
        with self.log.open("a") as out:
            out.write(f"{time.time():.3f} # {dt.datetime.now():%H:%M:%S} {text} (load {load()})\n")

    def retried(self, stage: str) -> int:
        """How many transactions the stage's importers ran again after a collision, over all
        its runs (each importer's last line holds its count)."""
        last: dict[str, int] = {}
        for line in self.log.read_text().splitlines() if self.log.exists() else []:
            words = line.split()
            if len(words) > 5 and words[1] == stage and words[4] == "retried":
                last[words[2]] = int(words[5])  # by process: its count only grows
        return sum(last.values())

    def runs(self, stage: str) -> list[float]:
        """The time of each run of the stage: from its start line to its importers' last."""
        runs: list[float] = []
        start = last = None
        for line in self.log.read_text().splitlines() if self.log.exists() else []:
            stamp, _, rest = line.partition(" ")
            if rest.startswith("# ") and f" {stage} started" in rest:
                if start is not None and last is not None:
                    runs.append(last - start)
                start, last = float(stamp), None
            elif rest.startswith(f"{stage} ") and start is not None:
                last = float(stamp)
        if start is not None and last is not None:
            runs.append(last - start)
        return runs


def run_importers(stages: Stages, stage: str, place: str, groups: list[list[Path]]) -> float:
    """Import the groups at once, one process each; the stage's time over all its runs."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    stages.say(f"{stage} started")
    children = [
        subprocess.Popen(
            [sys.executable, "-c", IMPORTER, place, str(stages.log), stage, *map(str, group)],
            env=env, cwd=ROOT,
        )
        for group in groups
    ]  # fmt: skip
    codes = [child.wait() for child in children]
    if any(codes):
        raise RuntimeError(f"an importer failed: exit codes {codes}")
    return sum(stages.runs(stage))


def count_packages(place: str) -> int:
    from sqlalchemy import func, select

    from app.db.county_models import CountyPackage, open_workspace

    workspace = open_workspace(place if "://" in place else Path(place))
    try:
        with workspace.sessions() as session:
            return int(session.scalar(select(func.count()).select_from(CountyPackage)) or 0)
    finally:
        workspace.close()


def report_time(place: str, work: Path) -> tuple[float, float]:
    """The county report's time (wall, and this process's CPU: on a shared machine the
    wall clock also counts the other processes' turns)."""
    from app.db.county_models import open_workspace
    from app.reports.county_report import write_county_report

    workspace = open_workspace(place if "://" in place else Path(place))
    try:
        started, cpu = time.perf_counter(), time.process_time()
        write_county_report(workspace, 2026, work / "county-report.pdf",
                            work / "county-report.xlsx", dt.date(2026, 12, 31))  # fmt: skip
        return time.perf_counter() - started, time.process_time() - cpu
    finally:
        workspace.close()


def tries(stage: dict[str, Any]) -> str:
    """How a stage's figure was reached: its runs (more than one: stopped and resumed) and the
    transactions run again after colliding with another importer's."""
    runs = stage.get("runs", 1)
    said = f"{runs} run(s)" + (", stopped and resumed" if runs > 1 else "")
    retried = stage.get("retried")
    if retried is None:  # measured before the importers counted them
        return f"{said}; transactions run again not counted"
    return f"{said}; {retried} transactions run again after a collision"


def engine_figures(
    engine: str, places: list[str], files: list[Path], work: Path, stages: Stages
) -> list[Figure]:
    """`places`: two workspaces (one importer, four importers at once)."""
    label = f"county {engine}, {SITES} sites × {QUARTERS} quarters"
    plans = [("one", places[0], [files]),
             ("four", places[1], [files[n::IMPORTERS] for n in range(IMPORTERS)])]  # fmt: skip
    for kind, place, groups in plans:
        stage = f"{engine}-{kind}"
        if stage not in stages.done:
            try:
                took = run_importers(stages, stage, place, groups)
            except RuntimeError as error:  # what was imported stays: a next run resumes it
                stages.say(f"{stage} failed: {error}")
                return [Figure(f"{label}: import, {IMPORTING[kind]}", "failed", "", False,
                               f"{error} (its output above); {stages.retried(stage)} "
                               "transactions run again after a collision meanwhile; what was "
                               "imported stays: a next run resumes the stage")]  # fmt: skip
            held = count_packages(place)
            assert held == len(files), f"{stage}: {held} packages of {len(files)}"  # none lost
            stages.finish(stage, seconds=took, packages=len(files),
                          runs=len(stages.runs(stage)), retried=stages.retried(stage))  # fmt: skip
    if f"{engine}-report" not in stages.done:
        stages.say(f"{engine}-report started")
        # One run, the first in its process (fonts opened, caches cold): at a city's size
        # it takes minutes, and a second run would only measure the same work again.
        wall, cpu = report_time(places[0], work)
        stages.finish(f"{engine}-report", seconds=wall, cpu=cpu)
    one, four = stages.done[f"{engine}-one"], stages.done[f"{engine}-four"]
    per_package = one["seconds"] / one["packages"]
    report = stages.done[f"{engine}-report"]
    return [
        Figure(f"{label}: import, {IMPORTING['one']}", seconds(one["seconds"]), "", None,
               f"{per_package * 1000:.1f} ms per package (process start included); "
               f"{tries(one)}; load at end {one['load_at_end']}"),
        Figure(f"{label}: import, {IMPORTING['four']}", seconds(four["seconds"]), "",
               None, f"{one['seconds'] / four['seconds']:.2f}× one importer's speed; "
               f"{four['packages']} packages, none lost; {tries(four)}; "
               f"load at end {four['load_at_end']}"),
        timed(f"{label}: county report 2026 (PDF + xlsx), first run in a process",
              report["seconds"], REPORT_TARGET_S,
              f"CPU {report.get('cpu', float('nan')):.2f} s; load {report['load_at_end']}"),
    ]  # fmt: skip


def measure(work: Path, runs: int) -> list[Figure]:
    folder = work / f"county-{SITES}"
    stages = Stages(folder)
    stages.say(f"making {SITES * QUARTERS} packages")
    files = packages(work)
    stages.say("packages ready")
    sqlite_places = [str(folder / f"county-sqlite-{kind}.db") for kind in ("one", "four")]
    figures = engine_figures("SQLite", sqlite_places, files, work, stages)
    from tests.postgres import start_server, stop_server

    try:
        server = start_server(folder / "postgresql", durable=True)
    except RuntimeError as error:
        return [*figures, not_available("county PostgreSQL", "", str(error))]
    try:
        places = []
        for kind in ("one", "four"):
            name = f"bench_{kind}"
            if f"PostgreSQL-{kind}" not in stages.done and not (folder / f"{name}.made").exists():
                server.create_database(name)
                (folder / f"{name}.made").write_text("ok")
            places.append(server.address(name))
        figures += engine_figures("PostgreSQL", places, files, work, stages)
    finally:
        stop_server(server, keep=True)
    return figures
