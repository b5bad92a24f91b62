"""The county-review export package for a quarter of the 5,000-staff site, target ≤ 10 s.

Runs `healthroom export --period Q -o DIR` (issue 9) as the technician on a copy of the big
demo once the command exists.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.bench import commands
from tests.bench.data import QUARTER, big_demo, fresh_copy
from tests.bench.figures import Figure, median, not_available, seconds, timed

NAME = f"export package {QUARTER}: 5,000 staff"
TARGET_S = 10.0


def measure(work: Path, runs: int) -> list[Figure]:
    if not commands.available("export"):
        return [not_available(NAME, "≤ 10 s", "needs `healthroom export` (issue 9)")]
    database = fresh_copy(big_demo(work), work / "export.db")
    times = []
    for attempt in range(max(1, min(runs, 3))):
        target = work / f"export-{attempt}"
        shutil.rmtree(target, ignore_errors=True)
        target.mkdir()
        code, elapsed, output = commands.run(
            "--db", database, "--user", "tech", "export", "--period", QUARTER, "-o", target
        )
        if code != 0:
            return [Figure(NAME, f"failed (exit {code})", "≤ 10 s", False, commands.tail(output))]
        times.append(elapsed)
    return [
        timed(NAME, median(times), TARGET_S, f"median of {len(times)}, first {seconds(times[0])}")
    ]
