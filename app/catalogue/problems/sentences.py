"""A problem's sentence with its arguments, for a code given as an enum or as its text."""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum

from app.catalogue.codes import Sex
from app.catalogue.language import LIST_SEPARATOR, Language, Wording
from app.catalogue.problems.files import OutputProblem
from app.catalogue.problems.imports import ImportProblem
from app.catalogue.words import word, wording

W = Wording


def sentence(code: StrEnum, language: Language, args: Sequence[object] = ()) -> str:
    """The problem's sentence with its arguments filled in ({0} is the first)."""
    text = wording(code).in_(language)
    return text.format(*args) if args else text


# A code from an older version or another layer that has no words yet: said, never shown raw.
UNKNOWN_PROBLEM = W("数据有误，无法保存。", "The value is not valid and cannot be saved.")


def problem_sentence(code: str, language: Language, args: Sequence[object] = ()) -> str:
    """The sentence of an import, form or output problem given by its code (as the domain and
    the exchange layer report it). `missing_column` takes the heading then its other names;
    `sex_mismatch` the sex code the ID number says."""
    values = [str(a) for a in args]
    if code == ImportProblem.MISSING_COLUMN:
        others = LIST_SEPARATOR.in_(language).join(values[1:])
        values = [values[0] if values else "", others]
    elif code == ImportProblem.SEX_MISMATCH and values and values[0] in tuple(Sex):
        values[0] = word(Sex(values[0]), language)
    for kind in (ImportProblem, OutputProblem):
        if code in kind.__members__.values():
            return sentence(kind(code), language, values)
    return UNKNOWN_PROBLEM.in_(language)
