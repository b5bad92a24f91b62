"""Small real mounts for the disk cases: a read-only one and a nearly full one (tmpfs).

Mounting needs root (the test run is root in CI); elsewhere these tests skip with a notice.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest


def _mount(point: Path, size: str) -> None:
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("NOTICE: mounting a small tmpfs needs root; the disk case was not run")
    point.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(point)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"NOTICE: cannot mount a tmpfs here ({done.stderr.strip()}); not run")


def _unmount(point: Path) -> None:
    subprocess.run(["umount", "-l", str(point)], capture_output=True, check=False)


@pytest.fixture
def read_only_mount(tmp_path: Path, demo_file: Path) -> Iterator[Path]:
    """A read-only mount holding a healthy copy of the demo register as site.db."""
    point = tmp_path / "ro"
    _mount(point, "64m")
    try:
        shutil.copyfile(demo_file, point / "site.db")
        subprocess.run(["mount", "-o", "remount,ro", str(point)], check=True)
        yield point
    finally:
        _unmount(point)


@pytest.fixture
def tmpfs(tmp_path: Path) -> Iterator[Callable[[str], Path]]:
    """Mounts of a chosen size ("2m"), unmounted after the test."""
    made: list[Path] = []

    def mount(size: str) -> Path:
        point = tmp_path / f"tmpfs{len(made)}"
        _mount(point, size)
        made.append(point)
        return point

    yield mount
    for point in made:
        _unmount(point)


@pytest.fixture
def full_mount(tmp_path: Path) -> Iterator[Path]:
    """A 1 MB mount: too small for any backup, export or report of the demo register."""
    point = tmp_path / "full"
    _mount(point, "1m")
    try:
        yield point
    finally:
        _unmount(point)
