"""Every check the project keeps: lint, format, types, layers, forms, translations, tests.

Runs on any OS from the project's virtual environment: `python build_scripts/run_tests.py`.
Extra arguments go to pytest.
"""

from __future__ import annotations

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


def main(pytest_args: list[str]) -> int:
    env = dict(os.environ)
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
    result = subprocess.run([sys.executable, "-m", "pytest", *pytest_args], cwd=ROOT, env=env)
    if result.returncode != 0:
        failed.append("pytest")
    if failed:
        print("FAILED: " + ", ".join(failed))
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
