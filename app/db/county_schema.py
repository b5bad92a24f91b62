"""The county workspace's schema on open: made new, or migrated to the current revision.

The same Alembic revisions (`app/db/county_migrations`) serve a SQLite file and a PostgreSQL
database. Whoever opens a workspace first migrates it, inside one transaction that holds the
workspace's lock (an advisory lock on the server, the write lock on a file), so two reviewers
opening it at the same moment do not both create the tables. Workspace files made before
the migrations existed hold the first revision's schema and are stamped with it; a file is
backed up (verified copy in `backups/` beside it) before it is migrated.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

from app.db.backup import backup_database, backup_name
from app.db.county_models import check_tables
from app.db.file_kind import WORKSPACE_TABLES

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).with_name("county_migrations")
VERSION_TABLE = "county_schema_version"  # not `alembic_version`: that one marks a site register
BASELINE = "c001"  # the schema of workspace files made before the migrations
HEAD = "c006"  # the newest revision (a test checks it against the revision files)
LOCK_KEY = 0x4865616C  # the advisory lock that serialises migrations on a server


def alembic_config(connection: Connection) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def stored_revision(connection: Connection) -> str | None:
    if not inspect(connection).has_table(VERSION_TABLE):
        return None
    rows = connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).all()
    return str(rows[0][0]) if len(rows) == 1 else None


def _lock(connection: Connection) -> None:
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": LOCK_KEY})
    else:  # SQLite: take the write lock now, so a second opener waits here
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def migrate_workspace(engine: Engine, place: str) -> None:
    """Create or migrate the workspace at `engine`; WorkspaceError when it is not one."""
    with engine.connect() as connection:
        tables = set(inspect(connection).get_table_names())
        check_tables(place, tables)
        if stored_revision(connection) == HEAD:
            return  # the usual case: current, and Alembic is not even imported
    if tables and engine.dialect.name == "sqlite":  # a file made by an older version
        path = Path(place)
        copy = backup_database(path, backup_name(path, path.parent / "backups", "before-migration"))
        log.info("backed up the county workspace %s to %s before migrating", path, copy)
    from alembic import command

    with engine.begin() as connection:
        _lock(connection)
        tables = set(inspect(connection).get_table_names())
        check_tables(place, tables)  # looked at again under the lock
        current = stored_revision(connection)
        if current == HEAD:
            return  # another reviewer migrated it while this one waited
        config = alembic_config(connection)
        if current is None and tables & WORKSPACE_TABLES:
            command.stamp(config, BASELINE)
            current = BASELINE
        command.upgrade(config, "head")
        log.info("county workspace %s migrated from %s to %s", place, current, HEAD)
