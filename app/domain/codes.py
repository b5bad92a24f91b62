"""Codes stored in the database and exchanged in exports.

The values are stable identifiers (never shown to users). Each enum is declared once, with
its words, in the catalogue (app.catalogue.codes); the domain and the layers above import
them from here and return them as they are, and the window, the reports and the command line
turn them into words with ``word(code, language)``.
"""

from app.catalogue.codes import (
    UNION_BODIES,
    ActivityKind,
    ActivityStatus,
    AuditAction,
    AuditEntity,
    CommendationReason,
    ConsumableCategory,
    DayState,
    DeviceCategory,
    DeviceEventKind,
    DeviceStatus,
    ExceptionKind,
    ExpiryState,
    FollowUpWay,
    Funding,
    HospitalVisitPurpose,
    InspectionBody,
    NoticeChannel,
    RectificationStatus,
    Role,
    SettingKey,
    SignInMethod,
    StockMovementKind,
    StockSource,
)

__all__ = [
    "UNION_BODIES",
    "ActivityKind",
    "ActivityStatus",
    "AuditAction",
    "AuditEntity",
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
    "SettingKey",
    "SignInMethod",
    "StockMovementKind",
    "StockSource",
]
