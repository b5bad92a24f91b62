"""The site and its room profile as the printouts read it: plain values read with SQL text
(`app.db.rows`), so a report printed without the ORM heads its pages as the window's do.
`app.services.site_profile` reads (through this) and edits it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields

from app.db.rows import Rows, as_date


@dataclass(frozen=True)
class Contact:
    """A person and a phone number, e.g. a further health administrator."""

    name: str
    phone: str = ""


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
    nameplate_date: dt.date | None = None
    house_rules: str = ""  # 使用须知 on the wall schedule; empty: the default text
    more_admins: tuple[Contact, ...] = ()  # health administrators after the first

    @property
    def admins(self) -> tuple[Contact, ...]:
        """Every health administrator with a name, the first one first."""
        first = (Contact(self.admin_name, self.admin_phone),) if self.admin_name.strip() else ()
        return first + tuple(a for a in self.more_admins if a.name.strip())


SITE_FIELDS = ("site_code", "site_name", "address", "county")
OTHER_FIELDS = ("more_admins",)
ROOM_FIELDS = [f.name for f in fields(SiteProfile) if f.name not in SITE_FIELDS + OTHER_FIELDS]
_BOOLEANS = {f.name for f in fields(SiteProfile) if f.type in ("bool", bool)}


def profile_in(rows: Rows) -> SiteProfile | None:
    """The first site's profile with its room's; None before both exist."""
    site = rows.all("SELECT id, code, name, address, county FROM site ORDER BY id LIMIT 1")
    if not site:
        return None
    site_id, code, name, address, county = site[0]
    columns = ", ".join("name" if f == "room_name" else f for f in ROOM_FIELDS)
    room = rows.all(f"SELECT id, {columns} FROM room WHERE site_id = ?", (site_id,))
    if not room:
        return None
    room_id, *values = room[0]
    kept: dict[str, object] = dict(zip(ROOM_FIELDS, values, strict=True))
    for field in _BOOLEANS:
        kept[field] = bool(kept[field])
    kept["nameplate_date"] = as_date(kept["nameplate_date"])
    admins = rows.all(
        "SELECT name, phone FROM room_administrator WHERE room_id = ? ORDER BY position",
        (room_id,),
    )
    return SiteProfile(
        site_code=code,
        site_name=name,
        address=address,
        county=county,
        more_admins=tuple(Contact(n, phone) for n, phone in admins),
        **kept,  # type: ignore[arg-type]
    )
