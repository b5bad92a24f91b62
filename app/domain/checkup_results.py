"""Check-up results as hospitals write them, read and graded.

A cell may hold "5.86", "5.86 mmol/L", "5.86↑", "↑5.86", "6.2 H", "未查" or "弃检" (not done,
declined). The hospital's arrow is not trusted: every value is graded again by the same rules
as the room's readings (app.domain.readings.classify) or by the item's reference limits.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

from app.catalogue.checkups import ITEMS, CheckupCondition, CheckupItem, CheckupItemSpec
from app.catalogue.codes import Sex
from app.catalogue.readings import Flag, ReadingType, pair_flag
from app.domain.readings import Thresholds, classify

__all__ = [
    "NOT_DONE",
    "CellResult",
    "UnreadableResult",
    "blood_pressure_pair",
    "conditions",
    "grade",
    "grade_value",
    "read_result",
    "read_value",
    "unit_key",
]

# Words for a test not done: 未查 not checked, 未做, 弃检 declined, 拒检 refused, 缺项 missing.
NOT_DONE = frozenset(("未查", "未做", "未检", "弃检", "拒检", "缺项", "未测", "/", "-", "—", "--"))
_MARKS = re.compile(r"[↑↓▲▼↗↘*＊]|\((?:H|L|高|低)\)|(?<=\d)\s*(?:H|L|HH|LL|高|低)\s*$")
# A number, then perhaps its unit: a unit starts with neither a digit, a point, a sign nor an
# exponent (5.2.3 and 1e308 are no number with a unit).
_NUMBER = re.compile(r"^\s*([-+]?\d+(?:\.\d+)?)\s*((?![eE][-+]?\d)[^\d.+\-\s].*?)?\s*$")


class UnreadableResult(ValueError):
    """`code`: not_a_number, unit (`unit` the one written), implausible (with the range)."""

    def __init__(self, code: str, unit: str = "", low: float = 0.0, high: float = 0.0) -> None:
        super().__init__(code)
        self.code = code
        self.unit = unit
        self.low = low
        self.high = high


@dataclass(frozen=True)
class CellResult:
    value: float | None  # None: blank or not done
    not_done: bool = False


def unit_key(text: str) -> str:
    """A unit as compared: half-width, lower case, no spaces, μ/µ as u, ² as 2, IU as U."""
    key = unicodedata.normalize("NFKC", text).lower().replace(" ", "")
    key = key.replace("μ", "u").replace("µ", "u").replace("²", "2")
    return key.replace("iu/l", "u/l")


def read_result(item: CheckupItem, cell: object) -> CellResult:
    """The number in a result cell, checked against the item's unit and plausible range."""
    if isinstance(cell, str) and unicodedata.normalize("NFKC", cell).strip() in NOT_DONE:
        return CellResult(None, not_done=True)
    return CellResult(read_value(ITEMS[item], cell))


def read_value(spec: CheckupItemSpec, cell: object) -> float | None:
    """`read_result`'s number (None: blank or not done), for an item's spec in hand: an
    import reads some 16 a row, so nothing is built that is not needed."""
    kind = type(cell)
    if kind is float or kind is int:  # what the reader gives for a number typed as one
        value = float(cell)  # type: ignore[arg-type]
    elif cell is None:
        return None
    elif isinstance(cell, bool | dt.date | dt.time | dt.timedelta):
        raise UnreadableResult("not_a_number")  # TRUE or a date where a number belongs
    elif isinstance(cell, int | float):
        value = float(cell)
    else:
        text = unicodedata.normalize("NFKC", str(cell)).strip()
        if not text or text in NOT_DONE:
            return None
        match = _NUMBER.match(_MARKS.sub("", text).strip())
        if match is None:
            raise UnreadableResult("not_a_number")
        value = float(match.group(1))
        unit = match.group(2) or ""
        if unit and unit_key(unit) not in spec.units:
            raise UnreadableResult("unit", unit)
    low, high = spec.plausible
    if not (low <= value <= high and math.isfinite(value)):
        raise UnreadableResult("implausible", low=low, high=high)
    return round(value, spec.decimals)


_SPLIT_BP = re.compile(r"^\s*(\d{2,3}(?:\.\d+)?)\s*[/／]\s*(\d{2,3}(?:\.\d+)?)\s*(?:mmhg)?\s*$")


def blood_pressure_pair(cell: object) -> tuple[float, float] | None:
    """'130/85' (a 血压 column) as (systolic, diastolic); None when blank or not done."""
    if cell is None:
        return None
    text = unicodedata.normalize("NFKC", str(cell)).strip().lower()
    text = _MARKS.sub("", text).strip()
    if not text or text in NOT_DONE:
        return None
    match = _SPLIT_BP.match(text)
    if match is None:
        raise UnreadableResult("not_a_pair")
    return float(match.group(1)), float(match.group(2))


_EPS = 1e-9


def grade(item: CheckupItem, value: float, thresholds: Thresholds, sex: Sex | None) -> Flag:
    """The room's grade for an item that is a reading, else the reference limits' (for the
    person's sex; with sex unknown only a value outside both sexes' limits is flagged)."""
    return grade_value(ITEMS[item], value, thresholds, sex)


def grade_value(
    spec: CheckupItemSpec, value: float, thresholds: Thresholds, sex: Sex | None
) -> Flag:
    """`grade` for an item's spec in hand."""
    if spec.reading is not None:
        return classify(spec.reading, value, thresholds, sex)
    if sex is Sex.MALE:
        low, high = spec.male
    elif sex is Sex.FEMALE:
        low, high = spec.female
    else:
        low, high = spec.reference
    if low is not None and value < low - _EPS:
        return Flag.LOW
    if high is not None and value > high + _EPS:
        return Flag.HIGH
    return Flag.NORMAL


_HYPERTENSION = frozenset((Flag.HIGH, Flag.GRADE_1, Flag.GRADE_2, Flag.GRADE_3))


def conditions(flags: Mapping[CheckupItem, Flag]) -> frozenset[CheckupCondition]:
    """The findings one person's check-up shows (CONDITIONS says how each is defined)."""
    found: set[CheckupCondition] = set()
    normal = Flag.NORMAL
    pressure = pair_flag(
        flags.get(CheckupItem.SYSTOLIC, normal), flags.get(CheckupItem.DIASTOLIC, normal)
    )
    if pressure in _HYPERTENSION:
        found.add(CheckupCondition.HYPERTENSION)
    if flags.get(CheckupItem.GLUCOSE_FASTING) in (Flag.IMPAIRED, Flag.HIGH) or (
        flags.get(CheckupItem.HBA1C) is Flag.HIGH
    ):
        found.add(CheckupCondition.HIGH_GLUCOSE)
    lipids = (CheckupItem.TOTAL_CHOLESTEROL, CheckupItem.TRIGLYCERIDES, CheckupItem.LDL)
    if any(flags.get(i) is Flag.HIGH for i in lipids) or flags.get(CheckupItem.HDL) is Flag.LOW:
        found.add(CheckupCondition.DYSLIPIDAEMIA)
    if flags.get(CheckupItem.BMI) in (Flag.OVERWEIGHT, Flag.OBESE):
        found.add(CheckupCondition.OVERWEIGHT)
    return frozenset(found)


def tested(items: Mapping[CheckupItem, object], condition: CheckupCondition) -> bool:
    """Whether the check-up measured what the condition is judged on."""
    needs: dict[CheckupCondition, tuple[CheckupItem, ...]] = {
        CheckupCondition.HYPERTENSION: (CheckupItem.SYSTOLIC, CheckupItem.DIASTOLIC),
        CheckupCondition.HIGH_GLUCOSE: (CheckupItem.GLUCOSE_FASTING, CheckupItem.HBA1C),
        CheckupCondition.DYSLIPIDAEMIA: (
            CheckupItem.TOTAL_CHOLESTEROL,
            CheckupItem.TRIGLYCERIDES,
            CheckupItem.HDL,
            CheckupItem.LDL,
        ),
        CheckupCondition.OVERWEIGHT: (CheckupItem.BMI,),
    }
    return any(i in items for i in needs[condition])


READING_ITEMS: dict[ReadingType, CheckupItem] = {
    spec.reading: item for item, spec in ITEMS.items() if spec.reading is not None
}
