"""The language the command line speaks: one per run, chosen with `--lang zh|en`, otherwise
the system's (LC_ALL, LC_MESSAGES, LANG, then the locale); Chinese when it cannot be told.

Every message goes through :func:`say` with both wordings, so a run never mixes languages.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterator, Mapping
from enum import Enum, StrEnum
from typing import TypeVar

from app.catalogue.language import Language, Wording
from app.catalogue.words import wording
from app.cli import argparse_words
from app.console import system_language

__all__ = [
    "Language",
    "Spoken",
    "choose",
    "language",
    "say",
    "spoken",
    "spoken_of",
    "system_language",
    "technical",
]

_speaking: list[Language] = []


def choose(language: Language | str | None) -> Language:
    """Speak `language` from now on (None: the system's); returns the language chosen."""
    chosen = system_language() if language is None else Language(language)
    _speaking[:] = [chosen]
    argparse_words.speak(chosen)
    return chosen


def language() -> Language:
    """The language of this run (the system's until one is chosen)."""
    return _speaking[0] if _speaking else system_language()


def say(zh: str, en: str) -> str:
    """The wording of this run's language."""
    return zh if language() is Language.ZH else en


def technical(detail: str) -> str:
    """A refusal's technical detail (which file member, which field, the library's words): in
    English, so told in English runs only; the sentence before it says what went wrong."""
    return f" {detail}".rstrip() if language() is Language.EN else ""


def spoken(code: Enum) -> str:
    """The catalogue's word for `code` in the run's language: the one look-up of code words."""
    return wording(code).in_(language())


K = TypeVar("K", bound=Hashable)


def spoken_of(kind: type[StrEnum], value: str) -> str:
    """The words of a code a record holds as text (a value not of `kind` is shown as it is)."""
    return spoken(kind(value)) if value in kind.__members__.values() else value


class Spoken(Mapping[K, str]):
    """A table of wordings (中文, English), read in the run's language when looked up (a
    table is made when its module is imported, before the language may be chosen)."""

    def __init__(self, table: Mapping[K, Wording | tuple[str, str]]) -> None:
        self.wordings = {
            key: words if isinstance(words, Wording) else Wording(*words)
            for key, words in table.items()
        }

    def __getitem__(self, key: K) -> str:
        return self.wordings[key].in_(language())

    def __iter__(self) -> Iterator[K]:
        return iter(self.wordings)

    def __len__(self) -> int:
        return len(self.wordings)
