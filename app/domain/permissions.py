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

from app.catalogue.codes import Role
from app.catalogue.permissions import Action as Action  # re-exported: services import it here

# The actions and their words are declared in the catalogue.
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
