"""Cold start to the first window shown, against a bare PySide6 QMainWindow started the same way.

Both run as `python -m MODULE` in fresh processes with the same environment (offscreen unless
QT_QPA_PLATFORM says otherwise, settings in a scratch folder). The clock runs from just before
the process is created to the moment a line arrives on its stderr: "first window shown" (the
program's start-up window, painted) and "main window shown" (the main window with its first
page filled, once the event loop has handled the show); the bare window prints the latter
after the same zero timer. One warm-up run of each is dropped (file cache, .pyc); then `runs`
alternating runs of each; medians are reported. The program opens the 5,000-staff demo
database, so its first page has real data to load.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from tests.bench.data import big_demo
from tests.bench.figures import Figure, median, quiet_environment, seconds

FIRST, MAIN = "first window shown", "main window shown"
RATIO_TARGET = 2.0


def time_to_windows(command: list[str], env: dict[str, str]) -> dict[str, float]:
    """Seconds from process creation to each window line on stderr."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command, env=env, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True
    )
    assert process.stderr is not None
    seen: dict[str, float] = {}
    lines = []
    for line in process.stderr:
        lines.append(line)
        for marker in (FIRST, MAIN):
            if marker in line and marker not in seen:
                seen[marker] = time.perf_counter() - started
    code = process.wait(timeout=120)
    if code != 0 or MAIN not in seen:
        raise RuntimeError(f"{command} exited {code} without showing its window:\n{''.join(lines)}")
    seen.setdefault(FIRST, seen[MAIN])  # a bare window's first window is its main window
    return seen


def measure(work: Path, runs: int) -> list[Figure]:
    database = big_demo(work)
    env = quiet_environment(work / "home-start")
    env["HEALTHROOM_EXIT_AFTER_MS"] = "50"
    program = [sys.executable, "-m", "app", "--db", str(database)]
    bare = [sys.executable, "-m", "tests.bench.bare_window"]
    time_to_windows(program, env)  # warm-up: first open of the file, .pyc written
    time_to_windows(bare, env)
    first: list[float] = []
    main: list[float] = []
    yardstick: list[float] = []
    for _ in range(runs):
        times = time_to_windows(program, env)
        first.append(times[FIRST])
        main.append(times[MAIN])
        yardstick.append(time_to_windows(bare, env)[MAIN])
    bare_median = median(yardstick)

    def spread(values: list[float]) -> str:
        return f"median of {runs}, {seconds(min(values))}–{seconds(max(values))}"

    ratio = median(first) / bare_median
    main_ratio = median(main) / bare_median
    return [
        Figure("start: bare QMainWindow shown", seconds(bare_median), note=spread(yardstick)),
        Figure("start: program's first window shown", seconds(median(first)), note=spread(first)),
        Figure(
            "start: ratio first window / bare window",
            f"{ratio:.2f}×",
            f"≤ {RATIO_TARGET:g}×",
            ratio <= RATIO_TARGET,
        ),
        Figure(
            "start: main window with its first page",
            seconds(median(main)),
            note=f"{main_ratio:.2f}× the bare window; {spread(main)}",
        ),
    ]
