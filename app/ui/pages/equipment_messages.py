"""The equipment page's messages: why an action was refused (the rule errors of devices,
consumables and the room's day log), and the colours of the states. The codes' words are the
catalogue's."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from app.catalogue.codes import DeviceEventKind, DeviceStatus
from app.domain.rule_error import RuleError
from app.services.actor import PermissionDenied
from app.ui.i18n import QT_TRANSLATE_NOOP, catalogue_language, word

CONTEXT = "EquipmentWords"
RED, AMBER, GREEN, BLUE = "#c62828", "#b45309", "#2e7d32", "#1565c0"  # refusal, warning, done

# code -> message; %1, %2 are filled from the error's details in the order of _DETAILS.
_MESSAGES: dict[str, str] = {
    "replace_in_service": QT_TRANSLATE_NOOP(
        "EquipmentWords",
        "A device in service cannot be replaced. Record it as damaged or lost first; "
        "then replace it with a device of the same model.",
    ),
    "replace_under_repair": QT_TRANSLATE_NOOP(
        "EquipmentWords",
        "A device under repair cannot be replaced. If it cannot be repaired, record it as "
        "damaged first.",
    ),
    "other_model_needs_reason": QT_TRANSLATE_NOOP(
        "EquipmentWords",
        "The new device is another model (%2 instead of %1). The rules ask for the same "
        "model: give the reason for another model.",
    ),
    "event_not_allowed": QT_TRANSLATE_NOOP(
        "EquipmentWords", "“%2” cannot be recorded for a device whose status is “%1”."
    ),
    "upkeep_not_in_room": QT_TRANSLATE_NOOP(
        "EquipmentWords",
        "Upkeep is recorded for devices in service or under repair; this device is “%1”.",
    ),
    "device_retired": QT_TRANSLATE_NOOP(
        "EquipmentWords", "This device is retired: nothing more can be recorded for it."
    ),
    "registered_once": QT_TRANSLATE_NOOP("EquipmentWords", "A device is registered only once."),
    "replace_with_form": QT_TRANSLATE_NOOP(
        "EquipmentWords", "Use “Replace…” to record a replacement: it registers the new device."
    ),
    "no_events_possible": QT_TRANSLATE_NOOP(
        "EquipmentWords", "Nothing can be recorded for a device whose status is “%1”."
    ),
    "date_in_future": QT_TRANSLATE_NOOP(
        "EquipmentWords", "The date %1 is in the future. Enter the day it happened."
    ),
    "date_before_registration": QT_TRANSLATE_NOOP(
        "EquipmentWords", "The date is before the device was registered (%1)."
    ),
    "date_before_last_change": QT_TRANSLATE_NOOP(
        "EquipmentWords",
        "The date is before the device's last change of status (%1): events are kept in order.",
    ),
    "next_due_after_date": QT_TRANSLATE_NOOP(
        "EquipmentWords", "The next due date must be after the date of the event."
    ),
    "asset_no_required": QT_TRANSLATE_NOOP("EquipmentWords", "Enter the asset no."),
    "asset_no_taken": QT_TRANSLATE_NOOP(
        "EquipmentWords", "Asset no. %1 is already in the register: each device needs its own."
    ),
    "name_required": QT_TRANSLATE_NOOP("EquipmentWords", "Enter the name."),
    "name_taken": QT_TRANSLATE_NOOP("EquipmentWords", "There is already an item named %1."),
    "unit_required": QT_TRANSLATE_NOOP("EquipmentWords", "Enter the unit (box, strip, bottle…)."),
    "too_long": QT_TRANSLATE_NOOP(
        "EquipmentWords", "The text is too long (at most %1 characters)."
    ),
    "not_negative": QT_TRANSLATE_NOOP("EquipmentWords", "Amounts cannot be negative."),
    "interval_positive": QT_TRANSLATE_NOOP(
        "EquipmentWords", "An interval is at least 1 day (leave it empty for none)."
    ),
    "no_such_device": QT_TRANSLATE_NOOP(
        "EquipmentWords", "The device is no longer in the register. Reload the page."
    ),
    "no_such_item": QT_TRANSLATE_NOOP(
        "EquipmentWords", "The item no longer exists. Reload the page."
    ),
    "insufficient_stock": QT_TRANSLATE_NOOP(
        "EquipmentWords",
        "Not enough in stock: %1 available on that day, %2 asked for. The stock never goes "
        "below zero: record the delivery first, or correct the quantity.",
    ),
    "quantity_positive": QT_TRANSLATE_NOOP("EquipmentWords", "The quantity must be at least 1."),
    "lot_empty": QT_TRANSLATE_NOOP("EquipmentWords", "This lot has nothing left."),
    "expiry_before_receipt": QT_TRANSLATE_NOOP(
        "EquipmentWords", "The expiry date (%1) must be after the day of receipt."
    ),
    "receive_with_form": QT_TRANSLATE_NOOP("EquipmentWords", "Use “Receive…” for deliveries."),
    "open_before_close": QT_TRANSLATE_NOOP(
        "EquipmentWords", "The closing time must be after the opening time."
    ),
    "duty_required": QT_TRANSLATE_NOOP("EquipmentWords", "Enter the person on duty."),
    "cleaned_by_required": QT_TRANSLATE_NOOP("EquipmentWords", "Enter who cleaned the room."),
    "disinfection_what_required": QT_TRANSLATE_NOOP(
        "EquipmentWords", "Enter what was disinfected."
    ),
    "disinfection_agent_required": QT_TRANSLATE_NOOP(
        "EquipmentWords", "Enter the disinfectant used."
    ),
    "disinfected_by_required": QT_TRANSLATE_NOOP("EquipmentWords", "Enter who disinfected."),
    "nothing_to_save": QT_TRANSLATE_NOOP(
        "EquipmentWords",
        "Nothing to save: enter the opening hours, the cleaning or the disinfection of the day.",
    ),
    "no_labels": QT_TRANSLATE_NOOP("EquipmentWords", "There is no device to print a label for."),
}

_DETAILS: dict[str, tuple[str, ...]] = {
    "other_model_needs_reason": ("old_model", "new_model"),
    "event_not_allowed": ("status", "kind"),
    "upkeep_not_in_room": ("status",),
    "no_events_possible": ("status",),
    "date_in_future": ("day",),
    "date_before_registration": ("registered",),
    "date_before_last_change": ("last",),
    "asset_no_taken": ("asset_no",),
    "name_taken": ("name",),
    "too_long": ("limit",),
    "insufficient_stock": ("available", "requested"),
    "expiry_before_receipt": ("expiry",),
}


def message(error: RuleError | PermissionDenied) -> str:
    """The user's words for a refused action, with its details filled in."""
    if isinstance(error, PermissionDenied):
        return error.said(catalogue_language())
    source = _MESSAGES.get(error.code)
    if source is None:
        return error.code
    text = QCoreApplication.translate(CONTEXT, source)
    for n, key in enumerate(_DETAILS.get(error.code, ()), start=1):
        value = error.details.get(key, "")
        shown = _code_word(key, value)
        text = text.replace(f"%{n}", shown)
    return text


def _code_word(key: str, value: object) -> str:
    """A status or an event kind in the details of a refusal, in words."""
    if key == "status" and value in DeviceStatus.__members__.values():
        return word(DeviceStatus(str(value)))
    if key == "kind" and value in DeviceEventKind.__members__.values():
        return word(DeviceEventKind(str(value)))
    return str(value)


def shown(value: object) -> str:
    """A date, time (HH:MM) or nothing, as the details panes show it."""
    if value is None:
        return ""
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    return str(value)


def html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
