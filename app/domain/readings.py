"""Health readings taken in the room: plausibility and flagging rules.

The reading types, their units and plausible ranges are declared in app.catalogue.readings.

Two different questions are answered here. *Plausibility* rejects values that cannot be a
real measurement (a typo such as systolic 1200); they are never stored. *Classification*
flags stored values against the editable thresholds of DESIGN §2 (Chinese adult standards).
"""

from __future__ import annotations

import contextlib
import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass, fields
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from app.catalogue.codes import Sex
from app.catalogue.readings import READINGS, THRESHOLDS, Flag, ReadingType

__all__ = [
    "DERIVATIONS",
    "ORDERED",
    "Flag",
    "ImplausibleReading",
    "InconsistentBloodPressure",
    "ReadingType",
    "ResultRule",
    "Thresholds",
    "bmi",
    "check_blood_pressure",
    "check_plausible",
    "classify",
    "derive",
    "is_urgent",
    "result_value",
    "waist_hip_ratio",
]


class ImplausibleReading(ValueError):
    """A value outside the type's plausible range (or not a finite number)."""

    def __init__(self, reading_type: ReadingType, value: float, low: float, high: float) -> None:
        super().__init__(
            f"{reading_type.value} = {value} {READINGS[reading_type].unit.en} is outside the "
            f"plausible range {low:g}-{high:g}"
        )
        self.reading_type = reading_type
        self.value = value
        self.low = low
        self.high = high


class InconsistentBloodPressure(ValueError):
    """Diastolic pressure not below systolic: the two values were swapped or mistyped."""

    def __init__(self, systolic: float, diastolic: float) -> None:
        super().__init__(f"diastolic {diastolic} mmHg must be lower than systolic {systolic} mmHg")
        self.systolic = systolic
        self.diastolic = diastolic


_DEFAULT = {key: limit.default for key, limit in THRESHOLDS.items()}
# Pairs of limits whose order the rules need (a lower band below a higher one).
ORDERED: tuple[tuple[str, str], ...] = tuple(
    (key, limit.below) for key, limit in THRESHOLDS.items() if limit.below
)


@dataclass(frozen=True)
class Thresholds:
    """Grading thresholds; editable per site and stored as JSON in the settings.

    A value at or above a ``*_high`` / ``*_high_normal`` / ``*_grade_*`` / ``*_impaired`` /
    ``bmi_overweight`` / ``bmi_obese`` / ``urgent_*`` (except ``urgent_glucose_low``)
    threshold takes that grade; a value strictly below a ``*_low`` threshold is flagged. The
    pulse band ``pulse_normal_min``..``pulse_normal_max`` is normal including both ends.
    Blood pressure follows the Chinese hypertension guideline (``*_high`` starts 1级), glucose
    the Chinese type 2 diabetes guideline (the source of each group is named in the catalogue).
    """

    # The defaults and the editing ranges are declared with each reading in the catalogue.
    systolic_low: float = _DEFAULT["systolic_low"]
    systolic_high_normal: float = _DEFAULT["systolic_high_normal"]
    systolic_high: float = _DEFAULT["systolic_high"]
    systolic_grade_2: float = _DEFAULT["systolic_grade_2"]
    systolic_grade_3: float = _DEFAULT["systolic_grade_3"]
    diastolic_low: float = _DEFAULT["diastolic_low"]
    diastolic_high_normal: float = _DEFAULT["diastolic_high_normal"]
    diastolic_high: float = _DEFAULT["diastolic_high"]
    diastolic_grade_2: float = _DEFAULT["diastolic_grade_2"]
    diastolic_grade_3: float = _DEFAULT["diastolic_grade_3"]
    glucose_severely_low: float = _DEFAULT["glucose_severely_low"]
    glucose_low: float = _DEFAULT["glucose_low"]
    glucose_fasting_impaired: float = _DEFAULT["glucose_fasting_impaired"]
    glucose_fasting_high: float = _DEFAULT["glucose_fasting_high"]
    glucose_2h_high: float = _DEFAULT["glucose_2h_high"]
    glucose_random_high: float = _DEFAULT["glucose_random_high"]
    bmi_low: float = _DEFAULT["bmi_low"]
    bmi_overweight: float = _DEFAULT["bmi_overweight"]
    bmi_obese: float = _DEFAULT["bmi_obese"]
    waist_high_male: float = _DEFAULT["waist_high_male"]
    waist_high_female: float = _DEFAULT["waist_high_female"]
    # Not in the founding rules; common clinical reference values so that an obviously
    # abnormal pulse, SpO2 or temperature is not shown as normal.
    pulse_normal_min: float = _DEFAULT["pulse_normal_min"]  # below is flagged LOW
    pulse_normal_max: float = _DEFAULT["pulse_normal_max"]  # above (not at) is HIGH
    spo2_low: float = _DEFAULT["spo2_low"]
    temperature_high: float = _DEFAULT["temperature_high"]
    whr_high_male: float = _DEFAULT["whr_high_male"]
    whr_high_female: float = _DEFAULT["whr_high_female"]
    # Urgent values (危急值): the person is advised to see a doctor at once and the visit
    # stays open until the action taken is recorded.
    urgent_systolic: float = _DEFAULT["urgent_systolic"]
    urgent_diastolic: float = _DEFAULT["urgent_diastolic"]
    urgent_glucose_low: float = _DEFAULT["urgent_glucose_low"]  # below
    urgent_glucose_high: float = _DEFAULT["urgent_glucose_high"]

    def __post_init__(self) -> None:
        for f in fields(self):
            v = getattr(self, f.name)
            if isinstance(v, bool) or not isinstance(v, int | float) or not math.isfinite(v):
                raise ValueError(f"threshold {f.name} must be a finite number, got {v!r}")
            if v <= 0:
                raise ValueError(f"threshold {f.name} must be positive, got {v!r}")
        # Overlapping bands would make classify() depend on the order of its checks.
        for lower, upper in ORDERED:
            if getattr(self, lower) >= getattr(self, upper):
                raise ValueError(f"threshold {lower} must be below {upper}")

    def to_dict(self) -> dict[str, float]:
        return {k: float(v) for k, v in asdict(self).items()}

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> Thresholds:
        """Build from stored JSON; missing keys take the default and unknown keys are
        ignored, so settings written by an older or newer version still load."""
        known = {f.name for f in fields(cls)}
        values: dict[str, float] = {}
        for key, raw in data.items():
            if key not in known:
                continue
            if isinstance(raw, bool) or not isinstance(raw, int | float):
                raise ValueError(f"threshold {key} must be a number, got {raw!r}")
            values[key] = float(raw)
        return cls(**values)


def check_plausible(rt: ReadingType, value: float) -> None:
    """Raise :class:`ImplausibleReading` unless ``value`` is within the type's plausible range."""
    low, high = READINGS[rt].plausible
    if not (math.isfinite(value) and low <= value <= high):
        raise ImplausibleReading(rt, value, low, high)


def check_blood_pressure(systolic: float, diastolic: float) -> None:
    """Check both pressures for plausibility and that diastolic is below systolic.

    Raises :class:`ImplausibleReading` or :class:`InconsistentBloodPressure`.
    """
    check_plausible(ReadingType.SYSTOLIC, systolic)
    check_plausible(ReadingType.DIASTOLIC, diastolic)
    if diastolic >= systolic:
        raise InconsistentBloodPressure(systolic, diastolic)


# Readings are entered with one or two decimals; the tolerance only absorbs binary float noise
# (e.g. a computed 23.999999999999996 must count as 24).
_EPS = 1e-9


def _at_least(value: float, threshold: float) -> bool:
    return value >= threshold - _EPS


def _below(value: float, threshold: float) -> bool:
    return value < threshold - _EPS


def _above(value: float, threshold: float) -> bool:
    return value > threshold + _EPS


def classify(rt: ReadingType, value: float, thresholds: Thresholds, sex: Sex | None = None) -> Flag:
    """Flag a (plausible) reading against the thresholds.

    Types without a rule (height, weight, body fat, hip) are always NORMAL. The waist and
    waist-hip ratio rules depend on sex; with ``sex`` unknown only a value at or above both
    limits is flagged.
    """
    t = thresholds
    match rt:
        case ReadingType.SYSTOLIC:
            return _pressure(
                value,
                t.systolic_low,
                (t.systolic_high_normal, t.systolic_high, t.systolic_grade_2, t.systolic_grade_3),
            )
        case ReadingType.DIASTOLIC:
            return _pressure(
                value,
                t.diastolic_low,
                (
                    t.diastolic_high_normal,
                    t.diastolic_high,
                    t.diastolic_grade_2,
                    t.diastolic_grade_3,
                ),
            )
        case ReadingType.GLUCOSE_FASTING | ReadingType.GLUCOSE_2H | ReadingType.GLUCOSE_RANDOM:
            if _below(value, t.glucose_severely_low):
                return Flag.SEVERELY_LOW
            if _below(value, t.glucose_low):
                return Flag.LOW
            if rt is ReadingType.GLUCOSE_FASTING:
                if _at_least(value, t.glucose_fasting_high):
                    return Flag.HIGH
                if _at_least(value, t.glucose_fasting_impaired):
                    return Flag.IMPAIRED
                return Flag.NORMAL
            high = t.glucose_2h_high if rt is ReadingType.GLUCOSE_2H else t.glucose_random_high
            return Flag.HIGH if _at_least(value, high) else Flag.NORMAL
        case ReadingType.BMI:
            if _below(value, t.bmi_low):
                return Flag.LOW
            if _at_least(value, t.bmi_obese):
                return Flag.OBESE
            if _at_least(value, t.bmi_overweight):
                return Flag.OVERWEIGHT
            return Flag.NORMAL
        case ReadingType.WAIST:
            limit = _by_sex(sex, t.waist_high_male, t.waist_high_female)
            return Flag.HIGH if _at_least(value, limit) else Flag.NORMAL
        case ReadingType.WAIST_HIP_RATIO:
            limit = _by_sex(sex, t.whr_high_male, t.whr_high_female)
            return Flag.HIGH if _at_least(value, limit) else Flag.NORMAL
        case ReadingType.PULSE:
            if _below(value, t.pulse_normal_min):
                return Flag.LOW
            return Flag.HIGH if _above(value, t.pulse_normal_max) else Flag.NORMAL
        case ReadingType.SPO2:
            return Flag.LOW if _below(value, t.spo2_low) else Flag.NORMAL
        case ReadingType.TEMPERATURE:
            return Flag.HIGH if _at_least(value, t.temperature_high) else Flag.NORMAL
        case ReadingType.HEIGHT | ReadingType.WEIGHT | ReadingType.BODY_FAT | ReadingType.HIP:
            return Flag.NORMAL


_PRESSURE_GRADES = (Flag.HIGH_NORMAL, Flag.GRADE_1, Flag.GRADE_2, Flag.GRADE_3)


def _pressure(value: float, low: float, from_: tuple[float, float, float, float]) -> Flag:
    """One arm of a blood pressure: the highest grade whose start it reaches."""
    if _below(value, low):
        return Flag.HYPOTENSION
    grade = Flag.NORMAL
    for flag, start in zip(_PRESSURE_GRADES, from_, strict=True):
        if _at_least(value, start):
            grade = flag
    return grade


def is_urgent(rt: ReadingType, value: float, thresholds: Thresholds) -> bool:
    """An urgent value (危急值): systolic or diastolic at or above its limit, any glucose
    below the low limit or at or above the high one."""
    t = thresholds
    match rt:
        case ReadingType.SYSTOLIC:
            return _at_least(value, t.urgent_systolic)
        case ReadingType.DIASTOLIC:
            return _at_least(value, t.urgent_diastolic)
        case ReadingType.GLUCOSE_FASTING | ReadingType.GLUCOSE_2H | ReadingType.GLUCOSE_RANDOM:
            return _below(value, t.urgent_glucose_low) or _at_least(value, t.urgent_glucose_high)
        case _:
            return False


class ResultRule(StrEnum):
    """What stands for a type measured more than once in a visit (a setting)."""

    AVERAGE = "average"  # the guideline: the mean of the readings
    REPEAT = "repeat"  # the last reading


def result_value(values: Sequence[float], rule: ResultRule) -> float:
    """The visit's value from its readings of one type, to one decimal (half up)."""
    if not values:
        raise ValueError("no readings")
    if rule is ResultRule.REPEAT:
        return values[-1]
    mean = math.fsum(values) / len(values)
    return float(Decimal(repr(mean)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def _by_sex(sex: Sex | None, male: float, female: float) -> float:
    """The limit for the person's sex; unknown: only a value at or above both is flagged."""
    if sex is Sex.MALE:
        return male
    if sex is Sex.FEMALE:
        return female
    return max(male, female)


def bmi(height_cm: float, weight_kg: float) -> float:
    """Body-mass index in kg/m², rounded half-up to one decimal as printed on reports.

    Raises :class:`ImplausibleReading` for an implausible height or weight.
    """
    check_plausible(ReadingType.HEIGHT, height_cm)
    check_plausible(ReadingType.WEIGHT, weight_kg)
    metres = height_cm / 100
    return _half_up(weight_kg / (metres * metres), "0.1")


def _half_up(exact: float, step: str) -> float:
    # Half-up on the shortest repr, not round()'s banker's rounding on the binary value.
    return float(Decimal(repr(exact)).quantize(Decimal(step), rounding=ROUND_HALF_UP))


def waist_hip_ratio(waist_cm: float, hip_cm: float) -> float:
    """Waist ÷ hip, rounded half-up to two decimals (0.90 and 0.85 are the WHO limits).

    Raises :class:`ImplausibleReading` for an implausible waist or hip.
    """
    check_plausible(ReadingType.WAIST, waist_cm)
    check_plausible(ReadingType.HIP, hip_cm)
    return _half_up(waist_cm / hip_cm, "0.01")


# How each derived reading type (catalogue: `derived_from`) is computed from its sources, in
# the order the catalogue names them.
DERIVATIONS: dict[ReadingType, Callable[..., float]] = {
    ReadingType.BMI: bmi,
    ReadingType.WAIST_HIP_RATIO: waist_hip_ratio,
}


def derive(
    values: Mapping[ReadingType, float], known: Mapping[ReadingType, float] | None = None
) -> dict[ReadingType, float]:
    """`values` plus every derived reading their sources allow (BMI from height and weight).

    A source missing from `values` may come from `known` (the height on file), but at least
    one source must have been measured now. An implausible source gives no derived value (its
    own check reports it).
    """
    out = dict(values)
    for rt, compute in DERIVATIONS.items():
        sources = READINGS[rt].derived_from
        if not any(source in values for source in sources):
            continue
        args = [values.get(source, (known or {}).get(source)) for source in sources]
        if all(arg is not None for arg in args):
            with contextlib.suppress(ImplausibleReading):
                out[rt] = compute(*args)
    return out
