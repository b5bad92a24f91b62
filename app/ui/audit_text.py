"""An audit entry in words: which record, and what it held before and after, field by field.

The trail stores codes and JSON (app.services.audit); a person reads the entity and the
fields in words (the catalogue), a code a field holds in words (VALUE_KINDS says which enum),
and "hidden" where the trail masked a health value.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from app.catalogue import Language
from app.catalogue.audit_notes import ChangeReason, PasswordChange
from app.catalogue.codes import (
    ActivityKind,
    ActivityStatus,
    AuditEntity,
    ConsumableCategory,
    DeviceCategory,
    DeviceEventKind,
    DeviceStatus,
    ExceptionKind,
    FollowUpWay,
    Funding,
    HospitalVisitPurpose,
    InspectionBody,
    NoticeChannel,
    RectificationStatus,
    Role,
    SettingKey,
    Sex,
    SignInMethod,
    StockMovementKind,
    StockSource,
)
from app.catalogue.language import SEPARATOR
from app.catalogue.readings import Flag, ReadingType
from app.catalogue.reports import ReportKey
from app.catalogue.urgent import UrgentAction
from app.domain.audit_mask import MASK
from app.services.actor import SYSTEM
from app.ui.i18n import (
    QT_TRANSLATE_NOOP,
    catalogue_language,
    field_name,
    list_separator,
    word_of,
)
from app.ui.indicator_text import period_code_name
from app.ui.labels import weekday

CONTEXT = "AuditPage"
E = AuditEntity

# Which codes a field holds: by (entity, field) first, then by the field alone.
VALUE_KINDS: dict[tuple[AuditEntity | None, str], type[StrEnum]] = {
    (E.DEVICE, "status"): DeviceStatus,
    (E.DEVICE, "category"): DeviceCategory,
    (E.DEVICE_EVENT, "status"): DeviceStatus,
    (E.DEVICE_EVENT, "kind"): DeviceEventKind,
    (E.CONSUMABLE, "category"): ConsumableCategory,
    (E.STOCK_MOVEMENT, "kind"): StockMovementKind,
    (E.SCHEDULE_EXCEPTION, "kind"): ExceptionKind,
    (E.ACTIVITY, "status"): ActivityStatus,
    (E.INSPECTION, "status"): RectificationStatus,
    (E.RECTIFICATION_ITEM, "status"): RectificationStatus,
    (E.ACCOUNT, "password"): PasswordChange,
    (E.ACTIVITY, "reason"): ChangeReason,
    (E.SITE, "reason"): ChangeReason,
    (None, "kind"): ActivityKind,  # activities and the plan's items
    (None, "funding"): Funding,
    (None, "source"): StockSource,
    (None, "method"): SignInMethod,
    (None, "channel"): NoticeChannel,
    (None, "purposes"): HospitalVisitPurpose,
    (None, "visit_purposes"): HospitalVisitPurpose,
    (None, "body"): InspectionBody,
    (None, "way"): FollowUpWay,
    (None, "role"): Role,
    (None, "sex"): Sex,
    (None, "action"): UrgentAction,
    (None, "types"): ReadingType,
    (None, "type"): ReadingType,
    (None, "reading_types"): ReadingType,
    (None, "flag"): Flag,
    (None, "report"): ReportKey,
}

HIDDEN = QT_TRANSLATE_NOOP("AuditPage", "(hidden: health data)")
YES = QT_TRANSLATE_NOOP("AuditPage", "yes")
NO = QT_TRANSLATE_NOOP("AuditPage", "no")
NONE = "—"


@dataclass(frozen=True)
class AuditChange:
    """One field of an entry: its words, and its value before and after, in words."""

    field: str
    before: str
    after: str
    changed: bool


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


PLAN_QUARTER = re.compile(r"^(\d{4}Q[1-4]) (.*)$", re.DOTALL)
OTHER_RECORD = QT_TRANSLATE_NOOP("AuditPage", "Other record")
THE_PROGRAM = QT_TRANSLATE_NOOP("AuditPage", "the program itself")


def user_text(username: str) -> str:
    """Who did it: a user name, or the program itself (demo data, automatic steps)."""
    return _t(THE_PROGRAM) if username == SYSTEM.username else username


def entity_name(code: str) -> str:
    known = code in AuditEntity.__members__.values()
    return word_of(AuditEntity, code) if known else _t(OTHER_RECORD)


REVIEW_RESULT_NO = QT_TRANSLATE_NOOP("AuditPage", "Review result no. %1")
KEY_FINGERPRINT = QT_TRANSLATE_NOOP("AuditPage", "Fingerprint %1")
RECORD_NO = QT_TRANSLATE_NOOP("AuditPage", "Record no. %1")


def _unnamed(entity: str, entity_id: str) -> str:
    """A record the trail names only by its id: a review result by its sequence number, a
    county key by its fingerprint (grouped as the phone check reads it), a printout by its
    report, another record by its number."""
    if not entity_id:
        return ""
    if entity == E.REVIEW_RESULT and entity_id.isdigit():
        return _t(REVIEW_RESULT_NO).replace("%1", entity_id)
    if entity == E.COUNTY_KEY:
        return _t(KEY_FINGERPRINT).replace("%1", entity_id)
    if entity == E.REPORT and entity_id in ReportKey.__members__.values():
        return word_of(ReportKey, entity_id)
    if entity_id.isdigit():
        return _t(RECORD_NO).replace("%1", entity_id)
    return entity_id  # a file's or a user's name


def record_text(entity: str, entity_id: str, record: str) -> str:
    """The record as people name it; a setting by its words."""
    if entity == E.SETTING:
        return word_of(SettingKey, entity_id)
    if entity in (E.REPORT, E.PACKAGE) and record:
        return period_code_name(record)  # a printout or a package by its period: 2026年第3季度
    quarter = PLAN_QUARTER.match(record) if entity == E.PLAN_ITEM else None
    if quarter is not None:  # a plan item by its quarter ("2026Q3 title"), said in words
        return f"{period_code_name(quarter[1])} {quarter[2]}"
    return record or _unnamed(entity, entity_id)


def _kind_of(entity: str, field: str) -> type[StrEnum] | None:
    owner = E(entity) if entity in E.__members__.values() else None
    return VALUE_KINDS.get((owner, field)) or VALUE_KINDS.get((None, field))


def _key_text(field: str, key: str) -> str:
    """A key inside a field's value: a weekday of the weekly hours, else a field."""
    if field == "days" and key.isdigit() and int(key) < 7:
        return weekday(int(key))
    return field_name(key)


def value_text(entity: str, field: str, value: object) -> str:
    """A stored value in words: codes by the catalogue, yes/no, lists and nested records."""
    if value is None or value == "":
        return NONE
    if value == MASK:
        return _t(HIDDEN)
    if isinstance(value, bool):
        return _t(YES) if value else _t(NO)
    if isinstance(value, Mapping):
        language = catalogue_language()
        colon = "：" if language is Language.ZH else ": "
        return SEPARATOR.in_(language).join(
            f"{_key_text(field, str(k))}{colon}{value_text(entity, str(k), v)}"
            for k, v in value.items()
        )
    if isinstance(value, list | tuple):
        parts = [value_text(entity, field, v) for v in value]
        nested = any(isinstance(v, Mapping) for v in value)
        return "\n".join(parts) if nested else list_separator().join(parts) or NONE
    kind = _kind_of(entity, field)
    if kind is not None and isinstance(value, str):
        codes = [c for c in value.split(",") if c] if "," in value else [value]
        return list_separator().join(word_of(kind, c) for c in codes)
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def _load(stored: str | None) -> dict[str, object]:
    if not stored:
        return {}
    try:
        value = json.loads(stored)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def changes(entity: str, before_json: str | None, after_json: str | None) -> list[AuditChange]:
    """Every field the entry holds, in the order it was written, before beside after."""
    before, after = _load(before_json), _load(after_json)
    fields = list(dict.fromkeys([*before, *after]))
    return [
        AuditChange(
            field_name(name),
            value_text(entity, name, before[name]) if name in before else NONE,
            value_text(entity, name, after[name]) if name in after else NONE,
            bool(before) and bool(after) and before.get(name) != after.get(name),
        )
        for name in fields
    ]


def summary(action: str, entity: str, record: str, username: str) -> str:
    """ "admin 修改了 设备 ZC-001 血压计" — who did what to which record."""
    text = _t(QT_TRANSLATE_NOOP("AuditPage", "%1: %2 %3 %4"))
    return (
        text.replace("%1", user_text(username))
        .replace("%2", action)
        .replace("%3", entity_name(entity))
        .replace("%4", record)
        .strip()
    )
