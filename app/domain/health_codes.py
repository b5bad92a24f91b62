"""Code lists of the health file (健康档案): the answers a person's file can hold.

List fields (chronic conditions, hazard exposure) store comma-separated codes; "none" is an
answer of its own ("asked, and there is nothing"), while blank means "not asked yet", which
makes the file incomplete. Allergies are free text (what the person is allergic to) or "none".
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from app.catalogue.health_codes import ChronicCondition, Drinking, Exercise, Hazard, Smoking

__all__ = [
    "NONE",
    "ChronicCondition",
    "Drinking",
    "Exercise",
    "Hazard",
    "Smoking",
    "is_none_answer",
    "join_codes",
    "split_codes",
]

NONE = "none"

# What people write for "nothing" in a paper file or a spreadsheet cell.
_NONE_WORDS = frozenset({"none", "no", "nil", "n/a", "无", "没有", "否", "未见", "无特殊"})


def is_none_answer(value: str | None) -> bool:
    """True for an explicit "none" (also 无, 没有 … as typed); False for blank or anything else."""
    if value is None:
        return False
    text = unicodedata.normalize("NFKC", value).strip().lower()
    return text in _NONE_WORDS


def split_codes(value: str | None) -> tuple[str, ...]:
    """The codes of a stored list field: () for blank, ("none",) for an explicit none."""
    if value is None or not value.strip():
        return ()
    if is_none_answer(value):
        return (NONE,)
    return tuple(dict.fromkeys(code.strip() for code in value.split(",") if code.strip()))


def join_codes(codes: Iterable[str]) -> str | None:
    """Store a list field: None when nothing is chosen; "none" only when nothing else is."""
    chosen = list(dict.fromkeys(c for c in codes if c))
    if not chosen:
        return None
    real = [c for c in chosen if c != NONE]
    return ",".join(real) if real else NONE
