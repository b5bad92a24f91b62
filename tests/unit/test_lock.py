"""The lock files (requirements/*.txt) pin what pyproject.toml asks for, each with its hashes.

setup.sh, the bundle build and CI install from the locks alone, so a range raised or a package
added in pyproject.toml without `python build_scripts/lock.py` must fail here, not on a user's
machine. Each lock is read for its own platform: a Windows-only dependency must be in the
Windows lock and need not be in the Linux one.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

import pytest
from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

from build_scripts.lock import LOCKS, PLATFORMS, PYTHON_VERSION, lock_file

ROOT = Path(__file__).resolve().parents[2]
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)")
HASH = re.compile(r"--hash=sha256:[0-9a-f]{64}")

# The marker environment each lock is solved for (build_scripts/lock.py).
ENVIRONMENTS = {
    "linux": {"sys_platform": "linux", "platform_system": "Linux", "os_name": "posix"},
    "windows": {"sys_platform": "win32", "platform_system": "Windows", "os_name": "nt"},
}


@dataclass(frozen=True)
class Pin:
    version: Version
    hashes: int


def read_lock(path: Path) -> dict[str, Pin]:
    """name -> pinned version and how many hashes follow it."""
    pins: dict[str, Pin] = {}
    name: str | None = None
    for line in path.read_text(encoding="utf-8").splitlines():
        match = PIN.match(line)
        if match:
            name = canonicalize_name(match.group(1))
            pins[name] = Pin(Version(match.group(2)), 0)
        elif name is not None and HASH.search(line):
            pins[name] = Pin(pins[name].version, pins[name].hashes + len(HASH.findall(line)))
    return pins


def declared() -> list[Requirement]:
    """Everything pyproject.toml asks for: the program, every extra and the build backend."""
    with (ROOT / "pyproject.toml").open("rb") as handle:
        project = tomllib.load(handle)
    lines = list(project["project"]["dependencies"])
    for extra in project["project"].get("optional-dependencies", {}).values():
        lines += extra
    lines += project["build-system"]["requires"]
    return [Requirement(line) for line in lines]


def environment(platform: str) -> dict[str, str]:
    return {
        "python_version": PYTHON_VERSION,
        "python_full_version": f"{PYTHON_VERSION}.0",
        "implementation_name": "cpython",
        "platform_python_implementation": "CPython",
        "platform_machine": "x86_64" if platform == "linux" else "AMD64",
        "extra": "",
        **ENVIRONMENTS[platform],
    }


def test_one_lock_per_platform() -> None:
    assert sorted(p.stem for p in LOCKS.glob("*.txt")) == sorted(PLATFORMS)
    assert set(ENVIRONMENTS) == set(PLATFORMS)


@pytest.mark.parametrize("platform", sorted(PLATFORMS))
def test_lock_satisfies_pyproject(platform: str) -> None:
    pins = read_lock(lock_file(platform))
    env = environment(platform)
    problems = []
    for requirement in declared():
        if requirement.marker is not None and not requirement.marker.evaluate(env):
            continue
        pin = pins.get(canonicalize_name(requirement.name))
        if pin is None:
            problems.append(f"{requirement} is not in the lock")
        elif not requirement.specifier.contains(pin.version, prereleases=True):
            problems.append(f"{requirement}: the lock has {pin.version}")
    assert not problems, (
        f"requirements/{platform}.txt is stale (python build_scripts/lock.py): "
        + ("; ".join(problems))
    )


@pytest.mark.parametrize("platform", sorted(PLATFORMS))
def test_every_pin_has_hashes(platform: str) -> None:
    pins = read_lock(lock_file(platform))
    assert len(pins) > 20
    assert [name for name, pin in pins.items() if pin.hashes == 0] == []


def test_declared_ranges_stop_before_a_major_version() -> None:
    """Every range has an upper bound: a fresh lock never jumps a major version silently."""
    unbounded = [
        str(r)
        for r in declared()
        if not any(s.operator in ("<", "<=", "==", "~=") for s in r.specifier)
    ]
    assert unbounded == []


def test_reading_a_lock_finds_versions_hashes_and_skips_markers(tmp_path: Path) -> None:
    lock = tmp_path / "x.txt"
    lock.write_text(
        "# header\n"
        "alpha==1.2.3 \\\n"
        "    --hash=sha256:" + "a" * 64 + " \\\n"
        "    --hash=sha256:" + "b" * 64 + "\n"
        "    # via x\n"
        "Beta_Two==2.0 ; sys_platform == 'win32' \\\n"
        "    --hash=sha256:" + "c" * 64 + "\n"
        "gamma==0.1\n",
        encoding="utf-8",
    )
    assert read_lock(lock) == {
        "alpha": Pin(Version("1.2.3"), 2),
        "beta-two": Pin(Version("2.0"), 1),
        "gamma": Pin(Version("0.1"), 0),
    }


def test_a_windows_only_requirement_is_judged_against_the_windows_lock() -> None:
    marker = Marker("sys_platform == 'win32'")
    assert marker.evaluate(environment("windows"))
    assert not marker.evaluate(environment("linux"))
