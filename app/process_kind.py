"""What kind of process this is: the window, which lives as long as the person works, or a
command, which ends when its work is done.

Work that may follow a command's result (the full integrity check of a before-import copy,
`app.db.full_check`) runs in a process of its own there, started as the program itself with a
hidden argument. Kept to the standard library: the program's start reads it before anything.
"""

from __future__ import annotations

import sys
from pathlib import Path

FULL_CHECK = "--full-check-of-backup"  # the hidden argument of that process
_command = False


def is_command(yes: bool = True) -> None:
    """Say that this process is a command (the program's start does, for the command line)."""
    global _command
    _command = yes


def a_command() -> bool:
    return _command


def full_check_command(copy: Path) -> list[str]:
    """The command line of the process checking `copy` in full."""
    if getattr(sys, "frozen", False):  # the bundle's program takes the same arguments
        return [sys.executable, FULL_CHECK, str(copy)]
    return [sys.executable, "-m", "app", FULL_CHECK, str(copy)]
