"""the access log's details as a code and its values, worded in the reader's language (rows
written before keep their text in `detail`)

Revision ID: c006
Revises: c005
Create Date: 2026-12-06 23:20:00
"""
from alembic import op
import sqlalchemy as sa


revision = "c006"
down_revision = "c005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("county_access") as batch:
        batch.add_column(sa.Column("note_kind", sa.String(30), server_default="", nullable=False))
        batch.add_column(sa.Column("note_values", sa.Text(), server_default="", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("county_access") as batch:
        batch.drop_column("note_values")
        batch.drop_column("note_kind")
