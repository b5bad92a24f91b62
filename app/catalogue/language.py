"""The two languages people read: Simplified Chinese (the default) and English."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum


class Language(StrEnum):
    ZH = "zh"
    EN = "en"


@dataclass(frozen=True)
class Wording:
    """One thing said in both languages; `{name}` fields are filled by :meth:`format`."""

    zh: str
    en: str

    def __post_init__(self) -> None:
        if not self.zh.strip() or not self.en.strip():
            raise ValueError(f"a wording needs both languages: {self!r}")

    def in_(self, language: Language) -> str:
        return self.zh if language is Language.ZH else self.en

    def format(self, language: Language, **values: object) -> str:
        return self.in_(language).format(**values)


# Joining the parts of one line ("血压 120/80；脉搏 72") and the items of a list.
SEPARATOR = Wording("；", "; ")
LIST_SEPARATOR = Wording("、", ", ")
COLON = Wording("：", ": ")


def listed(items: Iterable[str], language: Language) -> str:
    """Items as one list: "血压、血糖" in Chinese, "blood pressure, glucose" in English."""
    return LIST_SEPARATOR.in_(language).join(items)


def joined(parts: Iterable[str], language: Language) -> str:
    """The parts of one line: "血压 120/80；脉搏 72" / "BP 120/80; pulse 72"."""
    return SEPARATOR.in_(language).join(parts)


def bracketed(text: str, aside: str, language: Language) -> str:
    """A text with an aside: "张三（0012）" in Chinese, "Zhang San (0012)" in English."""
    return f"{text}（{aside}）" if language is Language.ZH else f"{text} ({aside})"
