"""Console output that never fails on the console's code page.

Redirected to a file or a pipe on a Chinese Windows (`healthroom check > 结果.txt`), Python
writes in the ANSI code page, GBK (cp936), which has no "²" or "✓": printing a folder named
"健康²" or a name with a rare character would end the command with UnicodeEncodeError. Such a
character is written as its nearest GBK form (² → 2, ✓ → √), and one without any as "?": the
output stays readable and the command finishes. A UTF-8 stream is left as it is.
"""

from __future__ import annotations

import codecs
import io
import sys
from typing import TextIO

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


def make_console_safe(*streams: TextIO | None) -> None:
    """Let `streams` (default: stdout and stderr) write any text in their own encoding."""
    for stream in streams or (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):  # None in a windowed program; a pytest capture
            stream.reconfigure(errors=HANDLER)
