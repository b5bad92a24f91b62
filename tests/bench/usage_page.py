"""The usage register page with 1,000,000 visits: open, filter change, peak memory.

Targets (issue 11): open ≤ 300 ms, each filter change ≤ 200 ms, ≤ 400 MB. The big demo is
topped up with plain synthetic visits (two blood-pressure readings each) to one million,
once per work folder; then a fresh process (usage_page_probe) opens the page the way the
window does and reports its times and its own peak memory.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import sqlite3
import statistics
import subprocess
import sys
from pathlib import Path

from tests.bench.data import BENCH_TODAY, at_head, big_demo, fresh_copy
from tests.bench.figures import Figure, quiet_environment, timed

VISITS = 1_000_000
DATABASE = "usage-1m.db"
OPEN_S, FILTER_S, MEMORY_MB = 0.300, 0.200, 400
STAMP = "%Y-%m-%d %H:%M:%S.%f"  # how SQLAlchemy stores DateTime in SQLite


def visit_count(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return int(con.execute("SELECT count(*) FROM usage_visit").fetchone()[0])
    finally:
        con.close()


def million_visits(work: Path) -> Path:
    """The big demo with synthetic visits added up to VISITS (made once, then reused)."""
    path = work / DATABASE
    if path.exists() and visit_count(path) >= VISITS:
        return at_head(path)
    fresh_copy(big_demo(work), path)
    con = sqlite3.connect(path)
    try:
        con.execute("PRAGMA synchronous=OFF")
        staff = [row[0] for row in con.execute("SELECT id FROM staff")]
        next_id = int(con.execute("SELECT coalesce(max(id), 0) FROM usage_visit").fetchone()[0])
        missing = VISITS - int(con.execute("SELECT count(*) FROM usage_visit").fetchone()[0])
        rng = random.Random(11)
        first_day = BENCH_TODAY - dt.timedelta(days=730)
        chunk = 50_000
        while missing > 0:
            visits, readings = [], []
            for _ in range(min(chunk, missing)):
                next_id += 1
                day = first_day + dt.timedelta(days=rng.randrange(730))
                at = dt.datetime.combine(day, dt.time(8)) + dt.timedelta(minutes=rng.randrange(540))
                stamp = at.strftime(STAMP)
                person = rng.choice(staff)
                high = rng.random() < 0.08
                visits.append((next_id, stamp, person, high, stamp))
                systolic = rng.randint(142, 170) if high else rng.randint(100, 135)
                diastolic = rng.randint(91, 105) if high else rng.randint(60, 85)
                flag = "high" if high else "normal"
                readings.append((next_id, person, stamp, "systolic", systolic, flag))
                readings.append((next_id, person, stamp, "diastolic", diastolic, flag))
            con.executemany(
                "INSERT INTO usage_visit (id, visited_at, staff_id, advice, note, abnormal,"
                " entered_late, recorded_by, recorded_at) VALUES (?, ?, ?, '', '', ?, 0,"
                " 'bench', ?)",
                visits,
            )
            con.executemany(
                "INSERT INTO measurement (visit_id, staff_id, measured_at, type, value, flag)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                readings,
            )
            missing -= len(visits)
        con.commit()
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        con.close()
    return path


def probe(database: Path, runs: int, env: dict[str, str]) -> dict[str, float]:
    """One fresh process opening the page once and changing its filter `runs` times."""
    result = subprocess.run(
        [sys.executable, "-m", "tests.bench.usage_page_probe", str(database), str(runs)],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    if result.returncode != 0:
        raise RuntimeError(f"usage page probe failed:\n{result.stdout}\n{result.stderr}")
    found: dict[str, float] = json.loads(result.stdout.strip().splitlines()[-1])
    return found


def measure(work: Path, runs: int) -> list[Figure]:
    database = million_visits(work)
    env = quiet_environment(work / "home-usage")
    probe(database, 1, env)  # warm-up: file cache, .pyc
    # The page opens once per process: a few processes give a median and a range.
    found = [probe(database, runs, env) for _ in range(max(3, runs))]
    opens = sorted(f["open_s"] for f in found)
    filters = sorted(f["filter_s"] for f in found)
    imports = statistics.median(f["import_s"] for f in found)
    peak = max((f["peak_mb"] for f in found if f["peak_mb"]), default=None)
    return [
        timed(
            "usage page: open (1,000,000 visits)",
            statistics.median(opens),
            OPEN_S,
            f"median of {len(opens)} processes, {opens[0]:.3f}–{opens[-1]:.3f} s; "
            f"{visit_count(database):,} visits; first visit: page module imported "
            f"({imports * 1000:.0f} ms), built, first rows queried, painted",
        ),
        timed(
            "usage page: filter change (median)",
            statistics.median(filters),
            FILTER_S,
            f"department filter, {int(found[0]['filter_runs'])} changes per process, "
            f"worst {max(f['filter_max_s'] for f in found):.3f} s",
        ),
        Figure(
            "usage page: peak memory",
            f"{peak:.0f} MB" if peak else "n/a",
            f"≤ {MEMORY_MB} MB",
            None if peak is None else peak <= MEMORY_MB,
            "whole process: Python, Qt, SQLAlchemy and the page",
        ),
    ]
