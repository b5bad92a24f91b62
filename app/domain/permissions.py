"""Who may do what: the role × action table of the issue on accounts and roles.

Services check it through `actor.require(Action.X)`; the window uses the same table to show
only the pages and menu entries a role may use (hiding is a courtesy, the services enforce).

- union chair: everything, approves named exports, manages users;
- health administrator: daily records, health files, reports, de-identified export;
- technician: export, backup, restore — never individual health values;
- county reviewer: the county workspace only.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum

from app.domain.codes import Role


class Action(StrEnum):
    READ_OVERVIEW = "read_overview"
    READ_INDICATORS = "read_indicators"  # the figures: aggregates only
    READ_PEOPLE_BEHIND_FIGURES = "read_people_behind_figures"  # the lists that name people
    EDIT_INDICATOR_TARGETS = "edit_indicator_targets"
    READ_ROSTER = "read_roster"  # names, departments; ID numbers and phones masked
    READ_PERSONAL_DETAILS = "read_personal_details"  # one person's ID number and phone, unmasked
    EDIT_ROSTER = "edit_roster"
    IMPORT_ROSTER = "import_roster"
    READ_HEALTH_DATA = "read_health_data"  # usage register, readings, health files
    EDIT_HEALTH_DATA = "edit_health_data"  # record visits and readings, edit health files
    READ_THRESHOLDS = "read_thresholds"  # the reading limits, the re-measure rule, follow-up days
    EDIT_THRESHOLDS = "edit_thresholds"
    READ_EQUIPMENT = "read_equipment"
    EDIT_EQUIPMENT = "edit_equipment"
    READ_CONSUMABLES = "read_consumables"
    EDIT_CONSUMABLES = "edit_consumables"  # receive, use, add and change consumables
    READ_ROOM_LOG = "read_room_log"  # the room's day log: opening, cleaning, disinfection
    EDIT_ROOM_LOG = "edit_room_log"
    READ_OPEN_HOURS = "read_open_hours"
    EDIT_OPEN_HOURS = "edit_open_hours"
    READ_ACTIVITIES = "read_activities"  # activities, sign-ins, notices, the promotion plan
    EDIT_ACTIVITIES = "edit_activities"
    EDIT_SITE_PROFILE = "edit_site_profile"
    READ_INSPECTIONS = "read_inspections"  # inspections received and their rectification items
    EDIT_INSPECTIONS = "edit_inspections"
    PRINT_REPORTS = "print_reports"
    EXPORT_DEIDENTIFIED = "export_deidentified"
    EXPORT_NAMED = "export_named"  # a named export needs the chair's approval
    READ_EXCHANGE_LOG = "read_exchange_log"  # the imports and exports listed on Data exchange
    READ_AUDIT_TRAIL = "read_audit_trail"
    BACKUP = "backup"
    RESTORE = "restore"
    CHECK_DATABASE = "check_database"
    MANAGE_USERS = "manage_users"
    CHANGE_OWN_PASSWORD = "change_own_password"
    COUNTY_WORKSPACE = "county_workspace"  # import site packages, county summary, inspections


CHAIR, ADMIN, TECH, REVIEWER = Role.CHAIR, Role.ADMIN, Role.TECH, Role.REVIEWER
SITE_STAFF = frozenset({CHAIR, ADMIN, TECH})
HEALTH_STAFF = frozenset({CHAIR, ADMIN})

PERMISSIONS: Mapping[Action, frozenset[Role]] = {
    Action.READ_OVERVIEW: SITE_STAFF,
    Action.READ_INDICATORS: SITE_STAFF,
    Action.READ_PEOPLE_BEHIND_FIGURES: HEALTH_STAFF,
    Action.EDIT_INDICATOR_TARGETS: frozenset({CHAIR}),
    Action.READ_ROSTER: SITE_STAFF,
    Action.READ_PERSONAL_DETAILS: HEALTH_STAFF,
    Action.EDIT_ROSTER: HEALTH_STAFF,
    Action.IMPORT_ROSTER: HEALTH_STAFF,
    Action.READ_HEALTH_DATA: HEALTH_STAFF,
    Action.EDIT_HEALTH_DATA: HEALTH_STAFF,
    Action.READ_THRESHOLDS: SITE_STAFF,
    Action.EDIT_THRESHOLDS: HEALTH_STAFF,
    Action.READ_EQUIPMENT: SITE_STAFF,
    Action.EDIT_EQUIPMENT: HEALTH_STAFF,
    Action.READ_CONSUMABLES: SITE_STAFF,
    Action.EDIT_CONSUMABLES: HEALTH_STAFF,
    Action.READ_ROOM_LOG: SITE_STAFF,
    Action.EDIT_ROOM_LOG: HEALTH_STAFF,
    Action.READ_OPEN_HOURS: SITE_STAFF,
    Action.EDIT_OPEN_HOURS: HEALTH_STAFF,
    Action.READ_ACTIVITIES: HEALTH_STAFF,
    Action.EDIT_ACTIVITIES: HEALTH_STAFF,
    Action.EDIT_SITE_PROFILE: HEALTH_STAFF,
    Action.READ_INSPECTIONS: SITE_STAFF,
    Action.EDIT_INSPECTIONS: HEALTH_STAFF,
    Action.PRINT_REPORTS: HEALTH_STAFF,
    Action.EXPORT_DEIDENTIFIED: SITE_STAFF,
    Action.EXPORT_NAMED: frozenset({CHAIR}),
    Action.READ_EXCHANGE_LOG: SITE_STAFF,
    Action.READ_AUDIT_TRAIL: HEALTH_STAFF,
    Action.BACKUP: SITE_STAFF,
    Action.RESTORE: frozenset({CHAIR, TECH}),
    Action.CHECK_DATABASE: SITE_STAFF,
    Action.MANAGE_USERS: frozenset({CHAIR}),
    Action.CHANGE_OWN_PASSWORD: frozenset(Role),
    Action.COUNTY_WORKSPACE: frozenset({REVIEWER}),
}


def allowed(role: Role, action: Action) -> bool:
    return role in PERMISSIONS[action]


def roles_for(action: Action) -> tuple[Role, ...]:
    return tuple(role for role in Role if role in PERMISSIONS[action])
