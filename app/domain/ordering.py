"""Natural order of names people number: 一车间 < 二车间 < … < 十车间 < 十一车间, 2号仓库 <
10号仓库, then the rest by pinyin (财务科 < 安全环保部 would be code-point order; 安 < 财 here).

A name is split into runs of numerals (Arabic digits, or Chinese numerals up to the
thousands) and other text; numerals compare by value, text by its pinyin. Departments are
sorted this way everywhere: lists, dialogs, drill-downs, reports and the county package —
unless the administrator has put them in an order of the site's own (`department_key`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from functools import lru_cache

__all__ = ["compare_names", "department_key", "natural_key", "stored_key", "unstored_key"]

_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
           "七": 7, "八": 8, "九": 9}  # fmt: skip
_UNITS = {"十": 10, "百": 100, "千": 1000}
# A pattern, compiled (and kept by `re`) on the first name sorted: every connection registers
# the order, few commands sort by it, and the Chinese numerals make it slow to compile.
_RUN = r"(\d+|[〇零一二两三四五六七八九十百千]+)"


def chinese_number(text: str) -> int:
    """十一 → 11, 二十 → 20, 一百零五 → 105, 三〇五 (digit by digit) → 305."""
    if not any(c in _UNITS for c in text):
        value = 0
        for c in text:
            value = value * 10 + _DIGITS[c]
        return value
    total, digit = 0, 0
    for c in text:
        if c in _UNITS:
            total += (digit or 1) * _UNITS[c]  # 十一: a bare 十 is ten
            digit = 0
        else:
            digit = _DIGITS[c]
    return total + digit


@lru_cache(maxsize=4096)
def natural_key(name: str) -> tuple[tuple[int, int, str], ...]:
    """A sort key: numbers (0, value, "") before text (1, 0, pinyin), run by run."""
    # Imported on the first name sorted here: every connection registers this order as a
    # collation, and most commands (a printed report: departments keep their stored keys)
    # never sort by it.
    from app.domain.pinyin import pinyin_keys

    key: list[tuple[int, int, str]] = []
    for n, part in enumerate(re.split(_RUN, name.strip())):
        if not part:
            continue
        if n % 2:  # the captured numeral runs sit at the odd positions
            value = int(part) if part.isdigit() else chinese_number(part)
            key.append((0, value, part))
        else:
            key.append((1, 0, pinyin_keys(part)[0] + "\x00" + part))
    return tuple(key)


NaturalKey = tuple[tuple[int, int, str], ...]


def stored_key(name: str) -> str:
    """`natural_key(name)` as text, kept beside each department's name (`department.sort_key`)
    so a list is sorted without loading the pinyin dictionary (a fifth of a second)."""
    return json.dumps(natural_key(name), ensure_ascii=False)


def unstored_key(text: str) -> NaturalKey:
    """The key `stored_key` wrote."""
    return tuple((int(kind), int(value), str(part)) for kind, value, part in json.loads(text))


def compare_names(a: str | None, b: str | None) -> int:
    """-1, 0 or 1, as an SQLite collation wants (None sorts first)."""
    if a is None or b is None:
        return (a is not None) - (b is not None)
    ka, kb = natural_key(a), natural_key(b)
    return (ka > kb) - (ka < kb)


DepartmentKey = tuple[int, tuple[tuple[int, int, str], ...]]


def department_key(
    ranks: Mapping[str, int], stored: Mapping[str, NaturalKey] | None = None
) -> Callable[[str], DepartmentKey]:
    """The administrator's order first (`ranks`: name → place), the departments it does not
    place after it in natural order; with no ranks, the natural order alone. `stored`: the
    natural keys already known (the departments' own), worked out only for other names."""
    last = len(ranks)
    known = stored or {}

    def key(name: str) -> DepartmentKey:
        found = known.get(name)
        return ranks.get(name, last), found if found is not None else natural_key(name)

    return key
