"""Codes stored in the database and exchanged in exports.

The values are stable identifiers (never shown to users): the UI and the reports turn them
into words in the user's language.
"""

from enum import StrEnum


class Role(StrEnum):
    CHAIR = "chair"  # union chair, first responsible person
    ADMIN = "admin"  # health administrator, second responsible person
    TECH = "tech"  # technician: export, backup, restore
    REVIEWER = "reviewer"  # county / city union reviewer


class DeviceCategory(StrEnum):
    BP_MONITOR = "bp_monitor"
    GLUCOSE_METER = "glucose_meter"
    BODY_COMPOSITION = "body_composition"
    HEIGHT_WEIGHT_SCALE = "height_weight_scale"
    AED = "aed"
    FIRST_AID_KIT = "first_aid_kit"
    MASSAGE_CHAIR = "massage_chair"
    VISION_CHART = "vision_chart"
    OTHER = "other"


class DeviceStatus(StrEnum):
    IN_SERVICE = "in_service"
    UNDER_REPAIR = "under_repair"
    DAMAGED = "damaged"
    LOST = "lost"
    REPLACED = "replaced"  # damaged or lost, and a same-model device took its place
    RETIRED = "retired"


class DeviceEventKind(StrEnum):
    REGISTERED = "registered"
    REPAIR_STARTED = "repair_started"
    REPAIR_FINISHED = "repair_finished"
    DAMAGED = "damaged"
    LOST = "lost"
    REPLACED = "replaced"
    RETIRED = "retired"
    MAINTENANCE = "maintenance"
    CALIBRATION = "calibration"
    DISINFECTION = "disinfection"


class ConsumableCategory(StrEnum):
    MEDICINE = "medicine"
    TEST_STRIP = "test_strip"
    LANCET = "lancet"
    BATTERY = "battery"
    EDUCATION_PRESCRIPTION = "education_prescription"
    DISINFECTANT = "disinfectant"
    OTHER = "other"


class StockMovementKind(StrEnum):
    RECEIVED = "received"
    USED = "used"
    DISCARDED = "discarded"


class StockSource(StrEnum):
    HOSPITAL_REPLENISHMENT = "hospital_replenishment"
    PURCHASE = "purchase"


class ActivityKind(StrEnum):
    LECTURE = "lecture"
    FREE_CLINIC = "free_clinic"
    CONSULTATION = "consultation"
    TRAINING = "training"
    FITNESS = "fitness"
    OTHER = "other"


class ActivityStatus(StrEnum):
    PLANNED = "planned"
    HELD = "held"
    CANCELLED = "cancelled"


class SignInMethod(StrEnum):
    TICK = "tick"
    SCAN = "scan"
    IMPORT = "import"


class NoticeChannel(StrEnum):
    WECHAT_GROUP = "wechat_group"
    NOTICE_BOARD = "notice_board"
    MEETING = "meeting"
    OTHER = "other"


class HospitalVisitPurpose(StrEnum):
    LECTURE = "lecture"
    DATA_COLLECTION = "data_collection"
    PUBLICITY = "publicity"
    FREE_CLINIC = "free_clinic"
    CONSULTATION = "consultation"


class ExceptionKind(StrEnum):
    CLOSED = "closed"
    SPECIAL_HOURS = "special_hours"


class FollowUpWay(StrEnum):
    PHONE = "phone"
    VISIT = "visit"
    REFERRAL = "referral"


class RectificationStatus(StrEnum):
    OPEN = "open"
    DONE = "done"


class InspectionBody(StrEnum):
    """Who inspected the room. The union's inspections count toward the yearly two of the
    founding rules; the partner hospital's supervision is recorded beside them, not counted."""

    COUNTY_UNION = "county_union"
    CITY_UNION = "city_union"
    HOSPITAL_SUPERVISION = "hospital_supervision"


UNION_BODIES = frozenset({InspectionBody.COUNTY_UNION, InspectionBody.CITY_UNION})


class AuditAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    IMPORT = "import"
    EXPORT = "export"
    LOGIN = "login"
    LOGIN_FAILED = "login_failed"
    GENERATE = "generate"
