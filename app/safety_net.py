"""The last net under the command line and the window: never a traceback on the screen.

Each command handles the problems it knows (exit 1 with its own message); what slips through
is a defect, logged with its traceback in the rotating log and shown as one sentence naming the
log file, exit code 3 (DESIGN §6). A net, not a substitute for handling each case.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from app.console import system_language, tell

if TYPE_CHECKING:
    from app.catalogue.language import Language

UNEXPECTED = 3
INTERRUPTED = 130  # the shell's code for Ctrl+C

log = logging.getLogger("app.unexpected")


def log_file() -> Path:
    """The log file, set up now if nothing did yet (a failure before any command ran)."""
    from app.logging_setup import setup_logging

    try:
        return setup_logging()
    except OSError:  # no log folder can be made (read-only home): say where it would be
        from app.paths import log_dir

        return log_dir() / "healthroom.log"


def unexpected_sentence(path: Path, language: Language) -> str:
    if language == "zh":
        return f"程序遇到意外问题，上一步操作没有完成，已保存的数据没有丢失；详情见日志 {path}"
    return (
        "An unexpected problem stopped the last action (nothing saved was lost); "
        f"details are in the log {path}"
    )


def guarded(
    run: Callable[[], int],
    on_unexpected: Callable[[BaseException], None] | None = None,
    language: Callable[[], Language] = system_language,
) -> int:
    """`run()`, with anything unexpected logged and told in one sentence (exit code 3), in
    `language()`: the command line's or the window's, asked when it is needed."""
    try:
        return run()
    except SystemExit:
        raise  # argparse's usage errors (2) and deliberate exits keep their code
    except KeyboardInterrupt:
        tell("\n" + ("已取消" if _language(language) == "zh" else "cancelled"))
        return INTERRUPTED
    except BrokenPipeError:  # `| head` stopped reading: the reader has what it wanted
        _silence_stdout()
        return 0
    except Exception as error:
        path = log_file()
        log.error("unexpected error, argv=%r", sys.argv, exc_info=error)
        if on_unexpected is not None:
            try:
                on_unexpected(error)
            except Exception:  # the net must hold even when showing the problem fails
                log.exception("could not show the unexpected error")
        tell(unexpected_sentence(path, _language(language)))
        return UNEXPECTED


def _language(language: Callable[[], Language]) -> Language:
    try:
        return language()
    except Exception:  # the net holds even when the language cannot be told
        log.exception("the language of the unexpected error's sentence")
        return system_language()


def _silence_stdout() -> None:
    with contextlib.suppress(OSError, ValueError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
