"""Run a `healthroom` command in this process and time it, when this build has the command.

Measurements of features that arrive with other issues go through the command line of
DESIGN §6, which is stable: once the feature is merged its figure appears by itself.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import time
from pathlib import Path


def _choices(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def available(command: str) -> bool:
    """Whether `healthroom COMMAND [SUBCOMMAND]` exists, e.g. "report quarterly"."""
    from app.cli import build_parser

    parser = build_parser()
    for word in command.split():
        found = _choices(parser)
        if word not in found:
            return False
        parser = found[word]
    return True


def run(*args: str | Path) -> tuple[int, float, str]:
    """(exit code, seconds, what it printed) of `healthroom ARGS` run in this process."""
    from app.cli import main

    out = io.StringIO()
    started = time.perf_counter()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
        try:
            code = main([str(a) for a in args])
        except SystemExit as stop:  # argparse: usage errors
            code = stop.code if isinstance(stop.code, int) else 2
    return code, time.perf_counter() - started, out.getvalue()


def tail(text: str, lines: int = 3) -> str:
    return " | ".join(line.strip() for line in text.strip().splitlines()[-lines:])
