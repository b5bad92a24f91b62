"""The process that checks a before-import copy in full, after a command's import ended.

A copy made before an import passes SQLite's quick check before the import writes; its full
check (which also compares every index with its table, and on a large register takes several
times the import itself) runs after: in the window a thread of the long-lived program, after a
command this process, started detached at low priority by `app.db.backup.check_later` as
`healthroom --full-check-of-backup COPY`, the key (hex) on its standard input.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path


def main(arguments: Sequence[str]) -> int:
    """`COPY`, with the key (hex, or an empty line) on standard input."""
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
