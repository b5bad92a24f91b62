"""SQLAlchemy 2 typed models: the whole register of one staff health room, by domain.

Every model is importable from here. The modules are imported in the order the tables
were declared, so the metadata (and what Alembic compares) is the same as one module's.
"""

# isort: off
# In declaration order, not alphabetical: the metadata lists the tables as they come.
from app.db.models.base import NAMING, Base, now, one_of
from app.db.models.site import Room, RoomAdministrator, Setting, Site
from app.db.models.people import (
    DEPARTMENT_ORDER,
    Department,
    EmployeeNoChange,
    FollowUp,
    HealthFile,
    Staff,
)
from app.db.models.usage import Measurement, UrgentCase, UsageVisit
from app.db.models.checkups import Checkup, CheckupResult
from app.db.models.equipment import Consumable, ConsumableLot, Device, DeviceEvent, StockMovement
from app.db.models.schedule import RoomDayLog, ScheduleException, ScheduleSlot, ScheduleVersion
from app.db.models.activities import (
    Activity,
    ActivityDepartment,
    Attendance,
    HospitalVisit,
    Notice,
    NoticeReach,
    PlanItem,
)
from app.db.models.inspections import Inspection, RectificationItem
from app.db.models.audit import AppUser, AuditEntry, ExportRecord
# isort: on

__all__ = [
    "DEPARTMENT_ORDER",
    "NAMING",
    "Activity",
    "ActivityDepartment",
    "AppUser",
    "Attendance",
    "AuditEntry",
    "Base",
    "Checkup",
    "CheckupResult",
    "Consumable",
    "ConsumableLot",
    "Department",
    "Device",
    "DeviceEvent",
    "EmployeeNoChange",
    "ExportRecord",
    "FollowUp",
    "HealthFile",
    "HospitalVisit",
    "Inspection",
    "Measurement",
    "Notice",
    "NoticeReach",
    "PlanItem",
    "RectificationItem",
    "Room",
    "RoomAdministrator",
    "RoomDayLog",
    "ScheduleException",
    "ScheduleSlot",
    "ScheduleVersion",
    "Setting",
    "Site",
    "Staff",
    "StockMovement",
    "UrgentCase",
    "UsageVisit",
    "now",
    "one_of",
]
