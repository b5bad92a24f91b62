"""Pinyin search keys for Chinese names, so staff can be found by typing "zhangsan" or "zs"."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["pinyin_keys"]

# Surnames whose reading differs from the character's everyday reading, which is what
# pypinyin picks without context (单田芳 would become "dan tian fang").
_COMPOUND_SURNAMES: dict[str, tuple[str, ...]] = {
    "尉迟": ("yu", "chi"),
    "万俟": ("mo", "qi"),
}
_SURNAMES: dict[str, str] = {
    "单": "shan",
    "曾": "zeng",
    "解": "xie",
    "仇": "qiu",
    "朴": "piao",
    "查": "zha",
    "区": "ou",
    "乐": "yue",
    "盖": "ge",
    "覃": "qin",
    "翟": "zhai",
    "缪": "miao",
}

# CJK ideographs (basic, extension A, compatibility, extensions B-F) and 〇.
_HAN_RUN = re.compile("([\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ebef]+)")

# Dropped rather than kept: spaces and the middle dots of transliterated names (阿卜杜·艾力).
_SEPARATORS = re.compile(r"[\s·・•‧]+")


def _syllables(text: str) -> list[tuple[str, bool]]:
    """``(syllable, is_chinese)`` per Chinese character; each other run is one lower-cased item."""
    # Imported on the first name that needs it: its dictionaries cost every command and the
    # window's start-up time and memory, though most never turn a name into pinyin.
    from pypinyin import Style, lazy_pinyin

    out: list[tuple[str, bool]] = []
    for i, part in enumerate(_HAN_RUN.split(text)):
        if not part:
            continue
        if i % 2:  # split() puts the captured Chinese runs at the odd positions
            out.extend((syllable, True) for syllable in lazy_pinyin(part, style=Style.NORMAL))
        else:
            out.append((part.lower(), False))
    return out


@lru_cache(maxsize=1 << 16)  # names repeat (王伟, 张敏…): a roster import asks for thousands
def pinyin_keys(name: str) -> tuple[str, str]:
    """Return ``(full, initials)``: tone-less lower-case pinyin without spaces, and the first
    letter of each syllable. Non-Chinese characters are lower-cased and kept in both."""
    text = _SEPARATORS.sub("", unicodedata.normalize("NFKC", name))
    head: list[tuple[str, bool]] = []
    for surname, readings in _COMPOUND_SURNAMES.items():
        if text.startswith(surname):
            head, text = [(r, True) for r in readings], text[len(surname) :]
            break
    else:
        if text[:1] in _SURNAMES:
            head, text = [(_SURNAMES[text[0]], True)], text[1:]
    syllables = head + _syllables(text)
    full = "".join(s for s, _ in syllables)
    initials = "".join(s[0] if is_chinese else s for s, is_chinese in syllables)
    return full, initials
