"""One look-up for the words of every code: `word(code, language)`.

Each catalogue module declares the words of its enums with :func:`declare`; a table missing a
member fails at import, so a new code cannot reach a person without its words. Codes (text, or
numbers for an ordered scale) are looked up by their enum, not their value: "damaged" is a
device status and a device event, and "other" is a device category and a consumable category,
each with its own words.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum
from typing import TypeVar

from app.catalogue.language import Language, Wording

E = TypeVar("E", bound=Enum)

_TABLES: dict[type[Enum], Mapping[Enum, Wording]] = {}


def declare(kind: type[E], table: Mapping[E, Wording]) -> Mapping[E, Wording]:
    """Register the words of every member of `kind`; returns the table for local use."""
    missing = [member.value for member in kind if member not in table]
    if missing:
        raise ValueError(f"{kind.__name__} has no words for {', '.join(missing)}")
    if kind in _TABLES:
        raise ValueError(f"{kind.__name__} is declared twice")
    _TABLES[kind] = {member: table[member] for member in kind}
    return table


def wording(code: Enum) -> Wording:
    return _TABLES[type(code)][code]


def word(code: Enum, language: Language) -> str:
    """The word people read for `code`, e.g. word(ReadingType.WAIST, Language.ZH) == "腰围"."""
    return wording(code).in_(language)


def declared() -> dict[type[Enum], Mapping[Enum, Wording]]:
    """Every enum with words (each catalogue module imported first: they load where used),
    for the test that each member has both."""
    import importlib
    import pkgutil

    import app.catalogue

    for info in pkgutil.walk_packages(app.catalogue.__path__, "app.catalogue."):
        importlib.import_module(info.name)
    return dict(_TABLES)
