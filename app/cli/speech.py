"""The language the command line speaks: one per run, chosen with `--lang zh|en`, otherwise
the system's (LC_ALL, LC_MESSAGES, LANG, then the locale); Chinese when it cannot be told.

Every message goes through :func:`say` with both wordings, so a run never mixes languages.
"""

from __future__ import annotations

import locale
import os
from collections.abc import Iterator, Mapping

from app.catalogue import Language

_speaking: list[Language] = []


def system_language(environ: Mapping[str, str] = os.environ) -> Language:
    """English when the system's locale is English, Chinese otherwise (and when unknown)."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "").strip()
        if value:  # the first one set decides; "C" or "POSIX" says nothing of a language
            return Language.EN if value.lower().startswith("en") else Language.ZH
    try:
        found = locale.getlocale()[0] or ""
    except ValueError:
        found = ""
    return Language.EN if found.lower().startswith(("en", "english")) else Language.ZH


def choose(language: Language | str | None) -> Language:
    """Speak `language` from now on (None: the system's); returns the language chosen."""
    chosen = system_language() if language is None else Language(language)
    _speaking[:] = [chosen]
    return chosen


def language() -> Language:
    """The language of this run (the system's until one is chosen)."""
    return _speaking[0] if _speaking else system_language()


def say(zh: str, en: str) -> str:
    """The wording of this run's language."""
    return zh if language() is Language.ZH else en


class Spoken(Mapping[str, str]):
    """A table of (中文, English) wordings, read in the run's language when looked up (a
    table is made when its module is imported, before the language may be chosen)."""

    def __init__(self, table: Mapping[str, tuple[str, str]]) -> None:
        self.wordings = dict(table)

    def __getitem__(self, key: str) -> str:
        return say(*self.wordings[key])

    def __iter__(self) -> Iterator[str]:
        return iter(self.wordings)

    def __len__(self) -> int:
        return len(self.wordings)
