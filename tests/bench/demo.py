"""Demo generation: `healthroom demo --staff 5000 --months 24` into a new database (≤ 60 s).

The file it writes is the big database the other measurements open.
"""

from __future__ import annotations

import re
from pathlib import Path

from tests.bench.data import BIG_DEMO, BIG_MONTHS, BIG_STAFF, generate_big_demo
from tests.bench.figures import Figure, peak_memory_mb, timed

TARGET_S = 60.0


def count(output: str, what: str) -> int:
    found = re.search(rf"{what} (\d+)", output)
    return int(found.group(1)) if found else 0


def measure(work: Path, runs: int) -> list[Figure]:
    del runs  # one generation is long enough to be steady
    elapsed, output = generate_big_demo(work / BIG_DEMO)
    peak = peak_memory_mb()
    return [
        timed(
            f"demo: generate {BIG_STAFF:,} staff × {BIG_MONTHS} months",
            elapsed,
            TARGET_S,
            f"{count(output, 'visits'):,} visits, {count(output, 'measurements'):,} readings",
        ),
        Figure("demo: peak memory", f"{peak:.0f} MB" if peak else "n/a"),
    ]
