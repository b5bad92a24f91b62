"""Alembic environment of the county workspace: runs on the connection handed over by
app.db.county_schema, with its own version table (a site's register has `alembic_version`)."""

from alembic import context

from app.db.county_models import CountyBase

VERSION_TABLE = "county_schema_version"

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only the programmatic path is supported
    raise RuntimeError("run workspace migrations through app.db.county_schema")

context.configure(
    connection=connection,
    target_metadata=CountyBase.metadata,
    version_table=VERSION_TABLE,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
