"""A device's life as events: which event may follow which status, and upkeep due dates.

The founding rules: every device is a union asset that must not be damaged or lost; when it
is, the enterprise buys the same model to replace it. So a device in service cannot be
"replaced" (record the damage or loss first), and a replacement of another model needs an
explicit reason.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from app.catalogue.codes import DeviceEventKind, DeviceStatus
from app.domain.rule_error import RuleError

S = DeviceStatus
E = DeviceEventKind

# status -> {event kind -> status after the event}
TRANSITIONS: dict[DeviceStatus, dict[DeviceEventKind, DeviceStatus]] = {
    S.IN_SERVICE: {
        E.REPAIR_STARTED: S.UNDER_REPAIR,
        E.DAMAGED: S.DAMAGED,
        E.LOST: S.LOST,
        E.RETIRED: S.RETIRED,
    },
    S.UNDER_REPAIR: {
        E.REPAIR_FINISHED: S.IN_SERVICE,
        E.DAMAGED: S.DAMAGED,  # beyond repair
        E.RETIRED: S.RETIRED,
    },
    S.DAMAGED: {E.REPAIR_STARTED: S.UNDER_REPAIR, E.REPLACED: S.REPLACED, E.RETIRED: S.RETIRED},
    S.LOST: {E.REPLACED: S.REPLACED, E.RETIRED: S.RETIRED},
    S.REPLACED: {E.RETIRED: S.RETIRED},  # the old device is disposed of
    S.RETIRED: {},
}

UPKEEP = (E.MAINTENANCE, E.CALIBRATION, E.DISINFECTION)
# Upkeep is recorded for a device that is still in the room and expected to work.
UPKEEP_STATUSES = (S.IN_SERVICE, S.UNDER_REPAIR)
# Statuses that count against the equipment intact rate.
NOT_INTACT = (S.DAMAGED, S.LOST, S.UNDER_REPAIR)


def status_after(status: DeviceStatus, kind: DeviceEventKind) -> DeviceStatus:
    """The status after recording `kind` on a device in `status`; RuleError if not allowed."""
    if kind is E.REGISTERED:
        raise RuleError("registered_once", "kind")
    if kind in UPKEEP:
        if status not in UPKEEP_STATUSES:
            raise RuleError("upkeep_not_in_room", "kind", status=status.value, kind=kind.value)
        return status
    if status is S.RETIRED:
        raise RuleError("device_retired", "kind")
    if kind is E.REPLACED and status is S.IN_SERVICE:
        raise RuleError("replace_in_service", "kind")
    if kind is E.REPLACED and status is S.UNDER_REPAIR:
        raise RuleError("replace_under_repair", "kind")
    after = TRANSITIONS[status].get(kind)
    if after is None:
        raise RuleError("event_not_allowed", "kind", status=status.value, kind=kind.value)
    return after


def allowed_events(status: DeviceStatus) -> list[DeviceEventKind]:
    """The events that may be recorded now (registration and replacement have their own forms)."""
    kinds: list[DeviceEventKind] = [k for k in TRANSITIONS[status] if k is not E.REPLACED]
    if status in UPKEEP_STATUSES:
        kinds += UPKEEP
    return kinds


def _normal(text: str) -> str:
    # "HEM-7136", "hem 7136" and the full-width "ＨＥＭ－７１３６" are one model.
    folded = unicodedata.normalize("NFKC", text).casefold()
    return re.sub(r"[\s\-_./·]", "", folded)


def same_model(old_brand: str, old_model: str, new_brand: str, new_model: str) -> bool:
    """Same model number, and the same brand where both brands are known."""
    if _normal(old_model) != _normal(new_model):
        return False
    a, b = _normal(old_brand), _normal(new_brand)
    return not a or not b or a == b


def check_replacement(
    status: DeviceStatus,
    old: tuple[str, str],
    new: tuple[str, str],
    reason: str,
) -> None:
    """The rules for replacing a device: damaged or lost first; another model needs a reason."""
    status_after(status, E.REPLACED)
    if not same_model(*old, *new) and not reason.strip():
        raise RuleError("other_model_needs_reason", "reason", old_model=old[1], new_model=new[1])


def next_due(
    interval_days: int | None,
    last_done: dt.date | None,
    last_next_due: dt.date | None,
    in_use_since: dt.date | None,
) -> dt.date | None:
    """When the next maintenance / calibration is due.

    The due date written on the last event wins (the technician may set a shorter one);
    otherwise the interval counts from the last time it was done, or from when the device
    came into use if it never was.
    """
    if last_next_due is not None:
        return last_next_due
    if interval_days is None:
        return None
    base = last_done or in_use_since
    return base + dt.timedelta(days=interval_days) if base else None


def is_overdue(due: dt.date | None, today: dt.date) -> bool:
    """Overdue from the day after the due date: on the due date itself it is still on time."""
    return due is not None and due < today


def days_overdue(due: dt.date, today: dt.date) -> int:
    return max(0, (today - due).days)
