"""`python -m tests.bench.peak FILE (-m MODULE | -c CODE) ARGS…`: run a program as Python
would, then write its peak resident memory (MB) to FILE.

The kernel's figure for a child (`wait4`) starts from its parent's peak when the child was
forked from a large process, as the benchmark is; VmHWM of the program's own address space,
read as it exits, does not.
"""

from __future__ import annotations

import atexit
import runpy
import sys
from pathlib import Path


def peak_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def main() -> None:
    out, how, what, *args = sys.argv[1:]
    atexit.register(lambda: Path(out).write_text(f"{peak_mb():.1f}"))
    if how == "-m":
        sys.argv = [what, *args]
        runpy.run_module(what, run_name="__main__", alter_sys=True)
    else:
        sys.argv = ["-c", *args]
        exec(compile(what, "<string>", "exec"), {"__name__": "__main__"})


if __name__ == "__main__":
    main()
