"""Fill an empty database with a believable year (or more) of a factory's staff health room."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import delete, func, select, update

from app.catalogue.audit_notes import ChangeReason
from app.catalogue.codes import AuditAction, Role
from app.catalogue.demo import DemoStage
from app.db.migrate import Database
from app.db.models import AppUser, Room, Setting, Site, Staff
from app.memory import bulk_work
from app.services import audit
from app.services.accounts import add_user
from app.services.actor import SYSTEM
from app.services.demo import names
from app.services.demo.activities import generate_activities
from app.services.demo.context import DemoContext, DemoError, add_months
from app.services.demo.equipment import generate_equipment
from app.services.demo.inspections import generate_inspections
from app.services.demo.people import generate_people
from app.services.demo.schedule import generate_schedule
from app.services.demo.stock import generate_stock
from app.services.demo.visits import generate_visits
from app.services.site_profile import Contact, SiteProfile, save_profile
from app.services.unit_of_work import read_only, unit_of_work

Progress = Callable[[int, str], None]

ACCOUNTS: tuple[tuple[str, Role, str], ...] = (
    ("chair", Role.CHAIR, names.CHAIR[0]),
    ("admin", Role.ADMIN, names.ADMIN[0]),
    ("tech", Role.TECH, names.TECH),
)


@dataclass(frozen=True)
class DemoSummary:
    staff: int
    departed: int
    visits: int
    measurements: int
    devices: int
    activities: int
    accounts: tuple[tuple[str, str], ...]  # (username, role) created with the given password


def demo_profile() -> SiteProfile:
    return SiteProfile(
        site_code=names.SITE_CODE,
        site_name=names.SITE_NAME,
        address="河北省沧州市运河区永济西路88号",
        county="沧州市运河区",
        room_name="职工健康生活室",
        location="综合楼一层东侧",
        area_m2=24.0,
        independent_space=True,
        nameplate_hung=True,
        rules_posted=True,
        open_hours_posted=True,
        chair_name=names.CHAIR[0],
        chair_phone=names.CHAIR[1],
        admin_name=names.ADMIN[0],
        admin_phone=names.ADMIN[1],
        hospital_name=names.HOSPITAL,
        liaison_name=names.LIAISON[0],
        liaison_phone=names.LIAISON[1],
        hospital_hotline=names.HOTLINE,
        more_admins=(Contact(*names.DEPUTY_CONTACT),),
    )


IN_PROGRESS = "demo_in_progress"  # a setting: set before the profile, gone with the commit


def _ensure_empty(db: Database) -> None:
    """Refuse a register with data; a demo killed part-way (its mark and profile saved,
    nothing else committed) is undone, so the demo starts again."""
    with read_only(db) as session:
        staff = session.scalar(select(func.count()).select_from(Staff)) or 0
        sites = session.scalar(select(func.count()).select_from(Site)) or 0
        unfinished = session.get(Setting, IN_PROGRESS) is not None
    if unfinished and not staff:
        _remove_profile(db)
    elif staff or sites:
        raise DemoError("not_empty")


@bulk_work()
def generate_demo(
    db: Database,
    *,
    staff: int = 300,
    months: int = 12,
    seed: int = 1,
    password: str = "demo1234",
    today: dt.date | None = None,
    progress: Progress | None = None,
) -> DemoSummary:
    """Generate the demo into an empty database; deterministic for `seed` and `today`.

    The site profile is saved through its own service (one transaction), the rest in one
    transaction; if that fails the profile is removed again, so the database stays empty
    and the command can be re-run.
    """
    if staff < 1 or months < 1:
        raise DemoError("bad_size")
    today = today or dt.date.today()
    report: Progress = progress or (lambda _percent, _stage: None)
    _ensure_empty(db)
    report(0, DemoStage.PROFILE)
    with unit_of_work(db) as session:  # a kill from here on leaves a demo to start again
        session.merge(Setting(key=IN_PROGRESS, value=today.isoformat()))
    save_profile(db, SYSTEM, demo_profile())
    try:
        with unit_of_work(db) as session:
            ctx = DemoContext(session, seed, today, add_months(today, -months))
            session.execute(
                update(Room).values(
                    house_rules=names.HOUSE_RULES, nameplate_date=add_months(ctx.start, -2)
                )
            )
            report(2, DemoStage.ACCOUNTS)
            accounts = []
            for username, role, display in ACCOUNTS:
                if session.scalar(select(AppUser.id).where(AppUser.username == username)) is None:
                    add_user(session, SYSTEM, username, role, password, display)
                    accounts.append((username, role.value))
            report(5, DemoStage.STAFF)
            roster = generate_people(ctx, staff)
            report(15, DemoStage.SCHEDULE)
            schedule = generate_schedule(ctx)
            report(20, DemoStage.VISITS)
            usage = generate_visits(
                ctx, roster, schedule, lambda share: report(20 + int(share * 55), DemoStage.VISITS)
            )
            report(75, DemoStage.EQUIPMENT)
            devices = generate_equipment(ctx)
            report(78, DemoStage.CONSUMABLES)
            movements = generate_stock(ctx, schedule, usage)
            report(80, DemoStage.ACTIVITIES)
            activities = generate_activities(ctx, roster, schedule)
            report(90, DemoStage.INSPECTIONS)
            inspections = generate_inspections(ctx, schedule)
            departed = sum(1 for p in roster.people if p.departure is not None)
            summary = DemoSummary(
                staff=len(roster.people),
                departed=departed,
                visits=usage.visits,
                measurements=usage.measurements,
                devices=devices,
                activities=activities,
                accounts=tuple(accounts),
            )
            audit.record(
                session,
                SYSTEM,
                AuditAction.GENERATE,
                "demo",
                "",
                after={
                    "seed": seed,
                    "months": months,
                    "today": today.isoformat(),
                    "staff": summary.staff,
                    "departed": departed,
                    "visits": usage.visits,
                    "measurements": usage.measurements,
                    "follow_ups": usage.follow_ups,
                    "devices": devices,
                    "stock_movements": movements,
                    "activities": activities,
                    "inspections": inspections,
                },
            )
            report(95, DemoStage.SAVING)
            session.execute(delete(Setting).where(Setting.key == IN_PROGRESS))
    except BaseException:
        _remove_profile(db)
        raise
    report(100, DemoStage.DONE)
    return summary


def _remove_profile(db: Database) -> None:
    """Undo the profile saved before a failed generation (audited like any deletion)."""
    with unit_of_work(db) as session:
        session.execute(delete(Setting).where(Setting.key == IN_PROGRESS))
        site_id = session.scalar(select(Site.id).where(Site.code == names.SITE_CODE))
        if site_id is None:
            return
        session.execute(delete(Room).where(Room.site_id == site_id))
        session.execute(delete(Site).where(Site.id == site_id))
        audit.record(
            session,
            SYSTEM,
            AuditAction.DELETE,
            "site",
            site_id,
            before={"site_code": names.SITE_CODE, "reason": ChangeReason.DEMO_FAILED.value},
        )
