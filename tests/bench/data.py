"""The databases the measurements share, made once per work folder and reused."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

BENCH_TODAY = dt.date(2026, 11, 16)  # fixed, so every run measures the same data
QUARTER = "2026Q3"  # the last full quarter before BENCH_TODAY
BIG_STAFF, BIG_MONTHS = 5000, 24
BIG_DEMO = f"demo-{BIG_STAFF}x{BIG_MONTHS}.db"


def generate_big_demo(path: Path) -> tuple[float, str]:
    """`healthroom demo` of 5,000 staff × 24 months into a new file at `path`, ending on
    BENCH_TODAY; returns its seconds and what it printed."""
    from tests.bench import commands

    for stale in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        stale.unlink(missing_ok=True)
    code, elapsed, output = commands.run(
        "--db", path, "demo", "--staff", str(BIG_STAFF), "--months", str(BIG_MONTHS),
        "--seed", "1", "--today", BENCH_TODAY.isoformat(),
    )  # fmt: skip
    if code != 0:
        raise RuntimeError(f"healthroom demo failed (exit {code}): {commands.tail(output)}")
    return elapsed, output


def big_demo(work: Path) -> Path:
    """The 5,000 × 24 demo database (the demo measurement leaves it behind)."""
    path = work / BIG_DEMO
    if not path.exists():
        generate_big_demo(path)
    return path


def fresh_copy(source: Path, target: Path) -> Path:
    """A copy the measurement may change, so the shared file stays as it was."""
    for stale in (target, target.with_name(target.name + "-wal")):
        stale.unlink(missing_ok=True)
    shutil.copyfile(source, target)
    return target
