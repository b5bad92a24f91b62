"""Open a database file: create it, or migrate it to the current schema after a verified backup."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text
from sqlalchemy.orm import Session, sessionmaker

from app.db.backup import backup_database, backup_name
from app.db.changes import Changes
from app.db.clean_close import LaterCheck
from app.db.engine import make_engine, make_session_factory
from app.db.network_location import refuse_network_location
from app.db.revision import MIGRATIONS, plain_head

if TYPE_CHECKING:
    from alembic.config import Config

# Alembic is imported only when a file needs migrating (or its revisions are asked for): it
# costs a quarter of a second at start, and a database already at the head does not need it.

log = logging.getLogger(__name__)


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    _migrate(engine, lambda config: command.upgrade(config, revision))


def downgrade(engine: Engine, revision: str) -> None:
    """Down to `revision` (the migrations' tests; the program itself only goes up)."""
    from alembic import command

    _migrate(engine, lambda config: command.downgrade(config, revision))


def _migrate(engine: Engine, step: Callable[[Config], None]) -> None:
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        step(config)


def stored_revision(engine: Engine) -> str | None:
    """The revision recorded in the file (one row of alembic_version), read without Alembic."""
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        rows = connection.execute(text("SELECT version_num FROM alembic_version")).all()
    return str(rows[0][0]) if len(rows) == 1 else None


@dataclass
class Database:
    """An open database file: its engine and the session factory for units of work."""

    path: Path
    engine: Engine
    sessions: sessionmaker[Session]
    key: bytes | None = field(default=None, repr=False)  # the SQLCipher key; None: plain file
    changes: Changes = field(init=False, repr=False, compare=False)
    # The start-up check running in the background (the file was closed cleanly), or None.
    later_check: LaterCheck | None = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.changes = Changes(self.engine)

    @property
    def encrypted(self) -> bool:
        return self.key is not None

    def close(self) -> None:
        self.engine.dispose()


def open_database(path: Path, backup_dir: Path | None = None, key: bytes | None = None) -> Database:
    """Open `path`, creating or migrating it; an existing file is backed up before a migration.

    With `key` the file is (or becomes, when new) a SQLCipher database encrypted with it.
    """
    path = Path(path)
    refuse_network_location(path)  # before anything is written there
    path.parent.mkdir(parents=True, exist_ok=True)
    existed = path.exists() and path.stat().st_size > 0
    engine = make_engine(path, key)
    stored = stored_revision(engine)
    if stored is not None and stored == plain_head():  # current: no need to load Alembic
        return Database(path=path, engine=engine, sessions=make_session_factory(engine), key=key)
    current = current_revision(engine)
    head = head_revision()
    if current != head:
        if existed:
            folder = backup_dir or path.parent / "backups"
            copy = backup_database(path, backup_name(path, folder, "before-migration"), key)
            log.info("backed up %s to %s before migrating from %s", path, copy, current)
        upgrade(engine)
        log.info("database %s migrated from %s to %s", path, current, head)
    return Database(path=path, engine=engine, sessions=make_session_factory(engine), key=key)
