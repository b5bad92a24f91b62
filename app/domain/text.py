"""Text as people's files and keyboards deliver it: characters that cannot be seen are removed.

Zero-width and bidirectional controls (U+200B-U+200F, U+202A-U+202E, U+2060, U+2066-U+2069,
the BOM U+FEFF) make "张三" and "张\u200b三" two different names, and can reorder what a list
or a printout shows; no name, number or department needs them.
"""

from __future__ import annotations

import re

INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]")


def strip_invisible(text: str) -> str:
    return INVISIBLE.sub("", text)
