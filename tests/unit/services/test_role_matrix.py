"""The whole role × action matrix: the table, and the services that enforce it.

EXPECTED is written down from the issue independently of `app/domain/permissions.py`:
chair — everything at the site, named exports, users; health administrator — daily records,
health files, reports, de-identified export; technician — export, backup, restore, no health
values; county reviewer — the county workspace only.
"""

from __future__ import annotations

import ast
import contextlib
import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from app.catalogue.codes import Role
from app.db.migrate import Database
from app.domain.periods import Period
from app.domain.permissions import PERMISSIONS, Action
from app.domain.readings import ResultRule
from app.services import (
    accounts,
    activities,
    audit_log,
    backups,
    consumable_items,
    equipment_register,
    indicator_targets,
    indicators,
    overview,
    reading_thresholds,
    room_upkeep,
    roster,
    site_profile,
    staff,
    usage_log,
)
from app.services.actor import Actor, PermissionDenied
from app.services.audit_log import AuditFilter
from app.services.usage_log import VisitFilter
from tests.support import DEMO_TODAY

C, A, T, R = Role.CHAIR, Role.ADMIN, Role.TECH, Role.REVIEWER
EXPECTED: dict[Action, set[Role]] = {
    Action.READ_OVERVIEW: {C, A, T},
    Action.READ_INDICATORS: {C, A, T},
    Action.READ_PEOPLE_BEHIND_FIGURES: {C, A},
    Action.EDIT_INDICATOR_TARGETS: {C},
    Action.READ_ROSTER: {C, A, T},
    Action.READ_PERSONAL_DETAILS: {C, A},
    Action.EDIT_ROSTER: {C, A},
    Action.IMPORT_ROSTER: {C, A},
    Action.READ_HEALTH_DATA: {C, A},
    Action.EDIT_HEALTH_DATA: {C, A},
    Action.READ_THRESHOLDS: {C, A, T},
    Action.EDIT_THRESHOLDS: {C, A},
    Action.READ_EQUIPMENT: {C, A, T},
    Action.EDIT_EQUIPMENT: {C, A},
    Action.READ_CONSUMABLES: {C, A, T},
    Action.EDIT_CONSUMABLES: {C, A},
    Action.READ_ROOM_LOG: {C, A, T},
    Action.EDIT_ROOM_LOG: {C, A},
    Action.READ_OPEN_HOURS: {C, A, T},
    Action.EDIT_OPEN_HOURS: {C, A},
    Action.READ_ACTIVITIES: {C, A},
    Action.EDIT_ACTIVITIES: {C, A},
    Action.EDIT_SITE_PROFILE: {C, A},
    Action.READ_INSPECTIONS: {C, A, T},
    Action.EDIT_INSPECTIONS: {C, A},
    Action.PRINT_REPORTS: {C, A},
    Action.EXPORT_DEIDENTIFIED: {C, A, T},
    Action.EXPORT_NAMED: {C},
    Action.READ_EXCHANGE_LOG: {C, A, T},
    Action.READ_AUDIT_TRAIL: {C, A},
    Action.BACKUP: {C, A, T},
    Action.RESTORE: {C, T},
    Action.CHECK_DATABASE: {C, A, T},
    Action.MANAGE_USERS: {C},
    Action.CHANGE_OWN_PASSWORD: {C, A, T, R},
    Action.COUNTY_WORKSPACE: {R},
}


def test_the_table_covers_every_action_and_matches_the_issue() -> None:
    assert set(PERMISSIONS) == set(Action) == set(EXPECTED)
    for action in Action:
        for role in Role:
            actor = Actor(f"a-{role.value}", role)
            assert actor.can(action) == (role in EXPECTED[action]), (role, action)
            if role in EXPECTED[action]:
                actor.require(action)
            else:
                with pytest.raises(PermissionDenied):
                    actor.require(action)


def _names_roles(node: ast.AST) -> bool:
    """A `require(...)` or `can(...)` given roles or words instead of one action."""
    if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
        return False
    if node.func.attr not in ("require", "can"):
        return False
    return len(node.args) != 1 or isinstance(node.args[0], ast.Constant)


def _role_checks_outside_the_table(path: Path) -> list[str]:
    """Checks that name roles instead of an action: `require("words", *ROLES)`, `can(...)`
    with a string, or `actor.role in (...)` / `is Role.X`."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if _names_roles(node):
            found.append(f"{path}:{node.lineno}: {ast.unparse(node)}")
        if isinstance(node, ast.Compare) and ast.unparse(node.left).endswith("actor.role"):
            found.append(f"{path}:{node.lineno}: {ast.unparse(node)}")
    return found


def test_every_permission_check_goes_through_the_action_table() -> None:
    app = Path(__file__).resolve().parents[3] / "app"
    found = [
        line
        for folder in ("services", "exchange", "ui", "cli", "reports")
        for path in sorted((app / folder).rglob("*.py"))
        for line in _role_checks_outside_the_table(path)
    ]
    assert found == []


def test_the_scan_finds_a_role_tuple(tmp_path: Path) -> None:
    source = tmp_path / "service.py"
    source.write_text(
        "READERS = (Role.CHAIR, Role.ADMIN)\n"
        "def f(actor):\n"
        "    actor.require('read the roster', *READERS)\n"
        "    return actor.role in READERS or actor.can('x')\n",
        encoding="utf-8",
    )
    assert len(_role_checks_outside_the_table(source)) == 3


def _services(tmp_path: Path) -> dict[Action, Callable[[Database, Actor], object]]:
    """One real service call per action that has a service on this branch."""
    profile = site_profile.SiteProfile(
        site_code="130900-0001", site_name="华北机械", room_name="职工健康生活室"
    )
    return {
        Action.READ_OVERVIEW: lambda db, a: overview.overview_figures(db, a, DEMO_TODAY),
        Action.READ_INDICATORS: lambda db, a: indicators.compute_indicators(
            db, a, Period.of_year(DEMO_TODAY.year), DEMO_TODAY, drill=False
        ),
        Action.READ_PEOPLE_BEHIND_FIGURES: lambda db, a: overview.attention_items(
            db, a, DEMO_TODAY
        ),
        Action.EDIT_INDICATOR_TARGETS: lambda db, a: indicator_targets.reset_targets(db, a),
        Action.READ_ROSTER: lambda db, a: roster.list_staff(db, a, limit=5),
        Action.READ_PERSONAL_DETAILS: lambda db, a: staff.get_person(db, a, 1),
        Action.READ_THRESHOLDS: lambda db, a: reading_thresholds.get_thresholds(db, a),
        Action.EDIT_THRESHOLDS: lambda db, a: reading_thresholds.save_result_rule(
            db, a, ResultRule.AVERAGE
        ),
        Action.READ_CONSUMABLES: lambda db, a: consumable_items.warnings(db, a, DEMO_TODAY),
        Action.READ_ROOM_LOG: lambda db, a: room_upkeep.disinfection_interval(db, a),
        Action.EDIT_ROOM_LOG: lambda db, a: room_upkeep.set_disinfection_interval(db, a, 3),
        Action.READ_HEALTH_DATA: lambda db, a: usage_log.count_visits(db, a, VisitFilter()),
        Action.READ_EQUIPMENT: lambda db, a: equipment_register.list_devices(db, a),
        Action.READ_ACTIVITIES: lambda db, a: activities.list_activities(db, a),
        Action.EDIT_SITE_PROFILE: lambda db, a: site_profile.save_profile(db, a, profile),
        Action.READ_EXCHANGE_LOG: lambda db, a: audit_log.list_entries(db, a),
        Action.READ_AUDIT_TRAIL: lambda db, a: audit_log.search(db, a, AuditFilter()),
        Action.BACKUP: lambda db, a: backups.backup_to(db, a, tmp_path / f"{a.username}.db"),
        Action.MANAGE_USERS: lambda db, a: accounts.list_users(db, a),
        Action.CHANGE_OWN_PASSWORD: lambda db, a: accounts.change_password(
            db, a, "demo1234", "demo1234"
        ),
    }


def test_the_services_enforce_the_matrix(demo_db: Database, tmp_path: Path) -> None:
    calls = _services(tmp_path)
    for action, call in calls.items():
        for role in Role:
            actor = Actor(role.value if role is not Role.REVIEWER else "county", role)
            if role in EXPECTED[action]:
                # Allowed through the role check; an AccountError means no such account here.
                with contextlib.suppress(accounts.AccountError):
                    call(demo_db, actor)
            else:
                with pytest.raises(PermissionDenied):
                    call(demo_db, actor)


def test_restore_is_refused_to_the_administrator_and_allowed_to_the_technician(
    demo_db: Database, tmp_path: Path
) -> None:
    copy = backups.backup_to(demo_db, Actor("tech", Role.TECH), tmp_path / "copy.db")
    for role in (Role.ADMIN, Role.REVIEWER):
        with pytest.raises(PermissionDenied):
            backups.restore(demo_db, Actor("x", role), copy)
    restored = backups.restore(demo_db, Actor("tech", Role.TECH), copy, now=dt.datetime.now())
    restored.database.close()
