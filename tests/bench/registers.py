"""The generated-register properties (tests/unit/test_generated_registers.py) at length.

The normal test run tries 25 generated registers per property; this runs the "long"
Hypothesis profile (see tests/conftest.py) and reports whether anything was found and how
long it took. Only run when asked: `build_scripts/bench.sh --only registers`.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from tests.bench.figures import Figure, seconds

ROOT = Path(__file__).resolve().parents[2]
NAME = "generated registers, long profile"


def measure(work: Path, runs: int) -> list[Figure]:
    del runs  # the profile sets the number of examples
    env = {**os.environ, "HYPOTHESIS_PROFILE": "long", "PYTEST_SCRATCH": str(work)}
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
               "tests/unit/test_generated_registers.py"]  # fmt: skip
    started = time.monotonic()
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    elapsed = time.monotonic() - started
    last = (done.stdout.strip().splitlines() or ["no output"])[-1]
    if done.returncode != 0:
        print(done.stdout[-5000:], done.stderr[-2000:], sep="\n", file=sys.stderr)
        return [Figure(NAME, "found a failure", "nothing found", False, last)]
    return [Figure(NAME, seconds(elapsed), "nothing found", True, last)]
