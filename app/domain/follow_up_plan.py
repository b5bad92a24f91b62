"""When to follow up an abnormal visit: days from the visit per grade (随访计划).

The defaults are declared with each reading group in the catalogue (3级 refer now, 2级 two
weeks, 1级 four weeks, impaired fasting glucose three months, ...); a site edits them in the
settings. A visit's proposal is the soonest of its graded readings, the blood-pressure pair
taking the grade of its higher arm.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from app.catalogue.readings import GROUPS, Flag, ReadingGroup, ReadingType, group_of, pair_flag

__all__ = ["FollowUpPlan", "default_days"]

Key = tuple[ReadingGroup, Flag]
MAX_DAYS = 366


def default_days() -> dict[Key, int]:
    return {(g, flag): days for g, spec in GROUPS.items() for flag, days in spec.follow_up_days}


@dataclass(frozen=True)
class FollowUpPlan:
    days: Mapping[Key, int] = field(default_factory=default_days)

    def __post_init__(self) -> None:
        for key, days in self.days.items():
            if key not in default_days():
                raise ValueError(f"no follow-up is planned for {key[0].value}.{key[1].value}")
            if isinstance(days, bool) or not isinstance(days, int) or not 0 <= days <= MAX_DAYS:
                raise ValueError(f"follow-up days must be 0 to {MAX_DAYS}, got {days!r}")

    def grades(self, readings: Iterable[tuple[ReadingType, Flag]]) -> dict[ReadingGroup, Flag]:
        """Each group's graded flag: the pair's for blood pressure, the worst planned else."""
        flags = dict(readings)
        found: dict[ReadingGroup, Flag] = {}
        systolic, diastolic = flags.get(ReadingType.SYSTOLIC), flags.get(ReadingType.DIASTOLIC)
        if systolic is not None and diastolic is not None:
            found[ReadingGroup.BLOOD_PRESSURE] = pair_flag(systolic, diastolic)
        for rt, flag in flags.items():
            group = group_of(rt)
            if group is ReadingGroup.BLOOD_PRESSURE and rt is not ReadingType.PULSE:
                continue
            days = self.days.get((group, flag))
            best = found.get(group)
            if days is not None and (best is None or days < self.days.get((group, best), 999)):
                found[group] = flag
        return found

    def days_for(self, readings: Iterable[tuple[ReadingType, Flag]]) -> int | None:
        """The soonest follow-up the visit's grades call for; None: none planned."""
        days = [self.days.get(key) for key in self.grades(readings).items()]
        planned = [d for d in days if d is not None]
        return min(planned) if planned else None

    def propose(
        self, readings: Iterable[tuple[ReadingType, Flag]], visited: dt.date
    ) -> dt.date | None:
        days = self.days_for(readings)
        return None if days is None else visited + dt.timedelta(days=days)

    def to_dict(self) -> dict[str, int]:
        return {f"{g.value}.{f.value}": d for (g, f), d in self.days.items()}

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> FollowUpPlan:
        """Stored days over the defaults; unknown keys (a newer version's) are ignored."""
        days = default_days()
        for key, raw in data.items():
            group, _, flag = key.partition(".")
            try:
                parsed = (ReadingGroup(group), Flag(flag))
            except ValueError:
                continue
            if parsed in days:
                if isinstance(raw, bool) or not isinstance(raw, int):
                    raise ValueError(f"follow-up days of {key} must be a whole number")
                days[parsed] = raw
        return cls(days)
