"""Open a database file: create it, or migrate it to the current schema after a verified backup."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from app.db.backup import backup_database, backup_name
from app.db.engine import make_engine, make_session_factory

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


@dataclass
class Database:
    """An open database file: its engine and the session factory for units of work."""

    path: Path
    engine: Engine
    sessions: sessionmaker[Session]
    key: bytes | None = field(default=None, repr=False)  # the SQLCipher key; None: plain file

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
    path.parent.mkdir(parents=True, exist_ok=True)
    existed = path.exists() and path.stat().st_size > 0
    engine = make_engine(path, key)
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
