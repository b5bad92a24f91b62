"""Console output that never fails on the console's code page.

Redirected to a file or a pipe on a Chinese Windows (`healthroom check > 结果.txt`), Python
writes in the ANSI code page, GBK (cp936), which has no "²" or "✓": printing a folder named
"健康²" or a name with a rare character would end the command with UnicodeEncodeError. Such a
character is written as its nearest GBK form (² → 2, ✓ → √), and one without any as "?": the
output stays readable and the command finishes. A UTF-8 stream is left as it is.
"""

from __future__ import annotations

import codecs
import contextlib
import io
import locale
import os
import sys
from collections.abc import Mapping
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:  # the catalogue is imported when a language is asked for, not at start
    from app.catalogue.language import Language

HANDLER = "healthroom.console"
FALLBACKS = {
    "²": "2", "³": "3", "¹": "1", "✓": "√", "✔": "√", "✗": "×", "✘": "×", "•": "·",
    "µ": "μ", "–": "-", "‑": "-", "€": "EUR", "\u00a0": " ", "\u202f": " ",
}  # fmt: skip


def _fallback(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeEncodeError):
        raise error
    shown = []
    for character in error.object[error.start : error.end]:
        substitute = FALLBACKS.get(character, "?")
        try:
            substitute.encode(error.encoding)
        except UnicodeEncodeError:
            substitute = "?"
        shown.append(substitute)
    return "".join(shown), error.end


codecs.register_error(HANDLER, _fallback)


def system_language(environ: Mapping[str, str] = os.environ) -> Language:
    """English when the system's locale is English, Chinese otherwise (and when unknown)."""
    from app.catalogue.language import Language

    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "").strip()
        if value:  # the first one set decides; "C" or "POSIX" names no language: Chinese
            return Language.EN if value.lower().startswith("en") else Language.ZH
    try:
        found = locale.getlocale()[0] or ""  # Windows: "English_United States", "Chinese…"
    except ValueError:
        found = ""
    return Language.EN if found.lower().startswith(("en", "english")) else Language.ZH


def tell(text: str) -> None:
    """One line for the person at the console (stderr: it is not the command's output); a
    console that is gone (closed window, broken pipe) does not turn it into a second failure."""
    with contextlib.suppress(OSError, ValueError):
        sys.stderr.write(text + "\n")
        sys.stderr.flush()


def make_console_safe(*streams: TextIO | None) -> None:
    """Let `streams` (default: stdout and stderr) write any text in their own encoding."""
    for stream in streams or (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):  # None in a windowed program; a pytest capture
            stream.reconfigure(errors=HANDLER)
