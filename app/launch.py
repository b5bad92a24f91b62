"""The `healthroom` program: the desktop window when no command is given, else the CLI.

Telling the two apart needs only argparse, so the window path can show its start-up window
before the database layer and every command module (all of app.cli) are imported.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.catalogue.language import Language


def window_database(argv: Sequence[str]) -> Path | None:
    """The database to open in the window when `argv` asks for the window, else None."""
    parser = argparse.ArgumentParser(add_help=False, exit_on_error=False)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--user")
    try:
        args, rest = parser.parse_known_args(list(argv))
    except (argparse.ArgumentError, SystemExit):
        return None  # let the full command line explain the mistake
    if rest:
        return None
    if args.db is not None:
        return Path(args.db)
    from app.paths import default_database

    return default_database()


def window_workspace(argv: Sequence[str]) -> Path | str | None:
    """The county workspace to open in the window for `healthroom --workspace FILE` (or a
    shared workspace's `postgresql://` address)."""
    from app.domain.workspace_address import workspace_place

    parser = argparse.ArgumentParser(add_help=False, exit_on_error=False)
    parser.add_argument("--workspace", type=workspace_place)
    try:
        args, rest = parser.parse_known_args(list(argv))
    except (argparse.ArgumentError, SystemExit):
        return None
    return None if rest else args.workspace


def main(argv: Sequence[str] | None = None) -> int:
    from app.safety_net import guarded

    return guarded(lambda: _start(argv), on_unexpected=_show_in_window, language=_language)


def _qt_started() -> bool:
    """Qt is imported only by the window: before it (or on the command line) no dialog can
    be shown, and app.ui is not imported for nothing."""
    return "PySide6.QtWidgets" in sys.modules


def _show_in_window(error: BaseException) -> None:
    """A failure while the window starts is also told in a dialog, when Qt is up."""
    if _qt_started():
        from app.ui.error_dialog import show_in_window

        show_in_window(error)


def _language() -> Language:
    """The language people read: the window's once it has one, else the system's."""
    if _qt_started():
        from app.ui.i18n import window_language

        chosen = window_language()
        if chosen is not None:
            return chosen
    from app.console import system_language

    return system_language()


def _start(argv: Sequence[str] | None) -> int:
    from app.console import make_console_safe

    make_console_safe()  # a GBK console (Chinese Windows) cannot write every character
    arguments = list(sys.argv[1:] if argv is None else argv)
    from app import process_kind

    if arguments[:1] == [process_kind.FULL_CHECK]:  # a command started it, for its backup
        return _full_check_apart(arguments[1:])
    workspace = window_workspace(arguments)
    if workspace is not None:
        from app.ui.splash import run_workspace_window

        return run_workspace_window(workspace)
    database = window_database(arguments)
    if database is not None:
        from app.ui.splash import run_window

        return run_window(database)
    from app.cli import main as command_line
    from app.memory import freeze_at_exit

    process_kind.is_command()  # it ends with its work: a backup's full check goes on apart
    freeze_at_exit()
    return command_line(arguments)


def _full_check_apart(arguments: list[str]) -> int:
    from app.db import full_check
    from app.logging_setup import setup_logging

    setup_logging()  # a copy that fails is said in the log
    return full_check.main(arguments)
