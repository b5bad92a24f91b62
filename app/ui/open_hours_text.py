"""Words for open hours shared by the page and its dialogs: slots, hours, refusals, the 3 h rule."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QMessageBox, QWidget

from app.domain.schedule import Interval
from app.services.open_hours import OpenHoursError
from app.ui.i18n import listed


def slots_text(slots: Iterable[Interval]) -> str:
    return listed(f"{s.start:%H:%M}–{s.end:%H:%M}" for s in slots)  # 、 in Chinese


def hours_text(hours: float) -> str:
    number = f"{hours:.2f}".rstrip("0").rstrip(".")
    return QCoreApplication.translate("OpenHours", "%1 h").replace("%1", number)


def date_text(day: dt.date) -> str:
    """A date with its weekday in the UI language, e.g. 2026-10-01 周四."""
    weekday = QLocale().dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)
    return f"{day.isoformat()} {weekday}"


def error_text(error: OpenHoursError) -> str:
    if error.field.startswith("slot") and error.code == "end_before_start":
        number = error.field.removeprefix("slot")
        return QCoreApplication.translate(
            "OpenHours", "Time slot %1 ends before it starts: correct its times."
        ).replace("%1", number)
    messages = {
        ("reason", "required"): QCoreApplication.translate(
            "OpenHours", "Enter a reason (e.g. National Day holiday)."
        ),
        ("reason", "too_long"): QCoreApplication.translate(
            "OpenHours", "The reason is too long: at most 200 characters."
        ),
        ("last", "before_first"): QCoreApplication.translate(
            "OpenHours", "The last day is before the first: correct the dates."
        ),
        ("last", "range_too_long"): QCoreApplication.translate(
            "OpenHours", "Close at most one year at a time."
        ),
        ("effective_from", "duplicate"): QCoreApplication.translate(
            "OpenHours",
            "A schedule already starts on this date: choose another date or edit that schedule.",
        ),
        ("slots", "required"): QCoreApplication.translate(
            "OpenHours", "Add at least one time slot, or close the day instead."
        ),
        ("version", "not_found"): QCoreApplication.translate(
            "OpenHours", "This schedule no longer exists: it was deleted."
        ),
    }
    return messages.get(
        (error.field, error.code),
        QCoreApplication.translate("OpenHours", "The change was not saved: %1"),
    ).replace("%1", str(error))


def confirm_short_day(parent: QWidget | None, what: str, hours: float) -> bool:
    """Ask before saving a day open under 3 h; True when the user wants it anyway."""
    text = (
        QCoreApplication.translate(
            "OpenHours",
            "%1 would be open only %2. The founding rules ask for at least 3 hours on every "
            "open day; this day will count as a short day in the open-hours indicator.",
        )
        .replace("%1", what)
        .replace("%2", hours_text(hours))
    )
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("OpenHours", "Less than 3 hours"),
        text,
        QMessageBox.StandardButton.NoButton,
    )
    if parent is not None:
        box.setParent(parent, box.windowFlags())
    box.setInformativeText(QCoreApplication.translate("OpenHours", "Save it anyway?"))
    save = box.addButton(
        QCoreApplication.translate("OpenHours", "Save anyway"), QMessageBox.ButtonRole.AcceptRole
    )
    back = box.addButton(
        QCoreApplication.translate("OpenHours", "Go back and change it"),
        QMessageBox.ButtonRole.RejectRole,
    )
    box.setDefaultButton(back)  # Enter does the safe thing
    box.exec()
    return box.clickedButton() is save
