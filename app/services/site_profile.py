"""The site and its room profile: read it, create it on first run, edit it."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.migrate import Database
from app.db.models import Room, Site
from app.domain.codes import AuditAction, Role
from app.services import audit
from app.services.actor import Actor
from app.services.unit_of_work import read_only, unit_of_work


class ProfileError(ValueError):
    """The profile cannot be saved as given (the code says which field)."""

    def __init__(self, field: str, code: str) -> None:
        super().__init__(f"{field}: {code}")
        self.field = field
        self.code = code


@dataclass(frozen=True)
class SiteProfile:
    site_code: str
    site_name: str
    address: str = ""
    county: str = ""
    room_name: str = ""
    location: str = ""
    area_m2: float | None = None
    independent_space: bool = False
    nameplate_hung: bool = False
    rules_posted: bool = False
    open_hours_posted: bool = False
    chair_name: str = ""
    chair_phone: str = ""
    admin_name: str = ""
    admin_phone: str = ""
    hospital_name: str = ""
    liaison_name: str = ""
    liaison_phone: str = ""
    hospital_hotline: str = ""


SITE_FIELDS = ("site_code", "site_name", "address", "county")
ROOM_FIELDS = [f.name for f in fields(SiteProfile) if f.name not in SITE_FIELDS]


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
        **values,
    )


def get_profile(db: Database) -> SiteProfile | None:
    with read_only(db) as session:
        loaded = _load(session)
        return _to_dto(*loaded) if loaded else None


def _validate(profile: SiteProfile) -> None:
    if not profile.site_name.strip():
        raise ProfileError("site_name", "required")
    if not profile.site_code.strip():
        raise ProfileError("site_code", "required")
    if not profile.room_name.strip():
        raise ProfileError("room_name", "required")
    if profile.area_m2 is not None and profile.area_m2 <= 0:
        raise ProfileError("area_m2", "positive")


def save_profile(db: Database, actor: Actor, profile: SiteProfile) -> SiteProfile:
    """Create the site on first run, or update it; one transaction, audited."""
    actor.require("edit the site profile", Role.CHAIR, Role.ADMIN)
    _validate(profile)
    with unit_of_work(db) as session:
        loaded = _load(session)
        before = asdict(_to_dto(*loaded)) if loaded else None
        if loaded:
            site, room = loaded
        else:
            site = Site(code=profile.site_code, name=profile.site_name)
            room = Room(name=profile.room_name, site=site)
            session.add_all([site, room])
        site.code = profile.site_code.strip()
        site.name = profile.site_name.strip()
        site.address = profile.address
        site.county = profile.county
        for name in ROOM_FIELDS:
            setattr(room, name if name != "room_name" else "name", getattr(profile, name))
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
