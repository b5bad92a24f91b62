"""Finding a code where a person reads words: any value of an enum the catalogue words."""

from __future__ import annotations

import re
from collections.abc import Iterable

from app.catalogue.words import declared


def codes() -> set[str]:
    return {member.value for kind in declared() for member in kind if isinstance(member.value, str)}


def raw_codes_in(texts: Iterable[str]) -> set[str]:
    """The codes found as whole words (case-sensitive: "bmi" is a code, "BMI" a word)."""
    text = "\n".join(texts)
    found = set()
    for code in codes():
        if re.search(rf"(?<![A-Za-z0-9_]){re.escape(code)}(?![A-Za-z0-9_])", text):
            found.add(code)
    return found
