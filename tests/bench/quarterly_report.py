"""The quarterly participation report for 5,000 staff (PDF and .xlsx), target ≤ 3 s.

Runs `healthroom report quarterly --quarter Q -o FILE.pdf --xlsx FILE.xlsx` (issue 8) on a copy
of the big demo once the command exists; the first run includes loading reportlab.
"""

from __future__ import annotations

from pathlib import Path

from tests.bench import commands
from tests.bench.data import QUARTER, big_demo, fresh_copy
from tests.bench.figures import Figure, median, not_available, seconds, timed

NAME = f"quarterly report {QUARTER}: 5,000 staff"
TARGET_S = 3.0


def measure(work: Path, runs: int) -> list[Figure]:
    if not commands.available("report quarterly"):
        return [not_available(NAME, "≤ 3 s", "needs `healthroom report quarterly` (issue 8)")]
    database = fresh_copy(big_demo(work), work / "quarterly.db")
    times = []
    for attempt in range(max(1, runs)):
        code, elapsed, output = commands.run(
            "--db", database, "--user", "chair", "report", "quarterly", "--quarter", QUARTER,
            "-o", work / f"quarterly-{attempt}.pdf", "--xlsx", work / f"quarterly-{attempt}.xlsx",
        )  # fmt: skip
        if code != 0:
            return [Figure(NAME, f"failed (exit {code})", "≤ 3 s", False, commands.tail(output))]
        times.append(elapsed)
    return [
        timed(NAME, median(times), TARGET_S, f"median of {len(times)}, first {seconds(times[0])}")
    ]
