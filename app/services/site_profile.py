"""The site and its room profile: read it, create it on first run, edit it, check it.

The checklist holds the static requirements of the founding rules (area, independent space,
nameplate, posted rules and open-hours table, the responsible persons, the partner hospital
and its liaison) as codes with pass or warn; the UI and the reports turn them into words.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, fields
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.catalogue.attention import Check as Check  # re-exported
from app.catalogue.codes import AuditAction
from app.db.migrate import Database
from app.db.models import Room, RoomAdministrator, Site
from app.db.rows import Rows
from app.domain.permissions import Action
from app.domain.targets import MIN_OPEN_HOURS_PER_DAY, MIN_ROOM_AREA_M2
from app.services import audit, exchange_keys
from app.services.actor import Actor
from app.services.open_hours import version_in_force
from app.services.site_profile_rows import OTHER_FIELDS as OTHER_FIELDS
from app.services.site_profile_rows import ROOM_FIELDS as ROOM_FIELDS
from app.services.site_profile_rows import SITE_FIELDS as SITE_FIELDS
from app.services.site_profile_rows import Contact as Contact
from app.services.site_profile_rows import SiteProfile as SiteProfile
from app.services.site_profile_rows import profile_in
from app.services.unit_of_work import read_only, unit_of_work

MAX_ADMINS = 10  # the first one plus up to nine more
MAX_HOUSE_RULES = 4000  # characters: the wall schedule keeps it to one page


class ProfileError(ValueError):
    """The profile cannot be saved as given (the code says which field)."""

    def __init__(self, field: str, code: str) -> None:
        super().__init__(f"{field}: {code}")
        self.field = field
        self.code = code


def _load(session: Session) -> tuple[Site, Room] | None:
    site = session.scalars(select(Site).order_by(Site.id).limit(1)).first()
    if site is None or site.room is None:
        return None
    return site, site.room


def _to_dto(site: Site, room: Room) -> SiteProfile:
    values = {name: getattr(room, name if name != "room_name" else "name") for name in ROOM_FIELDS}
    return SiteProfile(
        site_code=site.code,
        site_name=site.name,
        address=site.address,
        county=site.county,
        more_admins=tuple(Contact(a.name, a.phone) for a in room.more_admins),
        **values,
    )


def get_profile(db: Database) -> SiteProfile | None:
    with read_only(db) as session:
        return profile_in(Rows.of_session(session))


def _validate(profile: SiteProfile) -> None:
    if not profile.site_name.strip():
        raise ProfileError("site_name", "required")
    if not profile.site_code.strip():
        raise ProfileError("site_code", "required")
    if not profile.room_name.strip():
        raise ProfileError("room_name", "required")
    if profile.area_m2 is not None and profile.area_m2 <= 0:
        raise ProfileError("area_m2", "positive")
    if len(profile.house_rules) > MAX_HOUSE_RULES:
        raise ProfileError("house_rules", "too_long")
    if len(profile.more_admins) + 1 > MAX_ADMINS:
        raise ProfileError("more_admins", "too_many")
    for contact in profile.more_admins:
        if contact.phone.strip() and not contact.name.strip():
            raise ProfileError("more_admins", "name_required")


def _clean(profile: SiteProfile) -> SiteProfile:
    """Trimmed text; nameplate date only while the nameplate is hung; blank admins dropped."""
    strings = {
        f.name: getattr(profile, f.name).strip()
        for f in fields(SiteProfile)
        if isinstance(getattr(profile, f.name), str) and f.name != "house_rules"
    }
    return SiteProfile(
        **{
            **asdict(profile),
            **strings,
            "house_rules": profile.house_rules.strip(),
            "nameplate_date": profile.nameplate_date if profile.nameplate_hung else None,
            "more_admins": tuple(
                Contact(a.name.strip(), a.phone.strip())
                for a in profile.more_admins
                if a.name.strip()
            ),
        }
    )


def save_profile(db: Database, actor: Actor, profile: SiteProfile) -> SiteProfile:
    """Create the site on first run, or update it; one transaction, audited."""
    actor.require(Action.EDIT_SITE_PROFILE)
    _validate(profile)
    profile = _clean(profile)
    with unit_of_work(db) as session:
        loaded = _load(session)
        before = asdict(_to_dto(*loaded)) if loaded else None
        if loaded:
            site, room = loaded
        else:
            site = Site(code=profile.site_code, name=profile.site_name)
            room = Room(name=profile.room_name, site=site)
            session.add_all([site, room])
            exchange_keys.signing_key(session)  # made with the site: read out before any export
        site.code = profile.site_code
        site.name = profile.site_name
        site.address = profile.address
        site.county = profile.county
        for name in ROOM_FIELDS:
            setattr(room, name if name != "room_name" else "name", getattr(profile, name))
        if [(a.name, a.phone) for a in room.more_admins] != [
            (a.name, a.phone) for a in profile.more_admins
        ]:
            room.more_admins.clear()
            session.flush()  # free the positions before the new rows take them
            room.more_admins.extend(
                RoomAdministrator(position=i, name=a.name, phone=a.phone)
                for i, a in enumerate(profile.more_admins)
            )
        session.flush()
        after = asdict(_to_dto(site, room))
        audit.record(
            session,
            actor,
            AuditAction.UPDATE if before else AuditAction.CREATE,
            "site",
            site.id,
            before,
            after,
        )
        return _to_dto(site, room)


# --- the checklist of the founding rules ---------------------------------------------------


class Finding(StrEnum):
    """Why a check passed or warns."""

    OK = "ok"
    MISSING = "missing"  # not entered or not ticked
    TOO_SMALL = "too_small"  # area under 12 m²
    NO_PHONE = "no_phone"  # named, but no phone to reach them
    SHORT_DAYS = "short_days"  # some weekday is open under 3 h
    NO_SCHEDULE = "no_schedule"


@dataclass(frozen=True)
class CheckItem:
    check: Check
    passed: bool
    finding: Finding
    value: str = ""  # what was found, for the words ("10.5", "Mon, Wed")


def _person(check: Check, name: str, phone: str) -> CheckItem:
    if not name.strip():
        return CheckItem(check, False, Finding.MISSING)
    if not phone.strip():
        return CheckItem(check, False, Finding.NO_PHONE, name)
    return CheckItem(check, True, Finding.OK, name)


def _flag(check: Check, ticked: bool, value: str = "") -> CheckItem:
    return CheckItem(check, ticked, Finding.OK if ticked else Finding.MISSING, value)


def profile_checklist(
    profile: SiteProfile | None, short_weekdays: tuple[int, ...] | None = None
) -> list[CheckItem]:
    """The static checks on a profile.

    `short_weekdays`: the weekdays open under 3 h in the schedule in force; None when no
    schedule with any open day is in force.
    """
    p = profile or SiteProfile(site_code="", site_name="")
    if p.area_m2 is None:
        area = CheckItem(Check.AREA, False, Finding.MISSING)
    elif p.area_m2 < MIN_ROOM_AREA_M2:
        area = CheckItem(Check.AREA, False, Finding.TOO_SMALL, f"{p.area_m2:g}")
    else:
        area = CheckItem(Check.AREA, True, Finding.OK, f"{p.area_m2:g}")
    admins = p.admins
    first_admin = admins[0] if admins else Contact("")
    if short_weekdays is None:
        schedule = CheckItem(Check.SCHEDULE, False, Finding.NO_SCHEDULE)
    elif short_weekdays:
        days = ",".join(str(d) for d in short_weekdays)
        schedule = CheckItem(Check.SCHEDULE, False, Finding.SHORT_DAYS, days)
    else:
        schedule = CheckItem(Check.SCHEDULE, True, Finding.OK)
    nameplate_on = p.nameplate_date.isoformat() if p.nameplate_date else ""
    return [
        area,
        _flag(Check.INDEPENDENT_SPACE, p.independent_space),
        _flag(Check.NAMEPLATE, p.nameplate_hung, nameplate_on),
        _flag(Check.OPEN_HOURS_POSTED, p.open_hours_posted),
        _flag(Check.RULES_POSTED, p.rules_posted),
        _person(Check.CHAIR, p.chair_name, p.chair_phone),
        _person(Check.ADMIN, first_admin.name, first_admin.phone),
        _flag(Check.HOSPITAL, bool(p.hospital_name.strip()), p.hospital_name),
        _person(Check.LIAISON, p.liaison_name, p.liaison_phone),
        schedule,
    ]


def room_checklist(db: Database, actor: Actor, today: dt.date) -> list[CheckItem]:
    """The checklist of the saved profile and the schedule in force today."""
    version = version_in_force(db, actor, today)
    short: tuple[int, ...] | None = None
    if version is not None and version.weekly_hours > 0:
        short = tuple(
            d.weekday for d in version.days if d.slots and d.hours < MIN_OPEN_HOURS_PER_DAY - 1e-9
        )
    return profile_checklist(get_profile(db), short)
