"""What a page needs from the application: the open database, the actor and today's date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from app.db.migrate import Database
from app.services.actor import Actor


@dataclass
class AppContext:
    db: Database
    actor: Actor
    today: Callable[[], dt.date] = field(default=dt.date.today)
