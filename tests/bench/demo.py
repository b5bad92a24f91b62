"""Demo generation: 5,000 staff × 24 months into a new database (target ≤ 60 s).

The file it writes is the big database the other measurements open.
"""

from __future__ import annotations

import time
from pathlib import Path

from tests.bench.data import BIG_DEMO, BIG_MONTHS, BIG_STAFF, generate_big_demo
from tests.bench.figures import Figure, peak_memory_mb, timed

TARGET_S = 60.0


def measure(work: Path, runs: int) -> list[Figure]:
    del runs  # one generation is long enough to be steady
    started = time.perf_counter()
    summary = generate_big_demo(work / BIG_DEMO)
    elapsed = time.perf_counter() - started
    visits = getattr(summary, "visits", 0)
    readings = getattr(summary, "measurements", 0)
    peak = peak_memory_mb()
    return [
        timed(
            f"demo: generate {BIG_STAFF:,} staff × {BIG_MONTHS} months",
            elapsed,
            TARGET_S,
            f"{visits:,} visits, {readings:,} readings",
        ),
        Figure("demo: peak memory", f"{peak:.0f} MB" if peak else "n/a"),
    ]
