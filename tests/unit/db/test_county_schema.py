"""The county workspace's schema: one set of migrations for a SQLite file and a PostgreSQL
database, agreeing with the models; older files stamped, backed up and migrated on open."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, inspect, text

from app.catalogue.county import AccessNoteKind as Note
from app.catalogue.language import Language
from app.db import county_schema
from app.db.county_models import (
    CountyBase,
    WorkspaceError,
    open_workspace,
    server_url,
    shown_address,
)
from app.domain.workspace_address import is_server_address
from app.exchange.county_import import import_package
from app.services import county
from app.services.county_accounts import noted
from tests.county_factory import make_package, quarters, site
from tests.support import COUNTY_ADMIN


def test_head_is_the_newest_revision_file() -> None:
    config = county_schema.alembic_config(None)  # type: ignore[arg-type]
    assert ScriptDirectory.from_config(config).get_current_head() == county_schema.HEAD


def differences(engine: Engine) -> list[object]:
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"version_table": county_schema.VERSION_TABLE, "compare_type": True}
        )
        found = compare_metadata(context, CountyBase.metadata)
    return [d for d in found if not (isinstance(d, tuple) and d[0] == "remove_table"
                                     and d[1].name == county_schema.VERSION_TABLE)]  # fmt: skip


def test_migrations_make_the_models_schema_in_a_file(tmp_path: Path) -> None:
    workspace = open_workspace(tmp_path / "county.db")
    assert differences(workspace.engine) == []
    workspace.close()


def test_migrations_make_the_models_schema_on_a_server(pg_workspace: str) -> None:
    workspace = open_workspace(pg_workspace)
    assert workspace.on_server and workspace.engine.dialect.name == "postgresql"
    assert differences(workspace.engine) == []
    with workspace.engine.connect() as connection:
        kind = connection.execute(text("SELECT value FROM county_meta WHERE key = 'kind'"))
        assert kind.scalar_one() == "county_workspace"
    workspace.close()
    again = open_workspace(pg_workspace)  # current: opened without migrating
    with again.engine.connect() as connection:
        assert county_schema.stored_revision(connection) == county_schema.HEAD
    again.close()


def old_workspace(path: Path) -> None:
    """A file as the program wrote it before the migrations: the first schema, no version."""
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        from alembic import command

        command.upgrade(county_schema.alembic_config(connection), county_schema.BASELINE)
        connection.execute(text(f"DROP TABLE {county_schema.VERSION_TABLE}"))
    engine.dispose()


def test_an_older_file_is_backed_up_stamped_and_migrated(tmp_path: Path) -> None:
    path = tmp_path / "county.db"
    old_workspace(path)
    package = make_package(tmp_path, site(1), quarters("2026Q1", 1)[0])
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:  # a package imported by the old program
        connection.execute(text("INSERT INTO county_site VALUES ('S1', '甲', '', 'ab', "
                                "'2026-01-01 00:00:00')"))  # fmt: skip
    engine.dispose()
    workspace = open_workspace(path)
    assert differences(workspace.engine) == []
    assert [s.code for s in county.site_list(workspace)] == ["S1"]  # nothing lost
    assert import_package(workspace, package, accept_new_key=True).status == "imported"
    workspace.close()
    (backup,) = (tmp_path / "backups").glob("county-before-migration-*.db")
    with sqlite3.connect(backup) as copy:
        tables = {r[0] for r in copy.execute("SELECT name FROM sqlite_master")}
        assert county_schema.VERSION_TABLE not in tables and "county_site" in tables


def test_access_lines_of_an_older_file_keep_their_text_and_new_ones_are_worded_when_read(
    tmp_path: Path,
) -> None:
    """c006: the access log's detail becomes a code and values; a line written before keeps
    its text, shown as it was written in either language."""
    path = tmp_path / "county.db"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        from alembic import command

        command.upgrade(county_schema.alembic_config(connection), "c005")
        connection.execute(text("INSERT INTO county_access (at, reviewer, action, detail, channel) "
                                "VALUES ('2026-11-02 09:00:00', 'wang', 'account', "
                                "'created li (reviewer)', 'window')"))  # fmt: skip
    engine.dispose()
    workspace = open_workspace(path)
    assert differences(workspace.engine) == []
    county.log_access(
        workspace, COUNTY_ADMIN, "comment", noted(Note.COMMENT, site="S1", period="2026Q3")
    )
    new, old = county.access_log(workspace, COUNTY_ADMIN)
    workspace.close()
    assert old.note is None
    assert old.said(Language.ZH) == old.said(Language.EN) == "created li (reviewer)"
    assert new.note is not None and new.detail == ""
    assert new.said(Language.ZH) == "S1 2026年第3季度的数据包"
    assert new.said(Language.EN) == "S1: the package of Q3 2026"


def test_server_addresses() -> None:
    address = "postgresql://reviewer:s3cret@db.union.local:5432/county"
    assert is_server_address(address) and not is_server_address(Path("postgresql:/x"))
    assert server_url(address).drivername == "postgresql+psycopg"
    assert shown_address(address) == "postgresql://reviewer:***@db.union.local:5432/county"
    for bad in (
        "postgresql://server-without-database",
        "mysql://server/county",
        "postgresql://[bad",
    ):
        with pytest.raises(WorkspaceError) as refused:
            open_workspace(bad)
        assert refused.value.reason == "bad_address"


def test_an_unreachable_server_is_a_clear_refusal(tmp_path: Path) -> None:
    address = f"postgresql://nobody@/county?host={tmp_path}&port=1"  # no server there
    with pytest.raises(WorkspaceError) as refused:
        open_workspace(address)
    assert refused.value.reason == "unreachable" and refused.value.detail


def test_a_server_database_of_something_else_is_refused(pg_workspace: str) -> None:
    engine = create_engine(server_url(pg_workspace))
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE invoices (id integer primary key)"))
    engine.dispose()
    with pytest.raises(WorkspaceError) as refused:
        open_workspace(pg_workspace)
    assert refused.value.reason == "not_a_workspace"
    engine = create_engine(server_url(pg_workspace))
    assert set(inspect(engine).get_table_names()) == {"invoices"}  # nothing was added
    engine.dispose()
