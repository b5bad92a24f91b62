"""Which words of a text are in the other language: CJK in English, Latin words in Chinese.

What the register holds (names, departments, places, brands, notes) is the user's own data and
may be in either language; it is taken out of a text before the text is judged, so the scan
judges only what the program itself says.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable
from pathlib import Path

CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")
LATIN_WORD = re.compile(r"[A-Za-z]+(?:/[A-Za-z]+)?")
# Markup, entities and keyboard mnemonics ("&P") are how a text is drawn, not words.
# A key's fingerprint (B52F-ED58-…) is a code people compare letter by letter, not a word.
MARKUP = re.compile(r"<[^>]*>|&[a-z]+;|&#?\w+;|\(&\w\)|&(?=\w)|[0-9A-F]{4}(?:-[0-9A-F]{4})+")

# Latin that a Chinese page may show: acronyms and names people use as they are, units, the
# language menu's own name for English, file kinds, and the formats a field is typed in.
_ALLOWED = """
    BMI ID PDF USB Excel WPS CSV xlsx xls et ods csv txt pdf zip AED QR Qt PySide
    mmHg mmol/L mmol mg/L kg cm m mg mL ml g h min L s HealthRoom Ledger English
    Ctrl Enter Esc Tab Shift Alt Del F PageUp PageDown OK
    A B C D E I Q U X SQLite WAL PostgreSQL SHA GB MB KB zs zhangsan LibreOffice Windows
    WS/T GB/T GB WHO
"""
ALLOWED_LATIN = frozenset(_ALLOWED.split())
# Chinese a page in English may show: the language menu's own name for Chinese.
ALLOWED_CJK = ("简体中文", "中文")


def register_texts(database: Path) -> list[str]:
    """Every text value stored in the register, longest first (so a name is taken out whole
    before a shorter value inside it)."""
    found: set[str] = set()
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as connection:
        tables = [
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        ]
        for table in tables:
            for row in connection.execute(f'SELECT * FROM "{table}"'):
                found.update(v.strip() for v in row if isinstance(v, str) and v.strip())
    # One Latin letter (a sex "M", a grade "A") would cut words apart: only longer values, or
    # a single Chinese character (a unit such as 盒).
    kept = (t for t in found if len(t) < 400 and (len(t) > 1 or CJK.match(t)))
    return sorted(kept, key=len, reverse=True)


def _latin(character: str) -> bool:
    return character.isascii() and character.isalpha()


def _without(text: str, data: Iterable[str]) -> str:
    for value in data:
        if value not in text:
            continue
        if _latin(value[0]) or _latin(value[-1]):
            # A Latin value only as a whole word: "li" (a user name) is not taken out of "English".
            text = re.sub(rf"(?<![A-Za-z]){re.escape(value)}(?![A-Za-z])", " ", text)
        else:
            text = text.replace(value, " ")
    return text


def cjk_in(texts: Iterable[str], data: Iterable[str] = ()) -> list[str]:
    """The texts (as shown) that keep CJK once the register's own values are taken out."""
    values = list(data)
    bad = []
    for text in set(texts):
        rest = _without(text, [*ALLOWED_CJK, *values])
        if CJK.search(rest):
            bad.append(text)
    return sorted(bad)


def latin_in(texts: Iterable[str], data: Iterable[str] = ()) -> list[str]:
    """The texts that keep a Latin word outside ALLOWED_LATIN once the register's values are
    taken out."""
    values = list(data)
    bad = []
    for text in set(texts):
        rest = _without(MARKUP.sub(" ", text), values)
        if any(w not in ALLOWED_LATIN for w in LATIN_WORD.findall(rest)):
            bad.append(text)
    return sorted(bad)
