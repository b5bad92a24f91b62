"""What a measurement reports, and the helpers the measurements share."""

from __future__ import annotations

import ctypes
import os
import statistics
import sys
from dataclasses import asdict, dataclass
from typing import Any

NOT_AVAILABLE = "not available yet"


@dataclass(frozen=True)
class Figure:
    name: str  # what was measured
    result: str  # the figure, formatted, or NOT_AVAILABLE
    target: str = ""  # e.g. "≤ 60 s"; empty when there is none
    met: bool | None = None  # None: no target, or nothing measured
    note: str = ""

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


def not_available(name: str, target: str, why: str) -> Figure:
    return Figure(name, NOT_AVAILABLE, target, None, why)


def seconds(value: float) -> str:
    return f"{value * 1000:.0f} ms" if value < 1 else f"{value:.2f} s"


def timed(name: str, value: float, limit: float | None, note: str = "") -> Figure:
    """A time in seconds against an upper limit in seconds."""
    target = ""
    if limit is not None:
        target = f"≤ {limit * 1000:g} ms" if limit < 1 else f"≤ {limit:g} s"
    met = None if limit is None else value <= limit
    return Figure(name, seconds(value), target, met, note)


def median(values: list[float]) -> float:
    return statistics.median(values)


def load() -> str:
    """The machine's load averages (1, 5, 15 min), as `uptime` says them: a wall time means
    little without them on a shared machine."""
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "n/a"


def peak_memory_mb() -> float | None:
    """This process's peak resident memory (MB), or None where it cannot be read."""
    if sys.platform == "win32":
        return _windows_peak_working_set()
    try:
        import resource
    except ImportError:
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 2**10  # bytes vs KiB


def _windows_peak_working_set() -> float | None:
    class Counters(ctypes.Structure):
        _fields_ = [
            ("cb", ctypes.c_ulong),
            ("PageFaultCount", ctypes.c_ulong),
            ("PeakWorkingSetSize", ctypes.c_size_t),
            ("WorkingSetSize", ctypes.c_size_t),
            ("QuotaPeakPagedPoolUsage", ctypes.c_size_t),
            ("QuotaPagedPoolUsage", ctypes.c_size_t),
            ("QuotaPeakNonPagedPoolUsage", ctypes.c_size_t),
            ("QuotaNonPagedPoolUsage", ctypes.c_size_t),
            ("PagefileUsage", ctypes.c_size_t),
            ("PeakPagefileUsage", ctypes.c_size_t),
        ]

    counters = Counters()
    counters.cb = ctypes.sizeof(Counters)
    windll = getattr(ctypes, "windll", None)
    if windll is None:
        return None
    process = windll.kernel32.GetCurrentProcess()
    if not windll.psapi.GetProcessMemoryInfo(process, ctypes.byref(counters), counters.cb):
        return None
    return counters.PeakWorkingSetSize / 2**20


def bytecode_environment() -> dict[str, str]:
    """This environment, but Python writes and uses .pyc files, as an installed program does
    (a bundle ships them): compiling every module at each start is not what a user waits for."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def quiet_environment(home: os.PathLike[str] | str) -> dict[str, str]:
    """Environment for a program under measurement: offscreen Qt, settings and logs in `home`."""
    env = bytecode_environment()
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[name] = os.path.join(home, name.removeprefix("XDG_").removesuffix("_HOME").lower())
    env["HEALTHROOM_PASSWORD"] = "demo1234"
    return env
