"""Codes stored in the database and exchanged in exports, each with its words.

The values are stable identifiers, never shown to people: the window, the reports and the
command line say them with ``word(code, language)``; every layer imports them from here. A
new member without words fails at import (``declare``), and the catalogue test walks every
member.

They are declared by domain (`people`, `equipment`, `room`, `activities`, `records`) and
imported from here. The words follow the glossary (DESIGN §3). Where the window and the
printouts used to say a code differently, the wording settled here is the one both now use.
"""

from __future__ import annotations

from app.catalogue.codes.activities import (
    ActivityKind,
    ActivityStatus,
    HospitalVisitPurpose,
    NoticeChannel,
    ScanOutcome,
    SignInMethod,
)
from app.catalogue.codes.equipment import (
    ConsumableCategory,
    DeviceCategory,
    DeviceEventKind,
    DeviceStatus,
    ExpiryState,
    Funding,
    StockMovementKind,
    StockSource,
    Tone,
    tone,
)
from app.catalogue.codes.people import FollowUpWay, Role, Sex
from app.catalogue.codes.records import AuditAction, AuditEntity, BackupCount, SettingKey
from app.catalogue.codes.room import (
    UNION_BODIES,
    CommendationReason,
    DayState,
    ExceptionKind,
    InspectionBody,
    RectificationStatus,
)

__all__ = [
    "UNION_BODIES",
    "ActivityKind",
    "ActivityStatus",
    "AuditAction",
    "AuditEntity",
    "BackupCount",
    "CommendationReason",
    "ConsumableCategory",
    "DayState",
    "DeviceCategory",
    "DeviceEventKind",
    "DeviceStatus",
    "ExceptionKind",
    "ExpiryState",
    "FollowUpWay",
    "Funding",
    "HospitalVisitPurpose",
    "InspectionBody",
    "NoticeChannel",
    "RectificationStatus",
    "Role",
    "ScanOutcome",
    "SettingKey",
    "Sex",
    "SignInMethod",
    "StockMovementKind",
    "StockSource",
    "Tone",
    "tone",
]
