"""Lectures and notices: how many lectures, who of each target group came, who was told."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Protocol

from app.catalogue.codes import ActivityKind, ActivityStatus
from app.db.rows import Row, date_text, marks
from app.domain.indicators import (
    DrillColumn,
    DrillDown,
    IndicatorResult,
    PartResult,
    count_result,
    count_window,
    lowest,
    participation,
    period_target,
    rate_result,
    reach,
)
from app.domain.periods import Period
from app.domain.ratios import Ratio
from app.services.department_ranks import sort_key
from app.services.indicator_basis import C, IndicatorBasis, K, StaffInfo, between

ACTIVITY_COLUMNS = "id, starts_at, title, speaker, target_all"


class Targeted(Protocol):
    """An activity as far as its target group goes (an `ActivityRow`, or the model's `Activity`)."""

    @property
    def id(self) -> int: ...

    @property
    def target_all(self) -> bool: ...


@dataclass(frozen=True)
class ActivityRow:
    """An activity as the indicators read it: a lecture, or the one whose absentees are asked."""

    id: int
    starts_at: dt.datetime
    title: str
    speaker: str
    target_all: bool

    @classmethod
    def of(cls, row: Row) -> ActivityRow:
        i, starts_at, title, speaker, target_all = row
        return cls(i, dt.datetime.fromisoformat(starts_at), title, speaker, bool(target_all))


@dataclass(frozen=True)
class NoticeRow:
    id: int
    issued_on: dt.date
    title: str
    channel: str
    reached_count: int | None


@dataclass(frozen=True)
class Absentee:
    id: int
    employee_no: str
    name: str
    department: str


@dataclass(frozen=True)
class LectureAbsentees:
    activity_id: int
    title: str
    starts_at: dt.datetime
    group: int
    attended: int
    absent: tuple[Absentee, ...]


class ParticipationIndicators(IndicatorBasis):
    """Lectures held, lecture participation, notice coverage, a lecture's absentees."""

    def _lectures(self, first: dt.date, last: dt.date) -> list[ActivityRow]:
        when, params = between("starts_at", first, last)
        return [
            ActivityRow.of(row)
            for row in self.rows.all(
                f"SELECT {ACTIVITY_COLUMNS} FROM activity WHERE kind = ? AND status = ? AND "
                f"{when} ORDER BY starts_at, id",
                (ActivityKind.LECTURE.value, ActivityStatus.HELD.value, *params),
            )
        ]

    def lectures_count(self, period: Period) -> IndicatorResult:
        key = K.LECTURES_COUNT
        target = self.target(key)
        first, last = count_window(target, period)
        lectures = self._lectures(first, last)
        drill = DrillDown(
            "lecture",
            (DrillColumn("date", C.DATETIME), DrillColumn("title", C.TEXT),
             DrillColumn("speaker", C.TEXT)),
            tuple((a.starts_at, a.title, a.speaker) for a in lectures) if self.drill else (),
            tuple(a.id for a in lectures) if self.drill else (),
        )  # fmt: skip
        return count_result(
            key, period, len(lectures), period_target(target, period), self.in_progress(period),
            drill,
        )  # fmt: skip

    def lecture_groups(self, lectures: Sequence[Targeted]) -> dict[int, set[int] | None]:
        """Per activity, the target departments (None: all staff)."""
        ids = [a.id for a in lectures]
        chosen: dict[int, set[int]] = defaultdict(set)
        if ids:
            for activity_id, department_id in self.rows.all(
                "SELECT activity_id, department_id FROM activity_department "
                f"WHERE activity_id IN ({marks(len(ids))})",
                ids,
            ):
                chosen[activity_id].add(department_id)
        return {
            a.id: None if a.target_all or not chosen.get(a.id) else chosen[a.id] for a in lectures
        }

    def attendees(self, activity_ids: Sequence[int]) -> dict[int, set[int]]:
        """Roster staff who signed in, per activity (guests have no staff id): one statement
        per activity, its ids made a set at once (a loop adding each row to its activity's set
        cost as much as SQLite's reading)."""
        for i in activity_ids:
            if i not in self._attendees:
                self._attendees[i] = set(
                    self.rows.ids(
                        "SELECT staff_id FROM attendance WHERE activity_id = ? "
                        "AND staff_id IS NOT NULL",
                        (i,),
                    )
                )
        return {i: self._attendees[i] for i in activity_ids}

    @cached_property
    def _members(self) -> dict[int, frozenset[int]]:
        """Staff ids per department (departed too: the roster on a day is asked separately)."""
        members: dict[int, set[int]] = defaultdict(set)
        for s in self.staff:
            members[s.department_id].add(s.id)
        return {department: frozenset(ids) for department, ids in members.items()}

    def target_group_ids(self, day: dt.date, departments: set[int] | None) -> frozenset[int]:
        """Ids of the staff of the departments (None: everyone) on the roster on `day`."""
        active = self.active_ids(day)
        if departments is None:
            return active
        chosen = frozenset().union(*(self._members.get(d, frozenset()) for d in departments))
        return active & chosen

    def target_group(self, day: dt.date, departments: set[int] | None) -> list[StaffInfo]:
        """The same staff in roster order (who missed a lecture)."""
        ids = self.target_group_ids(day, departments)
        return [s for s in self.active(day) if s.id in ids]

    def activity_participation(
        self, activities: Sequence[ActivityRow]
    ) -> list[tuple[ActivityRow, Ratio, set[int] | None]]:
        """Each activity's participation of its target group on its date."""
        groups = self.lecture_groups(activities)
        present = self.attendees([a.id for a in activities])
        out = []
        for a in activities:
            group = self.target_group_ids(a.starts_at.date(), groups[a.id])
            out.append((a, participation(present.get(a.id, ()), group), groups[a.id]))
        return out

    def department_names(self, ids: set[int] | None) -> str:
        if ids is None:
            return ""
        names = {s.department_id: s.department for s in self.staff}
        missing = list(ids - names.keys())
        if missing:
            for dept_id, name in self.rows.all(
                f"SELECT id, name FROM department WHERE id IN ({marks(len(missing))})", missing
            ):
                names[dept_id] = name
        return "、".join(sorted((names[i] for i in ids), key=sort_key(self.rows)))

    def lecture_participation(self, period: Period) -> IndicatorResult:
        key = K.LECTURE_PARTICIPATION
        target = self.target(key).value
        judged = self.activity_participation(self._lectures(period.first_day, period.last_day))
        worst = lowest(r for _, r, _ in judged)
        parts = [PartResult(a.title, r.value, r.meets(target)) for a, r, _ in judged]
        drill = DrillDown(
            "lecture",
            (DrillColumn("date", C.DATETIME), DrillColumn("title", C.TEXT),
             DrillColumn("target_group", C.TEXT), DrillColumn("attended", C.COUNT),
             DrillColumn("group_size", C.COUNT), DrillColumn("rate", C.RATE),
             DrillColumn("still_needed", C.COUNT)),
            tuple(
                (a.starts_at, a.title, self.department_names(g), r.numerator, r.denominator,
                 r.value, r.still_needed(target))
                for a, r, g in judged
            ) if self.drill else (),
            tuple(a.id for a, _, _ in judged) if self.drill else (),
        )  # fmt: skip
        return rate_result(key, period, worst, target, self.in_progress(period), drill, parts)

    def notice_coverage(self, period: Period) -> IndicatorResult:
        key = K.NOTICE_COVERAGE
        target = self.target(key).value
        notices = [
            NoticeRow(i, dt.date.fromisoformat(issued_on), title, channel, reached)
            for i, issued_on, title, channel, reached in self.rows.all(
                "SELECT id, issued_on, title, channel, reached_count FROM notice "
                "WHERE issued_on >= ? AND issued_on <= ? ORDER BY issued_on, id",
                (date_text(period.first_day), date_text(period.last_day)),
            )
        ]
        ticks: dict[int, set[int]] = defaultdict(set)
        if notices:
            for notice_id, staff_id in self.rows.all(
                "SELECT notice_id, staff_id FROM notice_reach "
                f"WHERE notice_id IN ({marks(len(notices))})",
                [n.id for n in notices],
            ):
                ticks[notice_id].add(staff_id)
        judged: list[tuple[NoticeRow, Ratio]] = []
        for n in notices:
            active = self.active_ids(n.issued_on)
            if n.id in ticks:  # a tick list: only staff on the roster that day count
                ratio = Ratio(len(ticks[n.id] & active), len(active))
            else:
                ratio = reach(n.reached_count or 0, len(active))
            judged.append((n, ratio))
        drill = DrillDown(
            "notice",
            (DrillColumn("date", C.DATE), DrillColumn("title", C.TEXT),
             DrillColumn("channel", C.CODE), DrillColumn("reached", C.COUNT),
             DrillColumn("active_staff", C.COUNT), DrillColumn("rate", C.RATE),
             DrillColumn("still_needed", C.COUNT)),
            tuple(
                (n.issued_on, n.title, n.channel, r.numerator, r.denominator, r.value,
                 r.still_needed(target))
                for n, r in judged
            ) if self.drill else (),
            tuple(n.id for n, _ in judged) if self.drill else (),
        )  # fmt: skip
        parts = [PartResult(n.title, r.value, r.meets(target)) for n, r in judged]
        worst = lowest(r for _, r in judged)
        return rate_result(key, period, worst, target, self.in_progress(period), drill, parts)

    def lecture_absentees(self, activity_id: int) -> LectureAbsentees | None:
        if not self.drill:
            raise ValueError("a lecture's absentees are named: the engine must read the names")
        found = self.rows.all(
            f"SELECT {ACTIVITY_COLUMNS} FROM activity WHERE id = ?", (activity_id,)
        )
        if not found:
            return None
        activity = ActivityRow.of(found[0])
        ((_, ratio, groups),) = self.activity_participation([activity])
        group = self.target_group(activity.starts_at.date(), groups)
        present = self.attendees([activity_id]).get(activity_id, set())
        absent = tuple(
            Absentee(s.id, s.employee_no, s.name, s.department)
            for s in group
            if s.id not in present
        )
        return LectureAbsentees(
            activity.id, activity.title, activity.starts_at, ratio.denominator, ratio.numerator,
            absent,
        )  # fmt: skip
