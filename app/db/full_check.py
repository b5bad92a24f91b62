"""Where the full `integrity_check` of a quickly checked backup runs.

A copy made before an import passes SQLite's quick check before the import writes; its full
check (which also compares every index with its table, and on a large register takes several
times the import itself) runs after. In the window that is a thread of the long-lived program.
A command ends when its work is done, so there the check runs in a process of its own, started
detached at low priority: `healthroom --full-check-of-backup COPY`, the key on its standard
input. Kept to the standard library, so the program's start can tell that process apart.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path

FLAG = "--full-check-of-backup"
_apart = False


def check_apart(apart: bool = True) -> None:
    """This process is a command that ends with its work: full checks of copies run apart."""
    global _apart
    _apart = apart


def checks_apart() -> bool:
    return _apart


def command(copy: Path) -> list[str]:
    """The command line of the process checking `copy`."""
    if getattr(sys, "frozen", False):  # the bundle's program takes the same arguments
        return [sys.executable, FLAG, str(copy)]
    return [sys.executable, "-m", "app", FLAG, str(copy)]


def main(arguments: Sequence[str]) -> int:
    """That process: `COPY`, with the key (hex, or an empty line) on standard input."""
    if len(arguments) != 1:
        return 2
    copy = Path(arguments[0])
    if not copy.exists():  # rotated away (or removed) meanwhile: nothing to vouch for
        return 0
    with contextlib.suppress(OSError, AttributeError):  # second to the person's own work
        os.nice(10)
    line = sys.stdin.readline().strip()
    from app.db.backup import full_check

    full_check(copy, bytes.fromhex(line) if line else None)
    return 0
