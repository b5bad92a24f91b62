"""Rates of the founding rules: a zero denominator is "not applicable", never 0 % or 100 %."""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass(frozen=True)
class Ratio:
    numerator: int
    denominator: int

    @property
    def value(self) -> float | None:
        return self.numerator / self.denominator if self.denominator else None

    def meets(self, target: float) -> bool | None:
        value = self.value
        return None if value is None else value >= target - 1e-12

    def still_needed(self, target: float) -> int:
        """How many more in the numerator reach `target` (0 when met or not applicable)."""
        if not self.denominator:
            return 0
        required = math.ceil(target * self.denominator - 1e-9)
        return max(0, required - self.numerator)
