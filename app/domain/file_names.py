"""File names the program suggests, made safe for Windows (and so for every system).

A sign-in sheet is named after its lecture ("高血压/糖尿病讲座"), a report after its site: such a
name may hold characters Windows forbids in file names (`: / \\ ? * " < > |`, which would also
make "/" a folder), end in a dot or space (Windows drops them), or be a reserved device name
(CON, PRN, AUX, NUL, COM1–9, LPT1–9), which Windows will not create at all.
"""

from __future__ import annotations

import re

# The forbidden ASCII characters become their full-width forms: the name still reads the same.
_FULL_WIDTH = str.maketrans(':/\\?*"<>|', "：／＼？＊＂＜＞｜")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_RESERVED = re.compile(r"^(con|prn|aux|nul|com[1-9]|lpt[1-9])$", re.IGNORECASE)
LONGEST_STEM = 150


def safe_file_name(name: str, fallback: str = "file") -> str:
    """`name` (a file name, not a path) as Windows accepts it, its extension kept."""
    stem, dot, extension = name.rpartition(".")
    if not dot or not extension.isalnum() or len(extension) > 5:
        stem, extension = name, ""
    stem = _CONTROL.sub(" ", stem.translate(_FULL_WIDTH)).strip()
    stem = stem[:LONGEST_STEM].rstrip(". ") or fallback
    if _RESERVED.match(stem.split(".")[0]):
        stem = f"_{stem}"
    return f"{stem}.{extension}" if extension else stem
