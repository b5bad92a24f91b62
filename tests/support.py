"""Constants and helpers shared by the tests."""

from __future__ import annotations

import datetime as dt

from app.catalogue.codes import Role
from app.domain.county_roles import CountyRole
from app.services.actor import Actor
from app.services.county_accounts import CountyReviewer

DEMO_TODAY = dt.date(2026, 11, 16)  # a Monday: tests do not depend on the day they run
CHAIR = Actor("chair", Role.CHAIR)
ADMIN = Actor("admin", Role.ADMIN)
TECH = Actor("tech", Role.TECH)
REVIEWER = Actor("county", Role.REVIEWER)
# Signed-in county accounts for the workspace services (the sign-in itself has its own tests).
COUNTY_REVIEWER = CountyReviewer("li", "李审核", CountyRole.REVIEWER)
COUNTY_ADMIN = CountyReviewer("wang", "王管理", CountyRole.ADMIN)
COUNTY_PASSWORD = "county2026"
