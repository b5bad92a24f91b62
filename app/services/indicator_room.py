"""The room itself: open hours, equipment, the partner hospital's visits, consumables and
inspections."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from app.catalogue.codes import UNION_BODIES, DeviceEventKind, DeviceStatus, StockMovementKind
from app.db.rows import as_date, as_time, date_text, marks
from app.domain.indicators import (
    Cell,
    DrillColumn,
    DrillDown,
    IndicatorResult,
    count_result,
    count_window,
    open_hours_actual,
    open_hours_daily,
    per_quarter_result,
    period_target,
    rate_result,
)
from app.domain.periods import Period, PeriodKind
from app.domain.ratios import Ratio
from app.domain.targets import IndicatorKey
from app.services.indicator_basis import C, IndicatorBasis, K

INTACT_STATES = {DeviceStatus.IN_SERVICE.value}
GONE_STATES = {DeviceStatus.REPLACED.value, DeviceStatus.RETIRED.value}  # not on the register
EVENT_STATE = {
    DeviceEventKind.REGISTERED.value: DeviceStatus.IN_SERVICE.value,
    DeviceEventKind.REPAIR_STARTED.value: DeviceStatus.UNDER_REPAIR.value,
    DeviceEventKind.REPAIR_FINISHED.value: DeviceStatus.IN_SERVICE.value,
    DeviceEventKind.DAMAGED.value: DeviceStatus.DAMAGED.value,
    DeviceEventKind.LOST.value: DeviceStatus.LOST.value,
    DeviceEventKind.REPLACED.value: DeviceStatus.REPLACED.value,
    DeviceEventKind.RETIRED.value: DeviceStatus.RETIRED.value,
}


@dataclass(frozen=True)
class DeviceRow:
    """A device as the intact rate reads it."""

    id: int
    asset_no: str
    name: str
    status: str
    purchase_date: dt.date | None


def clock(value: dt.time | None) -> str:
    return value.strftime("%H:%M") if value else ""


class RoomIndicators(IndicatorBasis):
    """Daily open hours, the equipment intact rate, and the counts judged per quarter or year."""

    def open_hours_daily(self, period: Period) -> IndicatorResult:
        ratio, short = open_hours_daily(self.calendar, period.first_day, period.last_day)
        drill = DrillDown(
            "short_day",
            (DrillColumn("date", C.DATE), DrillColumn("weekday", C.CODE),
             DrillColumn("hours", C.HOURS)),
            tuple((day, f"weekday_{day.weekday()}", round(hours, 2)) for day, hours in short)
            if self.drill else (),
        )  # fmt: skip
        key = K.OPEN_HOURS_DAILY
        return rate_result(
            key,
            period,
            ratio,
            self.target(key).value,
            self.in_progress(period),
            drill,
            shortfall=len(short),
        )

    def open_hours_actual(self, period: Period) -> IndicatorResult:
        """Did the room really open ≥ 3 h on its scheduled days? The day log says."""
        logged = {
            dt.date.fromisoformat(on): (as_time(opened), as_time(closed))
            for on, opened, closed in self.rows.all(
                "SELECT day, opened_at, closed_at FROM room_day_log WHERE day >= ? AND day <= ?",
                (date_text(period.first_day), date_text(period.last_day)),
            )
        }
        ratio, short = open_hours_actual(
            self.calendar, logged, period.first_day, period.last_day, self.as_of
        )
        rows = []
        for on, scheduled, hours in short:
            opened, closed = logged.get(on, (None, None))
            rows.append(
                (on, f"weekday_{on.weekday()}", round(scheduled, 2), clock(opened), clock(closed),
                 None if hours is None else round(hours, 2))
            )  # fmt: skip
        drill = DrillDown(
            "short_day",
            (DrillColumn("date", C.DATE), DrillColumn("weekday", C.CODE),
             DrillColumn("hours", C.HOURS), DrillColumn("opened", C.TEXT),
             DrillColumn("closed", C.TEXT), DrillColumn("actual_hours", C.HOURS)),
            tuple(rows) if self.drill else (),
        )  # fmt: skip
        key = K.OPEN_HOURS_ACTUAL
        return rate_result(
            key, period, ratio, self.target(key).value, self.in_progress(period), drill,
            shortfall=len(short),
        )  # fmt: skip

    def device_states(self, on: dt.date) -> list[tuple[DeviceRow, str, dt.date | None, str]]:
        """Each device on the register on day `on` with its state, since when and why (the note
        of the event that set it).

        The state comes from the lifecycle events up to `on`; today's figures (a period that
        has not ended) use the device's current status, which the events keep up to date.
        """
        devices = [
            DeviceRow(i, asset_no, name, status, as_date(bought))
            for i, asset_no, name, status, bought in self.rows.all(
                "SELECT id, asset_no, name, status, purchase_date FROM device ORDER BY asset_no"
            )
        ]
        history: dict[int, list[tuple[dt.date, str, str]]] = defaultdict(list)
        for device_id, kind, on_date, note in self.rows.all(
            "SELECT device_id, kind, on_date, note FROM device_event "
            f"WHERE kind IN ({marks(len(EVENT_STATE))}) ORDER BY on_date, id",
            list(EVENT_STATE),
        ):
            history[device_id].append((dt.date.fromisoformat(on_date), EVENT_STATE[kind], note))
        current = on >= self.as_of
        out: list[tuple[DeviceRow, str, dt.date | None, str]] = []
        since: dt.date | None
        for device in devices:
            events = history.get(device.id, [])
            why = ""
            if events:
                known = [event for event in events if event[0] <= on]
                if not known:
                    continue  # registered later
                since, state, why = known[-1]
                if current:
                    state = device.status
            else:
                if device.purchase_date is not None and device.purchase_date > on:
                    continue
                since, state = device.purchase_date, device.status
            if state not in GONE_STATES:
                out.append((device, state, since, why))
        return out

    def equipment_intact_rate(self, period: Period) -> IndicatorResult:
        key = K.EQUIPMENT_INTACT_RATE
        states = self.device_states(period.last_day)
        broken = [s for s in states if s[1] not in INTACT_STATES]
        drill = DrillDown(
            "device",
            (DrillColumn("asset_no", C.TEXT), DrillColumn("device", C.TEXT),
             DrillColumn("status", C.CODE), DrillColumn("since", C.DATE),
             DrillColumn("reason", C.TEXT)),
            tuple((d.asset_no, d.name, state, since, why) for d, state, since, why in broken)
            if self.drill else (),
            tuple(d.id for d, *_ in broken) if self.drill else (),
        )  # fmt: skip
        ratio = Ratio(len(states) - len(broken), len(states))
        return rate_result(
            key, period, ratio, self.target(key).value, self.in_progress(period), drill,
            shortfall=len(broken),
        )  # fmt: skip

    def _per_quarter(
        self,
        key: IndicatorKey,
        period: Period,
        events: Callable[[dt.date, dt.date], list[tuple[dt.date, tuple[Cell, ...], int]]],
        subject: str,
        columns: tuple[DrillColumn, ...],
    ) -> IndicatorResult:
        """A count judged per quarter (see app.domain.indicators)."""
        target = self.target(key)
        first, last = count_window(target, period)
        found = events(first, last)
        drill = DrillDown(
            subject,
            (DrillColumn("date", C.DATE), *columns),
            tuple((day, *cells) for day, cells, _ in found) if self.drill else (),
            tuple(i for _, _, i in found) if self.drill else (),
        )
        if period.kind is PeriodKind.YEAR:
            counts = [
                (q, sum(1 for day, _, _ in found if q.contains(day))) for q in period.quarters()
            ]
            return per_quarter_result(key, period, counts, target, self.in_progress(period), drill)
        return count_result(
            key, period, len(found), period_target(target, period), self.in_progress(period),
            drill,
        )  # fmt: skip

    def _hospital_visits(
        self, first: dt.date, last: dt.date
    ) -> list[tuple[dt.date, tuple[Cell, ...], int]]:
        rows = self.rows.all(
            "SELECT id, visited_on, hospital, experts, purposes FROM hospital_visit "
            "WHERE visited_on >= ? AND visited_on <= ? ORDER BY visited_on, id",
            (date_text(first), date_text(last)),
        )
        return [
            (dt.date.fromisoformat(on), (hospital, purposes, experts), i)
            for i, on, hospital, experts, purposes in rows
        ]

    def hospital_visits(self, period: Period) -> IndicatorResult:
        return self._per_quarter(
            K.HOSPITAL_VISITS, period, self._hospital_visits, "hospital_visit",
            (DrillColumn("hospital", C.TEXT), DrillColumn("purposes", C.CODES),
             DrillColumn("experts", C.TEXT)),
        )  # fmt: skip

    def _replenishments(
        self, first: dt.date, last: dt.date
    ) -> list[tuple[dt.date, tuple[Cell, ...], int]]:
        """Days consumables were received: one delivery of several items is one replenishment."""
        by_day: dict[dt.date, list[tuple[str, int, str, str | None]]] = defaultdict(list)
        first_id: dict[dt.date, int] = {}
        for movement_id, on_date, name, quantity, unit, source in self.rows.all(
            "SELECT stock_movement.id, stock_movement.on_date, consumable.name, "
            "stock_movement.quantity, consumable.unit, stock_movement.source FROM stock_movement "
            "JOIN consumable ON consumable.id = stock_movement.consumable_id "
            "WHERE stock_movement.kind = ? AND stock_movement.on_date >= ? "
            "AND stock_movement.on_date <= ? ORDER BY stock_movement.on_date, stock_movement.id",
            (StockMovementKind.RECEIVED.value, date_text(first), date_text(last)),
        ):
            on = dt.date.fromisoformat(on_date)
            by_day[on].append((name, quantity, unit, source))
            first_id.setdefault(on, movement_id)
        out: list[tuple[dt.date, tuple[Cell, ...], int]] = []
        for on, items in by_day.items():
            text = "、".join(f"{name} {qty}{unit}" for name, qty, unit, _ in items)
            sources = ",".join(dict.fromkeys(src for *_, src in items if src))
            out.append((on, (text, sources), first_id[on]))
        return out

    def consumables_replenished(self, period: Period) -> IndicatorResult:
        return self._per_quarter(
            K.CONSUMABLES_REPLENISHED, period, self._replenishments, "replenishment",
            (DrillColumn("items", C.TEXT), DrillColumn("source", C.CODES)),
        )  # fmt: skip

    def inspections(self, period: Period) -> IndicatorResult:
        """The union's inspections (county or city) of the year so far; the partner hospital's
        supervision is recorded with them but is not one of the founding rules' two."""
        key = K.INSPECTIONS
        target = self.target(key)
        first, last = count_window(target, period)
        bodies = [b.value for b in UNION_BODIES]
        found = [
            (i, dt.date.fromisoformat(on), body, who, score, text)
            for i, on, body, who, score, text in self.rows.all(
                "SELECT id, inspected_on, body, inspectors, score, findings FROM inspection "
                f"WHERE inspected_on >= ? AND inspected_on <= ? AND body IN ({marks(len(bodies))}) "
                "ORDER BY inspected_on, id",
                (date_text(first), date_text(last), *bodies),
            )
        ]
        drill = DrillDown(
            "inspection",
            (DrillColumn("date", C.DATE), DrillColumn("body", C.CODE),
             DrillColumn("inspectors", C.TEXT), DrillColumn("score", C.COUNT),
             DrillColumn("findings", C.TEXT)),
            tuple((on, body, who, score, text) for _, on, body, who, score, text in found)
            if self.drill else (),
            tuple(i for i, *_ in found) if self.drill else (),
        )  # fmt: skip
        return count_result(
            key, period, len(found), period_target(target, period), self.in_progress(period),
            drill,
        )  # fmt: skip
