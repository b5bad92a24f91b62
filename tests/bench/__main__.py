"""`python -m tests.bench [--only NAME...] [--runs N] [--work DIR] [--fresh]`: the benchmark table.

Every measurement runs in its own fresh Python process (so memory and Qt state are its own)
and the figures are printed as one table at the end. Databases are made in the work folder
(default build/bench) and reused by later runs — brought to the current schema first, untimed,
when a newer program has added migrations since (said in the table); --fresh starts from nothing.

Issue 20's whole table: `--only targets --sizes 1000 5000 20000 --runs 2`, about 25 minutes on
two busy cores once the demo databases exist (making the 20,000-staff one takes minutes more);
`--sizes 1000 5000` (the default) gives every row but those of the large register; `--rows
quarterly` (or any of the rows named in its help) measures those rows alone.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path

from tests.bench.figures import NOT_AVAILABLE, Figure, bytecode_environment, load
from tests.bench.targets import ROWS, ROWS_ENV, SIZES_ENV

ROOT = Path(__file__).resolve().parents[2]
MEASUREMENTS = (
    "demo",  # first: it writes the 5,000-staff database the others open
    "start",
    "usage_page",
    "roster_import",
    "checkup_import",  # issue 17: 5,000 check-up rows into the 5,000-staff demo, beside its floor
    "quarterly_report",
    "export_package",
    "county_workspace",  # HEALTHROOM_BENCH_COUNTY_SITES=2000 for the full size
    "targets",  # issue 20: every command as its own process beside its floor, by register size
)
# Run only when named with --only: the generated-register properties at length (minutes).
ON_REQUEST = ("registers",)
MARK = "BENCH-JSON "


def run_one(name: str, work: Path, runs: int) -> int:
    from tests.bench.data import BROUGHT

    module = importlib.import_module(f"tests.bench.{name}")
    figures: list[Figure] = module.measure(work, runs)
    figures = BROUGHT + figures  # the registers brought to the current schema first, untimed
    print(MARK + json.dumps([figure.as_json() for figure in figures]), flush=True)
    return 0


def in_fresh_process(name: str, work: Path, runs: int) -> list[Figure]:
    command = [sys.executable, "-m", "tests.bench", "--one", name]
    command += ["--work", str(work), "--runs", str(runs)]
    env = bytecode_environment()
    env["HEALTHROOM_PASSWORD"] = "demo1234"  # the commands sign in as the demo's accounts
    result = subprocess.run(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True)
    for line in reversed(result.stdout.splitlines()):
        if line.startswith(MARK):
            return [Figure(**item) for item in json.loads(line[len(MARK) :])]
    return [
        Figure(name, "error", note=f"exit {result.returncode}; see the output above", met=False)
    ]


def verdict(figure: Figure) -> str:
    if figure.result == NOT_AVAILABLE:
        return "–"
    return {True: "ok", False: "MISSED", None: ""}[figure.met]


def table(figures: list[Figure]) -> str:
    rows = [("measurement", "result", "target", "", "note")]
    rows += [(f.name, f.result, f.target, verdict(f), f.note) for f in figures]
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    lines = []
    for n, row in enumerate(rows):
        cells = [cell.ljust(width) for cell, width in zip(row[:4], widths, strict=True)]
        lines.append("  ".join([*cells, row[4]]).rstrip())
        if n == 0:
            lines.append("  ".join("-" * width for width in widths))
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench", description=__doc__)
    parser.add_argument("--only", nargs="+", choices=MEASUREMENTS + ON_REQUEST, help="just these")
    parser.add_argument("--runs", type=int, default=5, help="repetitions where they make sense")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "bench")
    parser.add_argument("--fresh", action="store_true", help="remake every database")
    parser.add_argument(
        "--sizes",
        type=int,
        nargs="+",
        default=[1000, 5000],
        metavar="STAFF",
        help="register sizes of the targets (e.g. 1000 5000 20000 50000; the large demo "
        "databases take minutes to make, once)",
    )
    parser.add_argument(
        "--rows",
        nargs="+",
        choices=ROWS,
        metavar="ROW",
        help=f"only these rows of the targets ({', '.join(ROWS)}), e.g. --rows quarterly",
    )
    parser.add_argument("--one", choices=MEASUREMENTS + ON_REQUEST, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    work = args.work.resolve()
    if args.one:  # a child: the sizes come from the parent's environment
        return run_one(args.one, work, args.runs)
    os.environ[SIZES_ENV] = ",".join(str(n) for n in args.sizes)  # for the child processes
    os.environ[ROWS_ENV] = ",".join(args.rows or ())
    if args.fresh:
        shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True, exist_ok=True)
    figures: list[Figure] = []
    started = time.monotonic()
    load_before = load()
    for name in args.only or MEASUREMENTS:
        print(f"== {name} …", file=sys.stderr, flush=True)
        figures.extend(in_fresh_process(name, work, args.runs))
    print()
    print(
        f"HealthRoom Ledger benchmarks — {platform.system()} {platform.machine()}, "
        f"Python {platform.python_version()}, {time.monotonic() - started:.0f} s; "
        f"{os.cpu_count()} CPUs, load {load_before} before, {load()} after"
    )
    print(table(figures))
    return 1 if any(f.result == "error" for f in figures) else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
