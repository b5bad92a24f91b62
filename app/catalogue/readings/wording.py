"""Readings in words: a visit's readings with their grades, repeated rounds, and the advice."""

from __future__ import annotations

from collections.abc import Iterable

from app.catalogue.language import LIST_SEPARATOR, SEPARATOR, Language, Wording
from app.catalogue.readings.groups import GROUPS
from app.catalogue.readings.kinds import Flag, ReadingGroup, is_abnormal, pair_flag
from app.catalogue.readings.types import READINGS, ReadingType
from app.catalogue.words import word

R = ReadingType
G = ReadingGroup


def _number(value: float) -> str:
    return f"{value:g}"


def describe(
    readings: Iterable[tuple[ReadingType, float, Flag]], language: Language, *, units: bool
) -> list[tuple[str, bool]]:
    """("血压 152/96 偏高", abnormal) per reading, the two pressures as one pair, in the
    catalogue's order; `units` adds each unit (the printed register has room for them)."""
    values = {rt: (value, flag) for rt, value, flag in readings}
    parts: list[tuple[str, bool]] = []
    if R.SYSTOLIC in values and R.DIASTOLIC in values:
        (s, s_flag), (d, d_flag) = values[R.SYSTOLIC], values[R.DIASTOLIC]
        grade = pair_flag(s_flag, d_flag)
        text = f"{GROUPS[G.BLOOD_PRESSURE].name.in_(language)} {_number(s)}/{_number(d)}"
        if units:
            text += f" {READINGS[R.SYSTOLIC].unit.in_(language)}"
        if grade is not Flag.NORMAL:
            text += f" {word(grade, language)}"
        parts.append((text, is_abnormal(grade)))
    for rt, spec in READINGS.items():
        if rt in (R.SYSTOLIC, R.DIASTOLIC) or rt not in values:
            continue
        value, flag = values[rt]
        text = f"{spec.name.in_(language)} {_number(value)}"
        if units and spec.unit_printed:
            text += f" {spec.unit.in_(language)}"
        if flag is not Flag.NORMAL:
            text += f" {word(flag, language)}"
        parts.append((text, is_abnormal(flag)))
    return parts


def describe_text(
    readings: Iterable[tuple[ReadingType, float, Flag]], language: Language, *, units: bool
) -> str:
    return SEPARATOR.in_(language).join(
        text for text, _ in describe(readings, language, units=units)
    )


_ROUNDS = Wording("测量{n}次：{values}", "{n} readings: {values}")


def describe_rounds(rounds: Iterable[tuple[ReadingType, float, int]], language: Language) -> str:
    """The readings as taken of the types measured again, e.g. "测量2次：血压 150/92、146/90"
    (round 1, 2, ... of each type); "" when nothing was measured twice."""
    taken: dict[ReadingType, dict[int, float]] = {}
    for rt, value, round_ in rounds:
        if round_ >= 1:
            taken.setdefault(rt, {})[round_] = value
    # A type read once is round 1 of 1: not "measured again" (it read "1 readings: …").
    taken = {rt: values for rt, values in taken.items() if len(values) >= 2}
    if not taken:
        return ""
    count = max(len(values) for values in taken.values())
    sep = LIST_SEPARATOR.in_(language)
    parts = []
    if R.SYSTOLIC in taken and R.DIASTOLIC in taken:
        s, d = taken.pop(R.SYSTOLIC), taken.pop(R.DIASTOLIC)
        pairs = [f"{_number(s[n])}/{_number(d[n])}" for n in sorted(s) if n in d]
        parts.append(f"{GROUPS[G.BLOOD_PRESSURE].name.in_(language)} {sep.join(pairs)}")
    for rt in READINGS:
        if rt in taken:
            values = sep.join(_number(taken[rt][n]) for n in sorted(taken[rt]))
            parts.append(f"{READINGS[rt].name.in_(language)} {values}")
    return _ROUNDS.format(language, n=count, values=SEPARATOR.in_(language).join(parts))


def advice(abnormal: Iterable[ReadingType], language: Language) -> str:
    """The advice offered for abnormal readings: each group's once, in the register's order,
    then the advice of the types that have their own (pulse)."""
    types = set(abnormal)
    own = [READINGS[rt].advice for rt in READINGS if rt in types]
    groups = {READINGS[rt].group for rt in types if READINGS[rt].advice is None}
    texts = [spec.advice for group, spec in GROUPS.items() if group in groups]
    texts += [text for text in own if text is not None]
    return " ".join(text.in_(language) for text in texts)
