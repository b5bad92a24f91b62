"""Constants and helpers shared by the tests."""

from __future__ import annotations

import datetime as dt

from app.domain.codes import Role
from app.services.actor import Actor

DEMO_TODAY = dt.date(2026, 11, 16)  # a Monday: tests do not depend on the day they run
CHAIR = Actor("chair", Role.CHAIR)
ADMIN = Actor("admin", Role.ADMIN)
TECH = Actor("tech", Role.TECH)
REVIEWER = Actor("county", Role.REVIEWER)
