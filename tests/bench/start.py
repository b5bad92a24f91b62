"""Cold start to the first window shown, against a bare PySide6 QMainWindow started the same way.

Both run as `python -m MODULE` in fresh processes with the same environment (offscreen unless
QT_QPA_PLATFORM says otherwise, settings in a scratch folder, .pyc files written and used as
an installed program would). The clock runs from just before the process is created to the
moment a line arrives on its stderr. Four moments of the program are timed:

- "first window shown": the start-up window (splash), painted — what answers a double-click;
- "sign-in window shown": the sign-in window of the encrypted register, on screen (a smoke run
  without a user: the first window a person can use; the rest of the program is imported in
  the background meanwhile);
- "main window shown": the main window painted (navigation, menus, the first page still empty),
  after signing in as the demo chair without the dialog (a smoke run; a person would type the
  password here, so in real use this moment comes later by their typing);
- "first page filled": the overview with its indicators, room status and attention list.

The bare window prints "main window shown" after the same zero timer. One warm-up run of each
is dropped (file cache, .pyc, today's backup); then `runs` alternating runs of each; medians
are reported with their ranges. The program opens the 5,000-staff demo database, plain and
as a site's register really is (SQLCipher-encrypted, its key unwrapped from the password).
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from tests.bench.data import big_demo, encrypted_demo
from tests.bench.figures import Figure, median, quiet_environment, seconds

FIRST, MAIN, FILLED = "first window shown", "main window shown", "first page filled"
SIGN_IN = "sign-in window shown"
RATIO_TARGET = 2.0


def time_to_windows(command: list[str], env: dict[str, str], until: str = MAIN) -> dict[str, float]:
    """Seconds from process creation to each window line on stderr (`until` must come)."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command, env=env, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True
    )
    assert process.stderr is not None
    seen: dict[str, float] = {}
    lines = []
    for line in process.stderr:
        lines.append(line)
        for marker in (FIRST, SIGN_IN, MAIN, FILLED):
            if marker in line and marker not in seen:
                seen[marker] = time.perf_counter() - started
    code = process.wait(timeout=120)
    if code != 0 or until not in seen:
        raise RuntimeError(f"{command} exited {code} without showing its window:\n{''.join(lines)}")
    seen.setdefault(FIRST, seen[until])  # a bare window's first window is its main window
    seen.setdefault(FILLED, seen[until])
    return seen


def measure(work: Path, runs: int) -> list[Figure]:
    env = quiet_environment(work / "home-start")
    env["HEALTHROOM_EXIT_AFTER_MS"] = "50"
    env["HEALTHROOM_USER"] = "chair"  # a smoke run signs in without the dialog (demo1234)
    plain = [sys.executable, "-m", "app", "--db", str(big_demo(work))]
    encrypted = [sys.executable, "-m", "app", "--db", str(encrypted_demo(work))]
    bare = [sys.executable, "-m", "tests.bench.bare_window"]
    dialog_env = {k: v for k, v in env.items() if k not in ("HEALTHROOM_USER",)}
    for warm_up in (plain, encrypted, bare):  # first open of the files, .pyc, today's backup
        time_to_windows(warm_up, env)
    time_to_windows(encrypted, dialog_env, SIGN_IN)
    first: list[float] = []
    main: list[float] = []
    filled: list[float] = []
    main_encrypted: list[float] = []
    filled_encrypted: list[float] = []
    sign_in: list[float] = []
    yardstick: list[float] = []
    for _ in range(runs):  # alternating, so a busy moment of the machine hits all alike
        times = time_to_windows(plain, env)
        first.append(times[FIRST])
        main.append(times[MAIN])
        filled.append(times[FILLED])
        times = time_to_windows(encrypted, env)
        main_encrypted.append(times[MAIN])
        filled_encrypted.append(times[FILLED])
        sign_in.append(time_to_windows(encrypted, dialog_env, SIGN_IN)[SIGN_IN])
        yardstick.append(time_to_windows(bare, env)[MAIN])
    bare_median = median(yardstick)

    def spread(values: list[float]) -> str:
        return f"median of {runs}, {seconds(min(values))}–{seconds(max(values))}"

    def ratio(name: str, values: list[float], target: float | None = None) -> Figure:
        value = median(values) / bare_median
        ratios = sorted(v / bare_median for v in values)
        return Figure(
            f"start: {name} / bare window",
            f"{value:.2f}×",
            f"≤ {target:g}×" if target else "",
            None if target is None else value <= target,
            f"{seconds(median(values))}, {spread(values)}; "
            f"ratios {ratios[0]:.1f}–{ratios[-1]:.1f}×",
        )

    return [
        Figure("start: bare QMainWindow shown", seconds(bare_median), note=spread(yardstick)),
        ratio("start-up window", first, RATIO_TARGET),
        ratio("sign-in window shown", sign_in, RATIO_TARGET),
        ratio("main window painted", main, RATIO_TARGET),
        ratio("first page filled", filled),
        ratio("encrypted register: main window painted", main_encrypted, RATIO_TARGET),
        ratio("encrypted register: first page filled", filled_encrypted),
    ]
