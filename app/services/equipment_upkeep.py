"""The upkeep due (保养维护): maintenance, calibration and disinfection overdue or coming."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from app.catalogue.codes import DeviceEventKind, DeviceStatus
from app.db.migrate import Database
from app.db.models import Device
from app.domain import lifecycle
from app.domain.permissions import Action
from app.services.actor import Actor
from app.services.equipment_rows import E, History, Upkeep, histories
from app.services.unit_of_work import read_only

DUE_SOON_DAYS = 14  # the upkeep list also shows what falls due in the next two weeks


@dataclass(frozen=True)
class UpkeepDueRow:
    device_id: int
    asset_no: str
    name: str
    model: str
    kind: DeviceEventKind  # maintenance, calibration or disinfection
    last_done: dt.date | None
    due: dt.date
    overdue: bool
    days_overdue: int

    @property
    def id(self) -> int:  # the table's Qt.UserRole: the device to act on
        return self.device_id


def upkeep_due(
    db: Database, actor: Actor, today: dt.date, within_days: int = DUE_SOON_DAYS
) -> list[UpkeepDueRow]:
    """Maintenance, calibration and disinfection overdue or due within `within_days`.

    Only devices in service are watched: one under repair, damaged, lost, replaced or
    retired is not expected to be maintained.
    """
    actor.require(Action.READ_EQUIPMENT)
    horizon = today + dt.timedelta(days=within_days)
    out: list[UpkeepDueRow] = []
    with read_only(db) as session:
        devices = list(
            session.scalars(select(Device).where(Device.status == DeviceStatus.IN_SERVICE.value))
        )
        found = histories(session, [d.id for d in devices])
        for device in devices:
            history = found.get(device.id, History())
            since = history.in_use_since or device.purchase_date
            intervals = {
                E.MAINTENANCE: device.maintenance_interval_days,
                E.CALIBRATION: device.calibration_interval_days,
                E.DISINFECTION: None,  # only when the last disinfection set a next date
            }
            for kind, interval in intervals.items():
                done = history.upkeep.get(kind, Upkeep())
                due = lifecycle.next_due(interval, done.last, done.next_due, since)
                if due is None or due > horizon:
                    continue
                out.append(
                    UpkeepDueRow(
                        device_id=device.id,
                        asset_no=device.asset_no,
                        name=device.name,
                        model=device.model,
                        kind=kind,
                        last_done=done.last,
                        due=due,
                        overdue=lifecycle.is_overdue(due, today),
                        days_overdue=lifecycle.days_overdue(due, today),
                    )
                )
    out.sort(key=lambda r: (r.due, r.asset_no, r.kind.value))
    return out


def overdue_upkeep(db: Database, actor: Actor, today: dt.date) -> list[UpkeepDueRow]:
    return [row for row in upkeep_due(db, actor, today, within_days=0) if row.overdue]
