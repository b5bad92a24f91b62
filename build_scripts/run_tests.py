"""Every check the project keeps: lint, format, types, layers, forms, translations, tests.

Runs on any OS from the project's virtual environment: `python build_scripts/run_tests.py`.
Extra arguments go to pytest; the tests run on every core (at most four worker processes,
pytest-xdist) unless they name `-n` themselves (`-n 0`: one process). The last step builds the
desktop bundle and runs the frozen program (tests/bundle, marker `slow`, ~2 min);
`--skip-bundle` leaves it out for a quick local run. Without PyInstaller (the `bundle` extra)
that step is skipped, except in CI where it fails.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def tool(name: str) -> str:
    for candidate in (BIN / name, BIN / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    return name


CHECKS: list[tuple[str, list[str]]] = [
    ("ruff lint", [tool("ruff"), "check", "app", "tests", "build_scripts"]),
    ("ruff format", [tool("ruff"), "format", "--check", "app", "tests", "build_scripts"]),
    ("mypy", [tool("mypy")]),
    ("import layers", [tool("lint-imports")]),
    ("generated forms", [sys.executable, "build_scripts/compile_forms.py", "--check"]),
    ("translations", [sys.executable, "build_scripts/translations.py", "missing"]),
]


MOST_WORKERS = 4  # each worker holds its own Qt, registers and demo copy: ~0.5 GB


def workers(pytest_args: list[str]) -> list[str]:
    """`-n N --dist worksteal` unless the caller chose: a slow file (every printout of the
    generated registers, ~40 s) then does not hold the other core idle at the end."""
    if any(arg.startswith(("-n", "--numprocesses")) for arg in pytest_args):
        return []
    return ["-n", str(max(1, min(os.cpu_count() or 1, MOST_WORKERS))), "--dist", "worksteal"]


BUNDLE_TESTS = [sys.executable, "-m", "pytest", "-m", "slow", "-rs", "tests/bundle"]


def bundle_step(env: dict[str, str]) -> bool:
    """Build the bundle and run the frozen program; True when it passed or may be skipped."""
    started = time.monotonic()
    if importlib.util.find_spec("PyInstaller") is None:
        in_ci = bool(env.get("CI"))
        print(
            f"== bundle: {'FAILED' if in_ci else 'skipped'} "
            "(PyInstaller missing: set up from the lock, build_scripts/setup.sh)",
            flush=True,
        )
        return not in_ci
    result = subprocess.run(BUNDLE_TESTS, cwd=ROOT, env=env)
    print(
        f"== bundle: {'ok' if result.returncode == 0 else 'FAILED'} "
        f"({time.monotonic() - started:.1f} s)",
        flush=True,
    )
    return result.returncode == 0


def main(pytest_args: list[str]) -> int:
    env = dict(os.environ)
    skip_bundle = "--skip-bundle" in pytest_args
    pytest_args = [arg for arg in pytest_args if arg != "--skip-bundle"]
    failed = []
    for name, command in CHECKS:
        started = time.monotonic()
        result = subprocess.run(command, cwd=ROOT, env=env)
        print(
            f"== {name}: {'ok' if result.returncode == 0 else 'FAILED'} "
            f"({time.monotonic() - started:.1f} s)",
            flush=True,
        )
        if result.returncode != 0:
            failed.append(name)
    result = subprocess.run(
        [sys.executable, "-m", "pytest", *workers(pytest_args), *pytest_args], cwd=ROOT, env=env
    )
    if result.returncode != 0:
        failed.append("pytest")
    if not skip_bundle and not bundle_step(env):
        failed.append("bundle")
    if failed:
        print("FAILED: " + ", ".join(failed))
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
